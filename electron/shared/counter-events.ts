/** The only things the office's optional counters count (per day). */
export const COUNTER_EVENT_NAMES = ['session', 'language', 'topic', 'slip'] as const;
export type CounterEventName = (typeof COUNTER_EVENT_NAMES)[number];
