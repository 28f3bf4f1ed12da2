/**
 * The citizens' "what is planned near me" mode: choose a point (device location, a tap on the map, the map
 * centre, or a place / coordinate search), a radius (1 / 3 / 5 / 10 km), and see the plan's projects, parks,
 * hubs and sites within it, nearest first, with distance and direction. Mounted by the shell while the mode is
 * active (src/app/registry.ts MODE_TOOLS); its state lives in the nearby slice and the URL (near, r, item, since).
 * "Only projects started or completed since a year" (`since`) fetches the plan-tracking history on first use and
 * keeps the results a dated report says were started or completed in or after that year (src/geo/history.ts).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import { bbox } from '@turf/bbox';
import { isInsideZhuzhou } from '../../geo/cityBoundary';
import { CITY_CENTRE, round5 } from '../../geo/datum';
import { areasContaining } from '../../geo/nearby/areas';
import { districtAt } from '../../geo/district';
import { DISTRICT_EN, ZONE_LABELS } from '../../geo/vocabulary';
import { restrictSince, TRACK_YEARS, type SinceStage } from '../../geo/history';
import { distanceToFeature, nearbyQuery } from '../../geo/nearby/query';
import { NEARBY_RADII_KM, type NearbyRadiusKm } from './radii';
import { geolocate } from './geolocate';
import type { Place } from './placeSearch';
import { useMap } from '../../map/MapContext';
import { useVisibleFeatures } from '../../state/derived';
import { useAppStore } from '../../state/store';
import { useHistory } from '../../ui/useHistory';
import { NearbyDetail } from './NearbyDetail';
import { NearbyResults } from './NearbyResults';
import { PlaceSearch } from './PlaceSearch';
import { RESULTS_LAYER, addNearbyLayers, drawNearby, radiusCircle, removeNearbyLayers } from './nearbyMap';
import { useNearbyBasemap, usePlaceIndex } from './useNearbyData';
import { SheetHandle } from '../../ui/sheet';
import { useSheet } from '../../ui/useSheet';
import './nearby.css';

/** Points this far outside the (approximate) city boundary still count as in Zhuzhou. */
const BOUNDARY_TOLERANCE_M = 500;

/**
 * Whether the page was opened with a camera in its link (read when this module loads, before the URL sync
 * rewrites the address with the current camera): then a shared nearby link keeps the sender's view.
 */
const LINK_HAD_CAMERA = typeof window !== 'undefined' && new URLSearchParams(window.location.search).has('map');

interface Message {
  key: string;
  offerCentre?: boolean;
}

