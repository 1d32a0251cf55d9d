/**
 * Reads @fontsource stylesheets into a list of font faces with their unicode ranges, so the build
 * can ship (and the slip renderer can embed) only the files a text needs.
 */
export type FontFace = { family: string; weight: number; file: string; unicodeRange: [number, number][] };

export function parseFontFaces(css: string): FontFace[] {
  const faces: FontFace[] = [];
  for (const block of css.matchAll(/@font-face\s*{([^}]*)}/g)) {
    const body = block[1] ?? '';
    const family = /font-family:\s*'([^']+)'/.exec(body)?.[1];
    const weight = Number(/font-weight:\s*(\d+)/.exec(body)?.[1]);
    const file = /url\(([^)]+\.woff2)\)/.exec(body)?.[1];
    const ranges = /unicode-range:\s*([^;]+);/.exec(body)?.[1];
    if (!family || !weight || !file) continue;
    faces.push({ family, weight, file: file.replace(/^\.\//, ''), unicodeRange: ranges ? parseUnicodeRange(ranges) : [[0, 0x10ffff]] });
  }
  return faces;
}

export function parseUnicodeRange(text: string): [number, number][] {
  return text.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
    const start = parseInt(from ?? '0', 16);
    return [start, to ? parseInt(to, 16) : start];
  });
}

export function rangesOverlap(ranges: [number, number][], from: number, to: number): boolean {
  return ranges.some(([start, end]) => start <= to && from <= end);
}

export function textCodePoints(text: string): Set<number> {
  return new Set([...text].map((character) => character.codePointAt(0) ?? 0));
}
