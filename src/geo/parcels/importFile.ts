/**
 * Imports a planner's parcel file into WGS84 parcels. Pure; meant to run in a Web Worker.
 *
 * Usage (S2 / the worker):
 *   const result = await importFile({ name: file.name, bytes: await file.arrayBuffer() },
 *                                   { onProgress: (f) => post(f), signal: abort.signal });
 *   result.parcels   — WGS84 Point/LineString/MultiLineString/Polygon/MultiPolygon features with
 *                      properties { parcel_id (unique), name, attrs } — draw them, pass them to siteReport();
 *   result.crs       — what CRS was used and how it was decided ({ how: 'prj' | 'crs-member' | 'detected' |
 *                      'user', note_zh, note_en }): show the note; offer CRS_LIST (src/geo/crs.ts) to change it,
 *                      then call importFile again with { crs: chosenId } (re-reads the bytes);
 *   result.warnings  — show all (zh/en): assumptions, encodings, "lands outside Zhuzhou — probably …";
 *   result.repaired / result.rejected — list them (index = feature index in the file, or row number for tables).
 *   Whole-file failures throw ImportError (err.zh / err.en: empty, too large (MAX_FILE_BYTES), unknown format,
 *   malformed, unknown projection that detection cannot resolve). Cancelling via `signal` throws a
 *   DOMException named 'AbortError'.
 *   Formats: .geojson/.json, .zip (Shapefile: .shp + .dbf + .prj, optional .cpg; UTF-8 or GBK), .kml, .kmz,
 *   .gpx, .csv/.txt, .xlsx (point per row, or polygon vertices with a parcel column; options.csv names columns).
 *   Tables whose first column is a northing (surveyors' X) are detected and swapped (crs.swapped); with a
 *   user-chosen CRS the swap is re-detected, or forced either way with options.swapXY.
 *
 * Steps: read the format (formats/) → decide each layer's CRS (user option > .prj / crs member > detection
 * from coordinate ranges) → convert to WGS84 → check and repair geometries (geometry.ts) → warn when the result
 * lies outside Zhuzhou, naming the likely cause.
 */
import type { Feature, Geometry } from 'geojson';
import {
  crsInfo,
  detectCrs,
  isProjected,
  outsideZhuzhouCause,
  shareInZhuzhou,
  toWgs84,
  undetectableReason,
  ZHUZHOU_BBOX,
  type CrsGuess,
} from '../crs';
import { readRaw, sniffFormat } from './formats';
import type { RawLayer } from './formats/shared';
import { checkGeometry, samplePositions } from './geometry';
import {
  ImportError,
  MAX_FILE_BYTES,
  type ImportOptions,
  type ImportResult,
  type Parcel,
  type ParcelFormat,
  type ParcelProps,
  type Rejected,
} from './types';

export { ImportError, MAX_FILE_BYTES } from './types';
export type { ImportOptions, ImportResult, Parcel, ParcelFormat, ParcelProps, Rejected } from './types';

const ID_KEYS = [
  '地块编号',
  '宗地编号',
  '宗地号',
  '宗地代码',
  '地块号',
  'dkbh',
  'zddm',
  'zdh',
  'parcel_id',
  'parcelid',
  'parcel',
  '编号',
  'bh',
  'code',
  'id',
  'objectid',
  'fid',
];
const NAME_KEYS = ['name', '名称', '地块名称', '项目名称', 'dkmc', 'xmmc', 'mc', 'title'];

/** Chunk of features between progress reports and abort checks. */
const CHUNK = 2000;

const throwIfAborted = (signal?: AbortSignal) => {
  if (signal?.aborted) throw new DOMException('Import cancelled', 'AbortError');
};
/** Lets the worker's event loop run (cancel messages arrive) between chunks. */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function attrValue(value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  return JSON.stringify(value);
}

