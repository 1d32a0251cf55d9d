/**
 * Reading PDFs as a person would check a printed slip: its page size (pdfinfo), its text
 * (pdftotext), its embedded fonts (pdffonts) and what its QR code says (pdftoppm + jsqr).
 * Needs poppler-utils.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

const POINTS_PER_MM = 72 / 25.4;

export function pdfPageSizeMm(file: string): { width: number; height: number; pages: number } {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
  return { width: Number(size?.[1]) / POINTS_PER_MM, height: Number(size?.[2]) / POINTS_PER_MM, pages };
}

export function pdfText(file: string): string {
  // Reading order, not layout: two-column leaflets would otherwise interleave their columns.
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
}

/** Font names embedded in the PDF (subset prefixes like ABCDEF+ removed). */
export function pdfEmbeddedFonts(file: string): string[] {
  return execFileSync('pdffonts', [file], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter((line) => /\byes\b/.test(line.slice(60)))
    .map((line) => (line.split(/\s+/)[0] ?? '').replace(/^[A-Z]{6}\+/, ''));
}

/** Every QR code on every page of the PDF, rendered at a receipt printer's 203 dpi. */
export function pdfQrCodes(file: string, dpi = 203): string[] {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'qr-'));
  try {
    execFileSync('pdftoppm', ['-r', String(dpi), '-png', file, path.join(directory, 'page')], { stdio: 'ignore' });
    const found = new Set<string>();
    for (const image of fs.readdirSync(directory).filter((name) => name.endsWith('.png')).sort()) {
      const png = PNG.sync.read(fs.readFileSync(path.join(directory, image)));
      for (const code of decodeAll(png.data, png.width, png.height, dpi)) found.add(code);
    }
    return [...found];
  } finally {
    fs.rmSync(directory, { recursive: true, force: true });
  }
}

/**
 * jsQR reads one code per image and gives up when two are in view, so the page is scanned in
 * overlapping bands little taller than one code (on wide pages, in halves), and what is found is
 * de-duplicated in reading order.
 */
function decodeAll(rgba: Buffer, width: number, height: number, dpi: number): string[] {
  const found: string[] = [];
  const pxPerMm = dpi / 25.4;
  const band = Math.min(height, Math.round(32 * pxPerMm));
  const step = Math.round(6 * pxPerMm);
  const columns: (readonly [number, number])[] =
    width < 100 * pxPerMm ? [[0, width]] : [[0, Math.round(width / 2)], [Math.round(width / 2), width]];
  for (let top = 0; ; top += step) {
    const bottom = Math.min(height, top + band);
    for (const [left, right] of columns) {
      const tileWidth = right - left;
      const tile = new Uint8ClampedArray(tileWidth * (bottom - top) * 4);
      for (let y = top; y < bottom; y += 1) {
        tile.set(rgba.subarray((y * width + left) * 4, (y * width + right) * 4), (y - top) * tileWidth * 4);
      }
      const code = jsQR(tile, tileWidth, bottom - top, { inversionAttempts: 'dontInvert' });
      // jsQR sometimes reports an empty "code" in noise; a real slip code is never empty.
      if (code?.data && !found.includes(code.data)) found.push(code.data);
    }
    if (bottom === height) break;
  }
  return found;
}
