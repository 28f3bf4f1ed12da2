import { describe, expect, it } from 'vitest';
import type { PlanFeature, PlanProperties } from '../../src/geo/schema';
import {
  EMPTY_FILTER,
  activeFilterCount,
  applyFilters,
  emptyFilter,
  isFilterEmpty,
  toggleValue,
  type FilterState,
} from '../../src/catalog/filter';
import { countByCategory, facetCounts } from '../../src/catalog/facets';
import { chainOfIndustry } from '../../src/catalog/industries';
import { decodeFilter, encodeFilter } from '../../src/features/planner/filterParams';
import { SCOPE_DISTRICTS, featureScopes } from '../../src/geo/scope';

let n = 0;
function feature(props: Partial<PlanProperties>): PlanFeature {
  n += 1;
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [113.13, 27.83] },
    properties: {
      id: props.id ?? `f${n}`,
      name: props.name ?? `要素${n}`,
      name_en: props.name_en ?? `Feature ${n}`,
      aliases: [],
      category: 'project',
      district: '天元区',
      source: { file: '001', section: '第五章', line: 400, quote: '测试' },
      accuracy: 'approximate',
      ...props,
    },
  };
}

const parkTianyuan = feature({
  id: 'park-ty',
  category: 'industrial_park',
  district: '天元区',
  industries: ['新能源汽车', '电子信息', '包装'],
  status: 'existing',
  accuracy: 'official',
});
const parkLiling = feature({
  id: 'park-ll',
  category: 'industrial_park',
  district: '醴陵市',
  industries: ['陶瓷', '新型功能玻璃'],
});
const parkYou = feature({
  id: 'park-yx',
  category: 'industrial_park',
  district: '攸县',
  industries: ['新能源', '绿色食品'],
});
const project2023 = feature({ id: 'proj-2023', district: '荷塘区', status: 'under_construction', year: 2023 });
const project2021 = feature({ id: 'proj-2021', district: '渌口区', status: 'planned', year: 2021, scope: ['一核'] });
const projectNoYear = feature({ id: 'proj-noyear', district: '茶陵县', status: 'planned' });
const railway = feature({
  id: 'rail-lc',
  category: 'railway',
  district: ['醴陵市', '攸县', '茶陵县'],
  status: 'existing',
  scope: ['一廊'],
});
const river = feature({ id: 'river', category: 'river', district: ['天元区', '渌口区'] });
const regional = feature({ id: 'regional', category: 'regional', district: [] });
const zoneUrban = feature({
  id: 'zone-u',
  category: 'planning_zone',
  district: '石峰区',
  zone: 'urban',
  accuracy: 'schematic',
});

const all = [
  parkTianyuan,
  parkLiling,
  parkYou,
  project2023,
  project2021,
  projectNoYear,
  railway,
  river,
  regional,
  zoneUrban,
];
const ids = (features: PlanFeature[]) => features.map((f) => f.properties.id).sort();
const state = (patch: Partial<FilterState>): FilterState => ({ ...emptyFilter(), ...patch });

describe('scopes', () => {
  it('uses the plan districts: 一核 ⊂ 一圈, 一廊 = the three southern counties', () => {
    expect(SCOPE_DISTRICTS.一核).toEqual(['荷塘区', '芦淞区', '石峰区', '天元区']);
    for (const d of SCOPE_DISTRICTS.一核) expect(SCOPE_DISTRICTS.一圈).toContain(d);
    expect(SCOPE_DISTRICTS.一圈).toContain('醴陵市');
    expect(SCOPE_DISTRICTS.一圈).toContain('渌口区');
    expect(SCOPE_DISTRICTS.一廊).toEqual(['攸县', '茶陵县', '炎陵县']);
  });

  it('places a feature in a scope by its tag or by any of its districts', () => {
    expect(featureScopes(parkTianyuan)).toEqual(['一核', '一圈']);
    expect(featureScopes(project2021)).toEqual(['一核', '一圈']); // 渌口区 is 一圈; the tag adds 一核
    expect(featureScopes(parkLiling)).toEqual(['一圈']);
    expect(featureScopes(railway)).toEqual(['一圈', '一廊']);
    expect(featureScopes(regional)).toEqual([]);
  });

  it('narrows every layer to the scope', () => {
    expect(ids(applyFilters(all, state({ scope: '一核' })))).toEqual(
      ['park-ty', 'proj-2023', 'proj-2021', 'river', 'zone-u'].sort(),
    );
    expect(ids(applyFilters(all, state({ scope: '一廊' })))).toEqual(['park-yx', 'proj-noyear', 'rail-lc'].sort());
  });
});

