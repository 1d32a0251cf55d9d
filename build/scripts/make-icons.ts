/**
 * `npm run icons`: renders build/packaging/icons/icon.svg with Chromium into the PNGs (Linux
 * packages) and the ICO (Windows installer and executable) that electron-builder uses. The
 * results are committed; run this again only after changing the SVG.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../../electron/services/project-paths';
import { icoFromPngs } from '../packaging/ico';

const ICONS = path.join(PROJECT_ROOT, 'build', 'packaging', 'icons');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SIZES = [16, 32, 48, 64, 128, 256, 512];

function render(size: number, workDirectory: string): Buffer {
  const page = path.join(workDirectory, `${size}.html`);
  const svg = fs.readFileSync(path.join(ICONS, 'icon.svg'), 'utf8');
  fs.writeFileSync(page, `<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
  const out = path.join(workDirectory, `${size}.png`);
  const result = spawnSync(
    CHROMIUM,
    ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', '--default-background-color=00000000', `--window-size=${size},${size}`, `--screenshot=${out}`, `file://${page}`],
    { encoding: 'utf8', timeout: 60_000 },
  );
  if (!fs.existsSync(out)) throw new Error(`Chromium did not render the ${size} px icon: ${result.stderr}`);
  return fs.readFileSync(out);
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'hjelpepunkt-icons-'));
try {
  const pngs = new Map(SIZES.map((size) => [size, render(size, work)]));
  for (const size of [256, 512]) fs.writeFileSync(path.join(ICONS, `${size}x${size}.png`), pngs.get(size) as Buffer);
  fs.writeFileSync(path.join(ICONS, 'icon.ico'), icoFromPngs([16, 32, 48, 64, 128, 256].map((size) => ({ size, png: pngs.get(size) as Buffer }))));
  console.log(`Icons written to ${path.relative(PROJECT_ROOT, ICONS)}`);
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
