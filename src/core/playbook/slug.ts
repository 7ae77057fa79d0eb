/**
 * Ids made from titles: "Keep the feed honest!" -> "keep-the-feed-honest". Made once, when a
 * chapter or standard is created, and never recomputed, so links survive renames.
 */
const MAX_SLUG_LENGTH = 60;

export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, MAX_SLUG_LENGTH).replace(/-+$/, '');
}

/** A slug not in `taken`; titles with no Latin letters or digits (e.g. Thai) fall back to `fallback`. */
export function uniqueSlug(title: string, taken: Iterable<string>, fallback: string): string {
  const used = new Set(taken);
  const base = slugify(title) || fallback;
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!used.has(candidate)) return candidate;
  }
}
