/**
 * The site-check tab: import parcel files (button or drop on the map; parsed in a worker with progress and
 * cancel), see what was assumed about the coordinate system and change it, read what was repaired or rejected,
 * and the report of the chosen layer with CSV / GeoJSON export, the printable report and the area statistics.
 */
import { useId, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { CRS_LIST, type CrsId } from '../../geo/crs';
import { MAX_FILE_BYTES } from '../../geo/parcels/types';
import { useAppStore } from '../../state/store';
import { fileStem } from '../../ui/download';
import {
  cancelImport,
  exportReport,
  importFiles,
  importWithCrs,
  reimport,
  setAsStatsArea,
  setReferenceLayer,
  zoomToLayer,
} from './actions';
import { DamagedLayer, OrphanLayers, RenameRemove, VerdictLegend } from './LayerControls';
import { ParcelTable, TotalsTable } from './ReportView';
import type { SiteLayer } from './types';
import './sitecheck.css';

export const ACCEPT = '.geojson,.json,.zip,.kml,.kmz,.gpx,.csv,.xlsx';
const LIST_LIMIT = 50;

/** The coordinate system of the last file could not be decided: choose one and import it again. */
function CrsRetry() {
  const { t } = useTranslation();
  const id = useId();
  const fileName = useAppStore((s) => s.siteCrsRetry);
  const language = useAppStore((s) => s.language);
  if (!fileName) return null;
  return (
    <div className="sitecheck-crs-retry">
      <label htmlFor={`${id}-crs`}>{t('sitecheck.crs.retry', { file: fileName })}</label>
      <select
        id={`${id}-crs`}
        defaultValue=""
        onChange={(event) => {
          if (event.target.value) void importWithCrs(event.target.value as CrsId);
        }}
      >
        <option value="" disabled>
          {t('sitecheck.crs.choose')}
        </option>
        {CRS_LIST.map((c) => (
          <option key={c.id} value={c.id}>
            {language === 'zh' ? c.label_zh : c.label_en}
          </option>
        ))}
      </select>
    </div>
  );
}

function ImportBox() {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const job = useAppStore((s) => s.siteJob);
  const message = useAppStore((s) => s.siteMessage);
  const language = useAppStore((s) => s.language);
  const percent = job ? Math.round(job.fraction * 100) : 0;
  return (
    <section className="sitecheck-import" aria-labelledby={`${id}-label`}>
      <label htmlFor={`${id}-file`} id={`${id}-label`} className={`sitecheck-file${job ? ' disabled' : ''}`}>
        {t('sitecheck.import')}
      </label>
      <input
        ref={input}
        id={`${id}-file`}
        className="sitecheck-file-input"
        type="file"
        accept={ACCEPT}
        multiple
        disabled={job !== null}
        aria-describedby={`${id}-formats`}
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          event.target.value = '';
          if (files.length > 0) void importFiles(files);
        }}
      />
      <p className="stats-note" id={`${id}-formats`}>
        {t('sitecheck.formats', { mb: Math.round(MAX_FILE_BYTES / 1024 / 1024) })} {t('sitecheck.drop')}
      </p>
      <div aria-live="polite" className="sitecheck-status">
        {job && (
          <div className="sitecheck-progress" data-stage={job.stage}>
            <label htmlFor={`${id}-progress`}>
              {job.stage === 'report' ? t('sitecheck.reporting') : t('sitecheck.importing', { file: job.fileName })}
            </label>
            <div className="sitecheck-progress-row">
              <progress id={`${id}-progress`} max={100} value={job.stage === 'read' ? undefined : percent}>
                {percent}%
              </progress>
              <span>{percent}%</span>
              <button type="button" onClick={cancelImport}>
                {t('sitecheck.cancel')}
              </button>
            </div>
          </div>
        )}
        {message && (
          <p
            className={`sitecheck-message sitecheck-message-${message.level}`}
            role={message.level === 'error' ? 'alert' : undefined}
          >
            {t(message.key, { ...message.values, reason: message.reason?.[language] ?? '' })}
            {message.key === 'sitecheck.failedSave' && message.reason ? ` ${message.reason[language]}` : ''}
          </p>
        )}
        {!job && <CrsRetry />}
      </div>
    </section>
  );
}

