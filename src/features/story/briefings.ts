/**
 * Where briefings come from: the scripts bundled from geodata/briefings/*.json (checked against the schema at
 * start-up; a broken file is reported, never shown) and the planner's working copy kept in this browser's
 * localStorage, so a briefing authored in the app survives a reload.
 */
import type { Briefing } from '../../data/briefing';
import { parseBriefing, serializeBriefing } from '../../data/briefingSchema';

const files = import.meta.glob<unknown>('../../../geodata/briefings/*.json', { eager: true, import: 'default' });

export const DEFAULT_BRIEFING_ID = 'default';

const builtIn: Briefing[] = [];
/** Bundled files that failed the schema, with readable reasons. */
export const BRIEFING_PROBLEMS: { file: string; errors: string[] }[] = [];

for (const [path, json] of Object.entries(files)) {
  const result = parseBriefing(json);
  if (result.ok) builtIn.push(result.briefing);
  else BRIEFING_PROBLEMS.push({ file: path.split('/').pop() ?? path, errors: result.errors });
}

export const BUILT_IN_BRIEFINGS: readonly Briefing[] = builtIn;

export function builtInBriefing(id: string = DEFAULT_BRIEFING_ID): Briefing | null {
  return builtIn.find((b) => b.id === id) ?? builtIn[0] ?? null;
}

export const STORAGE_KEY = 'zhuzhou-plan-map:briefing';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage disabled (privacy mode, sandboxed frame)
  }
}

/** The working copy saved in this browser, if any (a copy that no longer validates is ignored). */
export function loadWorkingCopy(): Briefing | null {
  let text: string | null | undefined;
  try {
    text = storage()?.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
  if (!text) return null;
  try {
    const result = parseBriefing(text);
    return result.ok ? result.briefing : null;
  } catch {
    return null; // never a reason not to start
  }
}

/** Saves (or with null, forgets) the working copy. Returns false when the browser refused to store it. */
export function saveWorkingCopy(briefing: Briefing | null): boolean {
  const store = storage();
  if (!store) return false;
  try {
    if (briefing) store.setItem(STORAGE_KEY, serializeBriefing(briefing));
    else store.removeItem(STORAGE_KEY);
    return true;
  } catch {
    return false; // quota exceeded
  }
}
