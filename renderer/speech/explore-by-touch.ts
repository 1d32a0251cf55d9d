/**
 * Explore by touch (EN 301 549 5.1.6.1): with the mode on, the first tap on a control says its
 * name (and on/off for a toggle) and activates nothing; a second tap on the same control
 * activates it. Quick exit (`data-single-tap`) always works with one tap. Keyboard and switch
 * activation (a click without a pointer) is never held back.
 */
const CONTROLS = 'button, [role="button"], a[href], input, select, textarea';

export type ExploreHandlers = {
  /** Whether the mode is on now (and the language on screen can be heard). */
  active(): boolean;
  /** Says a control's name; called for the first tap. */
  announce(control: HTMLElement): void;
};

export function watchExploreByTouch(target: Window, handlers: ExploreHandlers): () => void {
  let armed: HTMLElement | undefined;
  const click = (event: MouseEvent): void => {
    const control = (event.target as Element | null)?.closest?.<HTMLElement>(CONTROLS);
    if (!handlers.active() || event.detail === 0 || !control || control.hasAttribute('data-single-tap')) {
      disarm();
      return;
    }
    if (control === armed && control.isConnected) {
      disarm();
      return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
    disarm();
    armed = control;
    control.setAttribute('data-armed', '');
    control.focus({ preventScroll: true });
    handlers.announce(control);
  };
  const disarm = (): void => {
    armed?.removeAttribute('data-armed');
    armed = undefined;
  };
  target.addEventListener('click', click, true);
  return () => {
    disarm();
    target.removeEventListener('click', click, true);
  };
}

/**
 * A control's accessible name, as assistive technology computes it for the kiosk's controls:
 * aria-labelledby, else aria-label, else its text (images by their alt text), leaving out what is
 * hidden from assistive technology.
 */
export function accessibleName(element: Element): string {
  const labelledBy = element.getAttribute('aria-labelledby');
  if (labelledBy) {
    return collapse(labelledBy.split(/\s+/).map((id) => textOf(element.ownerDocument.getElementById(id))).join(' '));
  }
  const label = element.getAttribute('aria-label');
  if (label?.trim()) return collapse(label);
  return collapse(textOf(element));
}

function textOf(node: Node | null): string {
  if (!node) return '';
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (!(node instanceof Element) || node.getAttribute('aria-hidden') === 'true') return '';
  if (node instanceof HTMLImageElement) return node.alt;
  return [...node.childNodes].map(textOf).join('');
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
