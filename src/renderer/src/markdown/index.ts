/** Markdown -> safe HTML for the renderer (playbook chapters, standards, previews). */
export { renderMarkdown, type RenderMarkdownOptions } from './render-markdown';
export { sanitizeHtml } from './sanitize-html';
export { escapeHtml } from './standard-card';