export function NearbyTool() {
  const { t } = useTranslation();
  const map = useMap();
  const basemap = useNearbyBasemap();
  const placeIndex = usePlaceIndex(basemap);
  const features = useVisibleFeatures();
  const allFeatures = useAppStore((s) => s.data.features);
  const byId = useAppStore((s) => s.data.byId);
  const status = useAppStore((s) => s.data.status);
  const language = useAppStore((s) => s.language);
  const nearby = useAppStore((s) => s.nearby);
  const selectedId = useAppStore((s) => s.selectedId);
  const { point, radiusKm, itemId, source, label, accuracyM, since } = nearby;
  const history = useHistory(since !== null);

  const [message, setMessage] = useState<Message | null>(null);
  const [locating, setLocating] = useState(false);
  const sheet = useSheet('half');
  const { expanded } = sheet;
  const setExpanded = (open: boolean) => sheet.setState(open ? 'half' : 'peek');
  const [returnFocusTo, setReturnFocusTo] = useState<string | null>(null);
  /** Whether the point chooser is shown while a point is already chosen ("change point"). */
  const [changing, setChanging] = useState(false);
  const panel = useRef<HTMLElement>(null);

  const results = useMemo(() => (point ? nearbyQuery(features, point, radiusKm) : []), [features, point, radiusKm]);
  const item = itemId ? byId.get(itemId) : undefined;
  const itemMeasure = useMemo(
    () => (item && point && item.properties.placement !== 'district' ? distanceToFeature(item, point) : null),
    [item, point],
  );
  // The planning zones are schematic and cut per county: name the zone only (marked schematic), and take the
  // district from the county boundaries (src/geo/district.ts), the one answer the whole app gives.
  const contextAreas = useMemo(
    () =>
      point
        ? areasContaining(allFeatures, point).map((f) => {
            const p = f.properties;
            if (p.zone) return t('nearby.zoneSchematic', { zone: ZONE_LABELS[p.zone][language] });
            return language === 'en' ? p.name_en : p.name;
          })
        : [],
    [allFeatures, point, language, t],
  );
  const district = useMemo(() => (point && basemap ? districtAt(basemap.counties, point) : null), [point, basemap]);
  const districtName = (d: string) => (language === 'en' ? (DISTRICT_EN[d as keyof typeof DISTRICT_EN] ?? d) : d);
  /** Sites the plan puts only "in the district": listed for the point's district, never with a distance. */
  const inDistrict = useMemo(() => {
    if (!district?.district) return [];
    const here = new Set([district.district, ...district.alsoPossible]);
    return features.filter(
      (f) =>
        f.properties.placement === 'district' &&
        (typeof f.properties.district === 'string'
          ? here.has(f.properties.district)
          : f.properties.district.some((d) => here.has(d))),
    );
  }, [features, district]);
  /** Under a "since a year" restriction: what is kept (each with its stage) and how many were left out. */
  const restriction = useMemo(() => {
    if (since === null || history.status !== 'ready') return null;
    const entriesOf = (id: string) => history.file.features[id];
    const near = restrictSince(results, (r) => entriesOf(r.id), since);
    const sites = restrictSince(inDistrict, (f) => entriesOf(f.properties.id), since);
    const stages = new Map<string, SinceStage>([
      ...near.kept.map((k) => [k.item.id, k.since] as const),
      ...sites.kept.map((k) => [k.item.properties.id, k.since] as const),
    ]);
    return {
      results: near.kept.map((k) => k.item),
      inDistrict: sites.kept.map((k) => k.item),
      view: { year: since, stages },
      noNews: near.noNews + sites.noNews,
      earlier: near.earlier + sites.earlier,
    };
  }, [since, history, results, inDistrict]);
  /** Waiting for the history: nothing is listed yet (an unrestricted list would flash and then shrink). */
  const sinceLoading = since !== null && history.status === 'loading';
  const shownResults = useMemo(
    () => (restriction ? restriction.results : sinceLoading ? [] : results),
    [restriction, sinceLoading, results],
  );
  const shownInDistrict = restriction ? restriction.inDistrict : sinceLoading ? [] : inDistrict;
  const outside = point !== null && basemap !== null && !isInsideZhuzhou(point, basemap.city, BOUNDARY_TOLERANCE_M);

  // ── store housekeeping ───────────────────────────────────────────────────────────────────────
  // A feature selected elsewhere (header search, feature list) opens as a nearby item instead of the explore
  // panel, which this mode does not use.
  useEffect(() => {
    if (!selectedId) return;
    const store = useAppStore.getState();
    store.openNearbyItem(selectedId);
    store.select(null);
  }, [selectedId]);

  // An item id from a link that is not in the data: say so and drop it.
  useEffect(() => {
    if (status !== 'ready' || !itemId || byId.has(itemId)) return;
    const store = useAppStore.getState();
    store.notify('nearby.url.unknownOpen', { value: itemId });
    store.openNearbyItem(null);
  }, [status, itemId, byId]);

  // ── the map ──────────────────────────────────────────────────────────────────────────────────
  useEffect(() => {
    if (!map) return;
    addNearbyLayers(map);
    const canvas = map.getCanvas();
    canvas.style.cursor = 'crosshair';
    const onClick = (event: MapMouseEvent) => {
      const store = useAppStore.getState();
      const { x, y } = event.point;
      const hit = map.queryRenderedFeatures(
        [
          [x - 6, y - 6],
          [x + 6, y + 6],
        ],
        { layers: [RESULTS_LAYER] },
      )[0];
      const id = hit?.properties?.id as string | undefined;
      if (id) store.openNearbyItem(id);
      else store.setNearbyPoint(round5([event.lngLat.lng, event.lngLat.lat]), 'tap');
    };
    map.on('click', onClick);
    return () => {
      map.off('click', onClick);
      canvas.style.cursor = '';
      removeNearbyLayers(map);
    };
  }, [map]);

  useEffect(() => {
    if (!map) return;
    drawNearby(
      map,
      point,
      radiusKm,
      shownResults,
      item && itemMeasure ? { feature: item, nearest: itemMeasure.nearest } : null,
    );
  }, [map, point, radiusKm, shownResults, item, itemMeasure]);

  // Frame the circle when the point or radius changes (not for a link that fixed the camera itself).
  const firstFrame = useRef(true);
  useEffect(() => {
    if (!map || !point) return;
    const skip = firstFrame.current && source === 'link' && LINK_HAD_CAMERA;
    firstFrame.current = false;
    if (skip) return;
    const [w, s, e, n] = bbox(radiusCircle(point, radiusKm));
    frame(map, panel.current, [
      [w, s],
      [e, n],
    ]);
    // source is read only for the first framing
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map, point, radiusKm]);

  // An opened item out of view (e.g. chosen in the header search, far away): bring it and the point into view.
  const nearest = itemMeasure?.nearest;
  useEffect(() => {
    if (!map || !nearest) return;
    const container = map.getContainer().getBoundingClientRect();
    const rect = panel.current?.getBoundingClientRect();
    const screen = map.project(nearest);
    const covered =
      rect !== undefined &&
      screen.x + container.left >= rect.left &&
      screen.x + container.left <= rect.right &&
      screen.y + container.top >= rect.top &&
      screen.y + container.top <= rect.bottom;
    if (map.getBounds().contains(nearest) && !covered) return;
    const points = point ? [point, nearest] : [nearest];
    frame(map, panel.current, [
      [Math.min(...points.map((p) => p[0])), Math.min(...points.map((p) => p[1]))],
      [Math.max(...points.map((p) => p[0])), Math.max(...points.map((p) => p[1]))],
    ]);
    // only when the item changes, not on every redraw
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [map, itemId]);

  // ── actions ──────────────────────────────────────────────────────────────────────────────────
  const choose = (next: [number, number], how: 'geolocation' | 'search' | 'centre' | 'tap', extra = {}) => {
    setMessage(null);
    setChanging(false);
    useAppStore.getState().setNearbyPoint(round5(next), how, extra);
  };

  const clear = () => {
    setMessage(null);
    setChanging(false);
    useAppStore.getState().clearNearby();
  };

  const locate = async () => {
    setLocating(true);
    setMessage(null);
    const outcome = await geolocate({
      isInside: (p) => isInsideZhuzhou(p, basemap?.city, BOUNDARY_TOLERANCE_M),
    });
    setLocating(false);
    if (outcome.kind === 'ok') choose(outcome.point, 'geolocation', { accuracyM: Math.round(outcome.accuracyM) });
    else setMessage({ key: outcome.messageKey, offerCentre: true });
  };

  const useMapCentre = () => {
    if (!map) return;
    const c = map.getCenter();
    choose([c.lng, c.lat], 'tap');
  };

  const pickPlace = (place: Place) => choose(place.point, 'search', { label: { zh: place.name, en: place.name_en } });

  const openItem = (id: string) => {
    setReturnFocusTo(null);
    useAppStore.getState().openNearbyItem(id);
  };
  const closeItem = () => {
    setReturnFocusTo(itemId);
    useAppStore.getState().openNearbyItem(null);
  };

  const pointLabel = (): string => {
    if (source === 'search' && label) return language === 'en' ? label.en : label.zh;
    if (!source) return '';
    return t(`nearby.source.${source}`);
  };

  // ── render ───────────────────────────────────────────────────────────────────────────────────
  return (
    <section
      ref={panel}
      className={`nearby-panel panel ${expanded ? 'expanded' : 'collapsed'} ${sheet.className}`}
      style={sheet.style}
      aria-labelledby="nearby-title"
    >
      <SheetHandle control={sheet} sheet={panel} />
      <div className="nearby-head">
        <h2 id="nearby-title">{t('nearby.title')}</h2>
        {point && !expanded && shownResults.length > 0 && (
          <span className="nearby-head-count">
            {restriction
              ? t('nearby.since.count', { count: shownResults.length, radius: radiusKm, year: restriction.view.year })
              : t('nearby.count', { count: shownResults.length, radius: radiusKm })}
          </span>
        )}
        <button
          type="button"
          className="nearby-toggle"
          aria-expanded={expanded}
          aria-controls="nearby-body"
          onClick={() => setExpanded(!expanded)}
        >
          <span aria-hidden="true">{expanded ? '▾' : '▴'}</span>
          <span className="visually-hidden">{t(expanded ? 'nearby.collapse' : 'nearby.expand')}</span>
        </button>
      </div>
      <div id="nearby-body" className="nearby-body" hidden={!expanded}>
        {item ? (
          <NearbyDetail feature={item} measure={itemMeasure} onBack={closeItem} />
        ) : (
          <>
            {!point && <p className="nearby-intro">{t('nearby.intro')}</p>}
            {point && (
              <div className="nearby-point">
                <p>
                  <span className="nearby-point-label">{t('nearby.chosenPoint')}：</span>
                  <strong>{pointLabel()}</strong>{' '}
                  <span className="nearby-coords">
                    ({point[0].toFixed(4)}, {point[1].toFixed(4)})
                  </span>
                  {accuracyM !== null && source === 'geolocation' && (
                    <span className="nearby-accuracy"> · {t('nearby.accuracy', { m: accuracyM })}</span>
                  )}
                </p>
                <div className="nearby-point-actions">
                  <button
                    type="button"
                    className="nearby-change"
                    aria-expanded={changing}
                    aria-controls="nearby-chooser"
                    onClick={() => setChanging(!changing)}
                  >
                    {t('nearby.change')}
                  </button>
                  <button type="button" className="nearby-clear" onClick={clear}>
                    {t('nearby.clear')}
                  </button>
                </div>
              </div>
            )}
            {(!point || changing) && (
              <div id="nearby-chooser" className="nearby-chooser">
                <div className="nearby-actions">
                  <button type="button" className="nearby-locate" onClick={() => void locate()} disabled={locating}>
                    <span aria-hidden="true">◎</span> {t(locating ? 'nearby.locating' : 'nearby.locate')}
                  </button>
                  <button type="button" onClick={useMapCentre} disabled={!map}>
                    {t('nearby.useMapCentre')}
                  </button>
                </div>
                <PlaceSearch index={placeIndex} onPick={pickPlace} />
                <p className="nearby-hint">{t('nearby.tapHint')}</p>
              </div>
            )}
            <div className="nearby-message" role="status" aria-live="polite">
              {message && (
                <div className="nearby-alert">
                  <p>{t(message.key)}</p>
                  {message.offerCentre && (
                    <button type="button" onClick={() => choose(CITY_CENTRE.point, 'centre')}>
                      {t('nearby.useCityCentre')}
                    </button>
                  )}
                </div>
              )}
              {!message && outside && (
                <div className="nearby-alert">
                  <p>{t('nearby.outsidePoint')}</p>
                  <button type="button" onClick={() => choose(CITY_CENTRE.point, 'centre')}>
                    {t('nearby.useCityCentre')}
                  </button>
                </div>
              )}
            </div>
            <RadiusChips value={radiusKm} />
            <SinceSelect value={since} />
            {since !== null && history.status !== 'ready' && (
              <p className="nearby-since-status" role={history.status === 'error' ? 'alert' : 'status'}>
                {t(history.status === 'error' ? 'nearby.since.failed' : 'nearby.since.loading')}
              </p>
            )}
            {point && status !== 'loading' && !sinceLoading && (
              <NearbyResults
                results={shownResults}
                radiusKm={radiusKm}
                since={restriction?.view ?? null}
                focusId={returnFocusTo}
                onOpen={openItem}
              />
            )}
            {point && restriction && (restriction.noNews > 0 || restriction.earlier > 0) && (
              <p className="nearby-since-excluded" data-testid="nearby-since-excluded">
                {restriction.noNews > 0 && (
                  <span data-no-news={restriction.noNews}>
                    {t('nearby.since.noNews', { count: restriction.noNews })}
                  </span>
                )}{' '}
                {restriction.earlier > 0 && (
                  <span data-earlier={restriction.earlier}>
                    {t('nearby.since.earlier', { count: restriction.earlier, year: restriction.view.year })}
                  </span>
                )}{' '}
                <span>{t('nearby.since.note')}</span>
              </p>
            )}
            {point && shownInDistrict.length > 0 && district?.district && (
              <details className="nearby-in-district">
                <summary>
                  {t('nearby.inDistrict', {
                    district: districtName(district.district),
                    count: shownInDistrict.length,
                  })}
                </summary>
                <ul>
                  {shownInDistrict.map((f) => {
                    const stage = restriction?.view.stages.get(f.properties.id);
                    return (
                      <li key={f.properties.id}>
                        <button type="button" data-id={f.properties.id} onClick={() => openItem(f.properties.id)}>
                          {language === 'en' ? f.properties.name_en : f.properties.name}
                        </button>
                        {stage && (
                          <span className="nearby-since-stage" data-year={stage.year}>
                            {` · ${t(`nearby.since.${stage.stage}`, { year: stage.year })}`}
                            {language === 'en'
                              ? ` (${stage.entry.source.file}:${stage.entry.source.line})`
                              : `（${stage.entry.source.file}:${stage.entry.source.line}）`}
                          </span>
                        )}
                      </li>
                    );
                  })}
                </ul>
              </details>
            )}
            {point && district?.district && (
              <p className="nearby-district" data-district={district.district}>
                {district.alsoPossible.length > 0
                  ? t('nearby.districtNearBorder', {
                      district: districtName(district.district),
                      others: district.alsoPossible.map(districtName).join(language === 'en' ? ', ' : '、'),
                    })
                  : t('nearby.districtIs', { district: districtName(district.district) })}
              </p>
            )}
            {point && contextAreas.length > 0 && (
              <p className="nearby-context">
                {t('nearby.liesIn', { areas: contextAreas.join(language === 'en' ? ', ' : '、') })}
              </p>
            )}
            {point && <p className="nearby-share">{t('nearby.shareHint')}</p>}
          </>
        )}
      </div>
    </section>
  );
}

function RadiusChips({ value }: { value: NearbyRadiusKm }) {
  const { t } = useTranslation();
  const setRadius = useAppStore((s) => s.setNearbyRadius);
  return (
    <fieldset className="nearby-radius">
      <legend>{t('nearby.radius')}</legend>
      {NEARBY_RADII_KM.map((km) => (
        <label key={km} className={km === value ? 'checked' : undefined}>
          <input type="radio" name="nearby-radius" value={km} checked={km === value} onChange={() => setRadius(km)} />
          {t('nearby.radiusOption', { km })}
        </label>
      ))}
    </fieldset>
  );
}

/** "Only projects started or completed [since 2021 … 2026 | any time]": one labelled select. */
function SinceSelect({ value }: { value: number | null }) {
  const { t } = useTranslation();
  const setSince = useAppStore((s) => s.setNearbySince);
  return (
    <p className="nearby-since">
      <label htmlFor="nearby-since">{t('nearby.since.label')}</label>
      <select
        id="nearby-since"
        value={value === null ? '' : String(value)}
        onChange={(event) => setSince(event.target.value === '' ? null : Number(event.target.value))}
      >
        <option value="">{t('nearby.since.all')}</option>
        {TRACK_YEARS.map((year) => (
          <option key={year} value={year}>
            {t('nearby.since.option', { year })}
          </option>
        ))}
      </select>
    </p>
  );
}

/** Fits bounds into the part of the map that the nearby panel leaves free (right on desktop, top on phones). */
function frame(map: MapLibreMap, panelElement: HTMLElement | null, bounds: [[number, number], [number, number]]) {
  const container = map.getContainer().getBoundingClientRect();
  const rect = panelElement?.getBoundingClientRect();
  const padding = { top: 24, right: 24, bottom: 24, left: 24 };
  if (rect && rect.width > 0) {
    if (rect.width > container.width * 0.8) padding.bottom += Math.max(0, container.bottom - rect.top);
    else padding.right += Math.max(0, container.right - rect.left);
  }
  // Never pad away more than 70 % of the map in either direction.
  padding.bottom = Math.min(padding.bottom, container.height * 0.7);
  padding.right = Math.min(padding.right, container.width * 0.7);
  const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  map.fitBounds(bounds, { padding, duration: reduced ? 0 : 600, maxZoom: 15 });
}
