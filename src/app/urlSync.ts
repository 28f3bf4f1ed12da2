/**
 * Keeps the address bar and the store in step: the URL is read once at start and on back/forward; every store
 * change rewrites it (a new history entry for navigations such as layer toggles and selection, a replacement for
 * camera moves, so the back button steps through what the user did rather than every pan).
 */
import { briefingArrived } from '../features/story';
import type { UrlReadResult } from '../state/urlCodec';
import { useAppStore, type AppState } from './store';
import { isNavigation, readUrl, writeUrl } from './urlCodecs';

function report(result: UrlReadResult, notify: AppState['notify']) {
  if (result.unsupportedVersion) notify('notice.badVersion', { version: result.unsupportedVersion });
  if (result.rejected.length > 0) notify('notice.badUrl', { params: result.rejected.join(', ') });
  if (result.repeated?.length) notify('notice.repeatedParam', { params: result.repeated.slice(0, 8).join(', ') });
  if (result.unknown) notify('notice.unknownParam', { count: result.unknown });
}

function applyUrl(search: string, fromHistory: boolean) {
  const store = useAppStore.getState();
  const result = readUrl(search);
  report(result, store.notify);
  const { camera, ...rest } = result.patch;
  useAppStore.setState(rest);
  if (camera) {
    useAppStore.setState({ camera });
    store.requestCamera(camera, fromHistory ? 600 : 0);
  }
  return result;
}

/** Reads the start-up URL into the store; returns whether the URL fixed the camera. */
export function readInitialUrl(): boolean {
  return Boolean(applyUrl(window.location.search, false).patch.camera);
}

export function startUrlSync(): () => void {
  let applying = false;
  let pending: number | undefined;
  let lastPushed = writeUrl(useAppStore.getState());
  window.history.replaceState(null, '', lastPushed + window.location.hash);

  const unsubscribe = useAppStore.subscribe((next, prev) => {
    if (applying) return;
    const url = writeUrl(next);
    if (url === lastPushed) return;
    // The briefing arriving with the story code brings its chapter's layers: what the entry already meant.
    if (isNavigation(prev, next) && !briefingArrived(prev, next)) {
      window.clearTimeout(pending);
      window.history.pushState(null, '', url);
      lastPushed = url;
    } else {
      // Camera moves: coalesce into one replaceState once the map settles.
      window.clearTimeout(pending);
      pending = window.setTimeout(() => {
        window.history.replaceState(null, '', url);
        lastPushed = url;
      }, 250);
    }
  });

  const onPopState = () => {
    applying = true;
    try {
      applyUrl(window.location.search, true);
      lastPushed = writeUrl(useAppStore.getState());
    } finally {
      applying = false;
    }
  };
  window.addEventListener('popstate', onPopState);
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onPopState);
  };
}
