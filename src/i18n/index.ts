/**
 * i18next set-up. Chinese is the default; every visible string has an English twin. Each feature keeps its
 * strings in its own resource file (same shape as core.ts) and lists it in FEATURE_RESOURCES below.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { core } from './core';
import { nearby } from '../features/nearby/strings';
import { offline } from '../pwa/strings';
import { planner } from '../features/planner/strings';
import { story } from '../features/story/strings';
import { sitecheck } from '../features/sitecheck/strings';

export type Language = 'zh' | 'en';
export const LANGUAGES: Language[] = ['zh', 'en'];

type Resource = { zh: Record<string, unknown>; en: Record<string, unknown> };

/** Feature string files: add yours here (one line), keyed by its top-level namespace prefix. */
const FEATURE_RESOURCES: Resource[] = [nearby, story, planner, offline, sitecheck];

function merge(language: Language): Record<string, unknown> {
  return Object.assign({}, core[language], ...FEATURE_RESOURCES.map((r) => r[language]));
}

export function initI18n(language: Language): typeof i18next {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      lng: language,
      fallbackLng: 'zh',
      resources: { zh: { translation: merge('zh') }, en: { translation: merge('en') } },
      interpolation: { escapeValue: false }, // React escapes
      returnNull: false,
    });
  } else if (i18next.language !== language) {
    void i18next.changeLanguage(language);
  }
  return i18next;
}

/** Picks the string of a catalog-style {zh, en} pair. */
export function loc(text: { zh: string; en: string }, language: Language): string {
  return text[language];
}
