import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, sanitizeConfig } from '../../../../electron/shared/kiosk-config';

const shipped = ['nb', 'en', 'ar'];

describe('sanitizeConfig', () => {
  it('takes a complete, valid config as it is', () => {
    const raw = {
      ...DEFAULT_CONFIG,
      defaultLanguage: 'en',
      languages: ['ar', 'en'],
      idleSeconds: 60,
      idleCountdownSeconds: 30,
      slipLayout: 'a6',
      discreetSlips: false,
      officeName: 'Krisesenteret',
    };
    expect(sanitizeConfig(raw, shipped)).toEqual({ config: raw, warnings: [] });
  });

  it('fills missing settings with defaults without complaint', () => {
    expect(sanitizeConfig({ idleSeconds: 90 }, shipped)).toEqual({ config: { ...DEFAULT_CONFIG, idleSeconds: 90 }, warnings: [] });
  });

  it('replaces only the invalid setting, keeps the rest, and names what it replaced', () => {
    const { config, warnings } = sanitizeConfig({ idleSeconds: 'soon', idleCountdownSeconds: 45, defaultLanguage: 'en' }, shipped);
    expect(config).toEqual({ ...DEFAULT_CONFIG, idleCountdownSeconds: 45, defaultLanguage: 'en' });
    expect(warnings.map((w) => w.field)).toEqual(['idleSeconds']);
  });

  it.each([
    ['zero', 0],
    ['negative', -5],
    ['fraction', 12.5],
    ['too long', 100000],
    ['null', null],
  ])('refuses an idle time that is %s', (_label, value) => {
    expect(sanitizeConfig({ idleSeconds: value }, shipped).config.idleSeconds).toBe(DEFAULT_CONFIG.idleSeconds);
  });

  it('falls back to the default language when the configured one is not shipped', () => {
    const { config, warnings } = sanitizeConfig({ defaultLanguage: 'xx' }, shipped);
    expect(config.defaultLanguage).toBe('nb');
    expect(warnings[0]?.field).toBe('defaultLanguage');
  });

  it('drops languages that are not shipped from the picker list', () => {
    const { config, warnings } = sanitizeConfig({ languages: ['en', 'kl', 'ar'] }, shipped);
    expect(config.languages).toEqual(['en', 'ar']);
    expect(warnings[0]?.message).toContain('kl');
  });

  it('ignores unknown settings, with a warning', () => {
    const { config, warnings } = sanitizeConfig({ colour: 'red' }, shipped);
    expect(config).toEqual(DEFAULT_CONFIG);
    expect(warnings).toEqual([{ field: 'colour', message: 'Unknown setting; ignored.' }]);
  });

  it.each([['an array', []], ['a string', 'x'], ['null', null]])('uses defaults when the file holds %s', (_label, raw) => {
    const { config, warnings } = sanitizeConfig(raw, shipped);
    expect(config).toEqual(DEFAULT_CONFIG);
    expect(warnings).toHaveLength(1);
  });
});

describe('local contacts', () => {
  const crisisCentre = { id: 'local-krisesenter', name: 'Krisesenteret i Byen', phone: '12 34 56 78', topics: ['help-now'] };

  it('keeps valid ones, with defaults for hours and topics', () => {
    const { config, warnings } = sanitizeConfig({ localContacts: [{ id: 'x', name: 'Barnevernvakta', phone: '12 34 56 78' }] }, shipped);
    expect(warnings).toEqual([]);
    expect(config.localContacts).toEqual([{ id: 'x', name: 'Barnevernvakta', phone: '12 34 56 78', hours: { type: 'unknown' }, topics: ['help-now'] }]);
  });

  it('leaves out only the bad entry, and says which and why', () => {
    const { config, warnings } = sanitizeConfig(
      {
        localContacts: [
          crisisCentre,
          { id: 'bad', name: 'Fake line', phone: 'call me' },
          { ...crisisCentre, name: 'Same id again' },
          { id: 'script', name: '<img src=x onerror=alert(1)>', phone: '12 34 56 78', web: 'javascript:alert(1)' },
        ],
      },
      shipped,
    );
    expect(config.localContacts.map((contact) => contact.id)).toEqual(['local-krisesenter']);
    expect(warnings.map((warning) => warning.message)).toEqual([
      expect.stringContaining('"Fake line" was left out: phone'),
      expect.stringContaining('"Same id again" was left out: its id "local-krisesenter" is used twice'),
      expect.stringContaining('was left out: web'),
    ]);
  });
});
