/**
 * `npm run page-age -- [--visits N] [--block B]`: does the kiosk slow down on a page that lives for
 * many visits? One WebHost, Debian's Chromium driven over its own DevTools pipe (no Playwright, whose
 * client keeps records of each page), the same visit again and again (Norwegian, "Get help now",
 * Quick exit) on one long-lived page, and between its blocks a block on a page opened fresh in the
 * same browser. Each block prints seconds per visit for both, and a fixed piece of CPU work timed in
 * this process (the "yardstick"), which says whether the machine itself got slower meanwhile.
 * A measurement for docs/quality.md, not a gate: it passes or fails nothing.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../../electron/services/project-paths';
import { PinStore } from '../../electron/services/staff/pin-store';
import { startHostProcess } from '../soak/host-client';

const { values } = parseArgs({ options: { visits: { type: 'string', default: '600' }, block: { type: 'string', default: '60' } } });
const visits = Number(values.visits);
const block = Number(values.block);
const nb = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'locales', 'nb.json'), 'utf8'));
/** The Norwegian screen titles and buttons of the visit. */
const WELCOME: string = nb.welcome.choose;
const HOME: string = nb.home.title;
const TOPIC: string = nb.topics['help-now'].title;
const QUICK_EXIT: string = nb.bar.quickExit;

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'hjelpepunkt-page-age-'));
fs.writeFileSync(path.join(work, 'config.json'), JSON.stringify({ idleSeconds: 600 }));
await new PinStore(work).set('246813');
const host = await startHostProcess(work);
const launchUrl = await host.launchUrl();

// Chromium reads DevTools commands from descriptor 3 and answers on 4, each message ended by a NUL.
const profile = path.join(work, 'profile');
const browser = spawn(
  process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  ['--headless', '--no-sandbox', '--disable-gpu', '--remote-debugging-pipe', `--user-data-dir=${profile}`, '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', 'about:blank'],
  // Its own temporary files go in the run's folder, removed at the end; a process group of its own,
  // so that its helpers end with it before that folder goes.
  { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'], env: { ...process.env, TMPDIR: work }, detached: true },
);
const pending = new Map<number, { resolve: (result: Record<string, unknown>) => void; reject: (error: Error) => void }>();
let lastId = 0;
let received = '';
(browser.stdio[4] as NodeJS.ReadableStream).on('data', (chunk: Buffer) => {
  received += chunk.toString();
  for (let end = received.indexOf('\0'); end >= 0; end = received.indexOf('\0')) {
    const message = JSON.parse(received.slice(0, end)) as { id?: number; result?: Record<string, unknown>; error?: { message: string } };
    received = received.slice(end + 1);
    const waiter = message.id === undefined ? undefined : pending.get(message.id);
    if (message.id !== undefined) pending.delete(message.id);
    if (message.error) waiter?.reject(new Error(message.error.message));
    else waiter?.resolve(message.result ?? {});
  }
});
const send = (method: string, params: object = {}, sessionId?: string): Promise<Record<string, unknown>> =>
  new Promise((resolve, reject) => {
    lastId += 1;
    pending.set(lastId, { resolve, reject });
    (browser.stdio[3] as NodeJS.WritableStream).write(`${JSON.stringify({ id: lastId, method, params, sessionId })}\0`);
  });

/** A page in the browser at the kiosk's screen size, showing `url`; returns its DevTools session. */
async function openPage(url: string): Promise<{ session: string; targetId: string }> {
  const { targetId } = (await send('Target.createTarget', { url: 'about:blank' })) as { targetId: string };
  const { sessionId } = (await send('Target.attachToTarget', { targetId, flatten: true })) as { sessionId: string };
  await send('Emulation.setDeviceMetricsOverride', { width: 1080, height: 1920, deviceScaleFactor: 1, mobile: false }, sessionId);
  await send('Page.navigate', { url }, sessionId);
  return { session: sessionId, targetId };
}

async function evaluate(session: string, expression: string): Promise<unknown> {
  const reply = (await send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true }, session)) as { result?: { value?: unknown }; exceptionDetails?: { text: string } };
  if (reply.exceptionDetails) throw new Error(reply.exceptionDetails.text);
  return reply.result?.value;
}

