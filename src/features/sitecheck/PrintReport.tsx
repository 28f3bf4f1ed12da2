/**
 * The printable site report (A4 portrait): title, layer, date, coordinate system, a snapshot of the map framed
 * on the parcels (the map keeps its drawing buffer, see MapView) with scale bar, north arrow and legend, the
 * totals and the table, and the data caveat. Shown as a preview over the app; printing prints only this page.
 */
import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { CRS_LIST } from '../../geo/crs';
import { chooseScaleBar, metresPerPixel } from '../../map/exportLayout';
import { useMap } from '../../map/MapContext';
import { useAppStore } from '../../state/store';
import { Swatch } from '../../ui/Swatch';
import { fetchRows } from './actions';
import { parcelLayerIds } from './parcelMap';
import { loadCounties } from '../../data/geodata';
import type { BBox4 } from './types';
import { ParcelRow, ParcelTableHead, TotalsTable } from './ReportView';
import { VERDICT_COLORS, type ReportSummary, type TableRow } from './types';

/** Rows on paper; the CSV has them all. */
const PRINT_ROWS = 500;

interface Snapshot {
  url: string;
  /** Scale bar as a share of the image width, and its label. */
  scale: { widthShare: number; label: string } | null;
}

export function PrintReport({ layerId }: { layerId: string }) {
  const map = useMap();
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const layer = useAppStore((s) => s.siteLayers.find((l) => l.id === layerId));
  const state = useAppStore((s) => s.siteReports[layerId]);
  const close = useAppStore((s) => s.setSitePrint);
  const [snapshot, setSnapshot] = useState<Snapshot | null>(null);
  const dialog = useRef<HTMLDivElement>(null);
  const [date] = useState(() => new Date());
  const report = state?.status === 'ready' ? state.report : null;
  // The first rows of the table (the worker has them; the CSV has them all).
  const [printed, setPrinted] = useState<{ report: ReportSummary; rows: TableRow[] } | null>(null);
  useEffect(() => {
    if (!report) return;
    let live = true;
    void fetchRows(layerId, 0, PRINT_ROWS).then((result) => {
      if (live && result) setPrinted({ report, rows: result.rows });
    });
    return () => {
      live = false;
    };
  }, [layerId, report]);

  // Frame the parcels, wait for the map to draw, take the picture; put the camera back on close.
  useEffect(() => {
    const box = layer?.shape.bbox;
    if (!map || !box) return;
    const saved = { center: map.getCenter(), zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch() };
    let done = false;
    const [w, s, e, n] = box;
    map.jumpTo({ bearing: 0, pitch: 0 });
    // The parcels above the plan while the picture is taken (a plan area can cover them), then back.
    const order = map.getStyle().layers.map((l) => l.id);
    const raised = parcelLayerIds(layerId).filter((id) => map.getLayer(id));
    for (const id of raised) map.moveLayer(id);
    map.fitBounds(
      [
        [w, s],
        [e, n],
      ],
      { padding: 48, duration: 0, maxZoom: 16 },
    );
    const take = () => {
      if (done) return;
      done = true;
      map.triggerRepaint();
      map.once('render', () => {
        const canvas = map.getCanvas();
        const cssWidth = canvas.clientWidth || canvas.width;
        const mpp = metresPerPixel(map.getCenter().lat, map.getZoom());
        const bar = chooseScaleBar(mpp, cssWidth * 0.25);
        setSnapshot({
          url: canvas.toDataURL('image/png'),
          scale: bar ? { widthShare: bar.widthPx / cssWidth, label: bar.label } : null,
        });
      });
    };
    map.once('idle', take);
    const timer = window.setTimeout(take, 6000);
    return () => {
      done = true;
      window.clearTimeout(timer);
      map.off('idle', take);
      for (const id of [...raised].reverse()) {
        const after = order.slice(order.indexOf(id) + 1).find((next) => !raised.includes(next) && map.getLayer(next));
        if (map.getLayer(id)) map.moveLayer(id, after);
      }
      map.jumpTo(saved);
    };
    // The picture is taken once when the preview opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map, layerId]);

  useEffect(() => {
    document.documentElement.classList.add('sitecheck-printing');
    dialog.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') close(null);
    };
    window.addEventListener('keydown', onKey);
    return () => {
      document.documentElement.classList.remove('sitecheck-printing');
      window.removeEventListener('keydown', onKey);
    };
  }, [close]);

  if (!layer) return null;
  const crs = CRS_LIST.find((c) => c.id === layer.crs.id);
  const rows = printed && printed.report === report ? printed.rows : [];
  const dateText = date.toLocaleDateString(language === 'zh' ? 'zh-CN' : 'en-GB', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
  });

  return createPortal(
    <div
      className="sitecheck-print"
      role="dialog"
      aria-modal="true"
      aria-label={t('sitecheck.print.view')}
      ref={dialog}
      tabIndex={-1}
    >
      <div className="sitecheck-print-bar">
        <button type="button" onClick={() => window.print()} disabled={!snapshot}>
          {t('sitecheck.print.print')}
        </button>
        <button type="button" onClick={() => close(null)}>
          {t('sitecheck.print.close')}
        </button>
      </div>
      <article className="sitecheck-page" lang={language === 'zh' ? 'zh-CN' : 'en'}>
        <header>
          <h1>{t('sitecheck.print.title')}</h1>
          <p>{t('sitecheck.print.layer', { name: layer.name, file: layer.fileName })}</p>
          <p>
            {t('sitecheck.print.date', { date: dateText })} ·{' '}
            {t('sitecheck.print.crs', { crs: crs ? (language === 'zh' ? crs.label_zh : crs.label_en) : layer.crs.id })}
          </p>
        </header>
        <figure className="sitecheck-print-map">
          {snapshot ? (
            <img src={snapshot.url} alt={t('sitecheck.print.map')} />
          ) : (
            <p role="status">{t('sitecheck.print.preparing')}</p>
          )}
          {layer.shape.bbox && <CityInset box={layer.shape.bbox} label={t('sitecheck.print.inset')} />}
          <span className="sitecheck-north" aria-label={t('sitecheck.print.north')}>
            ▲<br />
            {t('sitecheck.print.north')}
          </span>
          {snapshot?.scale && (
            <span className="sitecheck-scale" aria-label={`${t('sitecheck.print.scale')} ${snapshot.scale.label}`}>
              <span className="sitecheck-scale-bar" style={{ width: `${snapshot.scale.widthShare * 100}%` }} />
              <span>{snapshot.scale.label}</span>
            </span>
          )}
          <figcaption>
            <ul className="sitecheck-print-legend">
              {(['conflict', 'caution', 'urban', 'other'] as const).map((v) => (
                <li key={v}>
                  <Swatch color={VERDICT_COLORS[v]} kind="fill" />
                  {t(`sitecheck.legend.${v}`)}
                </li>
              ))}
            </ul>
          </figcaption>
        </figure>
        {report ? (
          <>
            <TotalsTable report={report} />
            <table className="stats-table sitecheck-table">
              <caption>{t('sitecheck.report.table')}</caption>
              <ParcelTableHead />
              <tbody>
                {rows.map((row) => (
                  <ParcelRow key={row.index} row={row} />
                ))}
              </tbody>
            </table>
            {report.count > PRINT_ROWS && (
              <p className="stats-note">{t('sitecheck.report.shown', { shown: PRINT_ROWS, total: report.count })}</p>
            )}
          </>
        ) : (
          <p role="status">{t('sitecheck.report.computing', { percent: 0 })}</p>
        )}
        <footer>
          <p className="sitecheck-caveat">{t('sitecheck.report.schematic')}</p>
          <p>{t('sitecheck.print.source')}</p>
        </footer>
      </article>
    </div>,
    document.body,
  );
}

