/**
 * Markdown -> safe HTML for the playbook: marked (GFM) with heading anchors matching the core's
 * table of contents, `[[standard:<id>]]` cards and references, workspace images written as
 * `![alt](asset:<id>)`, and DOMPurify over everything. Browser-only APIs; no Node.
 */
import { Marked, type Tokens, type TokenizerAndRendererExtension } from 'marked';
import { STANDARD_REF_SOURCE, uniqueAnchor, type ServiceStandard } from '../../../shared/domain/playbook';
import { newOwnMark, OWN_MARK_ATTR, sanitizeHtml } from './sanitize-html';
import { escapeHtml, standardCardHtml, standardInlineHtml } from './standard-card';

export interface RenderMarkdownOptions {
  standards: readonly ServiceStandard[];
  /** The URL to show a workspace image; undefined when the asset is missing. */
  resolveAsset?: (assetId: string) => string | undefined;
}

const ASSET_URL = /^asset:([A-Za-z0-9_-]+)$/;

interface StandardRefToken extends Tokens.Generic {
  type: 'standardCard' | 'standardRef';
  raw: string;
  id: string;
}

function standardExtensions(byId: Map<string, ServiceStandard>, own: string): TokenizerAndRendererExtension[] {
  const card = new RegExp(`^ {0,3}${STANDARD_REF_SOURCE}[ \\t]*(?:\\n+|$)`);
  const inline = new RegExp(`^${STANDARD_REF_SOURCE}`);
  return [
    {
      name: 'standardCard',
      level: 'block',
      tokenizer(src) {
        const match = card.exec(src);
        return match ? { type: 'standardCard', raw: match[0], id: match[1] } : undefined;
      },
      renderer: (token) => standardCardHtml((token as StandardRefToken).id, byId.get((token as StandardRefToken).id), own),
    },
    {
      name: 'standardRef',
      level: 'inline',
      start: (src) => src.indexOf('[[standard:'),
      tokenizer(src) {
        const match = inline.exec(src);
        return match ? { type: 'standardRef', raw: match[0], id: match[1] } : undefined;
      },
      renderer: (token) => standardInlineHtml((token as StandardRefToken).id, byId.get((token as StandardRefToken).id), own),
    },
  ];
}

export function renderMarkdown(markdown: string, options: RenderMarkdownOptions): string {
  const byId = new Map(options.standards.map((s) => [s.id, s]));
  const anchors = new Map<string, number>();
  const imageUrls = new Set<string>();
  // Unguessable per render, so the author's HTML cannot pass for the app's own markup.
  const nonce = newOwnMark();
  const own = ` ${OWN_MARK_ATTR}="${nonce}"`;
  const marked = new Marked({ gfm: true, breaks: false, async: false });
  marked.use({
    extensions: standardExtensions(byId, own),
    renderer: {
      heading({ tokens, depth }) {
        const text = this.parser.parseInline(tokens, this.parser.textRenderer);
        return `<h${depth}${own} id="${escapeHtml(uniqueAnchor(text, anchors))}">${this.parser.parseInline(tokens)}</h${depth}>\n`;
      },
      image({ href, title, text }) {
        const asset = ASSET_URL.exec(href);
        if (!asset) return false;
        const url = options.resolveAsset?.(asset[1]);
        if (!url) return `<span${own} class="image-missing" role="img" aria-label="${escapeHtml(text)}">Missing image: ${escapeHtml(text || asset[1])}</span>`;
        imageUrls.add(url);
        return `<img src="${escapeHtml(url)}" alt="${escapeHtml(text)}"${title ? ` title="${escapeHtml(title)}"` : ''}>`;
      },
    },
  });
  const html = marked.parse(markdown, { async: false });
  return sanitizeHtml(html, imageUrls, nonce);
}
