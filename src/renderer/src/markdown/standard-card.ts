/**
 * HTML for `[[standard:<id>]]`: a card when the reference stands alone, the title inline in a
 * sentence, and a visible marker when the id is unknown. Every value is escaped here and the whole
 * output still goes through DOMPurify; `own` is the render's mark that lets the sanitiser keep
 * these elements' classes and data attributes, which it strips from the author's own HTML.
 */
import type { ServiceStandard } from '../../../shared/domain/playbook';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]);
}

export function standardCardHtml(id: string, standard: ServiceStandard | undefined, own: string): string {
  if (!standard) {
    return `<p${own} class="standard-unknown" data-standard-id="${escapeHtml(id)}" role="note">Unknown standard: “${escapeHtml(id)}”. Create it or fix the link.</p>\n`;
  }
  const target = standard.target ? `<p${own} class="standard-card-target">Target: ${escapeHtml(standard.target.text)}</p>` : '';
  return (
    `<aside${own} class="standard-card" data-standard-id="${escapeHtml(standard.id)}" aria-label="Service standard: ${escapeHtml(standard.title)}">` +
    `<p${own} class="standard-card-label">Service standard</p>` +
    `<p${own} class="standard-card-title"><strong>${escapeHtml(standard.title)}</strong></p>` +
    `<p${own} class="standard-card-statement">${escapeHtml(standard.statement)}</p>` +
    target +
    `</aside>\n`
  );
}

export function standardInlineHtml(id: string, standard: ServiceStandard | undefined, own: string): string {
  if (!standard) return `<span${own} class="standard-unknown" data-standard-id="${escapeHtml(id)}" role="note">unknown standard “${escapeHtml(id)}”</span>`;
  return `<span${own} class="standard-ref" data-standard-id="${escapeHtml(standard.id)}">${escapeHtml(standard.title)}</span>`;
}
