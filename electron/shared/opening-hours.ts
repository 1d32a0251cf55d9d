/**
 * "Open now?" for a contact, in Norwegian time whatever the kiosk's clock zone, with Norway's
 * public holidays for services whose source says they close on them.
 */
import { WEEKDAYS, type OpeningHours, type Weekday } from './content-schema';

export type OpeningStatus =
  | { state: 'always' }
  | { state: 'open'; closes: string }
  | { state: 'closed'; opens?: { day: Weekday; time: string } }
  /** A public holiday, and the source does not say whether the service is open on one. */
  | { state: 'holiday-unknown' }
  | { state: 'unknown' };

export const NORWAY_TIME_ZONE = 'Europe/Oslo';

type OsloClock = { year: number; month: number; day: number; weekday: Weekday; minutes: number };

const osloFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: NORWAY_TIME_ZONE,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  weekday: 'short',
  hour: 'numeric',
  minute: 'numeric',
  hourCycle: 'h23',
});

export function osloClock(now: Date): OsloClock {
  const parts = Object.fromEntries(osloFormat.formatToParts(now).map((part) => [part.type, part.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    weekday: (parts.weekday ?? 'Mon').toLowerCase().slice(0, 3) as Weekday,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

/** Easter Sunday (Gregorian), by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): { month: number; day: number } {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { month, day };
}

/**
 * Norway's public holidays (helligdager, plus 1 and 17 May): New Year's Day, Maundy Thursday,
 * Good Friday, Easter Sunday and Monday, 1 May, 17 May, Ascension Day, Whit Sunday and Monday,
 * Christmas Day and Boxing Day.
 */
export function isNorwegianPublicHoliday(year: number, month: number, day: number): boolean {
  const fixed = ['1-1', '5-1', '5-17', '12-25', '12-26'];
  if (fixed.includes(`${month}-${day}`)) return true;
  const easter = easterSunday(year);
  const easterUtc = Date.UTC(year, easter.month - 1, easter.day);
  const offsetDays = Math.round((Date.UTC(year, month - 1, day) - easterUtc) / 86_400_000);
  return [-3, -2, 0, 1, 39, 49, 50].includes(offsetDays);
}

const toMinutes = (clock: string): number => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));

export function openingStatus(hours: OpeningHours, now: Date): OpeningStatus {
  if (hours.type === 'always') return { state: 'always' };
  if (hours.type === 'unknown') return { state: 'unknown' };

  const clock = osloClock(now);
  const holiday = hours.publicHolidays !== 'open' && isNorwegianPublicHoliday(clock.year, clock.month, clock.day);
  if (holiday && hours.publicHolidays === 'unknown') return { state: 'holiday-unknown' };
  if (!holiday) {
    for (const slot of hours.slots) {
      if (slot.days.includes(clock.weekday) && clock.minutes >= toMinutes(slot.open) && clock.minutes < toMinutes(slot.close)) {
        return { state: 'open', closes: slot.close };
      }
    }
  }
  return { state: 'closed', opens: nextOpening(hours.slots, clock) };
}

/** The next weekly slot start after now (holidays ahead are not looked up: "usually opens"). */
function nextOpening(
  slots: { days: Weekday[]; open: string; close: string }[],
  clock: OsloClock,
): { day: Weekday; time: string } | undefined {
  const today = WEEKDAYS.indexOf(clock.weekday);
  for (let ahead = 0; ahead <= 7; ahead += 1) {
    const day = WEEKDAYS[(today + ahead) % 7] as Weekday;
    const starts = slots
      .filter((slot) => slot.days.includes(day))
      .map((slot) => slot.open)
      .filter((open) => ahead > 0 || toMinutes(open) > clock.minutes)
      .sort();
    if (starts[0]) return { day, time: starts[0] };
  }
  return undefined;
}

/**
 * Weekday names in a language. CLDR's Nigerian Pidgin names are tonal spellings few readers
 * know; Nigerians read the English names, so Pidgin takes those.
 */
const DATE_LOCALES: Record<string, string> = { pcm: 'en-NG' };

export function weekdayName(day: Weekday, language: string): string {
  // 2024-01-01 was a Monday: a fixed week to name weekdays in any language.
  return new Intl.DateTimeFormat(DATE_LOCALES[language] ?? language, { weekday: 'long', timeZone: 'UTC' }).format(
    Date.UTC(2024, 0, 1 + WEEKDAYS.indexOf(day)),
  );
}

/** "Monday–Friday" for a run of three or more days, otherwise the days listed. */
export function dayRange(days: readonly Weekday[], language: string): string {
  const sorted = [...days].sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b));
  const consecutive = sorted.every((day, index) => index === 0 || WEEKDAYS.indexOf(day) === WEEKDAYS.indexOf(sorted[index - 1] ?? day) + 1);
  const first = sorted[0];
  const last = sorted.at(-1);
  if (consecutive && first && last && sorted.length > 2) return `${weekdayName(first, language)}–${weekdayName(last, language)}`;
  return new Intl.ListFormat(DATE_LOCALES[language] ?? language, { style: 'long' }).format(sorted.map((day) => weekdayName(day, language)));
}
