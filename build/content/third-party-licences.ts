/**
 * The third-party software the kiosk ships, with each licence's name and full text, read from the
 * installed packages at build time (npm run build writes dist/renderer/third-party-licences.json;
 * staff read it in the About view). What counts: every package of the lockfile's production tree
 * (the fonts, the speech engine with its voice data, the libraries), the parts of Svelte the build
 * compiles into the page, and the program around it all (Electron, and Chromium inside it).
 */
import fs from 'node:fs';
import path from 'node:path';

export type ThirdPartyLicence = {
  name: string;
  version: string;
  /** SPDX expression from the package (or as Electron and Chromium state it). */
  licence: string;
  /** What the kiosk uses it for. */
  role: 'font' | 'speech' | 'library' | 'program';
  text: string;
};

/** Svelte is a build tool, but its runtime is compiled into the page, with these of its own packages. */
export const BUNDLED_BUILD_PACKAGES = ['svelte', 'clsx', 'esm-env'] as const;

type Lockfile = { packages: Record<string, { version?: string; dev?: boolean; devOptional?: boolean; optional?: boolean; license?: string }> };

/**
 * The lockfile's production packages, as their folders below the project (node_modules/…). Optional
 * packages are left out: they are native programs for one platform (esbuild's, which svelte-i18n's
 * command-line tool brings), never part of a JavaScript bundle the kiosk ships.
 */
export function productionPackageFolders(projectRoot: string): string[] {
  const lock = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package-lock.json'), 'utf8')) as Lockfile;
  return Object.entries(lock.packages)
    .filter(([folder, entry]) => folder !== '' && !entry.dev && !entry.devOptional)
    .filter(([, entry]) => !entry.optional)
    .map(([folder]) => folder);
}

/** The package's licence file; a few small packages ship none and only name their licence. */
function licenceText(folder: string, licence: string): string {
  const file = fs.readdirSync(folder).find((name) => /^(licen[cs]e|copying)/i.test(name));
  if (!file) return `This package names its licence (${licence}) in its package.json and ships no licence text.`;
  return fs.readFileSync(path.join(folder, file), 'utf8').trim();
}

function roleOf(name: string): ThirdPartyLicence['role'] {
  if (name.startsWith('@fontsource/')) return 'font';
  if (name.includes('espeak-ng')) return 'speech';
  return 'library';
}

export function thirdPartyLicences(projectRoot: string): ThirdPartyLicence[] {
  const folders = [...productionPackageFolders(projectRoot), ...BUNDLED_BUILD_PACKAGES.map((name) => `node_modules/${name}`)];
  const packages = folders.map((folder): ThirdPartyLicence => {
    const absolute = path.join(projectRoot, folder);
    const manifest = JSON.parse(fs.readFileSync(path.join(absolute, 'package.json'), 'utf8')) as { name: string; version: string; license?: string };
    if (!manifest.license) throw new Error(`${manifest.name} states no licence in its package.json.`);
    return { name: manifest.name, version: manifest.version, licence: manifest.license, role: roleOf(manifest.name), text: licenceText(absolute, manifest.license) };
  });
  const electron = path.join(projectRoot, 'node_modules', 'electron');
  const electronVersion = (JSON.parse(fs.readFileSync(path.join(electron, 'package.json'), 'utf8')) as { version: string }).version;
  const programs: ThirdPartyLicence[] = [
    { name: 'Electron', version: electronVersion, licence: 'MIT', role: 'program', text: licenceText(electron, 'MIT') },
    {
      name: 'Chromium (inside Electron)',
      version: electronVersion,
      licence: 'BSD-3-Clause and others',
      role: 'program',
      text: 'Chromium and the many libraries inside it come under the BSD 3-Clause licence and others. The full list, with every licence text, is the file LICENSES.chromium.html beside the kiosk program (installed with it).',
    },
  ];
  const unique = new Map([...packages, ...programs].map((entry) => [`${entry.name}@${entry.version}`, entry]));
  const order: ThirdPartyLicence['role'][] = ['program', 'speech', 'font', 'library'];
  return [...unique.values()].sort((a, b) => order.indexOf(a.role) - order.indexOf(b.role) || a.name.localeCompare(b.name));
}
