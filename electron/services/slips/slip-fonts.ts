/**
 * The fonts a slip needs, embedded in it: only the font files whose unicode range covers a
 * character on the slip, so the PDF and the printer get every script's glyphs and nothing else.
 * The files are read for each slip, not kept: about 3 ms a slip, where keeping every script's
 * fonts in memory would hold 1.5 MB for as long as the kiosk runs, growing as visitors print in
 * more languages (the soak saw it as a slowly growing heap).
 */
import fs from 'node:fs';
import path from 'node:path';

type ManifestFace = { family: string; weight: number; file: string; unicodeRange: [number, number][] };

export class SlipFonts {
  private readonly faces: ManifestFace[];

  /** `directory` holds fonts.json and the font files (renderer/generated or dist/fonts). */
  constructor(private readonly directory: string) {
    this.faces = JSON.parse(fs.readFileSync(path.join(directory, 'fonts.json'), 'utf8')) as ManifestFace[];
  }

  /** @font-face rules with data: URLs for every face the text needs. */
  fontFaceCss(text: string): string {
    const codePoints = [...new Set([...text].map((character) => character.codePointAt(0) ?? 0))];
    return this.faces
      .filter((face) => codePoints.some((codePoint) => face.unicodeRange.some(([from, to]) => codePoint >= from && codePoint <= to)))
      .map(
        (face) =>
          `@font-face{font-family:'${face.family}';font-weight:${face.weight};font-style:normal;src:url(data:font/woff2;base64,${fs.readFileSync(path.join(this.directory, face.file)).toString('base64')}) format('woff2');unicode-range:${face.unicodeRange.map(([from, to]) => `U+${from.toString(16)}-${to.toString(16)}`).join(',')};}`,
      )
      .join('\n');
  }
}
