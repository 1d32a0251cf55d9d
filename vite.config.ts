import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig, type Plugin } from 'vite';

/** The renderer's build (the page), kept out of renderer/ because it runs in Node. */
const projectRoot = path.dirname(fileURLToPath(import.meta.url));

/**
 * The espeak-ng build is one file for Node and browsers. Two lines of it only run in Node or for a
 * real .wasm file, which this build (compiled to plain JavaScript) never loads: the Node branch's
 * `import("module")` and the lookup of `espeak-ng.wasm`. They are replaced so the bundler neither
 * pulls a Node stub into the worker nor warns about a file that does not exist.
 */
function espeakNgForBrowsers(): Plugin {
  return {
    name: 'espeak-ng-for-browsers',
    transform(code, id) {
      if (!id.includes('@echogarden/espeak-ng-emscripten/espeak-ng.js')) return null;
      const nodeOnly = 'const{createRequire}=await import("module")';
      const wasmLookup = 'new URL("espeak-ng.wasm",import.meta.url).href';
      if (!code.includes(nodeOnly) || !code.includes(wasmLookup)) throw new Error('espeak-ng.js changed: check vite.config.ts espeakNgForBrowsers()');
      return { code: code.replace(nodeOnly, 'const createRequire=undefined').replace(wasmLookup, '"espeak-ng.wasm"'), map: null };
    },
  };
}

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
    // The worker's 800 KB engine takes a few seconds to transform; that is expected, not news.
    rolldownOptions: { checks: { pluginTimings: false } },
  },
  // The speech engine runs in a module worker, bundled apart from the page (see renderer/speech/).
  worker: { format: 'es', plugins: () => [espeakNgForBrowsers()] },
  server: { host: '127.0.0.1', fs: { allow: [projectRoot] } },
});
