import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mimeTypeFor, resolveBundleFile } from '../../../../electron/policy/bundle-path';

let root: string;
let outside: string;

beforeAll(() => {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'bundle-'));
  root = path.join(base, 'renderer');
  outside = path.join(base, 'secret.txt');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<html></html>');
  fs.writeFileSync(path.join(root, 'assets', 'app.js'), '1');
  fs.writeFileSync(outside, 'secret');
  fs.symlinkSync(outside, path.join(root, 'assets', 'link.txt'));
});
afterAll(() => fs.rmSync(path.dirname(root), { recursive: true, force: true }));

describe('resolveBundleFile', () => {
  it('serves files inside the bundle, and index.html for the root', () => {
    expect(resolveBundleFile(root, '/assets/app.js')).toBe(fs.realpathSync(path.join(root, 'assets', 'app.js')));
    expect(resolveBundleFile(root, '/')).toBe(fs.realpathSync(path.join(root, 'index.html')));
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2e%2e%2fsecret.txt',
    '/..%5csecret.txt',
    '/assets%5c..%5c..%5csecret.txt',
    '/%00index.html',
    '/%E0%A4%A',
    '/assets/link.txt',
    '/assets/missing.js',
    '/assets',
  ])('refuses %s', (pathname) => {
    expect(resolveBundleFile(root, pathname)).toBeNull();
  });

  it('refuses an absolute path smuggled in as the whole pathname', () => {
    expect(resolveBundleFile(root, outside)).toBeNull();
  });
});

describe('mimeTypeFor', () => {
  it('names the types the bundle serves', () => {
    expect(mimeTypeFor('a.js')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('a.woff2')).toBe('font/woff2');
    expect(mimeTypeFor('a.unknown')).toBe('application/octet-stream');
  });
});
