/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

// A relative base so dist/ can be hosted from any folder of any static file server.
export default defineConfig({
  base: './',
  plugins: [
    react(),
    // Installable and offline: a web app manifest and a service worker that precaches the whole site — app,
    // tool chunks, workers, geodata — so a reload without network shows the map and every tool. The app
    // registers it itself after the first screen (src/pwa/) and offers a reload when a new version is deployed.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg'],
      manifest: {
        name: '株洲规划一张图',
        short_name: '株洲规划',
        description: '株洲规划一张图 — Zhuzhou Plan Map: the city’s spatial plan on an interactive, offline map',
        lang: 'zh-CN',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#eef0ec',
        theme_color: '#b2182b',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,geojson,json,svg,png,webmanifest}'],
        // The MapLibre chunk is about 1 MB.
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        // Links carry the whole view in the query string: every ?map=…&layers=… opens the precached page.
        ignoreURLParametersMatching: [/.*/],
        cleanupOutdatedCaches: true,
        // The first install takes charge of the open page at once (so it is offline-ready without a reload);
        // a later version waits until the user accepts the reload the update notice offers.
        clientsClaim: true,
      },
    }),
  ],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    // Geodata stay files of their own (fetched by MapLibre's worker and the data worker), never inlined.
    assetsInlineLimit: (file) => (/\.(geo)?json$/.test(file) ? false : undefined),
    rolldownOptions: {
      // Two pages: the app, and the briefing's speaker-notes window (opened from story mode).
      input: { main: 'index.html', notes: 'notes.html' },
      output: {
        // React, i18next and zustand in one chunk (both pages use them) rather than scattered across the
        // automatic shared chunks: fewer requests and better compression for the first screen.
        codeSplitting: {
          groups: [
            {
              name: 'framework',
              test: /node_modules[\\/](react|react-dom|scheduler|i18next|react-i18next|zustand|use-sync-external-store)[\\/]/,
            },
          ],
        },
      },
    },
  },
  worker: { format: 'es' },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
