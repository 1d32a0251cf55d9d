/**
 * Malformed host-call payloads for the fuzz tests, generated deterministically (a seeded PRNG, so
 * a failure can be replayed): wrong types, huge strings, deep nesting, prototype-pollution keys,
 * extra and missing keys, NaN and Infinity, arrays for objects, odd Unicode. Each is derived from
 * the call's valid request (host-call-examples.ts) and kept only if the contract refuses it, so
 * every payload handed out must be refused by a gateway.
 *
 * Two forms: `value` for the IPC gateway (what structured clone can carry: NaN, Infinity,
 * undefined) and `json` for the HTTP gateway (the body text, which may also be broken JSON).
 */
import crypto from 'node:crypto';
import * as v from 'valibot';
import { hostCalls, type HostCallName } from '../../../electron/shared/host-contract';
import { VALID_REQUESTS } from './host-call-examples';

export type MalformedPayload = { value: unknown; json: string; kind: string };

/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ODD_STRINGS = [
  '',
  ' ',
  '\u0000',
  '\uD800',
  '\uDFFF\uD800',
  '\u202Eevil',
  '\u200B',
  'e\u0301',
  '２４６８１３',
  '٢٤٦٨١٣',
  '😀'.repeat(50),
  '%00',
  '../../etc/passwd',
  'C:\\Windows\\system32',
  '<script>alert(1)</script>',
  '{"__proto__":{}}',
  'idle\n',
  'IDLE',
  'null',
  'undefined',
  '__proto__',
  'constructor',
  'toString',
];
const POLLUTING_KEYS = ['__proto__', 'constructor', 'prototype', '__defineGetter__', 'hasOwnProperty'];

type Random = () => number;
const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

/** A value of some type, at random: the raw material of wrong types. */
function anyValue(random: Random, depth = 0): unknown {
  const choice = Math.floor(random() * (depth > 2 ? 8 : 11));
  switch (choice) {
    case 0:
      return null;
    case 1:
      return random() < 0.5;
    case 2:
      return pick(random, [0, -1, 1.5, 2 ** 53, -(2 ** 31), 1e308, Number.MIN_VALUE]);
    case 3:
      return pick(random, [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]);
    case 4:
      return pick(random, ODD_STRINGS);
    case 5:
      return 'x'.repeat(1 + Math.floor(random() * 4_000));
    case 6:
      return undefined;
    case 7:
      return [];
    case 8:
      return Array.from({ length: 1 + Math.floor(random() * 3) }, () => anyValue(random, depth + 1));
    case 9:
      return { [pick(random, POLLUTING_KEYS)]: anyValue(random, depth + 1) };
    default:
      return { a: anyValue(random, depth + 1) };
  }
}

function deeplyNested(depth: number, asArray: boolean): unknown {
  let value: unknown = 'bottom';
  for (let level = 0; level < depth; level += 1) value = asArray ? [value] : { a: value };
  return value;
}

/** Paths to every leaf and object in a value, to aim a mutation at. */
function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  const found = [at];
  if (Array.isArray(value)) value.forEach((item, index) => found.push(...paths(item, [...at, index])));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) found.push(...paths(item, [...at, key]));
  return found;
}

function setAt(root: unknown, at: (string | number)[], replacement: unknown): unknown {
  if (at.length === 0) return replacement;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let target = copy;
  for (const step of at.slice(0, -1)) target = target[step] as Record<string | number, unknown>;
  target[at.at(-1) as string | number] = replacement;
  return copy;
}

function deleteAt(root: unknown, at: (string | number)[]): unknown {
  if (at.length === 0) return undefined;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let target = copy;
  for (const step of at.slice(0, -1)) target = target[step] as Record<string | number, unknown>;
  if (Array.isArray(target)) target.splice(Number(at.at(-1)), 1);
  else Reflect.deleteProperty(target, at.at(-1) as string);
  return copy;
}

/** A JSON body with a key JSON.parse keeps as an own property (an object literal would not). */
function withRawKey(base: unknown, key: string, inner: string): string {
  const text = JSON.stringify(base && typeof base === 'object' && !Array.isArray(base) ? base : {});
  return text === '{}' ? `{"${key}":${inner}}` : `{"${key}":${inner},${text.slice(1)}`;
}

