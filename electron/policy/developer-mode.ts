/**
 * Developer mode is the only way to get DevTools, a remote-debugging port or a Node inspector into
 * the kiosk, and it must be asked for on purpose: `HJELPEPUNKT_DEVELOPER=1` in the environment or
 * `--developer` on the command line. It does not follow from `app.isPackaged`: an unpackaged
 * `npm start` on a shelter's machine is as much a visitor's kiosk as an installed package.
 */
export const DEVELOPER_ENV = 'HJELPEPUNKT_DEVELOPER';
export const DEVELOPER_SWITCH = '--developer';

export function isDeveloperMode(env: NodeJS.ProcessEnv, argv: readonly string[]): boolean {
  return env[DEVELOPER_ENV] === '1' || argv.includes(DEVELOPER_SWITCH);
}

/**
 * Switches that open the kiosk to a debugger from outside (Chromium's DevTools protocol, V8 and
 * Node's inspector). The fuses remove `--inspect` from a release binary; these checks also cover
 * an unfused binary and the Chromium switches no fuse covers.
 */
const DEBUG_SWITCHES = ['remote-debugging-port', 'remote-debugging-pipe', 'remote-debugging-address', 'inspect', 'inspect-brk', 'inspect-port', 'inspect-publish-uid', 'js-flags'];

/** The debugging switches present in `argv` (as `--name` or `--name=value`) or in NODE_OPTIONS. */
export function debugSwitchesIn(argv: readonly string[], env: NodeJS.ProcessEnv): string[] {
  const found = new Set<string>();
  const tokens = [...argv, ...(env.NODE_OPTIONS ?? '').split(/\s+/)];
  for (const token of tokens) {
    const name = /^--([a-z-]+)(?:=.*)?$/.exec(token)?.[1];
    if (name && DEBUG_SWITCHES.includes(name)) found.add(`--${name}`);
  }
  // NODE_OPTIONS can also load code into the main process (--require, --import).
  if (/(^|\s)--(require|import|loader|experimental-loader)\b|(^|\s)-r\s/.test(env.NODE_OPTIONS ?? '')) found.add('NODE_OPTIONS');
  return [...found];
}

/** What the kiosk does about a start with debugging switches: run, or refuse and say why. */
export function debugSwitchDecision(argv: readonly string[], env: NodeJS.ProcessEnv): { refuse: false } | { refuse: true; switches: string[] } {
  if (isDeveloperMode(env, argv)) return { refuse: false };
  const switches = debugSwitchesIn(argv, env);
  return switches.length > 0 ? { refuse: true, switches } : { refuse: false };
}
