/**
 * Electron's silent-print options for a slip: the configured printer by its system name, an
 * explicit page size in microns (silent printing ignores the driver's paper, so an 80 mm receipt
 * would otherwise print as the left strip of an A4), no margins, no dialog.
 */
import { PAGE_SIZES_MM, type SlipLayout } from '../../shared/slip-request';

const MICRONS_PER_MM = 1000;
const MM_PER_CSS_PX = 25.4 / 96;
/** Electron refuses page sizes under 353 microns; receipts below a few cm look like a misprint. */
const MIN_RECEIPT_MM = 60;

export type SilentPrintOptions = {
  silent: true;
  deviceName: string;
  printBackground: false;
  color: false;
  landscape: false;
  copies: 1;
  margins: { marginType: 'none' };
  pageSize: { width: number; height: number };
};

/** `contentHeightPx` is the slip's rendered height in CSS pixels (used for the receipt roll only). */
export function silentPrintOptions(layout: SlipLayout, deviceName: string, contentHeightPx: number): SilentPrintOptions {
  const size = PAGE_SIZES_MM[layout];
  const heightMm = size.height === 'auto' ? Math.max(MIN_RECEIPT_MM, Math.ceil(contentHeightPx * MM_PER_CSS_PX) + 2) : size.height;
  return {
    silent: true,
    deviceName,
    printBackground: false,
    color: false,
    landscape: false,
    copies: 1,
    margins: { marginType: 'none' },
    pageSize: { width: size.width * MICRONS_PER_MM, height: heightMm * MICRONS_PER_MM },
  };
}
