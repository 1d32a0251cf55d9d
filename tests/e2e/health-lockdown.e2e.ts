/**
 * The health view tells staff which program shows the kiosk, what it cannot stop a visitor from
 * doing, and what it cannot detect; and staff's "Quit the kiosk program" asks first, and says so
 * where the host cannot quit (a browser on `npm run serve`, as in these tests).
 */
import { projectVersion } from '../../electron/services/project-paths';
import { expect, expectAccessible, openStaffMode, test, inLandscapeOnly } from './fixtures';

inLandscapeOnly();

test('the health view reports the lockdown, and quitting says plainly when this host cannot', async ({ page }) => {
  await openStaffMode(page);
  await page.getByRole('button', { name: 'Tilstand' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'En nettleser mot den lokale serveren: ikke en låst kiosk' })).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: new RegExp(`^${projectVersion().replaceAll('.', '\\.')}$`) })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Låsing' })).toBeVisible();
  const cannotBlock = page.getByRole('list').filter({ has: page.getByText('Å åpne nettleserens utviklerverktøy (F12)') });
  await expect(cannotBlock.getByRole('listitem')).toContainText(['Taster i operativsystemet', 'Å lukke nettleseren', 'utviklerverktøy', 'filvindu', 'andre sider', 'laste ned']);
  await expect(page.getByText('Om USB-portene er stengt eller dekket')).toBeVisible();
  await expect(page.getByText('Ikke startet av kiosktjenesten', { exact: false })).toBeVisible();
  await expectAccessible(page, 'health with the lockdown');

  await page.getByRole('button', { name: 'Avslutt kioskprogrammet' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Avslutte nå?' })).toBeVisible();
  await page.getByRole('button', { name: 'Avslutt nå' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'cannot be quit from staff mode' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Tilstand' })).toBeVisible();
});
