/**
 * Always mounted in the map: restores saved parcel layers, hands the plan to the site-check worker, draws the
 * layers (see ./parcelMap.ts) from the map data the worker prepared, highlights the selected parcel, selects a
 * parcel clicked on the map (its report row is shown) and accepts files dropped on the map.
 */
import type { MapMouseEvent } from 'maplibre-gl';
import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useMap } from '../../map/MapContext';
import { useAppStore } from '../../state/store';
import { loadCounties } from '../../data/geodata';
import { computeMissingReports, importFiles, restoreLayers, selectParcel } from './actions';
import { siteCheckClient } from './client';
import { PrintReport } from './PrintReport';
import {
  ensureParcelLayer,
  parcelLayerIds,
  removeParcelLayer,
  setParcelData,
  setParcelSelected,
  styleParcelLayer,
} from './parcelMap';
import './sitecheck.css';

let restored = false;

export function SiteCheckOverlay() {
  const map = useMap();
  const { t } = useTranslation();
  const layers = useAppStore((s) => s.siteLayers);
  const features = useAppStore((s) => s.data.features);
  const status = useAppStore((s) => s.data.status);
  const urls = useAppStore((s) => s.siteMapUrls);
  /** The data URL each drawn layer has (null: drawn, no data yet). */
  const drawn = useRef(new Map<string, string | null>());
  const selection = useAppStore((s) => s.siteSelection);
  const [dragging, setDragging] = useState(false);
  const printId = useAppStore((s) => s.sitePrintId);

  useEffect(() => {
    if (restored) return;
    restored = true;
    void restoreLayers();
  }, []);

  // The plan (every feature, not the filtered view: a site check is against the whole plan) → the worker, once
  // the site check is used (a layer, or an import starting): a page that never checks a site starts no worker.
  const wanted = useAppStore((s) => s.siteLayers.length > 0 || s.siteJob !== null);
  useEffect(() => {
    if (status !== 'ready' || !wanted) return;
    let cancelled = false;
    void loadCounties().then((counties) => {
      if (cancelled) return;
      siteCheckClient().setPlan(features, counties);
      computeMissingReports();
    });
    return () => {
      cancelled = true;
    };
  }, [features, status, wanted]);

  // Layers → map sources and styles. The data is the worker's vector tiles (grey, then with the verdicts: a new
  // tiles URL each time); nothing big is cloned or parsed on this thread.
  useEffect(() => {
    if (!map) return;
    const seen = new Set<string>();
    for (const layer of layers) {
      seen.add(layer.id);
      const url = urls[layer.id] ?? null;
      if (url) {
        ensureParcelLayer(map, layer.id, url);
        if (drawn.current.get(layer.id) !== url) setParcelData(map, layer.id, url);
      }
      drawn.current.set(layer.id, url);
      styleParcelLayer(map, layer);
    }
    for (const id of [...drawn.current.keys()]) {
      if (seen.has(id)) continue;
      removeParcelLayer(map, id);
      drawn.current.delete(id);
    }
  }, [map, layers, urls]);

  // The selected parcel → feature state (set again with new tiles).
  useEffect(() => {
    if (!map || !selection) return;
    const { layerId, index } = selection;
    setParcelSelected(map, layerId, index, true);
    return () => setParcelSelected(map, layerId, index, false);
  }, [map, selection, urls]);

  // A click on a parcel selects it and shows its report row.
  useEffect(() => {
    if (!map) return;
    const click = (event: MapMouseEvent) => {
      const ids = useAppStore.getState().siteLayers.flatMap((l) => (l.visible ? parcelLayerIds(l.id) : []));
      const present = ids.filter((id) => map.getLayer(id));
      if (present.length === 0) return;
      const { x, y } = event.point;
      const hit = map.queryRenderedFeatures(
        [
          [x - 3, y - 3],
          [x + 3, y + 3],
        ],
        { layers: present },
      )[0];
      if (!hit || typeof hit.id !== 'number') return;
      const layerId = hit.source.replace(/^sitecheck-/, '');
      const store = useAppStore.getState();
      if (store.siteActiveId !== layerId) store.setSiteActive(layerId);
      selectParcel(layerId, hit.id, 'map');
      window.dispatchEvent(new CustomEvent('zz:open-tab', { detail: 'sitecheck' }));
    };
    map.on('click', click);
    return () => {
      map.off('click', click);
    };
  }, [map]);

  useEffect(() => {
    const current = drawn.current;
    return () => {
      if (!map) return;
      for (const id of current.keys()) removeParcelLayer(map, id);
      current.clear();
    };
  }, [map]);

  // Files dropped on the map before this overlay had loaded (EarlyDrop.tsx kept them).
  const pendingDrop = useAppStore((s) => s.sitePendingDrop);
  useEffect(() => {
    if (!pendingDrop) return;
    useAppStore.getState().setSitePendingDrop(null);
    window.dispatchEvent(new CustomEvent('zz:open-tab', { detail: 'sitecheck' }));
    void importFiles(pendingDrop);
  }, [pendingDrop]);

  // Files dropped on the map.
  useEffect(() => {
    if (!map) return;
    useAppStore.getState().setSiteDropReady(true);
    const container = map.getContainer();
    const hasFiles = (event: DragEvent) => Array.from(event.dataTransfer?.types ?? []).includes('Files');
    const over = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
      setDragging(true);
    };
    const leave = (event: DragEvent) => {
      if (!container.contains(event.relatedTarget as Node | null)) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setDragging(false);
      const files = Array.from(event.dataTransfer?.files ?? []);
      if (files.length > 0) {
        window.dispatchEvent(new CustomEvent('zz:open-tab', { detail: 'sitecheck' }));
        void importFiles(files);
      }
    };
    container.addEventListener('dragenter', over);
    container.addEventListener('dragover', over);
    container.addEventListener('dragleave', leave);
    container.addEventListener('drop', drop);
    return () => {
      useAppStore.getState().setSiteDropReady(false);
      container.removeEventListener('dragenter', over);
      container.removeEventListener('dragover', over);
      container.removeEventListener('dragleave', leave);
      container.removeEventListener('drop', drop);
    };
  }, [map]);

  return (
    <>
      {map &&
        dragging &&
        createPortal(
          <div className="sitecheck-drop" aria-hidden="true">
            <p>{t('sitecheck.dropHere')}</p>
          </div>,
          map.getContainer(),
        )}
      {map && printId && <PrintReport layerId={printId} />}
    </>
  );
}
