/**
 * The measure mode: distance (polyline) and area (polygon) drawn with terra-draw, measured geodesically with
 * turf (src/geo/measure.ts) and shown live while drawing, in the unit the user picks (remembered). Several
 * measurements at once, each editable (drag corners), deletable, and usable as the area of the statistics
 * panel; they survive a reload (local storage) and export as GeoJSON. Enter finishes, Escape cancels,
 * Ctrl/⌘+Z undoes the last point.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  TerraDraw,
  TerraDrawLineStringMode,
  TerraDrawModeUndoRedo,
  TerraDrawPolygonMode,
  TerraDrawSelectMode,
  TerraDrawUndoRedoKeyboardShortcuts,
  type GeoJSONStoreFeatures,
} from 'terra-draw';
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter';
import type { LineString, Polygon } from 'geojson';
import { measureGeometry } from '../../geo/measure';
import { AREA_UNITS, formatLength, unitName, type AreaUnit, type LengthUnitChoice } from '../../geo/units';
import { measurementsToGeoJson, type Measurement } from './measureStorage';
import { ShowMeasurements } from './ShowMeasurements';
import { useMap } from '../../map/MapContext';
import { useAppStore } from '../../state/store';
import { openSideTab } from './plannerData';
import { fileStem } from '../../ui/download';
import { downloadText } from '../../ui/download';
import { StatsView } from './StatsPanel';
import { useFormat, useMeasurementValue, useSubjectTitle, type MeasureValue } from './plannerHooks';
import './search.css';
import './filter.css';
import './stats.css';
import './measure.css';

type DrawKind = 'linestring' | 'polygon';
type Live = MeasureValue;

/** Okabe–Ito blue / vermilion: distinguishable for every common colour-vision deficiency. */
const LINE_COLOR = '#0072B2';
const AREA_COLOR = '#D55E00';

const modeOf = (m: Measurement): DrawKind => (m.kind === 'area' ? 'polygon' : 'linestring');

function MeasurementRow({
  measurement,
  editing,
  onEdit,
  onRemove,
  onStats,
  statsOpen,
}: {
  measurement: Measurement;
  editing: boolean;
  onEdit: () => void;
  onRemove: () => void;
  onStats: () => void;
  statsOpen: boolean;
}) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const value = useMeasurementValue(measurement);
  const format = useFormat();
  const name = t(`planner.measure.item.${measurement.kind}`, { n: measurement.n });
  const title = useSubjectTitle({ kind: 'measurement', id: measurement.id });
  return (
    <li className={`measure-item${editing ? ' editing' : ''}`} data-id={measurement.id} data-kind={measurement.kind}>
      <div className="measure-item-head">
        <span
          className="measure-swatch"
          style={{ background: measurement.kind === 'area' ? AREA_COLOR : LINE_COLOR }}
          aria-hidden="true"
        />
        <span className="measure-name">{name}</span>
        <output className={`measure-value${value.ok ? '' : ' measure-error'}`}>{format(value)}</output>
      </div>
      {value.ok && value.kind === 'area' && (
        <p className="measure-sub">
          {t('planner.measure.perimeter', {
            value: formatLength(value.perimeterMetres, 'auto', { locale: language }),
          })}
        </p>
      )}
      <div className="measure-item-actions">
        <button type="button" onClick={onEdit} aria-pressed={editing}>
          {editing ? t('planner.measure.doneEditing') : t('planner.measure.edit')}
        </button>
        {measurement.kind === 'area' && (
          <button type="button" onClick={onStats} aria-expanded={statsOpen}>
            {t('planner.measure.stats')}
          </button>
        )}
        <button type="button" onClick={onRemove} aria-label={t('planner.measure.removeNamed', { name })}>
          {t('planner.measure.remove')}
        </button>
      </div>
      {statsOpen && (
        <div className="measure-stats">
          <StatsView subject={{ kind: 'measurement', id: measurement.id }} title={title} />
        </div>
      )}
    </li>
  );
}

