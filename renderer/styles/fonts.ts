/**
 * Fonts ship with the app (no network). Each @font-face carries a unicode-range, so the browser
 * fetches a script's font files only when text in that script is on screen.
 */
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/700.css';
import '@fontsource/noto-sans-arabic/400.css';
import '@fontsource/noto-sans-arabic/700.css';