function findKey(attrs: Record<string, string | number | null>, keys: readonly string[]): string | null {
  const lower = new Map(Object.keys(attrs).map((k) => [k.trim().toLowerCase(), k]));
  for (const key of keys) {
    const found = lower.get(key);
    if (found !== undefined) {
      const value = attrs[found];
      if (value !== null && String(value).trim() !== '') return String(value).trim();
    }
  }
  return null;
}

function propsOf(feature: Feature, index: number): ParcelProps {
  const attrs: Record<string, string | number | null> = {};
  for (const [key, value] of Object.entries(feature.properties ?? {})) attrs[key] = attrValue(value);
  const fid = feature.id !== undefined && feature.id !== null ? String(feature.id) : null;
  const parcel_id = findKey(attrs, ID_KEYS) ?? fid ?? String(index + 1);
  const name = findKey(attrs, NAME_KEYS) ?? parcel_id;
  return { parcel_id, name, attrs };
}

interface LayerCrs {
  guess: CrsGuess;
  warnings: { zh: string; en: string }[];
}

/** Decides a layer's CRS: the user's choice, else what the file declares, else detection. */
function decideCrs(layer: RawLayer, options: ImportOptions, fileLabel: string, format: ParcelFormat): LayerCrs {
  const warnings: LayerCrs['warnings'] = [];
  if (options.crs) {
    const info = crsInfo(options.crs);
    return {
      guess: {
        id: options.crs,
        how: 'user',
        note_zh: `按所选坐标系读取：${info.label_zh}。`,
        note_en: `Read as chosen: ${info.label_en}.`,
      },
      warnings,
    };
  }
  const declared = layer.declared;
  if (declared?.id) {
    const info = crsInfo(declared.id);
    const mismatch = declaredMismatch(layer, declared.id);
    if (mismatch) {
      const said = declared.how === 'prj' ? '.prj' : 'crs';
      if (!mismatch.detected)
        throw new ImportError(
          `${fileLabel}：文件声明的坐标系（${said}：${info.label_zh}）与坐标数值不符（${mismatch.range}），也无法从数值判断坐标系。请选择坐标系。`,
          `${fileLabel}: the file declares ${info.label_en} (${said}) but its coordinates (${mismatch.range}) do not fit it, and the coordinate system cannot be told from them. Choose the coordinate system.`,
          'crs',
        );
      const actual = crsInfo(mismatch.detected.id);
      warnings.push({
        zh: `${fileLabel}：文件声明为 ${info.label_zh}，但坐标数值（${mismatch.range}）是 ${actual.label_zh}；已按 ${actual.label_zh} 读取，请核对。`,
        en: `${fileLabel}: the file declares ${info.label_en} but its coordinates (${mismatch.range}) are ${actual.label_en}; read as ${actual.label_en} — please check.`,
      });
      return { guess: mismatch.detected, warnings };
    }
    const by =
      declared.how === 'prj'
        ? { zh: '.prj 文件', en: 'the .prj file' }
        : { zh: '文件的 crs 声明', en: 'the file’s crs member' };
    const spec = /^(KML|GPX) /.test(declared.text);
    return {
      guess: {
        id: declared.id,
        how: declared.how,
        note_zh: spec
          ? `${declared.text.slice(0, 3)} 格式规定坐标为 WGS84 经纬度。`
          : `按${by.zh}读取：${info.label_zh}。`,
        note_en: spec
          ? `The ${declared.text.slice(0, 3)} format defines its coordinates as WGS84 lon/lat.`
          : `Read from ${by.en}: ${info.label_en}.`,
      },
      warnings,
    };
  }
  const sample = samplePositions(layer.features);
  const detected = detectCrs(sample);
  if (declared && !declared.id) {
    const what = declared.how === 'prj' ? `.prj（${declared.text}）` : `crs 声明（${declared.text.slice(0, 80)}）`;
    const whatEn = declared.how === 'prj' ? `.prj (${declared.text})` : `crs member (${declared.text.slice(0, 80)})`;
    if (!detected) {
      const reason = undetectableReason(sample);
      throw new ImportError(
        `${fileLabel}：不支持 ${what} 中的坐标系，且${reason.zh}`,
        `${fileLabel}: the coordinate system in the ${whatEn} is not supported, and ${reason.en[0]!.toLowerCase()}${reason.en.slice(1)}`,
        'crs',
      );
    }
    warnings.push({
      zh: `${fileLabel}：不支持 ${what} 中的坐标系；按坐标范围推断为 ${crsInfo(detected.id).label_zh}，请核对（西安80、北京54 与 CGCS2000 相差可达百米）。`,
      en: `${fileLabel}: the coordinate system in the ${whatEn} is not supported; inferred ${crsInfo(detected.id).label_en} from the coordinate ranges — please check (Xian 1980 or Beijing 1954 differ from CGCS2000 by up to ~100 m).`,
    });
  } else if (!detected) {
    const reason = undetectableReason(sample);
    throw new ImportError(`${fileLabel}：${reason.zh}`, `${fileLabel}: ${reason.en}`, 'crs');
  } else if (layer.declared === undefined && format === 'shapefile') {
    warnings.push({
      zh: `${fileLabel} 中没有 .prj 坐标系文件；按坐标范围推断为 ${crsInfo(detected.id).label_zh}。`,
      en: `${fileLabel} has no .prj file; inferred ${crsInfo(detected.id).label_en} from the coordinate ranges.`,
    });
  }
  return { guess: detected, warnings };
}

