/** Types of scripts/lib/coverage.mjs (plain ESM so `npm run coverage-report` needs no build step). */

export type Kind =
  | 'park'
  | 'new_town'
  | 'featured_town'
  | 'town'
  | 'station'
  | 'railway'
  | 'expressway'
  | 'road'
  | 'port'
  | 'airport'
  | 'hub'
  | 'logistics'
  | 'tourism'
  | 'mountain'
  | 'river'
  | 'agri_area'
  | 'structure'
  | 'project';

export interface Occurrence {
  /** Seed file id: '000'…'004'. */
  file: string;
  /** 1-based line number. */
  line: number;
}

export interface CuratedEntry {
  name: string;
  kind: Kind;
  /** Spellings in the normalised text; each occurrence counts for `name`. */
  variants: string[];
  /** Regex source: the occurrence does not count when this follows it. */
  notFollowedBy?: string;
}

export interface LineHit {
  name: string;
  kind: Kind;
  /** The spelling found in the text. */
  variant: string;
  /** Town hierarchy level (专栏25), e.g. '五级城镇'. */
  level?: string;
}

export interface ExtractedName {
  name: string;
  kind: Kind;
  occurrences: Occurrence[];
  variants: string[];
  level?: string;
}

export interface SeedFile {
  id: string;
  text: string;
  path?: string;
}

export interface GeoFeatureRef {
  file: string;
  id: string;
  name: string;
  aliases?: string[];
  category: string;
  accuracy?: string;
}

export type MatchType = 'exact' | 'alias' | 'normalised' | 'contains';

export interface Match {
  type: MatchType;
  id: string;
  featureName: string;
  category: string;
  file: string;
  /** Further features with the same name or alias. */
  others: string[];
}

export interface FeatureIndex {
  features: GeoFeatureRef[];
  exact: Map<string, { feature: GeoFeatureRef; via: 'name' | 'alias' }[]>;
  loose: Map<string, { feature: GeoFeatureRef; via: 'name' | 'alias' }[]>;
}

export type Status = 'mapped' | 'excluded' | 'missing';

export interface ReportRow {
  name: string;
  kind: Kind;
  level?: string;
  first: Occurrence;
  occurrences: Occurrence[];
  variants: string[];
  status: Status;
  match?: Match;
  reason?: string;
  /** Set when a mapped name still has an entry in the exclusion list. */
  redundantExclusion?: string;
}

export interface KindCount {
  total: number;
  mapped: number;
  excluded: number;
  missing: number;
}

export interface Report {
  rows: ReportRow[];
  byKind: Record<string, KindCount>;
  totals: KindCount;
  unusedExclusions: string[];
}

export const KINDS: Kind[];
export const KIND_LABELS: Record<Kind, string>;
export const KIND_CATEGORIES: Record<Kind, string[]>;
export const OCR_FIXES: [RegExp, string][];
export const ZHUZHOU_MARKERS: string[];
export const OTHER_CITY_MARKERS: string[];
export const CURATED: CuratedEntry[];
export const SUFFIX_RULES: {
  suffix: string;
  kind: Kind;
  notFollowedBy?: string;
  notPrecededBy?: string;
  newsOnly?: boolean;
}[];
export const BREAKERS: string[];
export const GENERIC_MORPHEMES: string[];
export const CANONICAL: Record<string, string>;
export const NOISE_PATTERNS: RegExp[];
export const REPO_ROOT: string;
export const EXCLUSIONS_PATH: string;

export function fixOcr(text: string): string;
export function normaliseLine(text: string): string;
export function nameKey(name: string): string;
export function looseKey(name: string): string;
export function zhuzhouLines(lines: string[]): boolean[];
export function isGenericStem(stem: string): boolean;
export function isStationName(name: string): boolean;
export function isNoise(name: string, kind: Kind, stem: string): boolean;
export function splitClauses(line: string): string[];
export function suffixCandidates(
  clause: string,
  options?: { news?: boolean },
): { name: string; kind: Kind; stem: string; end: number }[];
export function townCandidates(clause: string): { name: string; kind: 'town' }[];
export function roadCandidates(line: string): { name: string; kind: 'road' | 'expressway' }[];
export function townHierarchy(line: string): { name: string; kind: 'town'; level: string }[];
export function curatedMatches(
  line: string,
  curated?: CuratedEntry[],
): { entry: CuratedEntry; start: number; end: number; variant: string }[];
export function extractFromLine(rawLine: string, options?: { news?: boolean; curated?: CuratedEntry[] }): LineHit[];
export function extractNames(files: SeedFile[], options?: { curated?: CuratedEntry[] }): ExtractedName[];
export function lookupForms(entry: { name: string; kind: Kind; variants?: string[] }): string[];
export function buildIndex(features: GeoFeatureRef[]): FeatureIndex;
export function matchName(entry: { name: string; kind: Kind; variants?: string[] }, index: FeatureIndex): Match | null;
export function exclusionFor(
  entry: { name: string; kind: Kind; variants?: string[] },
  exclusions: Record<string, string>,
): { name: string; reason: string } | null;
export function buildReport(
  names: ExtractedName[],
  features: GeoFeatureRef[],
  exclusions: Record<string, string>,
): Report;
export function categoryCounts(features: GeoFeatureRef[]): {
  byCategory: Record<string, number>;
  byFile: Record<string, number>;
  byAccuracy: Record<string, number>;
  total: number;
};
export function seedsDir(env?: Record<string, string | undefined>): string;
export function loadSeeds(dir?: string): SeedFile[] | null;
export function loadPlanFeatures(dir?: string): GeoFeatureRef[];
export function loadExclusions(path?: string): Record<string, string>;
export function parseOmissions(text: string): Record<string, string>;
