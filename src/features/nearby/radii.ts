/**
 * The near-me radius choices, apart from the distance code in src/geo/nearby/ so that the URL codec and the store
 * (first screen) do not load it.
 */

/** The radius choices offered to the user, in km. */
export const NEARBY_RADII_KM = [1, 3, 5, 10] as const;
export type NearbyRadiusKm = (typeof NEARBY_RADII_KM)[number];
export const DEFAULT_RADIUS_KM: NearbyRadiusKm = 3;
