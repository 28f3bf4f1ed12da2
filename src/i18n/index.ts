/**
 * i18next set-up. Chinese is the default; every visible string has an English twin. Each feature keeps its
 * strings in its own folder (same shape as core.ts); src/app/strings.ts lists them.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { core } from './core';

export type Language = 'zh' | 'en';
export const LANGUAGES: Language[] = ['zh', 'en'];

/** A string file: the same keys in both languages, under one top-level namespace (e.g. `nearby`). */
export type Resource = { zh: Record<string, unknown>; en: Record<string, unknown> };

function merge(language: Language, resources: readonly Resource[]): Record<string, unknown> {
  return Object.assign({}, core[language], ...resources.map((r) => r[language]));
}

/** Starts i18next with the shared strings (./core.ts) and the given feature string files (src/app/strings.ts). */
export function initI18n(language: Language, resources: readonly Resource[] = []): typeof i18next {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      lng: language,
      fallbackLng: 'zh',
      resources: { zh: { translation: merge('zh', resources) }, en: { translation: merge('en', resources) } },
      interpolation: { escapeValue: false }, // React escapes
      returnNull: false,
    });
  } else if (i18next.language !== language) {
    void i18next.changeLanguage(language);
  }
  return i18next;
}

/**
 * Adds a string file that came with a feature's code after start-up (both languages, merged into what is there),
 * so a panel fetched on first use brings its own strings rather than putting them on the first screen.
 */
export function addStrings(resource: Resource): void {
  for (const language of LANGUAGES) i18next.addResourceBundle(language, 'translation', resource[language], true, true);
}

/** Picks the string of a catalog-style {zh, en} pair. */
export function loc(text: { zh: string; en: string }, language: Language): string {
  return text[language];
}
