// Types for the parts of shpjs (no bundled types) the importer uses: the low-level readers it exports.
declare module 'shpjs' {
  /** Geometries of a .shp, in its own coordinates when no .prj is passed (null shapes as null). */
  export function parseShp(shp: DataView | ArrayBuffer, prj?: string): (GeoJSON.Geometry | null)[];
  /** Records of a .dbf; `encoding` is a TextDecoder label or a .cpg text. */
  export function parseDbf(dbf: DataView | ArrayBuffer, encoding?: string): Record<string, unknown>[];
}