export function MeasureTool() {
  const { t } = useTranslation();
  const map = useMap();
  const lang = useAppStore((s) => s.language);
  const measurements = useAppStore((s) => s.measurements);
  const units = useAppStore((s) => s.units);
  const setLengthUnit = useAppStore((s) => s.setLengthUnit);
  const setAreaUnit = useAppStore((s) => s.setAreaUnit);
  const statsSubject = useAppStore((s) => s.statsSubject);
  const [kind, setKind] = useState<DrawKind>('polygon');
  const [editingId, setEditing] = useState<string | null>(null);
  const [live, setLive] = useState<Live | null>(null);
  const [drawing, setDrawing] = useState(false);
  // Touch screens get touch instructions (no double-click, Esc or Ctrl+Z there: the buttons below do it).
  const [touch] = useState(() => window.matchMedia?.('(pointer: coarse)').matches ?? false);
  const draw = useRef<TerraDraw | null>(null);
  const format = useFormat();
  // A measurement deleted while being edited ends the editing.
  const editing = editingId && measurements.some((m) => m.id === editingId) ? editingId : null;

  // ── terra-draw on the map ───────────────────────────────────────────────────────────────────
  useEffect(() => {
    if (!map) return;
    const instance = new TerraDraw({
      adapter: new TerraDrawMapLibreGLAdapter({ map, prefixId: 'measure' }),
      modes: [
        new TerraDrawLineStringMode({
          editable: true,
          keyEvents: { cancel: 'Escape', finish: 'Enter' },
          styles: {
            lineStringColor: LINE_COLOR,
            lineStringWidth: 3,
            closingPointColor: LINE_COLOR,
            closingPointWidth: 6,
          },
        }),
        new TerraDrawPolygonMode({
          editable: true,
          keyEvents: { cancel: 'Escape', finish: 'Enter' },
          styles: {
            fillColor: AREA_COLOR,
            fillOpacity: 0.18,
            outlineColor: AREA_COLOR,
            outlineWidth: 3,
            closingPointColor: AREA_COLOR,
            closingPointWidth: 6,
          },
        }),
        new TerraDrawSelectMode({
          flags: {
            linestring: { feature: { coordinates: { midpoints: true, draggable: true, deletable: true } } },
            polygon: { feature: { coordinates: { midpoints: true, draggable: true, deletable: true } } },
          },
          styles: {
            selectedPolygonColor: AREA_COLOR,
            selectedLineStringColor: LINE_COLOR,
            selectionPointColor: '#000000',
          },
        }),
      ],
      undoRedo: {
        modeLevel: new TerraDrawModeUndoRedo(),
        keyboardShortcuts: new TerraDrawUndoRedoKeyboardShortcuts(),
      },
    });
    instance.start();
    const stored = useAppStore.getState().measurements;
    instance.addFeatures(
      stored.map((m): GeoJSONStoreFeatures => ({
        id: m.id,
        type: 'Feature',
        geometry: m.geometry,
        properties: { mode: modeOf(m) },
      })),
    );
    instance.setMode('polygon');

    const store = () => useAppStore.getState();
    const save = (id: string | number) => {
      const feature = instance.getSnapshotFeature(id);
      if (!feature) return;
      const geometry = feature.geometry as LineString | Polygon;
      if (geometry.type !== 'LineString' && geometry.type !== 'Polygon') return;
      store().putMeasurement({ id: String(id), kind: geometry.type === 'Polygon' ? 'area' : 'distance', geometry });
    };
    const onChange = (ids: (string | number)[], type: string) => {
      for (const id of ids) {
        const feature = instance.getSnapshotFeature(id);
        if (!feature) {
          // Removed: a cancelled drawing, or a deletion we started ourselves.
          if (type === 'delete') setDrawing(false);
          continue;
        }
        if (feature.properties.currentlyDrawing) {
          setDrawing(true);
          setLive(measureGeometry(feature.geometry as LineString | Polygon));
        } else if (store().measurements.some((m) => m.id === String(id))) {
          // An edit of a finished measurement (dragging a corner): keep the stored geometry current.
          save(id);
        }
      }
    };
    const onFinish = (id: string | number) => {
      setDrawing(false);
      setLive(null);
      save(id);
    };
    instance.on('change', onChange);
    instance.on('finish', onFinish);
    draw.current = instance;
    map.doubleClickZoom.disable();
    return () => {
      instance.off('change', onChange);
      instance.off('finish', onFinish);
      instance.stop();
      draw.current = null;
      map.doubleClickZoom.enable();
    };
  }, [map]);

  // The chosen drawing kind (or editing) → terra-draw mode.
  useEffect(() => {
    const instance = draw.current;
    if (!instance) return;
    if (editing) {
      instance.setMode('select');
      if (instance.hasFeature(editing)) instance.selectFeature(editing);
    } else instance.setMode(kind);
  }, [kind, editing, map]);

  // Measurements removed from the store (delete, clear all) → off the drawing.
  useEffect(() => {
    const instance = draw.current;
    if (!instance) return;
    const keep = new Set(measurements.map((m) => m.id));
    const gone = instance
      .getSnapshot()
      .filter(
        (f) =>
          !f.properties.currentlyDrawing && (f.properties.mode === 'polygon' || f.properties.mode === 'linestring'),
      )
      .map((f) => f.id!)
      .filter((id) => !keep.has(String(id)));
    if (gone.length > 0) instance.removeFeatures(gone);
  }, [measurements]);

  // ── actions ──────────────────────────────────────────────────────────────────────────────────
  const key = (name: 'Enter' | 'Escape') => {
    const canvas = map?.getCanvas();
    if (!canvas) return;
    canvas.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true }));
    canvas.dispatchEvent(new KeyboardEvent('keyup', { key: name, bubbles: true }));
  };
  const remove = (id: string) => {
    if (editing === id) setEditing(null);
    useAppStore.getState().removeMeasurement(id);
  };
  const exportAll = () =>
    downloadText(
      `${fileStem('measurements')}.geojson`,
      measurementsToGeoJson(measurements, (m) => {
        const value = measureGeometry(m.geometry);
        if (!value.ok) return { error: value.error };
        return value.kind === 'distance' ? { metres: value.metres } : { squareMetres: value.squareMetres };
      }),
      'application/geo+json',
    );
  const toggleStats = (id: string) => {
    const store = useAppStore.getState();
    const open = statsSubject?.kind === 'measurement' && statsSubject.id === id;
    store.setStatsSubject(open ? null : { kind: 'measurement', id });
  };

  return (
    <aside
      className={`measure-panel panel${drawing ? ' measure-drawing' : ''}`}
      data-drawing={drawing}
      aria-labelledby="measure-title"
    >
      <h2 id="measure-title">{t('planner.measure.title')}</h2>
      <div className="filter-segmented" role="radiogroup" aria-label={t('planner.measure.modeLabel')}>
        {(['linestring', 'polygon'] as const).map((mode) => (
          <label key={mode} className={!editing && kind === mode ? 'selected' : undefined}>
            <input
              type="radio"
              name="measure-kind"
              checked={!editing && kind === mode}
              onChange={() => {
                setEditing(null);
                setKind(mode);
                setLive(null);
                setDrawing(false);
              }}
            />
            <span>{t(mode === 'linestring' ? 'planner.measure.distance' : 'planner.measure.area')}</span>
          </label>
        ))}
      </div>
      <p className="measure-hint">
        {editing
          ? t('planner.measure.hintEdit')
          : t(`planner.measure.${kind === 'linestring' ? 'hintDistance' : 'hintArea'}${touch ? 'Touch' : ''}`)}
      </p>
      <div className="measure-live" aria-live="polite">
        {drawing && live && (
          <p className={live.ok ? undefined : 'measure-error'}>
            <span>{t('planner.measure.live')}：</span>
            <output className="measure-live-value">{format(live)}</output>
          </p>
        )}
      </div>
      {drawing && (
        <div className="measure-drawing-actions">
          <button type="button" onClick={() => draw.current?.undo()}>
            {t('planner.measure.undo')}
          </button>
          <button type="button" onClick={() => key('Enter')}>
            {t('planner.measure.finish')}
          </button>
          <button type="button" onClick={() => key('Escape')}>
            {t('planner.measure.cancel')}
          </button>
        </div>
      )}
      <div className="measure-units">
        <label>
          <span>{t('planner.measure.lengthUnit')}</span>
          <select value={units.length} onChange={(event) => setLengthUnit(event.target.value as LengthUnitChoice)}>
            <option value="auto">{t('planner.measure.auto')}</option>
            <option value="m">{unitName('m', lang)}</option>
            <option value="km">{unitName('km', lang)}</option>
          </select>
        </label>
        <label>
          <span>{t('planner.measure.areaUnit')}</span>
          <select value={units.area} onChange={(event) => setAreaUnit(event.target.value as AreaUnit)}>
            {AREA_UNITS.map((unit) => (
              <option key={unit} value={unit}>
                {unitName(unit, lang)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <h3>{t('planner.measure.results')}</h3>
      {measurements.length === 0 ? (
        <p className="measure-empty">{t('planner.measure.empty')}</p>
      ) : (
        <ul className="measure-list">
          {measurements.map((m) => (
            <MeasurementRow
              key={m.id}
              measurement={m}
              editing={editing === m.id}
              onEdit={() => {
                setEditing(editing === m.id ? null : m.id);
                setLive(null);
                setDrawing(false);
              }}
              onRemove={() => remove(m.id)}
              onStats={() => toggleStats(m.id)}
              statsOpen={statsSubject?.kind === 'measurement' && statsSubject.id === m.id}
            />
          ))}
        </ul>
      )}
      {measurements.length > 0 && (
        <div className="measure-footer">
          <button type="button" onClick={exportAll}>
            {t('planner.measure.exportGeoJson')}
          </button>
          <button type="button" onClick={() => useAppStore.getState().clearMeasurements()}>
            {t('planner.measure.clearAll')}
          </button>
          <button type="button" className="link-button measure-open-stats" onClick={() => openSideTab('stats')}>
            {t('planner.measure.openStats')}
          </button>
        </div>
      )}
      <ShowMeasurements note />
      <p className="measure-note">{t('planner.measure.saved')}</p>
    </aside>
  );
}
