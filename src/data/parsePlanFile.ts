/**
 * Parses one geodata file's text into valid plan features. Pure. A malformed file or feature is reported with a
 * readable reason and skipped; the valid features of the same file are kept, so one bad entry loses nothing else.
 */
import { PlanFeatureSchema, formatSchemaIssues, type PlanFeature } from '../geo/schema';
import { geometryProblems } from '../geo/validate';

export interface ParseResult {
  features: PlanFeature[];
  problems: string[];
}

export function parsePlanFile(text: string): ParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { features: [], problems: [`not valid JSON (${(error as Error).message})`] };
  }
  if (typeof json !== 'object' || json === null || (json as { type?: unknown }).type !== 'FeatureCollection') {
    return { features: [], problems: ['not a GeoJSON FeatureCollection'] };
  }
  const raw = (json as { features?: unknown }).features;
  if (!Array.isArray(raw)) return { features: [], problems: ['FeatureCollection without a features array'] };

  const features: PlanFeature[] = [];
  const problems: string[] = [];
  raw.forEach((item, index) => {
    const parsed = PlanFeatureSchema.safeParse(item);
    if (!parsed.success) {
      problems.push(`feature ${index}: ${formatSchemaIssues(parsed.error, 2).join('; ')}`);
      return;
    }
    const geometry = geometryProblems(parsed.data.geometry as GeoJSON.Geometry);
    if (geometry.length > 0) {
      problems.push(`${parsed.data.properties.id}: ${geometry[0]}`);
      return;
    }
    features.push(parsed.data as unknown as PlanFeature);
  });
  return { features, problems };
}
