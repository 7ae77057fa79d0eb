/** Markdown -> safe HTML for the renderer (playbook chapters, standards, previews). */
export { renderMarkdown } from './render-markdown';
