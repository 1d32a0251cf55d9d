/**
 * Staff mode in the page: the language staff screens use (the long press that opens the PIN pad
 * is staff-corner.ts). Whether staff mode is open is decided by the host (it checks the PIN and locks itself when
 * the session ends); the page only shows the screens.
 */
import { t } from '../i18n/i18n.svelte';
import { session } from './session.svelte';

/** Shows staff how to write a phone number (a format, not anyone's number). */
export const PHONE_EXAMPLE = '12 34 56 78';

/** A staff screen's words, in the staff language (Norwegian or English). */
export function st(key: string, values: Record<string, string | number> = {}): string {
  return t(`staff.${key}`, values, session.config.staffLanguage);
}
