import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_BUILD_PACKAGES, productionPackageFolders, thirdPartyLicences } from '../../../../build/content/third-party-licences';
import { PROJECT_ROOT } from '../../../../electron/services/project-paths';

const licences = thirdPartyLicences(PROJECT_ROOT);
const manifest = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; license: string };

describe('the third-party licences staff see in About', () => {
  it('lists every runtime dependency, everything in their production tree, and the Svelte runtime compiled into the page', () => {
    const listed = new Set(licences.map((entry) => `${entry.name}@${entry.version}`));
    for (const name of Object.keys(manifest.dependencies)) expect(licences.some((entry) => entry.name === name), name).toBe(true);
    for (const folder of productionPackageFolders(PROJECT_ROOT)) {
      const installed = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, folder, 'package.json'), 'utf8')) as { name: string; version: string };
      expect(listed.has(`${installed.name}@${installed.version}`), folder).toBe(true);
    }
    for (const name of BUNDLED_BUILD_PACKAGES) expect(licences.some((entry) => entry.name === name), name).toBe(true);
  });

  it('gives each its licence as the package states it, with the full text where the package has one', () => {
    for (const entry of licences) {
      expect(entry.licence, entry.name).not.toBe('');
      // A few small transitive packages ship no licence text: the entry says so rather than invent one.
      if (!entry.text.includes('ships no licence text')) expect(entry.text.length, entry.name).toBeGreaterThan(100);
    }
    for (const name of Object.keys(manifest.dependencies)) expect(licences.find((entry) => entry.name === name)?.text.length, name).toBeGreaterThan(100);
    const byName = (name: string) => licences.find((entry) => entry.name === name);
    expect(byName('@echogarden/espeak-ng-emscripten')).toMatchObject({ licence: 'GPL-3.0', role: 'speech', text: expect.stringContaining('GNU GENERAL PUBLIC LICENSE') });
    expect(byName('@fontsource/noto-sans')).toMatchObject({ licence: 'OFL-1.1', role: 'font', text: expect.stringContaining('SIL OPEN FONT LICENSE') });
    expect(byName('svelte')?.licence).toBe('MIT');
    expect(byName('Electron')?.licence).toBe('MIT');
    expect(byName('Chromium (inside Electron)')?.text).toContain('LICENSES.chromium.html');
  });

  it('ships the engine under a licence the project’s own licence allows (GPL-3.0 inside GPL-3.0-or-later)', () => {
    expect(manifest.license).toBe('GPL-3.0-or-later');
    expect(manifest.dependencies['@echogarden/espeak-ng-emscripten']).toBe('0.3.5');
  });
});
