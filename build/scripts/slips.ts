/**
 * `npm run slips -- --out DIR [--lang CODE…] [--size 80mm|a6|a4 …] [--discreet]`: writes the
 * slips as PDF files, one per language and size, so an office can pre-print stacks of them. They
 * are the same documents the kiosk prints (same renderer, same registry), turned into PDF by
 * Chromium. Default: every shipped language, every size. Receipts and cards carry the "Get help
 * now" contacts; the A4 leaflet carries the rights summary and every visitor topic's contacts.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { loadContentDirectory } from '../../electron/services/content/content-store';
import { GENERATED_FONTS, LOCALES, PROJECT_ROOT } from '../../electron/services/project-paths';
import { renderSlipHtml } from '../../electron/services/slips/slip-html';
import { SlipFonts } from '../../electron/services/slips/slip-fonts';
import { buildSlip } from '../../electron/services/slips/slip-model';
import { isContactShown } from '../../electron/shared/contact-availability';
import { DEFAULT_CONFIG } from '../../electron/shared/kiosk-config';
import { PAGE_SIZES_MM, SLIP_LAYOUTS, type SlipLayout } from '../../electron/shared/slip-request';
import { PageGuard } from '../support/page-guard';

const { values } = parseArgs({
  options: {
    out: { type: 'string' },
    lang: { type: 'string', multiple: true },
    size: { type: 'string', multiple: true },
    discreet: { type: 'boolean', default: false },
  },
});
if (!values.out) {
  console.error('Usage: npm run slips -- --out DIR [--lang CODE…] [--size 80mm|a6|a4 …] [--discreet]');
  process.exit(2);
}
// The slips embed the fonts the kiosk ships; gather them first if this checkout has none yet (a fresh install).
if (!fs.existsSync(path.join(GENERATED_FONTS, 'fonts.json'))) {
  console.log('Gathering the fonts first (npm run build:fonts)…');
  // The same Node, with tsx's loader, as this script runs under: no shell, any platform.
  execFileSync(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'build', 'scripts', 'build-fonts.ts')], { cwd: PROJECT_ROOT, stdio: 'inherit' });
}

const content = loadContentDirectory(LOCALES);
const fonts = new SlipFonts(GENERATED_FONTS);
const languages = values.lang ?? content.languages.map((language) => language.code);
const sizes = (values.size ?? [...SLIP_LAYOUTS]) as SlipLayout[];
for (const code of languages) if (!content.languages.some((language) => language.code === code)) throw new Error(`Unknown language "${code}".`);
for (const size of sizes) if (!SLIP_LAYOUTS.includes(size)) throw new Error(`Unknown size "${size}" (use 80mm, a6 or a4).`);

/** Pre-printed slips carry the contacts every kiosk shows (no office's own numbers, no regional services). */
const shown = (ids: string[]): string[] => ids.filter((id) => content.contacts.some((contact) => contact.id === id && isContactShown(contact, DEFAULT_CONFIG)));
const helpNow = shown(content.topics.find((topic) => topic.id === 'help-now')?.contacts ?? []);
const everyVisitorContact = shown([...new Set(content.topics.filter((topic) => topic.audience === 'visitor').flatMap((topic) => topic.contacts))]);

fs.mkdirSync(values.out, { recursive: true });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage();
  // A slip is self-contained: its fonts and QR codes are inside it, and nothing may be fetched.
  const guard = new PageGuard('about:blank').watch(page);
  for (const language of languages) {
    for (const layout of sizes) {
      const request = { language, layout, discreet: values.discreet, contactIds: layout === 'a4' ? everyVisitorContact : helpNow, localContactIds: [] };
      await page.setContent(await renderSlipHtml(buildSlip(request, content, DEFAULT_CONFIG), fonts));
      await page.evaluate('document.fonts.ready');
      const size = PAGE_SIZES_MM[layout];
      // A receipt is as long as its content; cards and leaflets have a fixed page.
      const heightPx = Number(await page.evaluate('document.documentElement.scrollHeight'));
      const file = path.join(values.out, `hjelpepunkt-${language}-${layout}${values.discreet ? '-discreet' : ''}.pdf`);
      await page.pdf({
        path: file,
        width: `${size.width}mm`,
        height: size.height === 'auto' ? `${heightPx + 8}px` : `${size.height}mm`,
        printBackground: true,
        margin: { top: '0', right: '0', bottom: '0', left: '0' },
      });
      console.log(file);
    }
  }
  guard.expectClean();
} finally {
  await browser.close();
}
