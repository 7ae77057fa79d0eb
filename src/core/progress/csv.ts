/**
 * CSV files managers open in Excel or Google Sheets: RFC 4180 quoting (commas, quotes, line
 * breaks), CRLF rows, a UTF-8 byte-order mark so Excel reads Thai, Vietnamese and emoji right, and
 * formula-like text cells (starting with = + - @, tab or carriage return) prefixed with a single
 * quote so a customer's words can never run as a spreadsheet formula.
 */
export type CsvCell = string | number | boolean | null | undefined;

export const CSV_BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'string' ? value : String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return CSV_BOM + [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
