/**
 * The welcome screen's JavaScript stays free of read-aloud: the engine is a worker bundle of its
 * own, the player and screen reader a chunk loaded on demand (after `npm run build`).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RENDERER_BUNDLE } from '../../../electron/services/project-paths';

const html = fs.readFileSync(path.join(RENDERER_BUNDLE, 'index.html'), 'utf8');
const initial = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((match) => match[1] ?? '');
const read = (file: string): string => fs.readFileSync(path.join(RENDERER_BUNDLE, file), 'utf8');
const assets = fs.readdirSync(path.join(RENDERER_BUNDLE, 'assets'));

describe('the built page', () => {
  it('loads no speech engine, player or voice data with the welcome screen', () => {
    expect(initial.length).toBeGreaterThan(0);
    for (const file of initial) {
      const code = read(file);
      expect(code, file).not.toContain('eSpeakNGWorker');
      expect(code, file).not.toContain('decodeAudioData');
      expect(code, file).not.toMatch(/espeak-ng-[\w-]+\.data/);
    }
  });

  it('has the engine in a worker bundle of its own, and the rest of read-aloud in a chunk loaded on demand', () => {
    const worker = assets.filter((name) => /^speech-worker-[\w-]+\.js$/.test(name));
    expect(worker).toHaveLength(1);
    expect(read(`assets/${worker[0] ?? ''}`)).toContain('eSpeakNGWorker');
    const onDemand = assets.filter((name) => name.endsWith('.js') && !initial.includes(`assets/${name}`) && read(`assets/${name}`).includes('decodeAudioData'));
    expect(onDemand).toHaveLength(1);
  });
});
