/** The area statistics' entry: statistics for a polygon and "what is here?" for a point (pure, no DOM). */
/**
 * "What is in this area?" — statistics for a polygon (drawn, a district, a plan scope): the area of each
 * planning zone inside it, counts of features by category, and the length of railways, expressways and other
 * lines inside. And "what is here?" for a clicked point: planning zone, district, scopes. Pure (no DOM).
 *
 * Correct first: zone areas are exact polygon intersections (turf intersect, polyclip-ts) measured with
 * turf's spherical area; line lengths are the haversine lengths of the pieces of each segment that lie inside,
 * cut at every crossing with the area's edges. Then fast: everything is prefiltered by bounding box; a
 * "prepared" area sorts its edges into horizontal bands so point-in-polygon and segment crossing tests only
 * look at nearby edges; a zone whose bounding box lies wholly inside (or outside) the area skips the
 * intersection; a zone is clipped to the area's bounding box before the exact intersection.
 *
 * Coordinates are WGS84 lon/lat; edges are straight in lon/lat (as GeoJSON and the map draw them).
 */
export { areaStatistics, type AreaStatistics } from './area';
export { districtGeometry, scopeGeometry, whatIsHere, type WhatIsHere } from './places';
export { buildStatsIndex, type CountyCollection, type StatsIndex } from './spatialIndex';
// The prepared-area primitives the parcel report shares (src/geo/parcels/report.ts).
export { bboxOf, haversine, type BBox } from './geometry';
export { newScratch, PreparedArea, RectRelation } from './prepared';
export { fastIntersectionArea } from './zoneAreas';
