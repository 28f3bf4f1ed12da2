// The order of a plan feature's properties in geodata/plan files: the order of src/geo/schema.ts, so files built
// by different scripts read alike and diff cleanly.
export const PROPERTY_ORDER = [
  'id',
  'name',
  'name_en',
  'aliases',
  'category',
  'district',
  'source',
  'more_sources',
  'accuracy',
  'accuracy_note',
  'accuracy_note_en',
  'kind',
  'status',
  'year',
  'level',
  'scope',
  'industries',
  'zone',
  'placement',
  'description',
  'description_en',
];

/** Properties in schema order; throws on a property the schema does not know. */
export function orderProperties(properties) {
  const unknown = Object.keys(properties).filter((k) => !PROPERTY_ORDER.includes(k));
  if (unknown.length) throw new Error(`${properties.id}: unknown properties ${unknown.join(', ')}`);
  const ordered = {};
  for (const key of PROPERTY_ORDER) if (properties[key] !== undefined) ordered[key] = properties[key];
  return ordered;
}
