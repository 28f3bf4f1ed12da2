/// <reference types="vite-plugin-pwa/vanillajs" />
/**
 * Registers the service worker that vite-plugin-pwa generates (precache of the whole site). Its own chunk,
 * fetched after the first screen (OfflineSupport). In `vite` dev mode the plugin makes this a no-op.
 */
import { registerSW } from 'virtual:pwa-register';

export interface ServiceWorkerEvents {
  /** A new version is installed and waiting; `activate` switches to it and reloads the page. */
  onUpdate: (activate: () => Promise<void>) => void;
  /** The site is precached: from now on it opens without a network. */
  onOfflineReady: () => void;
}

/** How often an open page asks whether a new version was deployed (besides every page load). */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

export function registerServiceWorker(events: ServiceWorkerEvents): void {
  const update = registerSW({
    immediate: true,
    onNeedRefresh: () => events.onUpdate(() => update(true)),
    onOfflineReady: events.onOfflineReady,
    onRegisteredSW: (_url, registration) => {
      if (registration) window.setInterval(() => void registration.update().catch(() => undefined), UPDATE_CHECK_MS);
    },
    onRegisterError: (error: unknown) => {
      // Not fatal: the app works online as before. A warning, so the reason stays findable.
      console.warn('The service worker could not be registered; the app will not work offline.', error);
    },
  });
}
