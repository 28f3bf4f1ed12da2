/** Types of syntheticParcels.mjs (plain JS so the browser measurement script can use it without a build). */
export declare const EXTENT: { west: number; south: number; east: number; north: number };
export declare function rng(seed: number): () => number;
/** The GeoJSON text of `count` synthetic parcels on the CGCS2000 zone-38 grid (EPSG:4526, crs member). */
export declare function syntheticParcelsGeoJSON(count: number, seed?: number): string;
