/**
 * Keys a visitor (or a staff keyboard) may press. Everything else is swallowed before Chromium's
 * shortcuts and Electron's menu accelerators see it: no reload, zoom, DevTools, print dialog,
 * fullscreen toggle, close or quit from the keyboard.
 */
export type KeyInput = {
  type: string;
  key: string;
  control: boolean;
  alt: boolean;
  meta: boolean;
  shift: boolean;
};

const NAVIGATION_KEYS = new Set(['Tab', 'Enter', ' ', 'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Escape']);

/**
 * Characters typed into staff text fields (office name, PIN) through a plugged-in keyboard, only
 * while the shell has turned typing on (staff mode):
 * single printable characters and Backspace, without Ctrl/Alt/Meta. AltGr arrives as Ctrl+Alt on
 * Windows; Norwegian layouts need it for @, £, $ and {, so that one pair is let through for
 * printable characters only.
 */
function isPlainTyping(input: KeyInput): boolean {
  const printable = [...input.key].length === 1 || input.key === 'Backspace' || input.key === 'Delete';
  const altGr = input.control && input.alt && !input.meta;
  return printable && !input.meta && (altGr || (!input.control && !input.alt));
}

export function isAllowedKey(input: KeyInput, typingAllowed = false): boolean {
  if (input.type !== 'keyDown' && input.type !== 'keyUp' && input.type !== 'char' && input.type !== 'rawKeyDown') {
    return true;
  }
  if (NAVIGATION_KEYS.has(input.key)) {
    // Shift is allowed (Shift+Tab moves focus back); every other modifier turns a key into a shortcut.
    return !input.control && !input.alt && !input.meta;
  }
  return typingAllowed && isPlainTyping(input);
}