function CrsChoice({ layer }: { layer: SiteLayer }) {
  const { t } = useTranslation();
  const id = useId();
  const language = useAppStore((s) => s.language);
  const busy = useAppStore((s) => s.siteJob !== null);
  const info = CRS_LIST.find((c) => c.id === layer.crs.id);
  const label = info ? (language === 'zh' ? info.label_zh : info.label_en) : layer.crs.id;
  // KML and GPX are WGS84 by their specification (the importer records that as a declaration, like a crs member).
  const spec = layer.crs.how === 'crs-member' && /^(kml|kmz|gpx)$/.test(layer.format);
  let note = language === 'zh' ? layer.crs.note_zh : layer.crs.note_en;
  // The note's first sentence restates the line above ("read as WGS84 from the ranges"): keep only its advice.
  if (layer.crs.how === 'detected' && /WGS84|CGCS2000/.test(note.split(/[。.]/)[0] ?? ''))
    note = note.replace(/^[^。]*?(。|\. )/, '').trim();
  if (spec) note = '';
  return (
    <div className="sitecheck-crs" data-crs={layer.crs.id} data-how={spec ? 'spec' : layer.crs.how}>
      <p>
        <strong>{t('sitecheck.crs.assumed', { crs: label })}</strong> —{' '}
        {spec
          ? t('sitecheck.crs.how.spec', { format: layer.format === 'gpx' ? 'GPX' : 'KML' })
          : t(`sitecheck.crs.how.${layer.crs.how}`)}
      </p>
      {/* The importer's own note, when it says more than the label (e.g. why a CRS was detected). */}
      {note && !note.includes(label) && <p className="sitecheck-crs-note">{note}</p>}
      <label htmlFor={`${id}-crs`}>{t('sitecheck.crs.change')}</label>
      <select
        id={`${id}-crs`}
        value={layer.crs.id}
        disabled={busy || !layer.hasSource}
        onChange={(event) => void reimport(layer.id, event.target.value as CrsId)}
      >
        {CRS_LIST.map((c) => (
          <option key={c.id} value={c.id}>
            {language === 'zh' ? c.label_zh : c.label_en}
          </option>
        ))}
      </select>
      {!layer.hasSource && <p className="stats-note">{t('sitecheck.crs.unavailable')}</p>}
    </div>
  );
}

function ImportMessages({ layer }: { layer: SiteLayer }) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const item = (n: number, name: string | undefined, reason: string) =>
    t('sitecheck.messages.item', { n: n + 1, name: name ? ` (${name})` : '', reason });
  return (
    <div className="sitecheck-messages">
      {layer.warnings.length > 0 && (
        <div className="sitecheck-warnings" role="note">
          <h4>{t('sitecheck.messages.warnings')}</h4>
          <ul>
            {layer.warnings.map((w, i) => (
              <li key={i}>{w[language]}</li>
            ))}
          </ul>
        </div>
      )}
      {layer.repaired.length > 0 && (
        <details className="sitecheck-repaired">
          <summary>{t('sitecheck.messages.repaired', { count: layer.repaired.length })}</summary>
          <ul>
            {layer.repaired.slice(0, LIST_LIMIT).map((r) => (
              <li key={r.index}>{item(r.index, r.name, language === 'zh' ? r.what_zh : r.what_en)}</li>
            ))}
          </ul>
          {layer.repaired.length > LIST_LIMIT && (
            <p className="stats-note">{t('sitecheck.messages.more', { count: layer.repaired.length - LIST_LIMIT })}</p>
          )}
        </details>
      )}
      {layer.rejected.length > 0 && (
        <details className="sitecheck-rejected" open>
          <summary>{t('sitecheck.messages.rejected', { count: layer.rejected.length })}</summary>
          <ul>
            {layer.rejected.slice(0, LIST_LIMIT).map((r) => (
              <li key={r.index}>{item(r.index, r.name, language === 'zh' ? r.reason_zh : r.reason_en)}</li>
            ))}
          </ul>
          {layer.rejected.length > LIST_LIMIT && (
            <p className="stats-note">{t('sitecheck.messages.more', { count: layer.rejected.length - LIST_LIMIT })}</p>
          )}
        </details>
      )}
    </div>
  );
}