/** One mutation of the valid request; `json` is set where the body text itself is the point. */
function mutate(random: Random, valid: unknown): { value?: unknown; json?: string; kind: string } {
  const targets = paths(valid);
  const at = pick(random, targets);
  switch (Math.floor(random() * 12)) {
    case 0:
      return { value: anyValue(random), kind: 'not an object' };
    case 1:
      return { value: setAt(valid, at, anyValue(random)), kind: 'wrong type' };
    case 2:
      // Mostly under the WebHost's 64 KiB body limit (so the schema sees them), some over it.
      return { value: setAt(valid, at, pick(random, ['a', '1', 'é', '\u202E']).repeat(random() < 0.9 ? 1_000 + Math.floor(random() * 30_000) : 70_000)), kind: 'huge string' };
    case 3:
      return { value: setAt(valid, at, deeplyNested(20 + Math.floor(random() * 200), random() < 0.5)), kind: 'deep nesting' };
    case 4: {
      const key = pick(random, POLLUTING_KEYS);
      const inner = pick(random, ['{"polluted":true}', '{"isAdmin":true,"toString":"x"}', '"x"', 'null']);
      const json = withRawKey(valid, key, inner);
      return { value: JSON.parse(json), json, kind: `prototype key ${key}` };
    }
    case 5:
      return { value: { ...(typeof valid === 'object' ? valid : {}), [pick(random, ['extra', 'path', 'admin', ...POLLUTING_KEYS.slice(1)])]: anyValue(random) }, kind: 'extra key' };
    case 6:
      return { value: setAt(valid, at, pick(random, [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])), kind: 'NaN or Infinity' };
    case 7: {
      const text = JSON.stringify(valid ?? {}).replace(/"[^"]*"(?=[,}\]])/, pick(random, ['NaN', 'Infinity', '-Infinity', 'undefined']));
      return { json: text, kind: 'NaN or Infinity in JSON' };
    }
    case 8:
      return { value: setAt(valid, at, [at.length === 0 ? valid : 'x']), kind: 'array for object' };
    case 9:
      return { value: setAt(valid, at, pick(random, ODD_STRINGS) + (random() < 0.5 ? '' : pick(random, ODD_STRINGS))), kind: 'odd unicode' };
    case 10:
      return { value: deleteAt(valid, at.length > 0 ? at : ['missing']), kind: 'missing key' };
    default:
      return { json: pick(random, ['{', '{"a":', '[1,]', "{'a':1}", '{"a":1}}', 'nul', '\u0000', '{"a":"\\u00"}', '"unterminated']), kind: 'broken JSON' };
  }
}

/**
 * `count` payloads the contract refuses for `name`, all different. JSON.stringify drops undefined
 * and turns NaN into null, so the HTTP form is checked as the server will read it.
 */
export function malformedPayloads(name: HostCallName, count: number, seed: number): MalformedPayload[] {
  const random = seededRandom(seed);
  const schema = hostCalls[name].request;
  const valid = VALID_REQUESTS[name];
  const refused = (value: unknown): boolean => !v.safeParse(schema, value).success;
  /** Fingerprints, not the (sometimes huge) bodies themselves. */
  const seen = new Set<string>();
  const fingerprint = (kind: string, json: string): string => `${kind}:${crypto.createHash('sha1').update(json).digest('base64')}`;
  const payloads: MalformedPayload[] = [];
  for (let tries = 0; payloads.length < count && tries < count * 50; tries += 1) {
    const mutation = mutate(random, valid);
    const json = mutation.json ?? JSON.stringify(mutation.value) ?? '';
    let parsed: { ok: boolean; value?: unknown } = { ok: false };
    try {
      parsed = { ok: true, value: json === '' ? undefined : JSON.parse(json) };
    } catch {
      // Broken JSON: the HTTP gateway must refuse it whatever it says.
    }
    const value = mutation.json !== undefined && mutation.value === undefined ? parsed.value : mutation.value;
    if (!refused(value) || (parsed.ok && !refused(parsed.value))) continue;
    const key = fingerprint(mutation.kind, json);
    if (seen.has(key)) continue;
    seen.add(key);
    payloads.push({ value, json, kind: mutation.kind });
  }
  if (payloads.length < count) throw new Error(`Only ${payloads.length} malformed payloads for ${name}.`);
  return payloads;
}

/** A well-formed reply that refuses the request, as every malformed payload must get. */
export function describeIfNotRefused(reply: unknown): string | undefined {
  const error = (reply as { ok?: unknown; error?: { code?: unknown; message?: unknown } } | undefined)?.error;
  if ((reply as { ok?: unknown } | undefined)?.ok !== false) return `not refused: ${JSON.stringify(reply)?.slice(0, 200)}`;
  if (error?.code !== 'invalid-request') return `refused with code ${String(error?.code)}`;
  if (typeof error.message !== 'string' || error.message.trim() === '') return 'refused without a message';
  return undefined;
}

/** A stable seed per call name, so each call gets its own payloads run after run. */
export function seedFor(name: string): number {
  return [...name].reduce((hash, character) => Math.imul(hash ^ character.charCodeAt(0), 16777619) >>> 0, 2166136261);
}
