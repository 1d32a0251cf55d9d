/**
 * Fuzzing the WebHost's HTTP gateway: for every host call, 1,000 malformed bodies (see
 * helpers/malformed-payloads.ts, including broken JSON and bodies over the size limit), sent by
 * the launched page (its session cookie and Origin) to a real server. Each must be refused with a
 * clear error, none may break the server, and it must keep answering afterwards.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryLogger } from '../../../../electron/services/log';
import { GENERATED_FONTS } from '../../../../electron/services/project-paths';
import { builtInContent } from '../../../support/content-packs';
import { HOST_CALL_NAMES, HostReplySchema } from '../../../../electron/shared/host-contract';
import { startWebHost, type RunningWebHost } from '../../../../electron/web-host/server';
import { VALID_REQUESTS } from '../../helpers/host-call-examples';
import { describeIfNotRefused, malformedPayloads, seedFor } from '../../helpers/malformed-payloads';

const PER_CALL = 1_000;
/** Requests in flight at once, on as many kept-alive connections. */
const PARALLEL = 16;
const agent = new http.Agent({ keepAlive: true, maxSockets: PARALLEL });
const inheritedBefore = Object.getOwnPropertyNames(Object.prototype).sort();

let host: RunningWebHost;
let base: string;
let headers: Record<string, string>;

beforeAll(async () => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'http-fuzz-'));
  fs.mkdirSync(path.join(base, 'bundle'));
  fs.writeFileSync(path.join(base, 'bundle', 'index.html'), '<!doctype html><title>kiosk</title>');
  host = await startWebHost({
    bundleRoot: path.join(base, 'bundle'),
    ...builtInContent(base),
    fontsDirectory: GENERATED_FONTS,
    dataDirectory: path.join(base, 'data'),
    version: '0.1.0',
    log: createMemoryLogger(),
    useSystemPrintQueue: false,
  });
  const launched = await fetch(host.launchUrl(), { redirect: 'manual' });
  headers = { 'content-type': 'application/json', origin: host.url.slice(0, -1), cookie: (launched.headers.get('set-cookie') ?? '').split(';')[0] ?? '' };
});

afterAll(async () => {
  agent.destroy();
  await host?.close();
  fs.rmSync(base, { recursive: true, force: true });
});

/** Plain http with kept-alive connections: several times faster here than fetch. */
function post(name: string, body: string): Promise<{ status: number; reply: unknown }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      { agent, host: '127.0.0.1', port: host.port, method: 'POST', path: `/api/${encodeURIComponent(name)}`, headers: { ...headers, host: `127.0.0.1:${host.port}` } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          try {
            resolve({ status: response.statusCode ?? 0, reply: JSON.parse(text) });
          } catch {
            resolve({ status: response.statusCode ?? 0, reply: text });
          }
        });
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

describe('HTTP gateway, fuzzed', { timeout: 60_000 }, () => {
  it.each(HOST_CALL_NAMES)(`refuses ${PER_CALL} malformed "%s" bodies, and keeps answering`, async (name) => {
    const payloads = malformedPayloads(name, PER_CALL, seedFor(name));
    const problems: string[] = [];
    for (let start = 0; start < payloads.length; start += PARALLEL) {
      await Promise.all(
        payloads.slice(start, start + PARALLEL).map(async (payload) => {
          try {
            const { status, reply } = await post(name, payload.json);
            const problem = status === 200 ? describeIfNotRefused(reply) : `HTTP ${status}`;
            if (problem) problems.push(`${payload.kind}: ${problem}`);
          } catch (error) {
            problems.push(`${payload.kind}: the request failed (${(error as Error).message})`);
          }
        }),
      );
    }
    expect(problems).toEqual([]);
    const valid = await post(name, JSON.stringify(VALID_REQUESTS[name]));
    expect(v.safeParse(HostReplySchema, valid.reply).success).toBe(true);
    expect((await post('kiosk:get-setup', '{}')).reply).toMatchObject({ ok: true, value: { host: 'web', version: '0.1.0' } });
  });

  it('left no trace on the objects every other object inherits from', () => {
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(inheritedBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
