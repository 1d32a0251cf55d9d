/**
 * Is the printer ready? Read from what the system reports: Electron's PrinterInfo (on CUPS systems
 * its options carry printer-state and printer-state-reasons) or CUPS's own `lpstat -l -p` and
 * `lpstat -a` output. A printer that is stopped, offline, out of paper or refusing jobs is not
 * ready; a job sent to it would wait and might print later for the next person.
 */
export type PrinterState = 'ready' | 'missing' | 'stopped' | 'offline' | 'out-of-paper' | 'not-accepting' | 'error';
export type PrinterReadiness = { state: PrinterState; printer: string; reasons: string[] };

/** The shape of Electron's PrinterInfo that matters here (its `options` is typed as an empty interface). */
export type PrinterInfoLike = { name: string; options?: object };

const BLOCKING_REASONS: { pattern: RegExp; state: PrinterState }[] = [
  { pattern: /^(media-empty|media-needed|marker-supply-empty|input-tray-missing)/, state: 'out-of-paper' },
  { pattern: /^(offline|connecting-to-device|timed-out|shutdown)/, state: 'offline' },
  { pattern: /^(paused|stopped|moving-to-paused)/, state: 'stopped' },
  { pattern: /^(media-jam|cover-open|door-open|interlock-open|fuser|other)/, state: 'error' },
];

/** CUPS state reasons; "-warning" and "-report" suffixes inform, only errors and the rest block. */
export function stateFromReasons(reasons: readonly string[]): PrinterState | undefined {
  for (const reason of reasons) {
    if (reason === 'none' || reason.endsWith('-warning')) continue;
    const match = BLOCKING_REASONS.find((candidate) => candidate.pattern.test(reason));
    if (match && (!reason.endsWith('-report') || match.state === 'offline')) return match.state;
  }
  return undefined;
}

const splitReasons = (text: string | undefined): string[] =>
  (text ?? '')
    .split(/[,\s]+/)
    .map((reason) => reason.trim())
    .filter((reason) => reason !== '');

export function readinessFromPrinterInfo(printers: readonly PrinterInfoLike[], printer: string): PrinterReadiness {
  const info = printers.find((candidate) => candidate.name === printer);
  if (!info) return { state: 'missing', printer, reasons: [] };
  const options = (info.options ?? {}) as Record<string, string | undefined>;
  const reasons = splitReasons(options['printer-state-reasons']);
  const fromReasons = stateFromReasons(reasons);
  if (fromReasons) return { state: fromReasons, printer, reasons };
  if (options['printer-state'] === '5') return { state: 'stopped', printer, reasons };
  if (options['printer-is-accepting-jobs'] === 'false') return { state: 'not-accepting', printer, reasons };
  return { state: 'ready', printer, reasons };
}

/**
 * From `LANG=C lpstat -l -p <printer>` and `LANG=C lpstat -a <printer>`. An empty `printerText`
 * (lpstat failed: "Invalid destination name") means the printer does not exist.
 */
export function readinessFromLpstat(printer: string, printerText: string, acceptingText: string): PrinterReadiness {
  const head = new RegExp(`^printer ${printer.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} (.*)$`, 'm').exec(printerText);
  if (!head) return { state: 'missing', printer, reasons: [] };
  const reasons = splitReasons(/^\s*Alerts:\s*(.*)$/m.exec(printerText)?.[1]);
  const fromReasons = stateFromReasons(reasons);
  if (fromReasons) return { state: fromReasons, printer, reasons };
  if (/\bdisabled\b/.test(head[1] ?? '')) return { state: 'stopped', printer, reasons };
  if (/not accepting/.test(acceptingText) || !/accepting/.test(acceptingText)) return { state: 'not-accepting', printer, reasons };
  return { state: 'ready', printer, reasons };
}
