/**
 * No way out, as far as a page in Chromium can show it: on every visitor screen there is nothing
 * that opens a window, navigates, submits or picks a file; a context menu, a long press, a dropped
 * link or file, a text selection and every permission prompt (camera, microphone, location,
 * notifications, clipboard) leave the kiosk where it was. What only the shell or the browser's
 * policies can refuse (keys, DevTools, other pages, downloads) is tested in tests/unit/electron
 * (the lockdown policy, always), tests/fallback-e2e (the Chromium fallback with its policies) and
 * tests/electron-e2e (where an Electron binary exists).
 */
import type { Page } from '@playwright/test';
import { chooseLanguage, expect, inLandscapeOnly, test } from './fixtures';
import { message, TOPICS } from './content';

inLandscapeOnly();

/** Where the kiosk is: its address, its screen (main heading) and how many pages the browser has. */
async function whereAmI(page: Page): Promise<{ url: string; heading: string | null; pages: number }> {
  return { url: page.url(), heading: await page.locator('main h1').textContent(), pages: page.context().pages().length };
}

test('no screen has a link, a form, a file picker or a frame that could lead out of the kiosk', async ({ page }) => {
  const ways = () =>
    page.evaluate(() => [...document.querySelectorAll('a[href], form, input[type="file"], [target], iframe:not([title]), embed, object')].map((element) => element.outerHTML.slice(0, 80)));
  expect(await ways()).toEqual([]);
  await chooseLanguage(page, 'English');
  expect(await ways()).toEqual([]);
  for (const topic of TOPICS) {
    await page.getByRole('button', { name: message('en', `topics.${topic.id}.title`), exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: message('en', `topics.${topic.id}.title`) })).toBeVisible();
    expect(await ways(), topic.id).toEqual([]);
    if (topic.id === 'help-now') {
      await page.getByRole('button', { name: 'Print these numbers' }).click();
      // The slip preview is the one frame, titled, holding the host's own slip (no script in it).
      await expect(page.getByTitle('What the slip will look like')).toBeVisible();
      expect(await ways()).toEqual([]);
      await page.getByRole('button', { name: 'Back', exact: true }).click();
    }
    await page.getByRole('main').getByRole('button', { name: 'Back', exact: true }).click();
  }
});

test('a context menu, a long press, a dropped link or file, and a text selection leave the kiosk where it was', async ({ page }) => {
  await chooseLanguage(page, 'English');
  await page.getByRole('button', { name: 'Get help now' }).click();
  const before = await whereAmI(page);
  const number = page.getByRole('article', { name: 'ROSA helpline' }).locator('bdi.phone').first();

  // Right click and a long press (touch) both ask for a context menu; the page refuses it.
  const refused = await number.evaluate((element) => {
    const event = new MouseEvent('contextmenu', { bubbles: true, cancelable: true });
    element.dispatchEvent(event);
    return event.defaultPrevented;
  });
  expect(refused).toBe(true);
  // (A touch outside the viewport lands elsewhere: the number must be on screen.)
  await number.scrollIntoViewIfNeeded();
  const box = await number.boundingBox();
  const client = await page.context().newCDPSession(page);
  const at = { x: (box?.x ?? 0) + 5, y: (box?.y ?? 0) + 5 };
  await client.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [at] });
  await page.waitForTimeout(1200);
  await client.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await client.detach();
  expect(await page.evaluate(() => getSelection()?.toString() ?? '')).toBe('');

  // Dropping a link or a file onto the page: refused, so the browser does not open it.
  const drops = await page.evaluate(() => {
    const drop = (fill: (data: DataTransfer) => void): boolean => {
      const data = new DataTransfer();
      fill(data);
      const over = new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: data });
      const dropped = new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: data });
      document.querySelector('main')?.dispatchEvent(over);
      document.querySelector('main')?.dispatchEvent(dropped);
      return over.defaultPrevented && dropped.defaultPrevented;
    };
    return {
      link: drop((data) => data.setData('text/uri-list', 'https://example.org/')),
      file: drop((data) => data.items.add(new File(['secret'], 'notes.txt', { type: 'text/plain' }))),
    };
  });
  expect(drops).toEqual({ link: true, file: true });

  // Selecting text (a triple click, or select-all) leaves nothing selected to copy or search.
  await number.click({ clickCount: 3 });
  await page.keyboard.press('Control+A');
  expect(await page.evaluate(() => getSelection()?.toString() ?? '')).toBe('');
  expect(await whereAmI(page)).toEqual(before);
});

test('every permission prompt is refused at once, without a prompt, and the kiosk stays where it was', async ({ page, pageProblems }) => {
  await chooseLanguage(page, 'English');
  const before = await whereAmI(page);
  // The page's Permissions-Policy (sent by the host) allows none of these features at all.
  const allowed = await page.evaluate(() => {
    const policy = (document as unknown as { featurePolicy: { allowsFeature(feature: string): boolean } }).featurePolicy;
    return ['camera', 'microphone', 'geolocation', 'display-capture', 'clipboard-read', 'clipboard-write', 'usb', 'serial', 'hid', 'midi', 'payment'].filter((feature) => policy.allowsFeature(feature));
  });
  expect(allowed).toEqual([]);
  const outcomes = await page.evaluate(async () => {
    const settle = async (attempt: () => Promise<unknown>): Promise<string> => {
      try {
        await attempt();
        return 'granted';
      } catch (error) {
        return (error as Error).name;
      }
    };
    return {
      camera: await settle(() => navigator.mediaDevices.getUserMedia({ video: true })),
      microphone: await settle(() => navigator.mediaDevices.getUserMedia({ audio: true })),
      screen: await settle(() => navigator.mediaDevices.getDisplayMedia({ video: true })),
      location: await new Promise<string>((resolve) =>
        navigator.geolocation.getCurrentPosition(
          () => resolve('granted'),
          (error) => resolve(error.code === error.PERMISSION_DENIED ? 'PermissionDenied' : `error ${error.code}`),
        ),
      ),
      notifications: await Notification.requestPermission(),
      clipboardRead: await settle(() => navigator.clipboard.readText()),
      clipboardWrite: await settle(() => navigator.clipboard.writeText('trace')),
    };
  });
  // (Chromium answers "no device" for the camera and microphone before the policy when there are none.)
  expect(outcomes).toEqual({
    camera: expect.stringMatching(/^(NotAllowedError|NotFoundError)$/),
    microphone: expect.stringMatching(/^(NotAllowedError|NotFoundError)$/),
    screen: 'NotAllowedError',
    location: 'PermissionDenied',
    notifications: 'denied',
    clipboardRead: 'NotAllowedError',
    clipboardWrite: 'NotAllowedError',
  });
  expect(await whereAmI(page)).toEqual(before);
  // Chromium reports each refused attempt: that is this test's own probing, not a fault.
  pageProblems.splice(0, pageProblems.length, ...pageProblems.filter((problem) => !problem.includes('Permissions policy violation')));
});
