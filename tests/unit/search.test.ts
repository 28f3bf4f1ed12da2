import { describe, expect, it } from 'vitest';
import type { PlanFeature, PlanProperties } from '../../src/geo/schema';
import { buildSearchIndex, normalizeQuery, pinyinOf, search } from '../../src/data/search';

function feature(id: string, name: string, name_en: string, extra: Partial<PlanProperties> = {}): PlanFeature {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [113.1, 27.9] },
    properties: {
      id,
      name,
      name_en,
      aliases: [],
      category: 'project',
      district: '石峰区',
      source: { file: '001', section: '第五章', line: 401, quote: '测试' },
      accuracy: 'approximate',
      ...extra,
    },
  };
}

const fixtures = [
  feature('tianxin-rail-city', '田心轨道城', 'Tianxin Rail Transit City', { aliases: ['轨道交通城'] }),
  feature('tianxin-park', '田心高科园', 'Tianxin Hi-tech Park', { category: 'industrial_park' }),
  feature('tianxinge', '天心阁', 'Tianxin Pavilion'),
  feature('zhuzhou-west', '株洲西站', 'Zhuzhou West Station', { category: 'hub', aliases: ['株洲西综合客运枢纽'] }),
  feature('czt-intercity', '长株潭城际铁路', 'Changsha–Zhuzhou–Xiangtan Intercity Railway', { category: 'railway' }),
  feature('green-heart', '长株潭绿心', 'Chang-Zhu-Tan Green Heart', { category: 'protected_area' }),
  feature('liling-edz', '醴陵经开区', 'Liling Economic Development Zone', { category: 'industrial_park' }),
  feature('s1', 'S1线', 'Metro Line S1', { category: 'urban_transit' }),
];
const index = buildSearchIndex(fixtures);
const top = (query: string) => search(index, query)[0]?.feature.properties.id;
const found = (query: string) => search(index, query).map((r) => r.feature.properties.id);

describe('pinyin', () => {
  it('computes full pinyin, syllable starts and initials', () => {
    expect(pinyinOf('田心轨道城')).toEqual({
      full: 'tianxinguidaocheng',
      starts: [0, 4, 7, 10, 13],
      initials: 'txgdc',
    });
    expect(pinyinOf('长株潭').full).toBe('changzhutan'); // polyphone 长 read chang in context
    expect(pinyinOf('S1线')).toEqual({ full: 's1xian', starts: [0, 2], initials: 's1x' });
    expect(pinyinOf('绿心').full).toBe('lvxin');
  });

  it('normalises queries', () => {
    expect(normalizeQuery(' Tian Xin ')).toBe('tianxin');
    expect(normalizeQuery('ＴＸＧＤ')).toBe('txgd'); // full-width input from a Chinese IME
  });
});

describe('search', () => {
  it('finds 田心轨道城 by full pinyin "tianxin" and by initials "txgd"', () => {
    expect(found('tianxin')).toContain('tianxin-rail-city');
    expect(top('txgd')).toBe('tianxin-rail-city');
    expect(top('tian xin gui dao')).toBe('tianxin-rail-city');
    expect(top('tianxinguidaocheng')).toBe('tianxin-rail-city');
  });

  it('finds by Chinese characters: exact first, then prefix, then substring', () => {
    expect(top('田心轨道城')).toBe('tianxin-rail-city');
    expect(found('田心').slice(0, 2).sort()).toEqual(['tianxin-park', 'tianxin-rail-city']);
    expect(found('轨道')).toContain('tianxin-rail-city');
    expect(found('株洲西')[0]).toBe('zhuzhou-west');
  });

  it('finds by alias and by English name', () => {
    expect(top('株洲西综合客运枢纽')).toBe('zhuzhou-west');
    const byAlias = search(index, '轨道交通城')[0];
    expect(byAlias?.feature.properties.id).toBe('tianxin-rail-city');
    expect(byAlias?.via).toBe('alias');
    expect(top('Liling Economic')).toBe('liling-edz');
    expect(found('green heart')).toEqual(['green-heart']);
    expect(top('west station')).toBe('zhuzhou-west');
  });

  it('matches pinyin only at syllable boundaries', () => {
    // "anxi" is inside "tianxin" but not at a syllable start.
    const exact = search(index, 'anxi').filter((r) => r.via !== 'fuzzy');
    expect(exact.map((r) => r.feature.properties.id)).toEqual([]);
    expect(found('guidao')).toContain('tianxin-rail-city');
  });

  it('reads 长 as chang and 绿 as lv', () => {
    expect(found('changzhutan')).toEqual(expect.arrayContaining(['czt-intercity', 'green-heart']));
    expect(found('lvxin')).toContain('green-heart');
    expect(top('czt')).toBeDefined();
  });

  it('tolerates a typo through fuzzy matching, ranked below exact hits', () => {
    const results = search(index, 'Tianxim Pavilion');
    expect(results[0]?.feature.properties.id).toBe('tianxinge');
    expect(results[0]?.via).toBe('fuzzy');
  });

  it('still finds typos in a large index, where fuzzy matching runs on bigram candidates', () => {
    const filler = Array.from({ length: 3000 }, (_, i) =>
      feature(`filler-${i}`, `荷塘${i}号地块`, `Hetang plot ${i}`, { category: 'planning_zone' }),
    );
    const big = buildSearchIndex([...filler, ...fixtures]);
    expect(big.size).toBeGreaterThan(2000);
    const results = search(big, 'Tianxim Pavilion');
    expect(results[0]?.feature.properties.id).toBe('tianxinge');
    expect(search(big, 'txgd')[0]?.feature.properties.id).toBe('tianxin-rail-city');
    expect(search(big, 'zhuzhuo xi')[0]?.feature.properties.id).toBe('zhuzhou-west');
  });

  it('returns nothing for an empty query and respects limit and accept', () => {
    expect(search(index, '   ')).toEqual([]);
    expect(search(index, 'tianxin', { limit: 1 })).toHaveLength(1);
    expect(
      search(index, 'tianxin', { accept: (f) => f.properties.category === 'industrial_park' }).map(
        (r) => r.feature.properties.id,
      ),
    ).toEqual(['tianxin-park']);
  });

  it('handles mixed Latin and digits', () => {
    expect(top('s1')).toBe('s1');
    expect(top('s1x')).toBe('s1');
  });
});

describe('stations in the real plan data (issue 18)', () => {
  it('lists the main station first for 株洲站, zhuzhouzhan and "Zhuzhou station"', async () => {
    const { readFileSync } = await import('node:fs');
    const plan = ['water-air-hubs', 'railways'].flatMap(
      (file) =>
        (JSON.parse(readFileSync(`geodata/plan/${file}.geojson`, 'utf8')) as { features: PlanFeature[] }).features,
    );
    const real = buildSearchIndex(plan, { fuzzy: false });
    const first = (query: string) => search(real, query)[0]?.feature.properties.id;
    expect(first('株洲站')).toBe('hub-zhuzhou-passenger');
    expect(first('zhuzhouzhan')).toBe('hub-zhuzhou-passenger');
    expect(first('Zhuzhou station')).toBe('hub-zhuzhou-passenger');
    expect(first('Zhuzhou West station')).toBe('hub-zhuzhou-west-passenger');
    // The intercity stop is still found.
    expect(search(real, '株洲站').map((r) => r.feature.properties.id)).toContain('ut-czt-station-zhuzhou');
  });
});
