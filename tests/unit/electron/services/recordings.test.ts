import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../../electron/services/content/content-store';
import { Recordings, recordingFileName } from '../../../../electron/services/recordings';
import { recordingUrl } from '../../../../electron/shared/recordings';
import { contentWith } from '../../../support/content-packs';

const OGG = Buffer.from('OggS recording');
const content = loadContent(
  contentWith({
    [recordingFileName('so', 'welcome.choose')]: OGG,
    'audio/so/notes.txt': 'not a recording',
    'audio/xx/welcome.choose.ogg': OGG,
    'audio/so/bad key!.ogg': OGG,
    'secret.ogg': 'secret',
  }),
);
const recordings = new Recordings(() => content);

describe('recorded speech in the active content pack', () => {
  it('lists the recordings of a shipped language: no other files, no unshipped language, no key that is not a message key', () => {
    expect(recordings.keys('so')).toEqual(['welcome.choose']);
    expect(recordings.keys('nb')).toEqual([]);
    expect(recordings.keys('xx')).toEqual([]);
    expect(recordings.counts()).toMatchObject({ nb: 0, so: 1, en: 0 });
  });

  it('finds a recording by the path the page asks for', () => {
    const asked = recordingUrl('so', 'welcome.choose').slice('__audio/'.length);
    expect(Buffer.from(recordings.recording(asked) ?? [])).toEqual(OGG);
  });

  it.each(['so/../../secret.ogg', 'so/%2e%2e%2fsecret.ogg', 'so%2f..%2f..%2fsecret.ogg', '../secret.ogg', 'xx/welcome.choose.ogg', 'so/notes.txt', 'so/..%5c..%5csecret.ogg', 'so/%E0%A4%A.ogg', 'so/welcome.choose.ogg%00', 'so/bad%20key!.ogg'])(
    'refuses %s',
    (asked) => {
      expect(recordings.recording(asked)).toBeNull();
    },
  );

  it('follows the active pack: content without recordings has none', () => {
    const plain = new Recordings(() => loadContent(contentWith({})));
    expect(plain.keys('so')).toEqual([]);
    expect(plain.recording('so/welcome.choose.ogg')).toBeNull();
  });
});
