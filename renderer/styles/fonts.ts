/**
 * Fonts ship with the app (no network): build/scripts/build-fonts.ts gathers them into
 * renderer/generated. Each @font-face carries a unicode-range, so the browser fetches a script's
 * font files only when text in that script is on screen.
 */
import '../generated/fonts.css';
