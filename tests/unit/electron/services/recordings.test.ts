import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Recordings, recordingsRoot } from '../../../../electron/services/recordings';
import { recordingUrl } from '../../../../electron/shared/recordings';

const locales = fs.mkdtempSync(path.join(os.tmpdir(), 'recordings-'));
const root = recordingsRoot(locales);
fs.mkdirSync(path.join(root, 'so'), { recursive: true });
fs.mkdirSync(path.join(root, 'xx'), { recursive: true });
fs.writeFileSync(path.join(root, 'so', 'welcome.choose.ogg'), 'OggS');
fs.writeFileSync(path.join(root, 'so', 'notes.txt'), 'not a recording');
fs.writeFileSync(path.join(root, 'xx', 'welcome.choose.ogg'), 'OggS');
fs.writeFileSync(path.join(locales, 'secret.ogg'), 'secret');
fs.symlinkSync(path.join(locales, 'secret.ogg'), path.join(root, 'so', 'home.title.ogg'));
afterAll(() => fs.rmSync(locales, { recursive: true, force: true }));

const recordings = new Recordings(root, ['nb', 'so']);

describe('recorded speech in the content folder', () => {
  it('lives in the content folder’s audio/', () => {
    expect(root).toBe(path.join(locales, 'audio'));
  });

  it('lists the recordings of a shipped language, not other files, links out or unshipped languages', () => {
    expect(recordings.keys('so')).toEqual(['welcome.choose']);
    expect(recordings.keys('nb')).toEqual([]);
    expect(recordings.keys('xx')).toEqual([]);
    expect(recordings.counts()).toEqual({ nb: 0, so: 1 });
  });

  it('finds a recording by the path the page asks for', () => {
    const asked = recordingUrl('so', 'welcome.choose').slice('__audio/'.length);
    expect(recordings.file(asked)).toBe(fs.realpathSync(path.join(root, 'so', 'welcome.choose.ogg')));
  });

  it.each(['so/../../secret.ogg', 'so/%2e%2e%2fsecret.ogg', 'so%2f..%2f..%2fsecret.ogg', 'so/home.title.ogg', 'xx/welcome.choose.ogg', 'so/notes.txt', 'so/..%5c..%5csecret.ogg', 'so/%E0%A4%A.ogg', 'so/welcome.choose.ogg%00'])(
    'refuses %s',
    (asked) => {
      expect(recordings.file(asked)).toBeNull();
    },
  );

  it('has none when the content has no audio folder', () => {
    expect(new Recordings(path.join(locales, 'none'), ['so']).keys('so')).toEqual([]);
    expect(new Recordings(path.join(locales, 'none'), ['so']).file('so/welcome.choose.ogg')).toBeNull();
  });
});
