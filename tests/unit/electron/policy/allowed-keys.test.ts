import { describe, expect, it } from 'vitest';
import { isAllowedKey, type KeyInput } from '../../../../electron/shared/allowed-keys';

const key = (k: string, mods: Partial<KeyInput> = {}): KeyInput => ({
  type: 'keyDown',
  key: k,
  control: false,
  alt: false,
  meta: false,
  shift: false,
  ...mods,
});

describe('isAllowedKey', () => {
  it.each(['Tab', 'Enter', ' ', 'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Escape'])('lets %j through', (k) => {
    expect(isAllowedKey(key(k))).toBe(true);
  });

  it('lets Shift+Tab through (focus backwards)', () => {
    expect(isAllowedKey(key('Tab', { shift: true }))).toBe(true);
  });

  it.each([
    ['reload', key('r', { control: true })],
    ['force reload', key('R', { control: true, shift: true })],
    ['DevTools', key('I', { control: true, shift: true })],
    ['DevTools F12', key('F12')],
    ['reload F5', key('F5')],
    ['fullscreen F11', key('F11')],
    ['close window', key('w', { control: true })],
    ['quit', key('q', { control: true })],
    ['print dialog', key('p', { control: true })],
    ['zoom in', key('+', { control: true })],
    ['zoom out', key('-', { control: true })],
    ['window switch', key('Tab', { alt: true })],
    ['close app', key('F4', { alt: true })],
    ['back', key('ArrowLeft', { alt: true })],
    ['super', key('Meta', { meta: true })],
    ['menu', key('Alt', { alt: true })],
    ['context menu key', key('ContextMenu')],
    ['plain letter on a visitor screen', key('a')],
    ['Backspace on a visitor screen', key('Backspace')],
  ])('swallows %s', (_name, input) => {
    expect(isAllowedKey(input)).toBe(false);
  });

  it('lets plain typing through only when the shell turned typing on (staff text fields)', () => {
    expect(isAllowedKey(key('å'), true)).toBe(true);
    expect(isAllowedKey(key('Backspace'), true)).toBe(true);
    expect(isAllowedKey(key('@', { control: true, alt: true }), true)).toBe(true);
    expect(isAllowedKey(key('r', { control: true }), true)).toBe(false);
    expect(isAllowedKey(key('F5'), true)).toBe(false);
  });
});
