import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

/** The renderer's build (the page), kept out of renderer/ because it runs in Node. */
const projectRoot = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: path.join(projectRoot, 'renderer'),
  // Relative asset URLs work under app://kiosk/ and http://127.0.0.1:N/ alike.
  base: './',
  plugins: [svelte({ configFile: path.join(projectRoot, 'svelte.config.js') })],
  build: {
    outDir: path.join(projectRoot, 'dist', 'renderer'),
    emptyOutDir: true,
    target: 'chrome120',
    // No inline data: URLs for fonts or images; everything is a file served under the CSP.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 2000,
  },
  server: { host: '127.0.0.1', fs: { allow: [projectRoot] } },
});
