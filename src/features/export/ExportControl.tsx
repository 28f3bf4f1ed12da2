/**
 * "Export image": a map control (top right, under the zoom buttons) opening a small dialog — title, resolution
 * (2×, 3×, 4× the screen), Download PNG and Print. Also renders the print-only frame (title, legend, north
 * arrow) that the print stylesheet shows around the map on paper.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMap } from '../../map/MapContext';
import { MapControlDialog } from '../../map/MapControlDialog';
import { useAppStore } from '../../state/store';
import { Swatch } from '../../ui/Swatch';
import { exportFileName } from '../../map/exportLayout';
import { downloadBlob } from '../../ui/download';
import { exportSizes, renderMapPng } from './renderPng';
import { useExportTexts } from './useExportTexts';
import './export.css';

const SCALES = [2, 3, 4];

type Status =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'done'; width: number; height: number; capped: boolean; ratio: number }
  | { kind: 'failed'; reason: string };

export function ExportControl() {
  const { t } = useTranslation();
  return (
    <>
      <MapControlDialog
        name="export"
        label={t('exportMap.button')}
        title={t('exportMap.dialog')}
        icon={<span aria-hidden="true">⤓</span>}
        body={ExportDialog}
      />
      <PrintFrame />
    </>
  );
}

function ExportDialog({ onClose }: { onClose: () => void }) {
  const map = useMap()!;
  const { t } = useTranslation();
  const texts = useExportTexts();
  const [title, setTitle] = useState(texts.title);
  const [scale, setScale] = useState(2);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [sizes] = useState(() => exportSizes(map, SCALES));
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => inputRef.current?.focus(), []);

  const download = async () => {
    setStatus({ kind: 'working' });
    try {
      const result = await renderMapPng(map, { ...texts, title: title.trim() || texts.title }, scale);
      downloadBlob(result.blob, exportFileName(title.trim() || texts.title, new Date()));
      setStatus({
        kind: 'done',
        width: result.width,
        height: result.height,
        capped: result.capped,
        ratio: Math.round(result.pixelRatio * 100) / 100,
      });
    } catch (error) {
      setStatus({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <>
      <label className="export-field">
        <span>{t('exportMap.title')}</span>
        <input ref={inputRef} type="text" value={title} maxLength={80} onChange={(e) => setTitle(e.target.value)} />
      </label>
      <fieldset className="export-field">
        <legend>{t('exportMap.resolution')}</legend>
        {sizes.map((size) => (
          <label key={size.scale} className="export-option">
            <input
              type="radio"
              name="export-scale"
              value={size.scale}
              checked={scale === size.scale}
              onChange={() => setScale(size.scale)}
            />
            {t('exportMap.option', { n: size.scale, w: size.width, h: size.height })}
          </label>
        ))}
      </fieldset>
      <div className="export-actions">
        <button type="button" className="primary" disabled={status.kind === 'working'} onClick={() => void download()}>
          {t('exportMap.download')}
        </button>
        <button type="button" onClick={() => window.print()}>
          {t('exportMap.print')}
        </button>
        <button type="button" onClick={onClose}>
          {t('exportMap.close')}
        </button>
      </div>
      <p className="export-status" role="status" aria-live="polite">
        {status.kind === 'working' && t('exportMap.working')}
        {status.kind === 'done' && (
          <>
            {t('exportMap.done', { w: status.width, h: status.height })}{' '}
            {status.capped && t('exportMap.capped', { ratio: status.ratio })}
          </>
        )}
        {status.kind === 'failed' && t('exportMap.failed', { reason: status.reason })}
      </p>
    </>
  );
}

/** Shown only on paper (see export.css): title, legend, north arrow, schematic note and attribution. */
function PrintFrame() {
  const { t } = useTranslation();
  const texts = useExportTexts();
  const bearing = useAppStore((s) => s.camera.bearing);
  const language = useAppStore((s) => s.language);
  const date = new Date().toLocaleDateString(language === 'zh' ? 'zh-CN' : 'en-GB');
  return (
    <div className="print-frame" aria-hidden="true">
      <header className="print-title">
        <h2>{texts.title}</h2>
        {texts.subtitle && <p>{texts.subtitle}</p>}
      </header>
      <div className="print-north">
        <svg className="print-north-arrow" viewBox="-10 -10 20 20" style={{ transform: `rotate(${-bearing}deg)` }}>
          <circle r="9.4" fill="#ffffff" stroke="#555555" strokeWidth="0.6" />
          <path d="M0,-8 L3.2,5 L0,2.4 Z" fill="#1f1b17" />
          <path d="M0,-8 L-3.2,5 L0,2.4 Z" fill="#ffffff" stroke="#1f1b17" strokeWidth="0.6" />
        </svg>
        <span>{texts.north}</span>
      </div>
      <section className="print-legend">
        <h3>{texts.legendTitle}</h3>
        {texts.legend.length === 0 ? (
          <p>{t('exportMap.noLayers')}</p>
        ) : (
          <ul className="legend">
            {texts.legend.map((row) => (
              <li key={`${row.label}-${row.color}`}>
                <Swatch color={row.color} kind={row.shape} />
                {row.label}
              </li>
            ))}
          </ul>
        )}
        <p className="print-date">{t('exportMap.printed', { date })}</p>
      </section>
      <footer className="print-footer">
        {texts.schematicNote && <p className="print-schematic">{texts.schematicNote}</p>}
        <p className="print-attribution">{texts.attribution}</p>
      </footer>
    </div>
  );
}
