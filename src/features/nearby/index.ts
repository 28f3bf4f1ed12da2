/**
 * Near me — "what is planned within N km of here?": the point (geolocation, a tap, a place or village search),
 * the radius, the results and their detail. The radius choices are in ./radii.ts, the link parameters in ./url.ts,
 * the strings in ./strings.ts, the state in ./slice.ts; the tool is fetched on first use.
 */
import { lazyComponent } from '../../ui/lazy';

export { createNearbySlice as nearbySlice } from './slice';
export { nearbyCodec } from './url';
export { nearby as nearbyStrings } from './strings';

export const NearbyTool = lazyComponent(() => import('./NearbyTool').then((m) => m.NearbyTool), 'map');
