/**
 * What the kiosk can tell staff about its own lockdown: which host runs it, whether the Electron
 * binary is the packaged and fused release, whether the OS kiosk kit's service started it, whether
 * the Chromium fallback's policies are in force, and whether CUPS keeps finished jobs. What it
 * cannot see (a locked keyboard, closed USB ports, the BIOS) the health view says in words.
 */
import fs from 'node:fs';
import type { LockdownReport } from '../shared/host-contract';
import { FUSE_SENTINEL, FUSE_WIRE_ORDER, RELEASE_FUSES, type ReleaseFuseName } from '../policy/release-fuses';

/** The OS kiosk kit's systemd unit and Shell Launcher script set this for the kiosk they start. */
export const KIOSK_SERVICE_ENV = 'HJELPEPUNKT_KIOSK_SERVICE';

export type LockdownSources = {
  host: LockdownReport['host'];
  packaged: boolean;
  developerMode: boolean;
  env: NodeJS.ProcessEnv;
  /** Electron's own binary (process.execPath), to read its fuses; absent for the browser hosts. */
  electronBinary?: string;
  browserPolicies: LockdownReport['browserPolicies'];
  /** CUPS's server configuration (default /etc/cups/cupsd.conf). */
  cupsdConf?: string;
};

export async function lockdownReport(sources: LockdownSources): Promise<LockdownReport> {
  const fuses = sources.electronBinary ? fuseVerdict(await fuseWireOnce(sources.electronBinary)) : 'not-applicable';
  const kioskService = runningUnderKioskService(sources.env);
  const cannotBlock: LockdownReport['cannotBlock'] = [];
  if (!kioskService) cannotBlock.push('os-shortcuts');
  if (sources.host !== 'electron') {
    cannotBlock.push('close-window');
    if (sources.browserPolicies !== 'in-force') cannotBlock.push('devtools', 'file-dialogs', 'other-pages', 'downloads');
  } else if (fuses !== 'release') {
    cannotBlock.push('debugging');
  }
  if (sources.developerMode) cannotBlock.push('developer-mode');
  return {
    host: sources.host,
    packaged: sources.packaged,
    fuses,
    developerMode: sources.developerMode,
    kioskService,
    browserPolicies: sources.browserPolicies,
    printRetention: printRetention(readIfPossible(sources.cupsdConf ?? '/etc/cups/cupsd.conf')),
    cannotBlock,
  };
}

/** The kit's unit sets HJELPEPUNKT_KIOSK_SERVICE=1; systemd also gives every service an INVOCATION_ID. */
export function runningUnderKioskService(env: NodeJS.ProcessEnv): boolean {
  return env[KIOSK_SERVICE_ENV] === '1';
}

/** The binary does not change while it runs: read its (large) file once per process. */
const fuseWires = new Map<string, Promise<FuseWire | null>>();
function fuseWireOnce(binary: string): Promise<FuseWire | null> {
  let wire = fuseWires.get(binary);
  if (!wire) {
    wire = readFuseWire(binary);
    fuseWires.set(binary, wire);
  }
  return wire;
}

export type FuseWire = Partial<Record<(typeof FUSE_WIRE_ORDER)[number], boolean | null>>;

/**
 * The fuse wire of an Electron binary, found by its sentinel (read in chunks: the binary is large),
 * or null when the file has none or cannot be read.
 */
export async function readFuseWire(binary: string): Promise<FuseWire | null> {
  const sentinel = Buffer.from(FUSE_SENTINEL, 'ascii');
  let carried = Buffer.alloc(0);
  let consumed = 0;
  try {
    for await (const chunk of fs.createReadStream(binary, { highWaterMark: 1 << 20 })) {
      consumed += (chunk as Buffer).length;
      const window = Buffer.concat([carried, chunk as Buffer]);
      const at = window.indexOf(sentinel);
      if (at >= 0) return parseWire(await readBytes(binary, consumed - window.length + at + sentinel.length, 2 + FUSE_WIRE_ORDER.length + 8));
      // Keep enough of the tail for a sentinel split across two chunks.
      carried = window.subarray(Math.max(0, window.length - sentinel.length));
    }
  } catch {
    return null;
  }
  return null;
}

async function readBytes(file: string, position: number, length: number): Promise<Buffer> {
  const handle = await fs.promises.open(file, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, position);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

function parseWire(bytes: Buffer): FuseWire | null {
  const version = bytes[0];
  const length = bytes[1] ?? 0;
  if (version !== 1) return null;
  const wire: FuseWire = {};
  FUSE_WIRE_ORDER.forEach((name, index) => {
    if (index >= length) return;
    const state = bytes[2 + index];
    wire[name] = state === 0x31 ? true : state === 0x30 ? false : null;
  });
  return wire;
}

export function fuseVerdict(wire: FuseWire | null): LockdownReport['fuses'] {
  if (!wire) return 'unknown';
  return (Object.entries(RELEASE_FUSES) as [ReleaseFuseName, boolean][]).every(([name, value]) => wire[name] === value) ? 'release' : 'not-release';
}

/**
 * Whether CUPS keeps anything of a finished job. CUPS keeps both the job history and the job's
 * files unless told otherwise, so a missing directive counts as keeping.
 */
export function printRetention(cupsdConf: string | null): LockdownReport['printRetention'] {
  if (cupsdConf === null) return 'unknown';
  const directive = (name: string): string | undefined =>
    [...cupsdConf.matchAll(new RegExp(`^\\s*${name}\\s+(\\S+)\\s*$`, 'gmi'))].at(-1)?.[1];
  const off = (value: string | undefined): boolean => value !== undefined && /^(no|off|false|0)$/i.test(value);
  return off(directive('PreserveJobHistory')) && off(directive('PreserveJobFiles')) ? 'keeps-nothing' : 'keeps-jobs';
}

function readIfPossible(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}