/**
 * A small map of the whole city (the nine districts' outlines) with the parcels' extent marked, for context
 * beside a print map framed on the parcels.
 */
function CityInset({ box, label }: { box: BBox4; label: string }) {
  const [paths, setPaths] = useState<{ d: string; bounds: [number, number, number, number] } | null>(null);
  useEffect(() => {
    let live = true;
    void loadCounties().then((counties) => {
      let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
      const rings: number[][][] = [];
      for (const county of counties.features) {
        const polygons =
          county.geometry.type === 'Polygon' ? [county.geometry.coordinates] : county.geometry.coordinates;
        for (const polygon of polygons) {
          const ring = polygon[0] ?? [];
          const step = Math.max(1, Math.floor(ring.length / 200));
          const kept = ring.filter((_, i) => i % step === 0);
          rings.push(kept);
          for (const [x, y] of kept) {
            w = Math.min(w, x!);
            e = Math.max(e, x!);
            s = Math.min(s, y!);
            n = Math.max(n, y!);
          }
        }
      }
      const d = rings
        .map((ring) => ring.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${project(x!, y!, w, n)}`).join('') + 'Z')
        .join('');
      if (live) setPaths({ d, bounds: [w, s, e, n] });
    });
    return () => {
      live = false;
    };
  }, []);
  if (!paths) return null;
  const [w, s, e, n] = paths.bounds;
  const [width, height] = project(e, s, w, n).split(' ').map(Number) as [number, number];
  const [x0, y0] = project(box[0], box[3], w, n).split(' ').map(Number) as [number, number];
  const [x1, y1] = project(box[2], box[1], w, n).split(' ').map(Number) as [number, number];
  const min = width / 30;
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const rw = Math.max(min, x1 - x0);
  const rh = Math.max(min, y1 - y0);
  return (
    <svg className="sitecheck-print-inset" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
      <rect width={width} height={height} fill="#ffffff" />
      <path d={paths.d} fill="#f4f1ea" stroke="#6b6358" strokeWidth={width / 300} />
      <rect
        className="sitecheck-print-inset-extent"
        x={cx - rw / 2}
        y={cy - rh / 2}
        width={rw}
        height={rh}
        fill="none"
        stroke="#d7191c"
        strokeWidth={width / 100}
      />
    </svg>
  );
}

/** Plate carrée scaled by the cosine of Zhuzhou's latitude, in 1/1000 degree, from the city's north-west corner. */
function project(lon: number, lat: number, west: number, north: number): string {
  const k = Math.cos((27.3 * Math.PI) / 180);
  return `${((lon - west) * k * 1000).toFixed(1)} ${((north - lat) * 1000).toFixed(1)}`;
}
