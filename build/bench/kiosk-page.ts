/** Opens the kiosk page on a WebHost the way its launcher does (for the benchmark and the soak). */
import type { Page } from '@playwright/test';
import type { RunningWebHost } from '../../electron/web-host/server';

export async function openKiosk(page: Page, host: RunningWebHost): Promise<void> {
  await page.goto(host.url);
}
