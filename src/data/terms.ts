/**
 * The plan data's repeated Chinese vocabularies (industries, kind, level) in the current language, from the
 * reviewable table geodata/terms-en.json. A value missing from the table is shown as it is (a unit test
 * keeps the table complete for the data in geodata/plan).
 */
import terms from '../../geodata/terms-en.json';
import type { Language } from '../i18n';

export type TermField = 'industries' | 'kind' | 'level';

const TABLES: Record<TermField, Record<string, string>> = {
  industries: terms.industries,
  kind: terms.kind,
  level: terms.level,
};
const CHINESE: Record<string, string> = terms.zh;

export function termLabel(field: TermField, value: string, language: Language): string {
  if (language === 'en') return TABLES[field][value] ?? value;
  return CHINESE[value] ?? value;
}

/** True when the table has an English entry for the value. */
export function hasEnglishTerm(field: TermField, value: string): boolean {
  return value in TABLES[field];
}

/** A list of values joined the way each language writes lists. */
export function termList(field: TermField, values: readonly string[], language: Language): string {
  return values.map((v) => termLabel(field, v, language)).join(language === 'en' ? ', ' : '、');
}

export interface LocalizedText {
  text: string;
  /** The language the text is written in (for the lang attribute). */
  lang: Language;
  /** True when the text is not in the wanted language (the UI says so: "(Chinese only)"). */
  fallback: boolean;
}

/** A feature's accuracy note in the wanted language, else in the other one, marked as a fallback. */
export function accuracyNote(
  p: { accuracy_note?: string; accuracy_note_en?: string },
  language: Language,
): LocalizedText | null {
  const zh = p.accuracy_note?.trim();
  const en = p.accuracy_note_en?.trim();
  if (language === 'en') {
    if (en) return { text: en, lang: 'en', fallback: false };
    return zh ? { text: zh, lang: 'zh', fallback: true } : null;
  }
  if (zh) return { text: zh, lang: 'zh', fallback: false };
  return en ? { text: en, lang: 'en', fallback: true } : null;
}
