import { describe, expect, it } from 'vitest';
import { readinessFromLpstat, readinessFromPrinterInfo } from '../../../../../electron/services/printing/printer-readiness';

/** PrinterInfo as Electron reports it on a CUPS system (options carry the IPP attributes). */
const info = (options: Record<string, string>) => [{ name: 'slip80', displayName: 'Receipt', options }];

describe('readinessFromPrinterInfo (Electron getPrintersAsync)', () => {
  it.each([
    ['idle', { 'printer-state': '3', 'printer-state-reasons': 'none', 'printer-is-accepting-jobs': 'true' }, 'ready'],
    ['printing', { 'printer-state': '4', 'printer-state-reasons': 'none' }, 'ready'],
    ['paper low (a warning only)', { 'printer-state': '3', 'printer-state-reasons': 'media-low-warning' }, 'ready'],
    ['out of paper', { 'printer-state': '5', 'printer-state-reasons': 'media-empty-error' }, 'out-of-paper'],
    ['paper needed', { 'printer-state': '3', 'printer-state-reasons': 'media-needed' }, 'out-of-paper'],
    ['offline', { 'printer-state': '3', 'printer-state-reasons': 'offline-report' }, 'offline'],
    ['stopped', { 'printer-state': '5', 'printer-state-reasons': 'none' }, 'stopped'],
    ['paused by an admin', { 'printer-state': '5', 'printer-state-reasons': 'paused' }, 'stopped'],
    ['jammed', { 'printer-state': '5', 'printer-state-reasons': 'media-jam-error' }, 'error'],
    ['not accepting jobs', { 'printer-state': '3', 'printer-state-reasons': 'none', 'printer-is-accepting-jobs': 'false' }, 'not-accepting'],
    ['several reasons', { 'printer-state': '5', 'printer-state-reasons': 'media-low-warning,cover-open-error' }, 'error'],
  ])('%s', (_label, options, state) => {
    expect(readinessFromPrinterInfo(info(options), 'slip80').state).toBe(state);
  });

  it('reports a printer that is not there as missing', () => {
    expect(readinessFromPrinterInfo(info({}), 'other')).toEqual({ state: 'missing', printer: 'other', reasons: [] });
    expect(readinessFromPrinterInfo([], 'slip80').state).toBe('missing');
  });

  it('takes a printer without options (Windows reports none) as ready', () => {
    expect(readinessFromPrinterInfo([{ name: 'slip80' }], 'slip80').state).toBe('ready');
  });
});

describe('readinessFromLpstat (CUPS command line)', () => {
  const accepting = 'slip80 accepting requests since Sat Nov 28 12:50:43 2026\n';
  const idle = 'printer slip80 is idle.  enabled since Sat Nov 28 12:50:43 2026\n\tForm mounted:\n\tAlerts: none\n';
  const disabled = 'printer slip80 disabled since Sat Nov 28 12:50:43 2026 -\n\tPaused\n\tAlerts: paused\n';
  const empty = 'printer slip80 is idle.  enabled since Sat Nov 28 12:50:43 2026\n\tAlerts: media-empty-error\n';

  it.each([
    ['idle', idle, accepting, 'ready'],
    ['disabled with cupsdisable', disabled, accepting, 'stopped'],
    ['out of paper', empty, accepting, 'out-of-paper'],
    ['rejecting jobs', idle, 'slip80 not accepting requests since Sat Nov 28 2026 -\n\tRejecting Jobs\n', 'not-accepting'],
    ['unknown to CUPS', '', '', 'missing'],
  ])('%s', (_label, printerText, acceptingText, state) => {
    expect(readinessFromLpstat('slip80', printerText, acceptingText).state).toBe(state);
  });

  it('does not mistake a printer whose name merely starts the same', () => {
    expect(readinessFromLpstat('slip8', idle, accepting).state).toBe('missing');
  });
});
