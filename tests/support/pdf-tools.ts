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
    // Grey levels (PGM), not PNG: encoding and decoding a long slip's PNG took longer than reading its codes.
    execFileSync('pdftoppm', ['-r', String(dpi), '-gray', file, path.join(directory, 'page')], { stdio: 'ignore' });
    const pages = fs.readdirSync(directory).filter((name) => name.endsWith('.pgm')).sort();
    // In reading order, each address once (the same code may be printed twice).
    return [...new Set(pages.flatMap((image) => decodeAll(readPgm(path.join(directory, image)), dpi)))];
  } finally {
    fs.rmSync(directory, { recursive: true, force: true });
  }
}

type GreyImage = { width: number; height: number; grey: Buffer };

/** A binary PGM (P5, 8 bits) as pdftoppm -gray writes it. */
function readPgm(file: string): GreyImage {
  const bytes = fs.readFileSync(file);
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(bytes.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error(`${file} is not an 8-bit PGM image`);
  const [headerText, width, height] = header;
  return { width: Number(width), height: Number(height), grey: bytes.subarray(headerText.length) };
}

/**
 * jsQR reads one code per image and gives up when two are in view, and running it over a whole
 * long slip takes seconds. So the page is first cut into blocks of ink: 1 mm cells holding any
 * dark pixel, joined where they touch. A code and its quiet zone make one square block; a line of
 * text makes a block too low to be a code. Every block at least 8 mm in both directions (smaller
 * than any code a phone reads from paper) is cut out with a margin and given to jsQR, so a code
 * that touches text is still read, only from a larger cut-out.
 */
function decodeAll({ width, height, grey }: GreyImage, dpi: number): string[] {
  // One cell is a millimetre, so sizes below are in cells.
  const cell = Math.max(1, Math.round(dpi / 25.4));
  const [smallestCode, margin] = [8, 2];
  const columns = Math.ceil(width / cell);
  const rows = Math.ceil(height / cell);
  const inked = new Uint8Array(columns * rows);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) if ((grey[y * width + x] ?? 255) < 128) inked[Math.floor(y / cell) * columns + Math.floor(x / cell)] = 1;
  }
  const found: string[] = [];
  const seen = new Uint8Array(columns * rows);
  for (let start = 0; start < inked.length; start += 1) {
    if (!inked[start] || seen[start]) continue;
    // The block's extent in cells, by a flood fill over touching inked cells (diagonals too).
    let [left, right, top, bottom] = [columns, 0, rows, 0];
    const stack = [start];
    seen[start] = 1;
    while (stack.length > 0) {
      const index = stack.pop() ?? 0;
      const [column, row] = [index % columns, Math.floor(index / columns)];
      [left, right, top, bottom] = [Math.min(left, column), Math.max(right, column), Math.min(top, row), Math.max(bottom, row)];
      for (let dy = -1; dy <= 1; dy += 1) {
        for (let dx = -1; dx <= 1; dx += 1) {
          const [c, r] = [column + dx, row + dy];
          const next = r * columns + c;
          if (c >= 0 && c < columns && r >= 0 && r < rows && inked[next] && !seen[next]) {
            seen[next] = 1;
            stack.push(next);
          }
        }
      }
    }
    if (right - left + 1 < smallestCode || bottom - top + 1 < smallestCode) continue;
    const code = decodeArea({ width, height, grey }, (left - margin) * cell, (top - margin) * cell, (right + 1 + margin) * cell, (bottom + 1 + margin) * cell);
    if (code) found.push(code);
  }
  return found;
}

/** jsQR on one rectangle of the page (clipped to it), the grey levels given as RGBA. */
function decodeArea({ width, height, grey }: GreyImage, x0: number, y0: number, x1: number, y1: number): string | undefined {
  const [left, top, right, bottom] = [Math.max(0, x0), Math.max(0, y0), Math.min(width, x1), Math.min(height, y1)];
  const areaWidth = right - left;
  const rgba = new Uint8ClampedArray(areaWidth * (bottom - top) * 4);
  for (let y = top; y < bottom; y += 1) {
    for (let x = left; x < right; x += 1) {
      const at = ((y - top) * areaWidth + (x - left)) * 4;
      rgba.fill(grey[y * width + x] ?? 255, at, at + 3);
      rgba[at + 3] = 255;
    }
  }
  // jsQR sometimes reports an empty "code" in noise; a real slip code is never empty.
  return jsQR(rgba, areaWidth, bottom - top, { inversionAttempts: 'dontInvert' })?.data || undefined;
}
