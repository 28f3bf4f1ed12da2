/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// A relative base so dist/ can be hosted from any folder of any static file server.
export default defineConfig({
  base: './',
  plugins: [react()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    // Geodata stay files of their own (fetched by MapLibre's worker and the data worker), never inlined.
    assetsInlineLimit: (file) => (/\.(geo)?json$/.test(file) ? false : undefined),
    rolldownOptions: {
      // Two pages: the app, and the briefing's speaker-notes window (opened from story mode).
      input: { main: 'index.html', notes: 'notes.html' },
      // Building a zod schema has no side effects: a module of schemas that is only imported for its
      // re-exported constants (src/geo/schema.ts → vocabulary.ts) must not pull zod into the first screen.
      treeshake: { manualPureFunctions: ['z'] },
    },
  },
  worker: { format: 'es' },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
