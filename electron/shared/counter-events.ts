/** The only things the office's optional counters count (per day). */
export const COUNTER_EVENT_NAMES = ['session', 'language', 'topic', 'slip'] as const;
export type CounterEventName = (typeof COUNTER_EVENT_NAMES)[number];

/**
 * Staff see and export only counts of at least this many: a smaller one could single out a
 * visitor (the one person who used a rare language that day). See electron/services/staff/counters.ts.
 */
export const SMALLEST_SHOWN_COUNT = 5;
