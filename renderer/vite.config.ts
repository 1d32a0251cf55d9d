import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: here,
  // Relative asset URLs work under app://kiosk/ and http://127.0.0.1:N/ alike.
  base: './',
  plugins: [svelte({ configFile: path.join(here, '..', 'svelte.config.js') })],
  build: {
    outDir: path.join(here, '..', 'dist', 'renderer'),
    emptyOutDir: true,
    target: 'chrome120',
    // No inline data: URLs for fonts or images; everything is a file served under the CSP.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 2000,
  },
  server: { host: '127.0.0.1', fs: { allow: [path.join(here, '..')] } },
});