/** Waits, checking each frame in the page, for the screen titled `title` (after Quick exit: on a new page load). */
async function waitFor(session: string, title: string, newLoad = false): Promise<void> {
  const check = `new Promise((resolve, reject) => { const started = performance.now(); const tick = () => {
    if (document.querySelector('h1')?.textContent.trim() === ${JSON.stringify(title)} && !(${newLoad} && window.oldLoad)) return resolve(true);
    if (performance.now() - started > 30000) return reject(new Error('no screen ' + ${JSON.stringify(title)}));
    requestAnimationFrame(tick); }; tick(); })`;
  // During a page load there is briefly no page to ask: ask again.
  for (let attempt = 0; ; attempt += 1) {
    try {
      await evaluate(session, check);
      return;
    } catch (error) {
      if (attempt > 300) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}

/** A tap where the button named `name` is, through Chromium's input pipeline, as a touch would come. */
async function tap(session: string, name: string): Promise<void> {
  const at = (await evaluate(session, `(() => { const button = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === ${JSON.stringify(name)} || b.getAttribute('aria-label') === ${JSON.stringify(name)});
    if (!button) return null; button.scrollIntoView({ block: 'center' }); const box = button.getBoundingClientRect(); return { x: box.x + box.width / 2, y: box.y + box.height / 2 }; })()`)) as { x: number; y: number } | null;
  if (!at) throw new Error(`no button "${name}"`);
  for (const type of ['mousePressed', 'mouseReleased']) await send('Input.dispatchMouseEvent', { type, ...at, button: 'left', clickCount: 1 }, session);
}

/** Fixed CPU work in this process, timed: a slower machine shows here too. */
function yardstickMs(): number {
  const started = performance.now();
  let sum = 0;
  for (let i = 0; i < 3e8; i += 1) sum = (sum + i * 7) % 1000003;
  return sum < 0 ? 0 : performance.now() - started;
}

async function visitsOn(session: string, count: number): Promise<number> {
  const started = Date.now();
  for (let visit = 0; visit < count; visit += 1) {
    await tap(session, 'Norsk bokmål');
    await waitFor(session, HOME);
    await tap(session, TOPIC);
    await waitFor(session, TOPIC);
    await evaluate(session, 'window.oldLoad = true');
    await tap(session, QUICK_EXIT);
    await waitFor(session, WELCOME, true);
  }
  return (Date.now() - started) / count / 1000;
}

try {
  const longLived = await openPage(launchUrl);
  await waitFor(longLived.session, WELCOME);
  console.log(`Page age: ${visits} visits on one page, in blocks of ${block}; after each, ${Math.floor(block / 2)} on a fresh page of the same browser`);
  for (let done = 0; done < visits; done += block) {
    const yardstick = yardstickMs();
    const old = await visitsOn(longLived.session, block);
    // The fresh page shares the launch session's cookie: the host answers it as the same client.
    const fresh = await openPage(new URL('/', launchUrl).href);
    await waitFor(fresh.session, WELCOME);
    const young = await visitsOn(fresh.session, Math.floor(block / 2));
    await send('Target.closeTarget', { targetId: fresh.targetId });
    console.log(`  visits ${String(done + 1).padStart(5)}–${String(done + block).padEnd(5)} long-lived page ${old.toFixed(2)} s a visit, fresh page ${young.toFixed(2)} s, yardstick ${Math.round(yardstick)} ms`);
  }
} finally {
  const exited = new Promise((resolve) => browser.once('exit', resolve));
  process.kill(-(browser.pid ?? 0), 'SIGKILL');
  await exited;
  await host.close();
  // A helper just killed may have had a write in flight.
  fs.rmSync(work, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
}
