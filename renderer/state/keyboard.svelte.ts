/**
 * The in-app keyboard for staff text fields: a touch kiosk must never open the operating
 * system's keyboard (its settings panels are a way out of the kiosk). It types into the text field
 * that has focus; a plugged-in keyboard works too.
 */
class OnScreenKeyboard {
  target = $state<HTMLInputElement | null>(null);

  type(text: string): void {
    const field = this.target;
    if (!field) return;
    const start = field.selectionStart ?? field.value.length;
    const end = field.selectionEnd ?? start;
    field.setRangeText(text, start, end, 'end');
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }

  erase(): void {
    const field = this.target;
    if (!field) return;
    const start = field.selectionStart ?? field.value.length;
    const end = field.selectionEnd ?? start;
    field.setRangeText('', start === end ? Math.max(0, start - 1) : start, end, 'end');
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }

  close(): void {
    this.target?.blur();
    this.target = null;
  }
}

export const keyboard = new OnScreenKeyboard();
