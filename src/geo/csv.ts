/**
 * CSV per RFC 4180 (CRLF rows, quotes doubled, fields with commas, quotes or line breaks quoted), starting with a
 * UTF-8 BOM so Excel opens Chinese text correctly; text cells a spreadsheet would run as a formula (=, +, -, @ at
 * the start) are neutralised. Pure.
 */
export const CSV_BOM = '\uFEFF';
/** One CSV cell. Numbers as they are; text quoted when needed and guarded against formula execution. */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = value;
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(cells: readonly (string | number | null | undefined)[]): string {
  return cells.map(csvCell).join(',');
}

/** Rows → a CSV document with BOM and CRLF line ends. */
export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return CSV_BOM + rows.map(csvRow).join('\r\n') + '\r\n';
}
