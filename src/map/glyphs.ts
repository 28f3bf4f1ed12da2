/**
 * Local label glyphs that render every character the data uses, full-width brackets included.
 *
 * The style has no `glyphs` URL, so MapLibre rasterises every glyph in the browser with TinySDF from the label
 * font (Noto Sans CJK SC where installed). maplibre-gl 5.24 bundles a TinySDF (2.0.x) that reads
 * `actualBoundingBoxLeft` with the wrong sign: a glyph whose ink starts far right of its origin — "（", "「",
 * "《", "【" in a CJK font — is drawn outside its little canvas and comes out blank, so "中心城区发展核（一核）"
 * showed as "中心城区发展核 一核）" on screen and in PNG exports (which copy the map's canvas). @mapbox/tiny-sdf
 * 2.3.0 fixed the sign; MapLibre exposes its rasteriser as the static `GlyphManager.TinySDF` (its tests stub
 * it), so we hand it the fixed class before the first glyph is drawn. Offline by construction: no request.
 */
import TinySDF from '@mapbox/tiny-sdf';
import type { Map as MapLibreMap } from 'maplibre-gl';

interface GlyphManagerClass {
  TinySDF: unknown;
}

interface GlyphManagerLike {
  constructor: GlyphManagerClass;
  entries: Record<string, { tinySDF?: unknown; ideographTinySDF?: unknown; glyphs: Record<number, unknown> }>;
}

/** Makes the map's glyph manager draw with the fixed TinySDF. Idempotent; returns false if MapLibre changed. */
export function installGlyphRasterizer(map: MapLibreMap): boolean {
  const manager = (map as unknown as { style?: { glyphManager?: GlyphManagerLike } }).style?.glyphManager;
  if (!manager || !('TinySDF' in manager.constructor)) return false;
  if (manager.constructor.TinySDF === TinySDF) return true;
  manager.constructor.TinySDF = TinySDF;
  // Drop anything drawn with the old rasteriser (normally nothing: glyphs are requested after the first tiles).
  for (const entry of Object.values(manager.entries)) {
    entry.tinySDF = undefined;
    entry.ideographTinySDF = undefined;
    entry.glyphs = {};
  }
  return true;
}
