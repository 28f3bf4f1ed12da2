/**
 * Data the nearby mode needs besides the plan features: the city boundary (for "is this in Zhuzhou?") and the
 * place index (plan features + district seats + basemap labels + township seats and villages). Loaded once per
 * page, when near me is first opened.
 */
import { useEffect, useMemo, useState } from 'react';
import type { FeatureCollection } from 'geojson';
import { loadBasemap } from '../../data/geodata';
import { loadGazetteer, type Gazetteer } from '../../data/gazetteer';
import { cityBoundaryFrom, type CityBoundary } from '../../geo/cityBoundary';
import { buildPlaceIndex, type PlaceIndex } from './placeSearch';
import { useAppStore } from '../../state/store';

export interface NearbyBasemap {
  city: CityBoundary | null;
  counties: FeatureCollection | null;
  labels: FeatureCollection | null;
  /** Township seats and villages (geodata/places/gazetteer.json), for the place search. */
  gazetteer: Gazetteer | null;
}

let basemapPromise: Promise<NearbyBasemap> | null = null;

function loadNearbyBasemap(): Promise<NearbyBasemap> {
  basemapPromise ??= Promise.all([loadBasemap(), loadGazetteer()]).then(([basemap, gazetteer]) => {
    let city: CityBoundary | null = null;
    try {
      city = cityBoundaryFrom(basemap.city);
    } catch {
      city = null; // no boundary file: isInsideZhuzhou falls back to the approximate extent
    }
    return { city, counties: basemap.counties, labels: basemap.labels, gazetteer };
  });
  return basemapPromise;
}

export function useNearbyBasemap(): NearbyBasemap | null {
  const [basemap, setBasemap] = useState<NearbyBasemap | null>(null);
  useEffect(() => {
    let live = true;
    void loadNearbyBasemap().then((loaded) => {
      if (live) setBasemap(loaded);
    });
    return () => {
      live = false;
    };
  }, []);
  return basemap;
}

/** The place index over all loaded plan features (not only the filtered ones: a place is a place). */
export function usePlaceIndex(basemap: NearbyBasemap | null): PlaceIndex | null {
  const features = useAppStore((s) => s.data.features);
  return useMemo(
    () => (basemap ? buildPlaceIndex(features, basemap.counties, basemap.labels, basemap.gazetteer) : null),
    [features, basemap],
  );
}