function LayerReport({ layer }: { layer: SiteLayer }) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const state = useAppStore((s) => s.siteReports[layer.id]);
  const setPrint = useAppStore((s) => s.setSitePrint);
  const hasPolygons = layer.shape.kind === 'fill';
  // A file of points or lines: say so, and offer to report its features as sites (no area, no verdict).
  const [asSites, setAsSites] = useState(false);
  const sites = !hasPolygons && asSites;
  // The report table in a wide sheet over the map (12 columns do not fit the side panel).
  const [wide, setWide] = useState(false);
  const safeName = layer.name.replace(/[\\/:*?"<>|\s]+/g, '-');

  return (
    <section className="sitecheck-layer" data-site-layer={layer.id} aria-labelledby={`report-${layer.id}`}>
      <h3 id={`report-${layer.id}`} tabIndex={-1}>
        {layer.name} <span className="layer-count">{t('sitecheck.parcels', { count: layer.shape.count })}</span>
      </h3>
      <DamagedLayer layer={layer} />
      <CrsChoice layer={layer} />
      <ImportMessages layer={layer} />
      <VerdictLegend layer={layer} label={t('sitecheck.legend.title')} />
      <div className="stats-actions sitecheck-actions">
        <button type="button" onClick={() => zoomToLayer(layer.id)}>
          {t('sitecheck.zoom')}
        </button>
        <button
          type="button"
          disabled={!hasPolygons}
          title={hasPolygons ? undefined : t('sitecheck.statsAreaNone')}
          onClick={() => void setAsStatsArea(layer.id)}
        >
          {t('sitecheck.statsArea')}
        </button>
      </div>
      <label className="sitecheck-reference" title={t('sitecheck.referenceHint')}>
        <input
          type="checkbox"
          checked={Boolean(layer.reference)}
          disabled={!hasPolygons}
          onChange={(event) => void setReferenceLayer(layer.id, event.target.checked)}
        />{' '}
        {t('sitecheck.reference')}
      </label>
      <h4>{t('sitecheck.report.title')}</h4>
      {!hasPolygons && (
        <div className="sitecheck-sites-note" role="note" data-kind={layer.shape.kind}>
          <p>{t(asSites ? 'sitecheck.sites.treating' : `sitecheck.sites.${layer.shape.kind}`)}</p>
          <button type="button" aria-pressed={asSites} onClick={() => setAsSites(!asSites)}>
            {t(asSites ? 'sitecheck.sites.asParcels' : 'sitecheck.sites.treat')}
          </button>
        </div>
      )}
      {state?.status === 'reference' ? (
        <p className="stats-note sitecheck-is-reference" role="note">
          {t('sitecheck.report.isReference')}
        </p>
      ) : !state || state.status === 'computing' ? (
        <p className="stats-status" role="status">
          {t('sitecheck.report.computing', {
            percent: Math.round((state?.status === 'computing' ? state.fraction : 0) * 100),
          })}
        </p>
      ) : state.status === 'error' ? (
        <p className="stats-error" role="alert">
          {t('sitecheck.report.error', { reason: state[language] })}
        </p>
      ) : (
        <div className="sitecheck-report" data-ready="true">
          <TotalsTable report={state.report} />
          {state.report.schematic && <p className="stats-note sitecheck-caveat">{t('sitecheck.report.schematic')}</p>}
          <button type="button" className="sitecheck-wide-open" onClick={() => setWide(true)}>
            {t('sitecheck.wide.open')}
          </button>
          {wide ? (
            createPortal(
              <div
                className="sitecheck-wide panel"
                role="dialog"
                aria-modal="false"
                aria-labelledby={`wide-${layer.id}`}
                onKeyDown={(event) => {
                  if (event.key === 'Escape') setWide(false);
                }}
              >
                <header className="sitecheck-wide-head">
                  <h2 id={`wide-${layer.id}`}>
                    {t('sitecheck.report.title')} · {layer.name}
                  </h2>
                  <button type="button" onClick={() => setWide(false)} autoFocus>
                    {t('sitecheck.wide.close')}
                  </button>
                </header>
                <ParcelTable layerId={layer.id} report={state.report} sites={sites} />
              </div>,
              document.body,
            )
          ) : (
            <ParcelTable layerId={layer.id} report={state.report} sites={sites} />
          )}
          <div className="stats-actions">
            <button
              type="button"
              onClick={() => void exportReport(layer.id, 'csv', language, `${fileStem('site-check')}-${safeName}.csv`)}
            >
              {t('sitecheck.report.exportCsv')}
            </button>
            <button
              type="button"
              onClick={() =>
                void exportReport(layer.id, 'geojson', language, `${fileStem('site-check')}-${safeName}.geojson`)
              }
            >
              {t('sitecheck.report.exportGeojson')}
            </button>
            <button type="button" onClick={() => setPrint(layer.id)}>
              {t('sitecheck.report.print')}
            </button>
            <span className="stats-took">{t('sitecheck.report.took', { ms: Math.max(1, Math.round(state.ms)) })}</span>
          </div>
        </div>
      )}
      <RenameRemove layer={layer} />
    </section>
  );
}

export function SiteCheckPanel() {
  const { t } = useTranslation();
  const id = useId();
  const layers = useAppStore((s) => s.siteLayers);
  const activeId = useAppStore((s) => s.siteActiveId);
  const setActive = useAppStore((s) => s.setSiteActive);
  const active = layers.find((l) => l.id === activeId) ?? layers[layers.length - 1];
  return (
    <div className="sitecheck-panel">
      <h2>{t('sitecheck.title')}</h2>
      <p className="stats-intro">{t('sitecheck.intro')}</p>
      <ImportBox />
      <OrphanLayers />
      {layers.length === 0 ? (
        <p className="stats-note">{t('sitecheck.noLayers')}</p>
      ) : (
        <>
          {layers.length > 1 && (
            <label className="stats-select">
              <span>{t('sitecheck.layer')}</span>
              <select id={`${id}-layer`} value={active?.id} onChange={(event) => setActive(event.target.value)}>
                {layers.map((l) => (
                  <option key={l.id} value={l.id}>
                    {l.name}
                  </option>
                ))}
              </select>
            </label>
          )}
          {active && <LayerReport key={active.id} layer={active} />}
        </>
      )}
    </div>
  );
}
