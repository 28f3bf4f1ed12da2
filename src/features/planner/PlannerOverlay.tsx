/**
 * Always-mounted planner overlay: keeps the statistics worker's index current; draws the saved measurements
 * (outside measure mode, where terra-draw draws them) with their values as labels, and the outline of the
 * statistics area; and answers "what is here?" for a click on the map in explore mode — planning zone,
 * district and plan scopes — in a popup with shortcuts to the statistics of that district or scope.
 */
import { bbox as turfBbox } from '@turf/bbox';
import { useEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import maplibregl, { type GeoJSONSource, type Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection, Geometry } from 'geojson';
import type { WhatIsHere } from '../../geo/stats';
import { LABEL_FONT } from '../../map/catalogLayers';
import { useMap } from '../../map/MapContext';
import { useAppStore } from '../../state/store';
import { districtLabel } from '../../ui/labels';
import { statsClient, openSideTab, useIndexVersion, useStatsIndexLoader, useAreaStats } from './plannerData';
import { useFormat } from './plannerHooks';
import { ZONE_COLORS } from '../../catalog/layers';
import './search.css';
import './filter.css';
import './stats.css';
import './measure.css';

const SOURCES = {
  measurements: 'planner-measurements',
  labels: 'planner-measurement-labels',
  subject: 'planner-stats-subject',
  probe: 'planner-probe',
} as const;
const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

function addLayers(map: MapLibreMap) {
  for (const id of Object.values(SOURCES)) {
    if (!map.getSource(id)) map.addSource(id, { type: 'geojson', data: EMPTY });
  }
  const layers: maplibregl.LayerSpecification[] = [
    {
      id: 'planner-subject-fill',
      type: 'fill',
      source: SOURCES.subject,
      paint: { 'fill-color': '#0072B2', 'fill-opacity': 0.1 },
    },
    // The statistics area (a district, a scope): a solid outline on a white casing, readable over any layer.
    {
      id: 'planner-subject-casing',
      type: 'line',
      source: SOURCES.subject,
      paint: { 'line-color': '#ffffff', 'line-width': 7, 'line-opacity': 0.9 },
    },
    {
      id: 'planner-subject-line',
      type: 'line',
      source: SOURCES.subject,
      paint: { 'line-color': '#0072B2', 'line-width': 3.5 },
    },
    {
      id: 'planner-measurements-fill',
      type: 'fill',
      source: SOURCES.measurements,
      filter: ['==', ['geometry-type'], 'Polygon'],
      paint: { 'fill-color': '#D55E00', 'fill-opacity': 0.12 },
    },
    {
      id: 'planner-measurements-line',
      type: 'line',
      source: SOURCES.measurements,
      paint: {
        'line-color': ['case', ['==', ['geometry-type'], 'Polygon'], '#D55E00', '#0072B2'],
        'line-width': 2.5,
      },
    },
    {
      id: 'planner-measurement-labels',
      type: 'symbol',
      source: SOURCES.labels,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': LABEL_FONT,
        'text-size': 13,
        'text-allow-overlap': true,
        'text-anchor': 'center',
      },
      paint: { 'text-color': '#1f1b17', 'text-halo-color': '#ffffff', 'text-halo-width': 2 },
    },
    {
      id: 'planner-probe',
      type: 'circle',
      source: SOURCES.probe,
      paint: {
        'circle-radius': 6,
        'circle-color': '#000000',
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2,
      },
    },
  ];
  for (const layer of layers) if (!map.getLayer(layer.id)) map.addLayer(layer);
}

function removeLayers(map: MapLibreMap) {
  for (const id of [
    'planner-probe',
    'planner-measurement-labels',
    'planner-measurements-line',
    'planner-measurements-fill',
    'planner-subject-line',
    'planner-subject-casing',
    'planner-subject-fill',
  ]) {
    if (map.getLayer(id)) map.removeLayer(id);
  }
  for (const id of Object.values(SOURCES)) if (map.getSource(id)) map.removeSource(id);
}

