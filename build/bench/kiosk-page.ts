/**
 * Opens the kiosk page on a WebHost the way its launcher does: the first time through the host's
 * one-time launch link (which gives the browser its session), afterwards at the kiosk's address
 * (the session stays with the browser). For the benchmark and the soak.
 */
import type { Page } from '@playwright/test';
import type { RunningWebHost } from '../../electron/web-host/server';

const connected = new WeakSet<Page>();

export async function openKiosk(page: Page, host: RunningWebHost): Promise<void> {
  await page.goto(connected.has(page) ? host.url : host.launchUrl());
  connected.add(page);
}
