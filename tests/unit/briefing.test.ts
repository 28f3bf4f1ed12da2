/**
 * Briefings: the schema and parser, key mapping, navigation, the chapter URL parameter, layer fades, legends,
 * capture — and the default briefing in geodata/briefings/default.json checked against the catalog, the
 * plan features and the seed texts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LAYER_BY_ID } from '../../src/catalog/layers';
import {
  chapterFilter,
  chapterLayerState,
  chapterLegend,
  compactFilters,
  sameFilters,
  sameLayers,
  shownLayers,
  visibleLayers,
  type Briefing,
  type Chapter,
} from '../../src/data/briefing';
import {
  captureChapter,
  easeInOut,
  fadeAt,
  clampChapter,
  decodeChapterParam,
  encodeChapterParam,
  fadeDuration,
  flightOptions,
  flushDigits,
  formatElapsed,
  framedCamera,
  insertChapter,
  isNavAction,
  isOffChapterView,
  keyToAction,
  layerFades,
  navigate,
  pressDigit,
  zoomOffsetFor,
  REFERENCE_VIEW,
} from '../../src/features/story/model';
import { parseBriefing, serializeBriefing } from '../../src/data/briefingSchema';

const root = join(import.meta.dirname, '../..');

const chapter = (id: string, overrides: Partial<Chapter> = {}): Chapter => ({
  id,
  title: { zh: `章节 ${id}`, en: `Chapter ${id}` },
  narration: { zh: '叙述', en: 'Narration' },
  camera: { center: [113.13, 27.83], zoom: 10, bearing: 0, pitch: 0, duration: 2000 },
  layers: { core_area: 1 },
  highlight: [],
  cites: [],
  ...overrides,
});

const briefing = (chapters: Chapter[]): Briefing => ({
  version: 1,
  id: 'test',
  title: { zh: '测试', en: 'Test' },
  chapters,
});

describe('parseBriefing', () => {
  it('accepts a minimal briefing and fills defaults', () => {
    const result = parseBriefing({
      id: 'mini',
      title: { zh: '简报', en: 'Briefing' },
      chapters: [
        {
          id: 'one',
          title: { zh: '一', en: 'One' },
          narration: { zh: '', en: '' },
          camera: { center: [113.13, 27.83], zoom: 9 },
          layers: { railway: 0.8 },
        },
      ],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [first] = result.briefing.chapters;
    expect(result.briefing.version).toBe(1);
    expect(first?.camera).toEqual({ center: [113.13, 27.83], zoom: 9, bearing: 0, pitch: 0, duration: 2500 });
    expect(first?.highlight).toEqual([]);
    expect(first?.cites).toEqual([]);
  });

  it('parses a JSON string and round-trips through serializeBriefing', () => {
    const original = briefing([chapter('a'), chapter('b', { layers: { railway: 0.5, expressway: 1 } })]);
    const text = serializeBriefing(original);
    expect(text.endsWith('\n')).toBe(true);
    const result = parseBriefing(text);
    expect(result).toEqual({ ok: true, briefing: original });
  });

  it('reports bad JSON as one readable line', () => {
    const result = parseBriefing('{"id": "x",');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(/^Not valid JSON/);
  });

  it('names the chapter and field of each problem', () => {
    const bad = briefing([chapter('a'), chapter('b')]) as unknown as { chapters: Record<string, unknown>[] };
    bad.chapters[1] = {
      ...bad.chapters[1],
      camera: { center: [113, 27], zoom: 40 },
      layers: { railway: 1.5, rivers: 1 },
    };
    const result = parseBriefing(bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toContainEqual(expect.stringMatching(/^Chapter 2 “章节 b” › camera\.zoom: /));
    expect(result.errors).toContainEqual(
      expect.stringMatching(/^Chapter 2 “章节 b” › layers\.railway: opacity above 1/),
    );
    expect(result.errors).toContainEqual(expect.stringMatching(/unknown layer id "rivers"/));
  });

  it('rejects duplicate chapter ids, unknown fields, empty titles and no chapters', () => {
    const dup = parseBriefing(briefing([chapter('a'), chapter('a')]));
    expect(dup.ok ? [] : dup.errors).toEqual(['Chapter 2 “章节 a” › id: duplicate chapter id "a"']);

    const extra = parseBriefing({ ...briefing([chapter('a')]), chapters: [{ ...chapter('a'), colour: 'red' }] });
    expect(extra.ok ? [] : extra.errors).toEqual([expect.stringMatching(/Unrecognized key: "colour"/)]);

    const emptyTitle = parseBriefing(briefing([chapter('a', { title: { zh: ' ', en: 'x' } })]));
    expect(emptyTitle.ok).toBe(false);

    const none = parseBriefing(briefing([]));
    expect(none.ok ? [] : none.errors).toEqual(['chapters: a briefing needs at least one chapter']);
  });

  it('checks cites like the feature sources (seed file, line, short quote)', () => {
    const result = parseBriefing(
      briefing([chapter('a', { cites: [{ file: '007' as '001', section: '第五章', line: 0, quote: 'x' }] })]),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.replace(/:.*$/, ''))).toEqual([
      'Chapter 1 “章节 a” › cites.0.file',
      'Chapter 1 “章节 a” › cites.0.line',
      'Chapter 1 “章节 a” › cites.0.quote',
    ]);
  });

  it('rejects a centre outside the globe and caps the number of reported problems', () => {
    const many = briefing(
      Array.from({ length: 20 }, (_, i) =>
        chapter(`c${i}`, { camera: { center: [200, 27], zoom: 9, bearing: 0, pitch: 0, duration: 1 } }),
      ),
    );
    const result = parseBriefing(many);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(13);
    expect(result.errors[0]).toMatch(/camera\.center: centre must be \[longitude, latitude\]/);
    expect(result.errors[12]).toBe('… and 8 more problems');
  });
});

describe('keyToAction', () => {
  it.each([
    [{ key: 'ArrowRight' }, 'next'],
    [{ key: ' ', code: 'Space' }, 'next'],
    [{ key: 'PageDown' }, 'next'],
    [{ key: 'ArrowLeft' }, 'prev'],
    [{ key: 'PageUp' }, 'prev'],
    [{ key: ' ', code: 'Space', shiftKey: true }, 'prev'],
    [{ key: 'Home' }, 'first'],
    [{ key: 'End' }, 'last'],
    [{ key: '1', code: 'Digit1' }, 'jump:1'],
    [{ key: '9', code: 'Numpad9' }, 'jump:9'],
    [{ key: '0', code: 'Digit0' }, 'jump:10'],
    [{ key: '&', code: 'Digit1' }, 'jump:1'], // AZERTY: the unshifted digit row
    [{ key: 'f', code: 'KeyF' }, 'fullscreen'],
    [{ key: 'F', code: 'KeyF', shiftKey: true }, 'fullscreen'],
    [{ key: 'b', code: 'KeyB' }, 'blank'],
    [{ key: '.', code: 'Period' }, 'blank'],
    [{ key: 'Escape' }, 'exit'],
    [{ key: 'r', code: 'KeyR' }, 'reset-view'],
    [{ key: 'R', code: 'KeyR' }, 'reset-view'],
  ] as const)('%o → %s', (event, action) => {
    expect(keyToAction(event)).toBe(action);
  });

  it.each([
    { key: 'ArrowUp' },
    { key: 'a', code: 'KeyA' },
    { key: 'Tab' },
    { key: 'F5' },
    { key: 'f', code: 'KeyF', ctrlKey: true },
    { key: 'r', code: 'KeyR', metaKey: true },
    { key: 'ArrowLeft', altKey: true },
    { key: '!', code: 'Digit1', shiftKey: true },
  ])('%o → null', (event) => {
    expect(keyToAction(event)).toBeNull();
  });

  it('tells navigation actions from the others', () => {
    expect(['next', 'prev', 'first', 'last', 'jump:3'].every((a) => isNavAction(a as 'next'))).toBe(true);
    expect(['fullscreen', 'blank', 'exit', 'reset-view'].some((a) => isNavAction(a as 'next'))).toBe(false);
  });
});

describe('navigation', () => {
  it('clamps any number to a chapter index', () => {
    expect(clampChapter(-3, 12)).toBe(0);
    expect(clampChapter(4.7, 12)).toBe(4);
    expect(clampChapter(99, 12)).toBe(11);
    expect(clampChapter(Number.NaN, 12)).toBe(0);
    expect(clampChapter(Infinity, 12)).toBe(11);
    expect(clampChapter(5, 0)).toBe(0);
  });

  it('moves within bounds and reports no-ops as null', () => {
    expect(navigate('next', 0, 12)).toBe(1);
    expect(navigate('next', 11, 12)).toBeNull();
    expect(navigate('prev', 5, 12)).toBe(4);
    expect(navigate('prev', 0, 12)).toBeNull();
    expect(navigate('first', 7, 12)).toBe(0);
    expect(navigate('first', 0, 12)).toBeNull();
    expect(navigate('last', 3, 12)).toBe(11);
    expect(navigate('jump:3', 0, 12)).toBe(2);
    expect(navigate('jump:10', 0, 12)).toBe(9);
    expect(navigate('jump:9', 0, 5)).toBeNull();
    expect(navigate('jump:2', 1, 5)).toBeNull();
  });

  it('combines two digits into one chapter number only when the briefing is that long', () => {
    // 12 chapters: "1" waits (could be 10–12), "2" completes 12.
    const first = pressDigit(null, '1', 1000, 12);
    expect(first).toEqual({ buffer: { digits: '1', at: 1000 }, jump: null });
    expect(pressDigit(first.buffer, '2', 1300, 12)).toEqual({ buffer: null, jump: 12 });
    // Too slow: the second digit starts afresh.
    expect(pressDigit(first.buffer, '2', 2000, 12)).toEqual({ buffer: null, jump: 2 });
    // A lone pending "1" flushes to chapter 1.
    expect(flushDigits(first.buffer)).toBe(1);
    expect(flushDigits(null)).toBeNull();
    // "2" can start no longer number in 12 chapters, and nothing waits in a 9-chapter briefing.
    expect(pressDigit(null, '2', 0, 12)).toEqual({ buffer: null, jump: 2 });
    expect(pressDigit(null, '1', 0, 9)).toEqual({ buffer: null, jump: 1 });
    // "0" alone is chapter 10.
    expect(pressDigit(null, '0', 0, 12)).toEqual({ buffer: null, jump: 10 });
  });
});

describe('chapter URL parameter', () => {
  it('is 1-based and round-trips', () => {
    for (const index of [0, 1, 11]) {
      expect(decodeChapterParam(encodeChapterParam(index), 12)).toEqual({ index });
    }
    expect(encodeChapterParam(0)).toBe('1');
    expect(decodeChapterParam('5', 12)).toEqual({ index: 4 });
    expect(decodeChapterParam(' 5 ', 12)).toEqual({ index: 4 });
  });

  it('is absent when not presenting', () => {
    expect(decodeChapterParam(null, 12)).toEqual({ index: null });
    expect(decodeChapterParam(undefined, 12)).toEqual({ index: null });
  });

  it.each(['abc', '0', '-1', '2.5', '', '1e3', '3x'])('malformed %j → chapter 1 with a notice', (raw) => {
    expect(decodeChapterParam(raw, 12)).toEqual({ index: 0, notice: { kind: 'malformed', raw } });
  });

  it('clamps a number past the end to the last chapter with a notice', () => {
    expect(decodeChapterParam('40', 12)).toEqual({ index: 11, notice: { kind: 'out-of-range', raw: '40', count: 12 } });
  });
});

describe('layers, legend and camera', () => {
  const a = chapter('a', { layers: { railway: 1, core_area: 0.6, river: 0 } });
  const b = chapter('b', { layers: { railway: 1, expressway: 0.8 } });

  it('lists visible layers bottom to top in catalog order, leaving out opacity 0', () => {
    expect(visibleLayers(a)).toEqual(['core_area', 'railway']);
  });

  it('fades only the layers that change', () => {
    expect(layerFades(a, b)).toEqual([
      { id: 'core_area', from: 0.6, to: 0 },
      { id: 'expressway', from: 0, to: 0.8 },
    ]);
    expect(layerFades(null, b)).toEqual([
      { id: 'railway', from: 0, to: 1 },
      { id: 'expressway', from: 0, to: 0.8 },
    ]);
    expect(layerFades(b, b)).toEqual([]);
  });

  it('derives the legend from visible layers unless the chapter gives one', () => {
    const derived = chapterLegend(a);
    expect(derived.map((row) => row.layer)).toEqual(['core_area', 'railway']);
    expect(derived[0]).toMatchObject({ color: LAYER_BY_ID.get('core_area')?.color, shape: 'fill' });
    expect(derived[1]).toMatchObject({ shape: 'line' });

    const zones = chapterLegend(
      chapter('z', {
        layers: { planning_zone: 0.7, railway: 1 },
        legend: ['planning_zone', { label: { zh: '规划线', en: 'Planned line' }, color: '#000000', shape: 'line' }],
      }),
    );
    expect(zones).toHaveLength(5);
    expect(zones.slice(0, 4).map((row) => row.label.zh)).toEqual([
      '生态保护区',
      '耕地保护区',
      '城镇发展区',
      '乡村发展区',
    ]);
    expect(zones[4]).toEqual({ label: { zh: '规划线', en: 'Planned line' }, color: '#000000', shape: 'line' });
  });

  it('flies the chapter camera, or jumps under reduced motion', () => {
    const camera = { center: [113.5, 27] as [number, number], zoom: 7.6, bearing: 10, pitch: 20, duration: 3000 };
    expect(flightOptions(camera, false)).toMatchObject({ center: [113.5, 27], zoom: 7.6, duration: 3000 });
    expect(flightOptions(camera, true).duration).toBe(0);
    expect(fadeDuration(camera, false)).toBe(1500);
    expect(fadeDuration({ ...camera, duration: 0 }, false)).toBe(300);
    expect(fadeDuration(camera, true)).toBe(0);
  });

  it('keeps the framing on map areas of other sizes', () => {
    expect(zoomOffsetFor(REFERENCE_VIEW)).toBe(0);
    expect(zoomOffsetFor({ width: 440, height: 740 })).toBe(-1);
    expect(zoomOffsetFor({ width: 1760, height: 1480 })).toBe(1);
    expect(zoomOffsetFor({ width: 5000, height: 5000 })).toBe(1);
    expect(zoomOffsetFor({ width: 375, height: 280 })).toBeCloseTo(Math.log2(280 / 740), 2);
    expect(zoomOffsetFor({ width: 10, height: 10 })).toBe(-3);
    expect(zoomOffsetFor({ width: 0, height: 500 })).toBe(0);
    const camera = { center: [113, 27] as [number, number], zoom: 9.3, bearing: 0, pitch: 0, duration: 1 };
    expect(framedCamera(camera, -1.4)).toEqual({ ...camera, zoom: 7.9 });
    expect(framedCamera({ ...camera, zoom: 21.5 }, 1).zoom).toBe(22);
  });

  it('notices when the presenter has moved off the chapter view', () => {
    const camera = { center: [113.13, 27.83] as [number, number], zoom: 10, bearing: 0, pitch: 0, duration: 0 };
    const view = { center: [113.13, 27.83] as [number, number], zoom: 10, bearing: 0, pitch: 0 };
    expect(isOffChapterView(camera, view)).toBe(false);
    // A flight ends within floating-point noise of its target.
    expect(isOffChapterView(camera, { ...view, center: [113.130001, 27.829999], zoom: 10.0001 })).toBe(false);
    expect(isOffChapterView(camera, { ...view, center: [113.2, 27.83] })).toBe(true);
    expect(isOffChapterView(camera, { ...view, zoom: 11 })).toBe(true);
    expect(isOffChapterView(camera, { ...view, bearing: 30 })).toBe(true);
    expect(isOffChapterView({ ...camera, bearing: 180 }, { ...view, bearing: -180 })).toBe(false);
    expect(isOffChapterView(camera, { ...view, pitch: 40 })).toBe(true);
  });
});

describe('layer state', () => {
  it('turns a chapter into the store layer state and back', () => {
    const state = chapterLayerState({ layers: { railway: 0.5, core_area: 1, river: 0 } });
    expect(state.visible.railway).toBe(true);
    expect(state.opacity.railway).toBe(0.5);
    expect(state.visible.river).toBe(false);
    expect(state.opacity.river).toBe(1);
    expect(Object.values(state.visible).filter(Boolean)).toHaveLength(2);
    expect(shownLayers(state)).toEqual({ core_area: 1, railway: 0.5 });
  });

  it('compares what is drawn, ignoring the opacity of hidden layers', () => {
    const a = chapterLayerState({ layers: { railway: 0.5 } });
    const b = { visible: { ...a.visible }, opacity: { ...a.opacity, expressway: 0.3 } };
    expect(sameLayers(a, b)).toBe(true);
    expect(sameLayers(a, chapterLayerState({ layers: { railway: 0.6 } }))).toBe(false);
    expect(sameLayers(a, chapterLayerState({ layers: { railway: 0.5, river: 1 } }))).toBe(false);
  });

  it('eases fades from start to end', () => {
    expect(easeInOut(0)).toBe(0);
    expect(easeInOut(0.5)).toBe(0.5);
    expect(easeInOut(1)).toBe(1);
    expect(easeInOut(2)).toBe(1);
    expect(easeInOut(0.25)).toBeLessThan(0.25);
    const fade = { id: 'railway' as const, from: 1, to: 0 };
    expect(fadeAt(fade, 0, 1000)).toBe(1);
    expect(fadeAt(fade, 500, 1000)).toBe(0.5);
    expect(fadeAt(fade, 1000, 1000)).toBe(0);
    expect(fadeAt(fade, 10, 0)).toBe(0);
  });
});

describe('chapter filters', () => {
  it('accept a subset of the filter panel state and reject unknown values', () => {
    const ok = parseBriefing(briefing([chapter('a', { filters: { districts: ['醴陵市'], status: ['planned'] } })]));
    expect(ok.ok).toBe(true);
    const bad = parseBriefing(
      briefing([chapter('a', { filters: { districts: ['长沙市' as '醴陵市'], colour: 'red' } as never })]),
    );
    expect(bad.ok ? [] : bad.errors).toEqual([
      expect.stringMatching(/filters\.districts\.0: Invalid option/),
      expect.stringMatching(/filters: Unrecognized key: "colour"/),
    ]);
  });

  it('expand to a full filter state and compact back to the active fields', () => {
    const full = chapterFilter({ filters: { zones: ['urban'] } });
    expect(full.zones).toEqual(['urban']);
    expect(full.districts).toEqual([]);
    expect(full.scope).toBeNull();
    expect(compactFilters(full)).toEqual({ zones: ['urban'] });
    expect(compactFilters(chapterFilter({}))).toBeUndefined();
    expect(sameFilters(full, { zones: ['urban'] })).toBe(true);
    expect(sameFilters({ zones: ['urban'], districts: ['攸县'] }, { districts: ['攸县'], zones: ['urban'] })).toBe(
      true,
    );
    expect(sameFilters(full, chapterFilter({}))).toBe(false);
    expect(sameFilters({ yearFrom: null }, {})).toBe(true);
    // The expanded state is a copy: changing it leaves the chapter alone.
    const chapterWithFilter = { filters: { zones: ['urban' as const] } };
    chapterFilter(chapterWithFilter).zones.push('rural');
    expect(chapterWithFilter.filters.zones).toEqual(['urban']);
  });
});

describe('captureChapter', () => {
  it('builds a valid chapter from the current view', () => {
    const captured = captureChapter({
      center: { lng: 113.1234567, lat: 27.8765432 },
      zoom: 10.23456,
      bearing: 370.26,
      pitch: 30.04,
      layers: { railway: 1, expressway: 0, river: 0.654321 },
      filters: { districts: ['醴陵市'], status: [], scope: null, yearFrom: 2021 },
      highlight: ['a', 'a', 'b'],
      existingIds: ['chapter-1', 'chapter-2'],
    });
    expect(captured).toEqual({
      id: 'chapter-3',
      title: { zh: '新章节 3', en: 'New chapter 3' },
      narration: { zh: '', en: '' },
      camera: { center: [113.12346, 27.87654], zoom: 10.23, bearing: 10.3, pitch: 30, duration: 2500 },
      layers: { river: 0.65, railway: 1 },
      highlight: ['a', 'b'],
      filters: { districts: ['醴陵市'], yearFrom: 2021 },
      cites: [],
    });
    // The captured chapter passes the schema, so a briefing with it can be downloaded and loaded again.
    const [withCapture, at] = insertChapter(briefing([chapter('x'), chapter('y')]), captured, 0);
    expect(at).toBe(1);
    expect(withCapture.chapters.map((c) => c.id)).toEqual(['x', 'chapter-3', 'y']);
    expect(parseBriefing(JSON.parse(serializeBriefing(withCapture)))).toEqual({ ok: true, briefing: withCapture });
  });

  it('picks a fresh id, copies filters and drops empty ones', () => {
    const captured = captureChapter({
      center: [113, 27],
      zoom: 8,
      bearing: -179.96,
      pitch: 0,
      layers: {},
      filters: {},
      number: 2,
      existingIds: ['chapter-2', 'chapter-3'],
    });
    expect(captured.id).toBe('chapter-4');
    expect(captured.title.zh).toBe('新章节 2');
    expect(captured.camera.bearing).toBe(180);
    expect(captured).not.toHaveProperty('filters');

    const filters = { status: ['planned' as const] };
    const copy = captureChapter({ center: [113, 27], zoom: 8, bearing: 0, pitch: 0, layers: {}, filters });
    filters.status.push('existing' as 'planned');
    expect(copy.filters).toEqual({ status: ['planned'] });
  });

  it('appends at the end when no position is given', () => {
    const [next, at] = insertChapter(briefing([chapter('x')]), chapter('z'));
    expect(at).toBe(1);
    expect(next.chapters.map((c) => c.id)).toEqual(['x', 'z']);
  });
});

it('formats the presenter clock', () => {
  expect(formatElapsed(0)).toBe('0:00');
  expect(formatElapsed(245_900)).toBe('4:05');
  expect(formatElapsed(3_729_000)).toBe('1:02:09');
  expect(formatElapsed(-5)).toBe('0:00');
});

// ── the default briefing ───────────────────────────────────────────────────────────────────────────────

describe('geodata/briefings/default.json', () => {
  const raw: unknown = JSON.parse(readFileSync(join(root, 'geodata/briefings/default.json'), 'utf8'));
  const result = parseBriefing(raw);

  it('parses', () => {
    expect(result.ok ? [] : result.errors).toEqual([]);
  });
  if (!result.ok) return;
  const { chapters } = result.briefing;

  it('tells the plan in at least 12 chapters, in the order of the issue', () => {
    expect(chapters.length).toBeGreaterThanOrEqual(12);
    const order = [
      '一核一圈一廊',
      '三极',
      '株醴都市圈',
      '醴炎',
      '四山四水十二地',
      '规划分区',
      '六纵四横',
      '五纵六横',
      '水运',
      '3+5+2',
      '清水塘',
      '田心',
      '重点项目',
    ];
    const positions = order.map((word) => chapters.findIndex((c) => c.title.zh.includes(word)));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((x, y) => x - y)).toEqual(positions);
  });

  it('gives every chapter narration in both languages, speaker notes and at least one cite', () => {
    for (const c of chapters) {
      expect(c.narration.zh.length, c.id).toBeGreaterThan(20);
      expect(c.narration.en.length, c.id).toBeGreaterThan(40);
      expect(c.notes?.zh.length, c.id).toBeGreaterThan(0);
      expect(c.cites.length, c.id).toBeGreaterThan(0);
    }
  });

  it('uses only layer ids from the catalog, each chapter showing something', () => {
    for (const c of chapters) {
      expect(
        Object.keys(c.layers).filter((id) => !LAYER_BY_ID.has(id as never)),
        c.id,
      ).toEqual([]);
      expect(visibleLayers(c).length, c.id).toBeGreaterThan(0);
    }
  });

  it('frames cameras on Zhuzhou', () => {
    for (const c of chapters) {
      const [lon, lat] = c.camera.center;
      expect(lon, c.id).toBeGreaterThan(112.6);
      expect(lon, c.id).toBeLessThan(114.3);
      expect(lat, c.id).toBeGreaterThan(25.9);
      expect(lat, c.id).toBeLessThan(28.3);
      expect(c.camera.zoom, c.id).toBeGreaterThanOrEqual(7);
    }
  });

  it('highlights only features that exist in geodata/plan', () => {
    const planDir = join(root, 'geodata/plan');
    const ids = new Set(
      readdirSync(planDir)
        .filter((name) => name.endsWith('.geojson'))
        .flatMap((name) => {
          const fc = JSON.parse(readFileSync(join(planDir, name), 'utf8')) as {
            features: { properties: { id: string } }[];
          };
          return fc.features.map((f) => f.properties.id);
        }),
    );
    const highlighted = chapters.flatMap((c) => c.highlight.map((id) => [c.id, id] as const));
    expect(highlighted.length).toBeGreaterThan(0);
    expect(highlighted.filter(([, id]) => !ids.has(id)).map(([c, id]) => `${c}: ${id}`)).toEqual([]);
  });

  it('quotes every cite verbatim from its seed file, at the line it names', () => {
    const seedsDir = join(root, '../shared/seeds');
    let seedNames: string[] = [];
    try {
      seedNames = readdirSync(seedsDir);
    } catch {
      return; // shared/ is beside the checkout in development; elsewhere this check cannot run
    }
    const seedLines = new Map(
      ['000', '001', '002', '003', '004'].map((n) => {
        const name = seedNames.find((s) => s.startsWith(`${n}_`));
        return [n, name ? readFileSync(join(seedsDir, name), 'utf8').split('\n') : []] as const;
      }),
    );
    const normalise = (s: string) => s.replace(/\s+/g, '');
    const wrong = chapters
      .flatMap((c) => c.cites.map((cite) => [c.id, cite] as const))
      .filter(([, cite]) => {
        const lines = seedLines.get(cite.file) ?? [];
        // The quote may run onto the next lines (PDF line breaks) but must start on the line named.
        const quote = normalise(cite.quote);
        const text = normalise(lines.slice(cite.line - 1, cite.line + 2).join(''));
        const startsThere = normalise(lines[cite.line - 1] ?? '').includes(quote.slice(0, 4));
        return !text.includes(quote) || !startsThere;
      })
      .map(([id, cite]) => `${id}: "${cite.quote}" not at ${cite.file}:${cite.line}`);
    expect(wrong).toEqual([]);
  });
});
