/**
 * A standard's title up to its first qualifier, for narrow column headers (the heatmap on screen
 * and in the PDF): "Keep the feed honest: sold-out items are…" → "Keep the feed honest".
 */
export function shortTitle(title: string): string {
  const short = title.split(/[:;(]| — |, and /)[0].trim();
  return short.length >= 8 ? short : title;
}