describe('applyFilters', () => {
  it('returns everything for the empty filter', () => {
    expect(applyFilters(all, EMPTY_FILTER)).toBe(all);
    expect(isFilterEmpty(emptyFilter())).toBe(true);
  });

  it('ORs values within a field and ANDs across fields', () => {
    expect(ids(applyFilters(all, state({ districts: ['醴陵市', '攸县'] })))).toEqual(['park-ll', 'park-yx', 'rail-lc']);
    expect(ids(applyFilters(all, state({ districts: ['醴陵市', '攸县'], categories: ['industrial_park'] })))).toEqual([
      'park-ll',
      'park-yx',
    ]);
  });

  it('matches a multi-district line by any of its districts', () => {
    expect(ids(applyFilters(all, state({ districts: ['茶陵县'] })))).toEqual(['proj-noyear', 'rail-lc']);
  });

  it('excludes features lacking a filtered property', () => {
    expect(ids(applyFilters(all, state({ status: ['existing'] })))).toEqual(['park-ty', 'rail-lc']);
    expect(ids(applyFilters(all, state({ yearFrom: 2020, yearTo: 2030 })))).toEqual(['proj-2021', 'proj-2023']);
  });

  it('filters by an inclusive, optionally open year range', () => {
    expect(ids(applyFilters(all, state({ yearFrom: 2022, yearTo: null })))).toEqual(['proj-2023']);
    expect(ids(applyFilters(all, state({ yearFrom: null, yearTo: 2021 })))).toEqual(['proj-2021']);
    expect(ids(applyFilters(all, state({ yearFrom: 2021, yearTo: 2021 })))).toEqual(['proj-2021']);
  });

  it('filters by 3+5+2 chain, group, or literal industry name', () => {
    expect(ids(applyFilters(all, state({ industries: ['nev'] })))).toEqual(['park-ty']);
    expect(ids(applyFilters(all, state({ industries: ['energy'] })))).toEqual(['park-yx']); // 新能源, not 新能源汽车
    expect(ids(applyFilters(all, state({ industries: ['group:traditional'] })))).toEqual(['park-ll']);
    expect(ids(applyFilters(all, state({ industries: ['绿色食品'] })))).toEqual(['park-yx']);
  });

  it('filters by accuracy and zone', () => {
    expect(ids(applyFilters(all, state({ accuracy: ['official'] })))).toEqual(['park-ty']);
    expect(ids(applyFilters(all, state({ zones: ['urban'] })))).toEqual(['zone-u']);
  });
});

describe('industry chains', () => {
  it('maps 专栏12 industry names to the 3+5+2 chains, longest key first', () => {
    expect(chainOfIndustry('新能源汽车')?.id).toBe('nev');
    expect(chainOfIndustry('新能源')?.id).toBe('energy');
    expect(chainOfIndustry('人工智能与大数据')?.id).toBe('it');
    expect(chainOfIndustry('纺织服饰')?.id).toBe('apparel');
    expect(chainOfIndustry('通用航空')?.id).toBe('aero');
    expect(chainOfIndustry('包装')).toBeNull();
  });
});

