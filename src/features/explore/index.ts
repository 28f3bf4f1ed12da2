/**
 * Explore — the first screen's reading tools: the layer panel (legend, visibility, opacity), the feature list,
 * the feature panel and the header search. Everything here is on the first screen (no lazy chunk).
 */
export { FeatureList } from './FeatureList';
export { FeaturePanel } from './FeaturePanel';
export { LayerPanel } from './LayerPanel';
export { SearchBox } from './SearchBox';
