/**
 * On the first screen, before the site-check code has loaded (it comes after the map's first idle): a file
 * dropped on the map would otherwise be opened by the browser, leaving the app. This catches it, keeps the files
 * and asks for the site-check overlay, which imports them at once (SiteCheckOverlay.tsx). Once the overlay is in
 * place it handles drops itself and this stays out of the way.
 */
import { useEffect } from 'react';
import { useMap } from '../../map/MapContext';
import { useAppStore } from '../../state/store';

const hasFiles = (event: DragEvent) => Array.from(event.dataTransfer?.types ?? []).includes('Files');

export function EarlyDrop() {
  const map = useMap();
  useEffect(() => {
    if (!map) return;
    const container = map.getContainer();
    const over = (event: DragEvent) => {
      if (useAppStore.getState().siteDropReady || !hasFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const drop = (event: DragEvent) => {
      const store = useAppStore.getState();
      if (store.siteDropReady || !hasFiles(event)) return;
      event.preventDefault();
      const files = Array.from(event.dataTransfer?.files ?? []);
      if (files.length > 0) store.setSitePendingDrop(files);
    };
    container.addEventListener('dragenter', over);
    container.addEventListener('dragover', over);
    container.addEventListener('drop', drop);
    return () => {
      container.removeEventListener('dragenter', over);
      container.removeEventListener('dragover', over);
      container.removeEventListener('drop', drop);
    };
  }, [map]);
  return null;
}
