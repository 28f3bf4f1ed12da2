/** Types of scripts/build-gazetteer.mjs. */
export function buildGazetteer(root?: string): string;
