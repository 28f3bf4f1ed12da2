/**
 * Always mounted in the map: restores saved parcel layers, hands the plan to the site-check worker, draws the
 * layers (see ./parcelMap.ts) and accepts files dropped on the map.
 */
import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { SiteReport } from '../../geo/parcels/report';
import type { Parcel } from '../../geo/parcels/types';
import { useMap } from '../../map/MapContext';
import { useAppStore } from '../../state/store';
import { loadCounties } from '../../ui/planner/plannerData';
import { computeMissingReports, importFiles, restoreLayers } from './actions';
import { siteCheckClient } from './client';
import { PrintReport } from './PrintReport';
import { parcelCollection } from './mapData';
import { ensureParcelLayer, removeParcelLayer, setParcelData, styleParcelLayer } from './parcelMap';
import './sitecheck.css';

let restored = false;

export function SiteCheckOverlay() {
  const map = useMap();
  const { t } = useTranslation();
  const layers = useAppStore((s) => s.siteLayers);
  const reports = useAppStore((s) => s.siteReports);
  const features = useAppStore((s) => s.data.features);
  const status = useAppStore((s) => s.data.status);
  const urls = useAppStore((s) => s.siteMapUrls);
  const drawn = useRef(new Map<string, { parcels: Parcel[]; report: SiteReport | null; url?: string }>());
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

  // Layers → map sources and styles.
  useEffect(() => {
    if (!map) return;
    const seen = new Set<string>();
    for (const layer of layers) {
      seen.add(layer.id);
      ensureParcelLayer(map, layer.id);
      const state = reports[layer.id];
      const report = state?.status === 'ready' ? state.report : null;
      const url = urls[layer.id];
      const last = drawn.current.get(layer.id);
      if (url) {
        // The worker's prepared data (fetched by MapLibre's own worker: nothing big is cloned here).
        if (last?.url !== url) setParcelData(map, layer.id, url);
        drawn.current.set(layer.id, { parcels: layer.parcels, report, url });
      } else if (!last || last.parcels !== layer.parcels || last.report !== report || last.url) {
        setParcelData(map, layer.id, parcelCollection(layer.parcels, report));
        drawn.current.set(layer.id, { parcels: layer.parcels, report });
      }
      styleParcelLayer(map, layer);
    }
    for (const id of [...drawn.current.keys()]) {
      if (seen.has(id)) continue;
      removeParcelLayer(map, id);
      drawn.current.delete(id);
    }
  }, [map, layers, reports, urls]);

  useEffect(() => {
    const current = drawn.current;
    return () => {
      if (!map) return;
      for (const id of current.keys()) removeParcelLayer(map, id);
      current.clear();
    };
  }, [map]);

  // Files dropped on the map.
  useEffect(() => {
    if (!map) return;
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