const setData = (map: MapLibreMap, source: string, data: FeatureCollection) =>
  map.getSource<GeoJSONSource>(source)?.setData(data);

/** The "what is here?" popup body. */
function HereCard({
  answer,
  point,
  onClose,
}: {
  answer: WhatIsHere | null;
  point: [number, number];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const setSubject = useAppStore((s) => s.setStatsSubject);
  if (!answer) return <p className="here-loading">…</p>;
  const outside = answer.district === null;
  const zoneName = answer.zone ? t(`planner.zone.${answer.zone}`) : t('planner.zone.none');
  return (
    <div className="here-card" role="dialog" aria-label={t('planner.here.title')}>
      <p className="here-title">{t('planner.here.title')}</p>
      {outside ? (
        <p>{t('planner.here.outside')}</p>
      ) : (
        <dl>
          <div>
            <dt>{t('planner.here.zone')}</dt>
            <dd data-zone={answer.zone ?? 'none'}>
              {answer.zone && (
                <span className="stats-dot" style={{ background: ZONE_COLORS[answer.zone] }} aria-hidden="true" />
              )}
              {zoneName}
            </dd>
          </div>
          <div>
            <dt>{t('planner.here.district')}</dt>
            <dd data-district={answer.district}>{districtLabel(answer.district!, language)}</dd>
          </div>
          <div>
            <dt>{t('planner.here.scopes')}</dt>
            <dd>
              {answer.scopes.length > 0
                ? answer.scopes.map((s) => t(`planner.scope.${s}`)).join(language === 'zh' ? '；' : '; ')
                : t('planner.here.none')}
            </dd>
          </div>
        </dl>
      )}
      <p className="here-coords">
        {t('planner.here.coordinates', { lon: point[0].toFixed(5), lat: point[1].toFixed(5) })}
      </p>
      {!outside && (
        <div className="here-actions">
          <button
            type="button"
            onClick={() => {
              setSubject({ kind: 'district', district: answer.district! });
              openSideTab('stats');
              onClose();
            }}
          >
            {t('planner.here.statsDistrict', { district: districtLabel(answer.district!, language) })}
          </button>
          {answer.scopes.map((scope) => (
            <button
              key={scope}
              type="button"
              onClick={() => {
                setSubject({ kind: 'scope', scope });
                openSideTab('stats');
                onClose();
              }}
            >
              {t('planner.here.statsScope', { scope: t(`planner.scope.${scope}`) })}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}

export function PlannerOverlay() {
  const map = useMap();
  const mode = useAppStore((s) => s.mode);
  const allMeasurements = useAppStore((s) => s.measurements);
  const showMeasurements = useAppStore((s) => s.showMeasurements);
  const subject = useAppStore((s) => s.statsSubject);
  // Outside measure mode the saved measurements are drawn only when turned on ("显示我的测量") — or the one whose
  // statistics are open, whose outline the statistics need.
  const measurements = useMemo(
    () =>
      mode === 'measure' || showMeasurements
        ? allMeasurements
        : allMeasurements.filter((m) => subject?.kind === 'measurement' && subject.id === m.id),
    [mode, showMeasurements, allMeasurements, subject],
  );
  const probe = useAppStore((s) => s.probe);
  const format = useFormat();
  const stats = useAreaStats(subject);
  const version = useIndexVersion();
  const [reply, setReply] = useState<{ probe: [number, number]; result: WhatIsHere } | null>(null);
  const answer = reply && probe && reply.probe === probe ? reply.result : null;
  const [popupNode] = useState(() => document.createElement('div'));

  useStatsIndexLoader();

  useEffect(() => {
    if (!map) return;
    addLayers(map);
    return () => removeLayers(map);
  }, [map]);

  // Saved measurements (terra-draw draws them itself in measure mode) and their labels (in measure mode, or when
  // turned on). The label code is fetched once there is something to label.
  const [labelCode, setLabelCode] = useState<typeof import('./measurementLabels') | null>(null);
  const hasMeasurements = measurements.length > 0;
  useEffect(() => {
    if (hasMeasurements && !labelCode) void import('./measurementLabels').then(setLabelCode);
  }, [hasMeasurements, labelCode]);
  const labels = useMemo<FeatureCollection>(
    () => (labelCode ? labelCode.measurementLabels(measurements, format) : EMPTY),
    [labelCode, measurements, format],
  );
  useEffect(() => {
    if (!map) return;
    setData(map, SOURCES.labels, labels);
    setData(
      map,
      SOURCES.measurements,
      mode === 'measure'
        ? EMPTY
        : {
            type: 'FeatureCollection',
            features: measurements.map((m) => ({
              type: 'Feature',
              properties: { id: m.id },
              geometry: m.geometry as Geometry,
            })),
          },
    );
  }, [map, labels, measurements, mode]);

  // The statistics area's outline.
  useEffect(() => {
    if (!map) return;
    const geometry = stats.status === 'ready' && subject?.kind !== 'measurement' ? stats.geometry : null;
    setData(map, SOURCES.subject, {
      type: 'FeatureCollection',
      features: geometry ? [{ type: 'Feature', properties: {}, geometry }] : [],
    });
  }, [map, stats, subject]);

  // A district or scope chosen for statistics is framed once, when its outline first arrives.
  const framed = useRef<{ subject: unknown; before: unknown; done: boolean }>({
    subject: null,
    before: null,
    done: false,
  });
  useEffect(() => {
    const state = framed.current;
    // The statistics shown when the subject changed belong to the previous one: wait for new ones.
    if (state.subject !== subject) framed.current = { subject, before: stats, done: false };
    if (!subject || subject.kind === 'measurement') return;
    if (stats.status !== 'ready' || framed.current.done || stats === framed.current.before) return;
    framed.current.done = true;
    const [w, s, e, n] = turfBbox(stats.geometry);
    const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    useAppStore.getState().requestBounds(
      [
        [w, s],
        [e, n],
      ],
      reduced ? 0 : 600,
    );
  }, [stats, subject]);

  // What is here? — clicks in explore mode are recorded by PlannerProbe (always mounted).

  useEffect(() => {
    if (mode !== 'explore' && probe) useAppStore.getState().setProbe(null);
  }, [mode, probe]);

  useEffect(() => {
    if (!probe || version === 0) return;
    let cancelled = false;
    void statsClient()
      .whatIsHere(probe)
      .then((response) => {
        if (!cancelled && response.type === 'whatIsHere') setReply({ probe, result: response.result });
      });
    return () => {
      cancelled = true;
    };
  }, [probe, version]);

  useEffect(() => {
    if (!map) return;
    setData(map, SOURCES.probe, {
      type: 'FeatureCollection',
      features: probe ? [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: probe } }] : [],
    });
    if (!probe) return;
    const popup = new maplibregl.Popup({ closeButton: true, closeOnClick: false, maxWidth: '280px', offset: 10 })
      .setLngLat(probe)
      .setDOMContent(popupNode)
      .addTo(map);
    popup.addClassName('here-popup');
    const onClose = () => {
      if (useAppStore.getState().probe === probe) useAppStore.getState().setProbe(null);
    };
    popup.on('close', onClose);
    return () => {
      popup.off('close', onClose);
      popup.remove();
    };
  }, [map, probe, popupNode]);

  // Escape closes the popup.
  useEffect(() => {
    if (!probe) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') useAppStore.getState().setProbe(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [probe]);

  return probe
    ? createPortal(
        <HereCard answer={answer} point={probe} onClose={() => useAppStore.getState().setProbe(null)} />,
        popupNode,
      )
    : null;
}
