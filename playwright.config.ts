import { defineConfig } from '@playwright/test';

/** Debian's Chromium (Playwright cannot download its own browsers offline). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export default defineConfig({
  testMatch: '**/*.e2e.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'test-results/report' }]],
  outputDir: 'test-results/artifacts',
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_ARGS },
    trace: { mode: 'retain-on-failure', snapshots: false, screenshots: false, sources: false },
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'portrait', testDir: 'tests/e2e', use: { viewport: { width: 1080, height: 1920 } } },
    { name: 'landscape', testDir: 'tests/e2e', use: { viewport: { width: 1920, height: 1080 } } },
    { name: 'electron', testDir: 'tests/electron-e2e' },
    // The PDF slips an office can pre-print (npm run slips), checked with poppler and jsQR.
    { name: 'documents', testDir: 'tests/pdf-e2e' },
    // Real CUPS, Xvfb and headful Chromium; one printer, so these run one at a time.
    { name: 'printing', testDir: 'tests/print-e2e', fullyParallel: false },
    // The Chromium fallback as npm start runs it, on a real 1080×1920 Xvfb screen without a window manager.
    { name: 'fallback', testDir: 'tests/fallback-e2e', fullyParallel: false },
    // The OS kiosk kit (build/deploy): systemd units, scripts, and CUPS keeping nothing on a real cupsd.
    { name: 'kit', testDir: 'tests/kit-e2e', fullyParallel: false },
  ],
});
