/**
 * How the heatmap is cut into pages: at most `standardsPerPage` standards side by side (so each
 * column stays readable on a landscape page), and as many people rows as fit; the rows continue
 * on the next page, where the header row is drawn again. Standards first, then people.
 */
export interface HeatmapSlice {
  standardFrom: number;
  standardTo: number;
  rowFrom: number;
  rowTo: number;
}

export function planHeatmapPages(standards: number, rows: number, standardsPerPage: number, rowsPerPage: number): HeatmapSlice[] {
  if (standards === 0 || rows === 0) return [];
  const perPage = Math.max(1, Math.floor(standardsPerPage));
  const rowsEach = Math.max(1, Math.floor(rowsPerPage));
  const slices: HeatmapSlice[] = [];
  for (let s = 0; s < standards; s += perPage) {
    for (let r = 0; r < rows; r += rowsEach) {
      slices.push({ standardFrom: s, standardTo: Math.min(standards, s + perPage), rowFrom: r, rowTo: Math.min(rows, r + rowsEach) });
    }
  }
  return slices;
}
