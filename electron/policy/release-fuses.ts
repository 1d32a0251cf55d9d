/**
 * Electron's fuses, in the order of the fuse wire in the binary, and the value each must have in a
 * release. One table for the build (build/packaging/fuses.ts sets them) and for the running kiosk
 * (services/lockdown-report.ts reads them back for the staff health view).
 */
export const FUSE_WIRE_ORDER = [
  'RunAsNode',
  'EnableCookieEncryption',
  'EnableNodeOptionsEnvironmentVariable',
  'EnableNodeCliInspectArguments',
  'EnableEmbeddedAsarIntegrityValidation',
  'OnlyLoadAppFromAsar',
  'LoadBrowserProcessSpecificV8Snapshot',
  'GrantFileProtocolExtraPrivileges',
] as const;

/** What each fuse must be in a kiosk that visitors use, and why. */
export const RELEASE_FUSES = {
  /** ELECTRON_RUN_AS_NODE would turn the kiosk binary into a general Node.js interpreter. */
  RunAsNode: false,
  /** NODE_OPTIONS=--require … would run someone else's code inside the kiosk. */
  EnableNodeOptionsEnvironmentVariable: false,
  /** --inspect / --inspect-brk (and SIGUSR1) would open a debugger on the main process. */
  EnableNodeCliInspectArguments: false,
  /** The app is read only from app.asar, never from a loose (editable) folder beside it. */
  OnlyLoadAppFromAsar: true,
  /** Windows and macOS check app.asar against the hash embedded at build time (no effect on Linux). */
  EnableEmbeddedAsarIntegrityValidation: true,
  /** Anything the session ever writes is encrypted with the OS keystore. */
  EnableCookieEncryption: true,
  /** The kiosk never loads file:// (it serves app://), so file:// gets no extra powers. */
  GrantFileProtocolExtraPrivileges: false,
} as const satisfies Partial<Record<(typeof FUSE_WIRE_ORDER)[number], boolean>>;

export type ReleaseFuseName = keyof typeof RELEASE_FUSES;
export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
