import { describe, expect, it } from 'vitest';
import { silentPrintOptions } from '../../../../../electron/services/printing/print-options';

describe('silentPrintOptions', () => {
  it('prints silently to the named printer, without margins, at the exact paper size in microns', () => {
    expect(silentPrintOptions('a4', 'Office_A4', 0)).toEqual({
      silent: true,
      deviceName: 'Office_A4',
      printBackground: false,
      color: false,
      landscape: false,
      copies: 1,
      margins: { marginType: 'none' },
      pageSize: { width: 210_000, height: 297_000 },
    });
    expect(silentPrintOptions('a6', 'x', 0).pageSize).toEqual({ width: 105_000, height: 148_000 });
  });

  it('makes a receipt 80 mm wide and as long as its content', () => {
    // 1134 CSS px = 300.04 mm at 96 px per inch: rounded up to 301, plus 2 mm to spare.
    expect(silentPrintOptions('80mm', 'slip80', 1134).pageSize).toEqual({ width: 80_000, height: 303_000 });
    expect(silentPrintOptions('80mm', 'slip80', 10).pageSize.height).toBe(60_000);
  });
});
