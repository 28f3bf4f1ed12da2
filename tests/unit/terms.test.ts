import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { accuracyNote, hasEnglishTerm, termLabel, termList, type TermField } from '../../src/data/terms';

const dir = new URL('../../geodata/plan/', import.meta.url);
const features = readdirSync(dir)
  .filter((f) => f.endsWith('.geojson'))
  .flatMap(
    (f) =>
      (JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as { features: { properties: Record<string, unknown> }[] })
        .features,
  );

function values(field: TermField): Set<string> {
  const out = new Set<string>();
  for (const { properties } of features) {
    const value = properties[field];
    if (Array.isArray(value)) for (const v of value) out.add(String(v));
    else if (typeof value === 'string') out.add(value);
  }
  return out;
}

describe('geodata/terms-en.json', () => {
  it('reads real data (the plan has industries, kinds and levels)', () => {
    expect(values('industries').size).toBeGreaterThan(10);
    expect(values('kind').size).toBeGreaterThan(10);
    expect(values('level').size).toBeGreaterThan(5);
  });

  for (const field of ['industries', 'kind', 'level'] as const) {
    it(`has an English entry for every ${field} value in geodata/plan`, () => {
      const missing = [...values(field)].filter((v) => !hasEnglishTerm(field, v));
      expect(missing).toEqual([]);
    });
  }

  it('gives English words in English and Chinese in Chinese', () => {
    expect(termLabel('industries', '轨道交通', 'en')).toBe('Rail transit equipment');
    expect(termLabel('industries', '轨道交通', 'zh')).toBe('轨道交通');
    expect(termLabel('kind', 'pole', 'zh')).toBe('增长极');
    expect(termList('industries', ['陶瓷', '服饰'], 'en')).toBe('Ceramics, Apparel');
    expect(termList('industries', ['陶瓷', '服饰'], 'zh')).toBe('陶瓷、服饰');
    for (const field of ['industries', 'kind', 'level'] as const) {
      for (const v of values(field)) expect(termLabel(field, v, 'en')).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe('accuracy notes in the wanted language', () => {
  it('uses accuracy_note_en in English and accuracy_note in Chinese', () => {
    const p = { accuracy_note: '经株洲西站绘制', accuracy_note_en: 'drawn through Zhuzhou West' };
    expect(accuracyNote(p, 'en')).toEqual({ text: 'drawn through Zhuzhou West', lang: 'en', fallback: false });
    expect(accuracyNote(p, 'zh')).toEqual({ text: '经株洲西站绘制', lang: 'zh', fallback: false });
  });
  it('falls back to the other language, marked, and to nothing when there is no note', () => {
    expect(accuracyNote({ accuracy_note: '示意' }, 'en')).toEqual({ text: '示意', lang: 'zh', fallback: true });
    expect(accuracyNote({ accuracy_note_en: 'sketch' }, 'zh')).toEqual({ text: 'sketch', lang: 'en', fallback: true });
    expect(accuracyNote({ accuracy_note: '  ' }, 'en')).toBeNull();
    expect(accuracyNote({}, 'zh')).toBeNull();
  });
});
