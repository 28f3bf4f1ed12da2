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
    // Two pages: the app, and the briefing's speaker-notes window (opened from story mode).
    rolldownOptions: { input: { main: 'index.html', notes: 'notes.html' } },
  },
  worker: { format: 'es' },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
