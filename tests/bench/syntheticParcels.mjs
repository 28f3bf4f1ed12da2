// Synthetic parcel files for the site-check benchmark, the browser measurement (scripts/measure-sitecheck.mjs)
// and the e2e cancel test: star-shaped 6–12-gon outlines 40–300 m across, spread at random over Zhuzhou, as a
// GeoJSON FeatureCollection on the CGCS2000 zone-38 grid (EPSG:4526, zone-prefixed easting) with a crs member,
// so the import parses, projects, checks and repairs every vertex. Deterministic (mulberry32).
import proj4 from 'proj4';

/** Zhuzhou's extent (WGS84); parcels are placed at random inside it. */
export const EXTENT = { west: 112.96, south: 26.05, east: 114.11, north: 28.02 };
const ZONE38 = '+proj=tmerc +lat_0=0 +lon_0=114 +k=1 +x_0=38500000 +y_0=0 +ellps=GRS80 +units=m +no_defs';

/** Deterministic PRNG (mulberry32) so every run measures the same data. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The GeoJSON text of `count` synthetic parcels. */
export function syntheticParcelsGeoJSON(count, seed = 11) {
  const random = rng(seed);
  const toGrid = proj4('WGS84', ZONE38);
  const features = [];
  for (let i = 0; i < count; i++) {
    const lon = EXTENT.west + random() * (EXTENT.east - EXTENT.west);
    const lat = EXTENT.south + random() * (EXTENT.north - EXTENT.south);
    const [cx, cy] = toGrid.forward([lon, lat]);
    const n = 6 + Math.floor(random() * 7);
    const size = 20 + random() * 130;
    const ring = [];
    for (let k = 0; k < n; k++) {
      const a = (k / n) * 2 * Math.PI;
      const r = size * (0.6 + 0.4 * random());
      ring.push([Math.round((cx + r * Math.cos(a)) * 1000) / 1000, Math.round((cy + r * Math.sin(a)) * 1000) / 1000]);
    }
    ring.push(ring[0]);
    features.push({
      type: 'Feature',
      properties: { 地块编号: `P${i + 1}`, 名称: `地块${i + 1}`, 用途: i % 3 === 0 ? '居住用地' : '工业用地' },
      geometry: { type: 'Polygon', coordinates: [ring] },
    });
  }
  return JSON.stringify({
    type: 'FeatureCollection',
    crs: { type: 'name', properties: { name: 'EPSG:4526' } },
    features,
  });
}
