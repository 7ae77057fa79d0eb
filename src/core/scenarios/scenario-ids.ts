/** New scenario ids: a readable slug from the title, made unique within the workspace. */

export function slugFromTitle(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'scenario';
}

/** `slug`, or `slug-2`, `slug-3`… whichever is free. */
export function uniqueScenarioId(title: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const base = slugFromTitle(title);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}
