/**
 * The one gate every rendered HTML passes: DOMPurify with an allow-list of tags and attributes,
 * links only to http(s) and mailto (or an in-page #anchor), images only from http(s) or a workspace
 * asset URL the renderer resolved itself. Author HTML keeps no `class`, `style`, `id` or `data-*`:
 * with the app's own class names a chapter could draw a fixed full-screen panel (a fake "sign in
 * again" page) over the app. Only elements the renderer made itself, marked with this render's
 * random mark, keep them (heading anchors, standard cards). Needs a DOM window: the browser's, or
 * jsdom's in tests.
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

export const OWN_MARK_ATTR = 'data-cx-own';

export function newOwnMark(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

const AUTHOR_FORBIDDEN = /^(?:class|style|id|data-.*)$/;

let purifier: DOMPurify | null = null;
/** This render's mark; empty between renders, so nothing is trusted then. */
let ownMark = '';
let ownNodes = new WeakSet<Node>();
/** Asset URLs the current render produced; read by the hook during one synchronous sanitize call. */
let trustedImageUrls: ReadonlySet<string> = new Set();

function instance(): DOMPurify {
  if (purifier) return purifier;
  if (typeof window === 'undefined') throw new Error('renderMarkdown needs a DOM window (a browser, or jsdom in tests).');
  const purify = createDOMPurify(window);
  purify.addHook('beforeSanitizeAttributes', (node) => {
    if (!(node instanceof window.Element) || !node.hasAttribute(OWN_MARK_ATTR)) return;
    if (ownMark && node.getAttribute(OWN_MARK_ATTR) === ownMark) ownNodes.add(node);
    node.removeAttribute(OWN_MARK_ATTR);
  });
  purify.addHook('uponSanitizeAttribute', (node, data) => {
    const value = data.attrValue.trim();
    if (AUTHOR_FORBIDDEN.test(data.attrName) && !ownNodes.has(node)) {
      data.keepAttr = false;
    } else if (data.attrName === 'href') {
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

export function sanitizeHtml(html: string, imageUrls: ReadonlySet<string> = new Set(), mark = ''): string {
  const purify = instance();
  trustedImageUrls = imageUrls;
  ownMark = mark;
  ownNodes = new WeakSet();
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
    ownMark = '';
  }
}
