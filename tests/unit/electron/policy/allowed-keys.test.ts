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

/**
 * The escape catalogue for keys: every combination of Ctrl, Alt, Meta (and Shift) with every letter,
 * digit and common sign, and every function key, is refused on visitor screens; in staff text
 * fields only typing gets through (AltGr, which arrives as Ctrl+Alt, types @ and {), never a
 * browser shortcut.
 */
describe('the escape catalogue for keys', () => {
  const CHARACTERS = [...'abcdefghijklmnopqrstuvwxyz0123456789+-=[];\',./`\\'];
  const MODIFIERS: Partial<KeyInput>[] = [
    { control: true },
    { alt: true },
    { meta: true },
    { control: true, shift: true },
    { alt: true, shift: true },
    { meta: true, shift: true },
    { control: true, alt: true },
  ];
  const FUNCTION_KEYS = Array.from({ length: 24 }, (_, index) => `F${index + 1}`);

  it('refuses every modified character on a visitor screen', () => {
    const allowed = CHARACTERS.flatMap((character) => MODIFIERS.map((mods) => key(character, mods))).filter((input) => isAllowedKey(input));
    expect(allowed).toEqual([]);
  });

  it('refuses Ctrl and Meta shortcuts in staff text fields too', () => {
    const shortcuts = CHARACTERS.flatMap((character) => [key(character, { control: true }), key(character, { meta: true }), key(character.toUpperCase(), { control: true, shift: true })]);
    expect(shortcuts.filter((input) => isAllowedKey(input, true))).toEqual([]);
  });

  it('refuses every function key, alone or modified, anywhere', () => {
    const inputs = FUNCTION_KEYS.flatMap((name) => [key(name), ...MODIFIERS.map((mods) => key(name, mods))]);
    expect(inputs.filter((input) => isAllowedKey(input) || isAllowedKey(input, true))).toEqual([]);
  });

  it.each(['BrowserBack', 'BrowserForward', 'BrowserRefresh', 'BrowserHome', 'BrowserSearch', 'LaunchApplication1', 'PrintScreen', 'ContextMenu', 'Meta', 'OS'])('refuses %s', (name) => {
    expect(isAllowedKey(key(name))).toBe(false);
    expect(isAllowedKey(key(name), true)).toBe(false);
  });
});
