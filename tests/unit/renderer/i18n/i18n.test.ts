import { describe, expect, it, vi } from 'vitest';
import { messageParts, t } from '../../../../renderer/i18n/i18n.svelte';

describe('messageParts', () => {
  it('fills {tel_…} placeholders from the contact registry, as separate phone parts', () => {
    const parts = messageParts('topics.help-now.blocks.young.text', {}, 'en');
    expect(parts).toContainEqual({ kind: 'phone', contactId: 'alarmtelefonen', number: '116 111' });
    expect(parts.filter((part) => part.kind === 'text').map((part) => part.text).join('')).not.toMatch(/\d{3}/);
  });

  it('gives the same number in every language, from the same registry', () => {
    for (const language of ['nb', 'en', 'ar']) {
      expect(messageParts('contact.whenClosed', {}, language).filter((part) => part.kind === 'phone')).toEqual([
        { kind: 'phone', contactId: 'police-emergency', number: '112' },
        { kind: 'phone', contactId: 'rosa', number: '22 33 11 60' },
      ]);
    }
  });

  it('uses ICU plurals of each language', () => {
    expect(t('idle.countdown', { seconds: 1 }, 'en')).toBe('The screen will clear in 1 second.');
    expect(t('idle.countdown', { seconds: 20 }, 'en')).toBe('The screen will clear in 20 seconds.');
    expect(t('idle.countdown', { seconds: 2 }, 'ar')).toBe('ستُمسح الشاشة بعد ثانيتين.');
  });

  it('writes every number with the digits 0–9 in every language, as the phone numbers beside it are', () => {
    for (const language of ['fa', 'ar', 'ur', 'th', 'zh-Hans', 'am']) {
      expect(t('idle.countdown', { seconds: 30 }, language), language).toContain('30');
    }
  });

  it('wraps numbers in plain text in Unicode isolates, so right-to-left text cannot reorder them', () => {
    expect(t('topics.help-now.blocks.young.text', {}, 'ar')).toContain('\u2066116 111\u2069');
  });

  it('falls back to English for a language without the message, and says so', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(t('bar.home', {}, 'xx')).toBe('Home');
    expect(warn).toHaveBeenCalled();
  });

  it('shows the key, and reports an error, when no language has the message', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(t('no.such.key', {}, 'en')).toBe('no.such.key');
    expect(error).toHaveBeenCalled();
  });
});
