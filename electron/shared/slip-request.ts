/**
 * What the page may ask to print: contact ids and choices, never text or numbers. The shell
 * builds the slip from its own verified registry.
 */
import * as v from 'valibot';
import { LanguageCodeSchema } from './content-schema';

export const SLIP_LAYOUTS = ['80mm', 'a6', 'a4'] as const;
export type SlipLayout = (typeof SLIP_LAYOUTS)[number];

const IdSchema = v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/), v.maxLength(40));

export const SlipRequestSchema = v.strictObject({
  language: LanguageCodeSchema,
  /** Registry contacts, in the order chosen. */
  contactIds: v.pipe(v.array(IdSchema), v.maxLength(30)),
  /** The office's own contacts (ids from its settings). */
  localContactIds: v.optional(v.pipe(v.array(IdSchema), v.maxLength(20)), []),
  discreet: v.boolean(),
  layout: v.picklist(SLIP_LAYOUTS),
});
export type SlipRequest = v.InferOutput<typeof SlipRequestSchema>;

/** Physical page sizes in millimetres; a receipt's height follows its content. */
export const PAGE_SIZES_MM: Record<SlipLayout, { width: number; height: number | 'auto' }> = {
  '80mm': { width: 80, height: 'auto' },
  a6: { width: 105, height: 148 },
  a4: { width: 210, height: 297 },
};
