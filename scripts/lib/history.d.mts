/** Types of scripts/lib/history.mjs. */
export const SEED_DATES: Record<string, string>;
export const ENTRY_STATUS: string[];
export const HISTORY_TABLES: { file: string; comment: string; features: string[]; include: (f: unknown) => boolean }[];
export function seedText(dir: string): Record<string, string> | null;
export function trackedIds(root?: string): Map<string, string>;
export function buildHistory(
  root?: string,
  seeds?: Record<string, string> | null,
): {
  text: string;
  problems: string[];
  features: Record<
    string,
    { date: string; status: string; source: { file: string; line: number; quote: string; section: string } }[]
  >;
  tracked: Map<string, string>;
};
