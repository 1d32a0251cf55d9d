import { describe, expect, it } from 'vitest';
import type { OpeningHours } from '../../../../electron/shared/content-schema';
import { dayRange, easterSunday, isNorwegianPublicHoliday, openingStatus, osloClock, weekdayName } from '../../../../electron/shared/opening-hours';

const officeHours: OpeningHours = {
  type: 'weekly',
  slots: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], open: '10:00', close: '15:00' }],
  publicHolidays: 'closed',
};

describe('osloClock', () => {
  it('reads Norwegian time whatever the machine zone, across summer time', () => {
    expect(osloClock(new Date('2026-01-15T09:30:00Z'))).toMatchObject({ weekday: 'thu', minutes: 10 * 60 + 30 });
    expect(osloClock(new Date('2026-07-15T09:30:00Z'))).toMatchObject({ weekday: 'wed', minutes: 11 * 60 + 30 });
  });
});

describe('easterSunday', () => {
  it.each([
    [2024, 3, 31],
    [2025, 4, 20],
    [2026, 4, 5],
    [2027, 3, 28],
    [2038, 4, 25],
  ])('%i: %i/%i', (year, month, day) => {
    expect(easterSunday(year)).toEqual({ month, day });
  });
});

describe('isNorwegianPublicHoliday', () => {
  it.each([
    ['New Year', 2026, 1, 1],
    ['Maundy Thursday', 2026, 4, 2],
    ['Good Friday', 2026, 4, 3],
    ['Easter Monday', 2026, 4, 6],
    ['Labour Day', 2026, 5, 1],
    ['Constitution Day', 2026, 5, 17],
    ['Ascension Day', 2026, 5, 14],
    ['Whit Monday', 2026, 5, 25],
    ['Christmas Day', 2026, 12, 25],
    ['Boxing Day', 2026, 12, 26],
  ])('%s', (_name, year, month, day) => {
    expect(isNorwegianPublicHoliday(year, month, day)).toBe(true);
  });

  it('is false on ordinary days and on Christmas Eve (not a public holiday)', () => {
    expect(isNorwegianPublicHoliday(2026, 4, 7)).toBe(false);
    expect(isNorwegianPublicHoliday(2026, 12, 24)).toBe(false);
  });
});

describe('openingStatus', () => {
  it('is always open for a 24/7 service', () => {
    expect(openingStatus({ type: 'always' }, new Date())).toEqual({ state: 'always' });
  });

  it('never claims open when the hours are unknown', () => {
    expect(openingStatus({ type: 'unknown' }, new Date())).toEqual({ state: 'unknown' });
  });

  it('is open inside the hours, in Oslo time', () => {
    // Wednesday 2026-11-25 10:30 in Oslo (UTC+1).
    expect(openingStatus(officeHours, new Date('2026-11-25T09:30:00Z'))).toEqual({ state: 'open', closes: '15:00' });
  });

  it('is closed at closing time and says when it opens next', () => {
    expect(openingStatus(officeHours, new Date('2026-11-25T14:00:00Z'))).toEqual({
      state: 'closed',
      opens: { day: 'thu', time: '10:00' },
    });
  });

  it('is closed over the weekend until Monday', () => {
    expect(openingStatus(officeHours, new Date('2026-11-28T11:00:00Z'))).toEqual({
      state: 'closed',
      opens: { day: 'mon', time: '10:00' },
    });
  });

  it('opens later the same day when it is early morning', () => {
    expect(openingStatus(officeHours, new Date('2026-11-25T06:00:00Z'))).toEqual({
      state: 'closed',
      opens: { day: 'wed', time: '10:00' },
    });
  });

  it('is closed on a public holiday that falls on a weekday, when the source says so', () => {
    // Good Friday 2026-04-03, 11:00 in Oslo (UTC+2).
    expect(openingStatus(officeHours, new Date('2026-04-03T09:00:00Z')).state).toBe('closed');
    expect(openingStatus({ ...officeHours, publicHolidays: 'open' }, new Date('2026-04-03T09:00:00Z')).state).toBe('open');
  });

  it('never claims "open now" on a public holiday when the source does not say how holidays are treated', () => {
    // 17 May 2027 is a Monday, 11:00 in Oslo: office hours, but Constitution Day.
    expect(openingStatus({ ...officeHours, publicHolidays: 'unknown' }, new Date('2027-05-17T09:00:00Z'))).toEqual({ state: 'holiday-unknown' });
    // The day after, an ordinary Tuesday, it is open as usual.
    expect(openingStatus({ ...officeHours, publicHolidays: 'unknown' }, new Date('2027-05-18T09:00:00Z')).state).toBe('open');
  });
});

describe('weekdayName and dayRange', () => {
  it('names weekdays in the language, with English names for Nigerian Pidgin', () => {
    expect(weekdayName('mon', 'nb')).toBe('mandag');
    expect(weekdayName('fri', 'en')).toBe('Friday');
    expect(weekdayName('mon', 'pcm')).toBe('Monday');
  });

  it('writes a run of days as a range and other days as a list', () => {
    expect(dayRange(['mon', 'tue', 'wed', 'thu', 'fri'], 'en')).toBe('Monday–Friday');
    expect(dayRange(['sat', 'mon'], 'en')).toBe('Monday and Saturday');
  });
});
