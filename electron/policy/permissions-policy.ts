/**
 * The Permissions-Policy every kiosk page is served with (both hosts send it): the page may not
 * even ask for the camera, the microphone, the location, the screen, the clipboard, devices or
 * payments. Whatever the browser's own settings, such a request fails at once and no prompt — a
 * way out of the kiosk, and a way for the next person to learn something — ever appears.
 */
const DENIED_FEATURES = [
  'camera',
  'microphone',
  'geolocation',
  'display-capture',
  'clipboard-read',
  'clipboard-write',
  'usb',
  'serial',
  'hid',
  'midi',
  'payment',
  'publickey-credentials-get',
  'idle-detection',
  'local-fonts',
  'window-management',
] as const;

export function permissionsPolicy(): string {
  return DENIED_FEATURES.map((feature) => `${feature}=()`).join(', ');
}