/** Lon/lat ranges vs projected metres: does the file's declared CRS fit its numbers at all? */
function declaredMismatch(
  layer: RawLayer,
  declared: CrsGuess['id'],
): { detected: CrsGuess | null; range: string } | null {
  const sample = samplePositions(layer.features);
  if (sample.length === 0) return null;
  const lonLat = sample.filter(([x, y]) => Math.abs(x) <= 180 && Math.abs(y) <= 90).length / sample.length;
  const fits = isProjected(declared) ? lonLat < 0.5 : lonLat >= 0.5;
  if (fits) return null;
  const detected = detectCrs(sample);
  const range = undetectableReason(sample).en.match(/\(([^)]*)\)/)?.[1] ?? '';
  return { detected: detected && isProjected(detected.id) !== isProjected(declared) ? detected : null, range };
}

/** Larger than any coordinate of any supported system (8-digit prefixed eastings are < 1e8). */
const ABSURD = 1e8;

function maxAbs(coords: unknown, depth = 0): number {
  if (!Array.isArray(coords) || depth > 6) return 0;
  if (typeof coords[0] === 'number') {
    const x = coords[0] as number;
    const y = coords[1] as number;
    return Math.max(Math.abs(Number.isFinite(x) ? x : 0), Math.abs(Number.isFinite(y) ? y : 0));
  }
  let m = 0;
  for (const c of coords) m = Math.max(m, maxAbs(c, depth + 1));
  return m;
}

const magnitude = (v: number) => (v === 0 ? 0 : Math.floor(Math.log10(Math.abs(v))));

/**
 * Features whose coordinates cannot belong with the rest, rejected one by one so they do not spoil the file's
 * coordinate-system detection: values beyond any system (±1e300), and — when the whole file cannot be
 * detected but 80 % of it can — features of another order of magnitude than that majority.
 */