describe('counts', () => {
  it('counts by category', () => {
    expect(countByCategory(all)).toMatchObject({ industrial_park: 3, project: 3, railway: 1, river: 1 });
  });

  it('gives facet counts under the other criteria', () => {
    const facets = facetCounts(all, state({ districts: ['醴陵市'], categories: ['industrial_park'] }));
    // Districts facet ignores the district criterion but keeps the category one.
    expect(facets.districts).toEqual({ 天元区: 1, 醴陵市: 1, 攸县: 1 });
    // Category facet ignores the category criterion but keeps 醴陵市.
    expect(facets.categories).toEqual({ industrial_park: 1, railway: 1 });
    expect(facets.industries).toEqual({ ceramics: 1, glass: 1 });
  });

  it('counts active criteria', () => {
    expect(activeFilterCount(state({ districts: ['攸县', '茶陵县'], scope: '一廊', yearFrom: 2020 }))).toBe(4);
  });
});

describe('URL encoding', () => {
  it('round-trips a full state with readable slugs', () => {
    const full = state({
      categories: ['industrial_park', 'project'],
      districts: ['荷塘区', '醴陵市'],
      scope: '一圈',
      industries: ['rail', 'group:power', '绿色食品'],
      status: ['planned'],
      yearFrom: 2021,
      yearTo: 2025,
      accuracy: ['official'],
      zones: ['urban'],
    });
    const query = encodeFilter(full);
    expect(query).toContain('f.dist=hetang%2Cliling');
    expect(query).toContain('f.scope=circle');
    expect(query).toContain('f.year=2021-2025');
    expect(decodeFilter(query)).toEqual({ state: full, notice: null });
    expect(decodeFilter(`?${query}`).state).toEqual(full);
  });

  it('encodes the empty filter as nothing and open year ranges with a dash', () => {
    expect(encodeFilter(emptyFilter())).toBe('');
    expect(encodeFilter(state({ yearFrom: 2023 }))).toBe('f.year=2023-');
    expect(encodeFilter(state({ yearFrom: 2023, yearTo: 2023 }))).toBe('f.year=2023');
    expect(decodeFilter('f.year=-2025').state).toMatchObject({ yearFrom: null, yearTo: 2025 });
    expect(decodeFilter('f.year=2023').state).toMatchObject({ yearFrom: 2023, yearTo: 2023 });
  });

  it('accepts Chinese district and scope names', () => {
    expect(decodeFilter('f.dist=攸县,茶陵县&f.scope=一廊').state).toMatchObject({
      districts: ['攸县', '茶陵县'],
      scope: '一廊',
    });
  });

  it('ignores parameters it does not own', () => {
    expect(decodeFilter('map=9/27.8/113.1&layers=river&d=atlantis&scope=x&f.dist=lukou')).toEqual({
      state: state({ districts: ['渌口区'] }),
      notice: null,
    });
  });

  it.each([
    ['f.dist=atlantis', 'f.dist=atlantis'],
    ['f.cat=project,spaceport', 'f.cat=spaceport'],
    ['f.scope=everything', 'f.scope=everything'],
    ['f.year=2025-2021', 'f.year=2025-2021'],
    ['f.year=abc', 'f.year=abc'],
    ['f.year=1800-1900', 'f.year=1800-1900'],
    ['f.status=done', 'f.status=done'],
    ['f.acc=', 'f.acc='],
    ['f.ind=<script>', 'f.ind=<script>'],
    ['f.dist=hetang&f.dist=lusong', 'f.dist (repeated)'],
  ])('falls back to no filter with a notice for %s', (query, problem) => {
    const result = decodeFilter(`${query}&f.cat=project`);
    expect(result.state).toEqual(emptyFilter());
    expect(result.notice?.code).toBe('malformed_filter');
    expect(result.notice?.problems).toContain(problem);
  });
});

describe('toggleValue', () => {
  it('adds and removes a value without mutating', () => {
    const a = emptyFilter();
    const b = toggleValue(a, 'districts', '攸县');
    expect(a.districts).toEqual([]);
    expect(b.districts).toEqual(['攸县']);
    expect(toggleValue(b, 'districts', '攸县').districts).toEqual([]);
  });
});
