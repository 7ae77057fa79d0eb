/**
 * The one gate every rendered HTML passes: DOMPurify with an allow-list of tags and attributes,
 * links only to http(s) and mailto (or an in-page #anchor), images only from http(s) or a workspace
 * asset URL the renderer resolved itself. Needs a DOM window: the browser's, or jsdom's in tests.
 */
import createDOMPurify, { type DOMPurify } from 'dompurify';

const ALLOWED_TAGS = [
  'a', 'abbr', 'aside', 'b', 'blockquote', 'br', 'code', 'del', 'details', 'div', 'em', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'hr', 'i', 'img', 'input', 'kbd', 'li', 'mark', 'ol', 'p', 'pre', 's', 'span', 'strong', 'sub', 'summary', 'sup',
  'table', 'tbody', 'td', 'th', 'thead', 'tr', 'u', 'ul',
];
const ALLOWED_ATTR = ['href', 'src', 'alt', 'title', 'id', 'class', 'role', 'aria-label', 'align', 'start', 'type', 'checked', 'disabled', 'colspan', 'rowspan'];

const LINK_URL = /^(?:https?:\/\/|mailto:|#)/i;
const IMAGE_URL = /^https?:\/\//i;
const ANCHOR_ID = /^[\p{L}\p{M}\p{N}-]+$/u;

let purifier: DOMPurify | null = null;
/** Asset URLs the current render produced; read by the hook during one synchronous sanitize call. */
let trustedImageUrls: ReadonlySet<string> = new Set();

function instance(): DOMPurify {
  if (purifier) return purifier;
  if (typeof window === 'undefined') throw new Error('renderMarkdown needs a DOM window (a browser, or jsdom in tests).');
  const purify = createDOMPurify(window);
  purify.addHook('uponSanitizeAttribute', (node, data) => {
    const value = data.attrValue.trim();
    if (data.attrName === 'href') {
      data.keepAttr = node.nodeName === 'A' && LINK_URL.test(value);
    } else if (data.attrName === 'src') {
      if (node.nodeName === 'IMG' && trustedImageUrls.has(data.attrValue)) data.forceKeepAttr = true;
      else data.keepAttr = node.nodeName === 'IMG' && IMAGE_URL.test(value);
    } else if (data.attrName === 'id') {
      data.keepAttr = /^H[1-6]$/.test(node.nodeName) && ANCHOR_ID.test(value);
    } else if (data.attrName === 'type' || data.attrName === 'checked' || data.attrName === 'disabled') {
      // Only GFM task-list checkboxes, which marked renders disabled.
      data.keepAttr = node.nodeName === 'INPUT' && (data.attrName !== 'type' || value === 'checkbox');
    }
  });
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName === 'A') {
      const href = node.getAttribute('href') ?? '';
      node.setAttribute('rel', 'noopener noreferrer');
      if (/^https?:/i.test(href)) node.setAttribute('target', '_blank');
    }
    if (node.nodeName === 'INPUT') {
      if (node.getAttribute('type') !== 'checkbox') node.remove();
      else node.setAttribute('disabled', '');
    }
  });
  purifier = purify;
  return purify;
}

export function sanitizeHtml(html: string, imageUrls: ReadonlySet<string> = new Set()): string {
  const purify = instance();
  trustedImageUrls = imageUrls;
  try {
    return purify.sanitize(html, {
      ALLOWED_TAGS,
      ALLOWED_ATTR,
      ALLOW_DATA_ATTR: true,
      ALLOW_UNKNOWN_PROTOCOLS: false,
      // Kept only when the hook above allows them; the tag list already excludes svg, math, form, style.
      ADD_DATA_URI_TAGS: [],
    });
  } finally {
    trustedImageUrls = new Set();
  }
}
