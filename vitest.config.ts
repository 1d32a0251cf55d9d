import os from 'node:os';
import path from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Compiles runes in renderer/**/*.svelte.ts for the renderer's unit tests.
  plugins: [svelte({ configFile: path.resolve('svelte.config.js') })],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
    environment: 'node',
    restoreMocks: true,
    expect: { requireAssertions: true },
    // Every core (Vitest leaves one free by default, which on a 2-core machine means one at a time).
    maxWorkers: os.availableParallelism(),
  },
});
