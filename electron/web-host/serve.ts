/**
 * `npm run serve -- --port N [--data-dir DIR]`: the kiosk UI on http://127.0.0.1:N for a browser
 * (Chromium in --kiosk mode, tests, development), with the office's settings from DIR. It prints a
 * one-time launch link: the browser that opens it is the one the host answers.
 */
import { parseArgs } from 'node:util';
import { defaultDataDirectory } from '../services/data-directory';
import { createLogger } from '../services/log';
import { projectVersion, BUILT_APP } from '../services/project-paths';
import { startWebHost } from './server';

const { values } = parseArgs({
  options: { port: { type: 'string', default: '4173' }, 'data-dir': { type: 'string' } },
});
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a number from 0 to 65535 (got "${values.port}").`);
  process.exit(2);
}

const log = createLogger({});
try {
  const host = await startWebHost({
    ...BUILT_APP,
    dataDirectory: values['data-dir'] ?? defaultDataDirectory(),
    version: projectVersion(),
    log,
    port,
  });
  // The host answers only the browser that opened the launch link (see launch-session.ts).
  console.log(`Hjelpepunkt is served at ${host.url} (stop with Ctrl+C).`);
  console.log(`Open this link once, in the kiosk's browser, to connect it: ${host.launchUrl()}`);
  if (process.stdin.isTTY) {
    console.log('Press Enter for a new link (for another browser; the previous page is then disconnected).');
    process.stdin.on('data', () => console.log(`New link: ${host.launchUrl()}`));
  }
  const stop = (): void => void host.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  console.error(code === 'EADDRINUSE' ? `Port ${port} is already in use; choose another with --port.` : (error as Error).message);
  process.exit(1);
}