function outliers(layer: RawLayer, userCrs: boolean): Map<number, { zh: string; en: string }> {
  const out = new Map<number, { zh: string; en: string }>();
  const classes = new Map<number, string>();
  layer.features.forEach((feature, i) => {
    const g = feature?.geometry as { coordinates?: unknown; geometries?: unknown } | null;
    if (!g || !Array.isArray(g.coordinates)) return;
    if (maxAbs(g.coordinates) > ABSURD) {
      out.set(i, {
        zh: '坐标数值超出任何坐标系的范围（如 ±1e300），已单独拒绝',
        en: 'Coordinates beyond any coordinate system (e.g. ±1e300); rejected on its own',
      });
      return;
    }
    let c: unknown = g.coordinates;
    while (Array.isArray(c) && Array.isArray(c[0])) c = c[0];
    if (Array.isArray(c) && typeof c[0] === 'number' && typeof c[1] === 'number')
      classes.set(i, `${magnitude(c[0])}/${magnitude(c[1])}`);
  });
  if (userCrs || layer.declared?.id) return out;
  const kept = layer.features.filter((_, i) => !out.has(i));
  if (kept.length === 0 || detectCrs(samplePositions(kept))) return out;
  const counts = new Map<string, number>();
  for (const cls of classes.values()) counts.set(cls, (counts.get(cls) ?? 0) + 1);
  const [dominant, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  if (count < 0.8 * classes.size || count === classes.size) return out;
  const majority = layer.features.filter((_, i) => classes.get(i) === dominant);
  if (!detectCrs(samplePositions(majority))) return out;
  for (const [i, cls] of classes)
    if (cls !== dominant)
      out.set(i, {
        zh: '坐标与文件中其他要素相差悬殊（数量级不同），可能是错误值，已单独拒绝',
        en: 'Coordinates far from the rest of the file (another order of magnitude), probably wrong; rejected on its own',
      });
  return out;
}

/**
 * Reads a parcel file (see the usage note at the top of this file). `bytes` is the whole file.
 */
export async function importFile(
  file: { name: string; bytes: ArrayBuffer },
  options: ImportOptions = {},
): Promise<ImportResult> {
  const { signal, onProgress } = options;
  throwIfAborted(signal);
  const size = file.bytes.byteLength;
  if (size === 0) throw new ImportError(`${file.name} 是空文件`, `${file.name} is empty`);
  if (size > MAX_FILE_BYTES) {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(0);
    throw new ImportError(
      `${file.name} 有 ${mb(size)} MB，超过 ${mb(MAX_FILE_BYTES)} MB 的上限；请分成几个文件。`,
      `${file.name} is ${mb(size)} MB, over the ${mb(MAX_FILE_BYTES)} MB limit; split it into several files.`,
    );
  }
  const ext = file.name.toLowerCase().split('.').pop() ?? '';
  if (['shp', 'shx', 'dbf', 'prj', 'cpg'].includes(ext)) {
    throw new ImportError(
      `请把 Shapefile 的 .shp、.dbf、.prj（及 .cpg）一起压缩成一个 .zip 再导入（收到的是单个 .${ext} 文件）。`,
      `Zip the Shapefile's .shp, .dbf and .prj (and .cpg) into one .zip and import that (got a single .${ext} file).`,
    );
  }
  if (ext === 'xls' || ext === 'dwg' || ext === 'dxf' || ext === 'mdb' || ext === 'gdb') {
    throw new ImportError(
      `不支持 .${ext}。${ext === 'xls' ? '请在 Excel 中另存为 .xlsx 或 .csv。' : '请在 GIS/CAD 中导出为 Shapefile（.zip）、GeoJSON 或 KML。'}`,
      `.${ext} is not supported. ${ext === 'xls' ? 'Save it as .xlsx or .csv in Excel.' : 'Export it as a Shapefile (.zip), GeoJSON or KML from the GIS/CAD program.'}`,
    );
  }
  const format = sniffFormat(file.name, new Uint8Array(file.bytes, 0, Math.min(size, 512)));
  if (!format) {
    throw new ImportError(
      `无法识别 ${file.name} 的格式。支持：GeoJSON、Shapefile（.zip）、KML、KMZ、GPX、CSV、XLSX。`,
      `Unknown format of ${file.name}. Supported: GeoJSON, Shapefile (.zip), KML, KMZ, GPX, CSV, XLSX.`,
    );
  }
  onProgress?.(0.05);
  const raw = await readRaw(file, format, options);
  throwIfAborted(signal);
  onProgress?.(0.3);

  const total = raw.layers.reduce((n, layer) => n + layer.features.length, 0);
  const allRejected = raw.layers.reduce((n, layer) => n + layer.rejected.length, 0);
  if (total === 0 && allRejected === 0) {
    throw new ImportError(`${file.name} 中没有任何要素`, `${file.name} holds no features`);
  }

  const parcels: Parcel[] = [];
  const repaired: ImportResult['repaired'] = [];
  const rejected: Rejected[] = [];
  const warnings: ImportResult['warnings'] = [];
  let crs: CrsGuess | null = null;
  let done = 0;
  let offset = 0;
  for (const layer of raw.layers) {
    warnings.push(...layer.warnings);
    rejected.push(...layer.rejected.map((r) => ({ ...r, index: r.index + offset })));
    const label = raw.layers.length > 1 ? `${file.name} / ${layer.name}` : file.name;
    if (layer.features.length === 0) continue;
    const outlying = outliers(layer, options.crs !== undefined);
    for (const [i, why] of outlying) {
      if (layer.rejected.some((r) => r.index === i)) continue;
      layer.rejected.push({
        index: i,
        name: propsOf(layer.features[i] as Feature, offset + i).name,
        reason_zh: why.zh,
        reason_en: why.en,
      });
      rejected.push({ ...layer.rejected[layer.rejected.length - 1]!, index: offset + i });
    }
    const detectable =
      outlying.size > 0 ? { ...layer, features: layer.features.filter((_, i) => !outlying.has(i)) } : layer;
    if (detectable.features.length === 0) {
      offset += layer.features.length;
      continue;
    }
    const decided = decideCrs(detectable, options, label, format);
    warnings.push(...decided.warnings);
    // A user-chosen CRS on a file with y first (a surveyors' table): swap when only the swapped reading lands
    // in Zhuzhou, unless the caller said which order it is.
    if (decided.guess.how === 'user' && options.swapXY === undefined) {
      const raw = samplePositions(detectable.features);
      const flipped = raw.map(([x, y]) => [y, x] as [number, number]);
      if (shareInZhuzhou(raw, decided.guess.id) < 0.5 && shareInZhuzhou(flipped, decided.guess.id) >= 0.5) {
        decided.guess.swapped = true;
        warnings.push({
          zh: `${label}：x、y 次序相反（先北坐标），已交换。`,
          en: `${label}: x and y are the other way round (northing first); swapped.`,
        });
      }
    }
    if (!crs) crs = decided.guess;
    else if (crs.id !== decided.guess.id)
      warnings.push({
        zh: `${label} 的坐标系为 ${crsInfo(decided.guess.id).label_zh}，与第一个图层不同，已分别转换。`,
        en: `${label} is in ${crsInfo(decided.guess.id).label_en}, unlike the first layer; each was converted on its own.`,
      });
    const swap = options.swapXY ?? decided.guess.swapped === true;
    if (swap) decided.guess.swapped = true;
    else delete decided.guess.swapped;
    const base = toWgs84(decided.guess.id);
    const convert = swap ? (xy: [number, number]) => base([xy[1], xy[0]]) : base;

    // Outside Zhuzhou? Checked on a sample in the file's own coordinates, so the cause can be named.
    const sample = samplePositions(detectable.features).map(([x, y]) =>
      swap ? ([y, x] as [number, number]) : ([x, y] as [number, number]),
    );
    const cause = outsideZhuzhouCause(sample, decided.guess.id);
    if (cause) warnings.push({ zh: `${label}：${cause.zh}`, en: `${label}: ${cause.en}` });

    const alreadyRejected = new Set(layer.rejected.map((r) => r.index));
    for (let i = 0; i < layer.features.length; i++) {
      const feature = layer.features[i]!;
      const index = offset + i;
      if (alreadyRejected.has(i)) continue;
      const props = propsOf(feature as Feature, index);
      const name = props.name;
      const geometry = feature?.geometry as Geometry | null;
      if (geometry && geometry.type === 'MultiPoint') {
        // Each point of a MultiPoint becomes its own parcel (the report is per point).
        const points = geometry.coordinates;
        points.forEach((position, k) => {
          const checked = checkGeometry({ type: 'Point', coordinates: position }, convert);
          if (!checked.ok) rejected.push({ index, name, reason_zh: checked.reason.zh, reason_en: checked.reason.en });
          else
            parcels.push({
              type: 'Feature',
              properties: { ...props, parcel_id: points.length > 1 ? `${props.parcel_id}-${k + 1}` : props.parcel_id },
              geometry: checked.geometry,
            });
        });
      } else {
        const checked = checkGeometry(geometry, convert);
        if (!checked.ok) {
          rejected.push({ index, name, reason_zh: checked.reason.zh, reason_en: checked.reason.en });
        } else {
          for (const fix of checked.repairs) repaired.push({ index, name, what_zh: fix.zh, what_en: fix.en });
          parcels.push({ type: 'Feature', properties: props, geometry: checked.geometry });
        }
      }
      done++;
      if (done % CHUNK === 0) {
        onProgress?.(0.3 + (0.7 * done) / total);
        await breathe();
        throwIfAborted(signal);
      }
    }
    offset += layer.features.length;
  }
  if (!crs) {
    // Only rejected rows (e.g. a table whose every coordinate is text): report them.
    crs = { id: 'wgs84', how: 'detected', note_zh: '没有可读的坐标。', note_en: 'No readable coordinates.' };
  }

  // Unique parcel ids (the UI keys rows and map features by them).
  const seen = new Map<string, number>();
  let duplicates = 0;
  for (const parcel of parcels) {
    const id = parcel.properties.parcel_id;
    const n = seen.get(id) ?? 0;
    seen.set(id, n + 1);
    if (n > 0) {
      duplicates++;
      parcel.properties.parcel_id = `${id}#${n + 1}`;
    }
  }
  if (duplicates > 0)
    warnings.push({
      zh: `${duplicates} 个地块编号重复，已加后缀 #2、#3… 区分。`,
      en: `${duplicates} parcel ids were duplicates; suffixed #2, #3, … to tell them apart.`,
    });

  // Some parcels outside Zhuzhou while most are inside: say how many.
  if (parcels.length > 0) {
    let outside = 0;
    for (const parcel of parcels) {
      const p = firstPosition(parcel.geometry);
      if (p && (p[0] < ZHUZHOU_BBOX[0] || p[0] > ZHUZHOU_BBOX[2] || p[1] < ZHUZHOU_BBOX[1] || p[1] > ZHUZHOU_BBOX[3]))
        outside++;
    }
    if (outside > 0 && outside < parcels.length * 0.5)
      warnings.push({
        zh: `${outside} 个地块在株洲市域范围之外（报告中这些地块没有规划分区）。`,
        en: `${outside} parcel(s) lie outside Zhuzhou (they get no planning zone in the report).`,
      });
  }
  if (parcels.length === 0 && rejected.length > 0)
    warnings.push({
      zh: '没有可用的地块：全部要素都被拒绝，原因见列表。',
      en: 'No usable parcels: every feature was rejected; see the list for reasons.',
    });
  if (crs.how === 'detected' && !isProjected(crs.id) && format !== 'kml' && format !== 'kmz' && format !== 'gpx')
    warnings.push({ zh: crs.note_zh, en: crs.note_en });
  onProgress?.(1);
  return { fileName: file.name, format, crs, parcels, repaired, rejected, warnings };
}

function firstPosition(geometry: Parcel['geometry']): [number, number] | null {
  let c: unknown = geometry.coordinates;
  while (Array.isArray(c) && Array.isArray(c[0])) c = c[0];
  return Array.isArray(c) && typeof c[0] === 'number' ? [c[0] as number, c[1] as number] : null;
}
