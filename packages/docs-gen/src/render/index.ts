/**
 * Renderers of the document model to HTML and Markdown (PDF: `@ofkit/docs-gen/pdf`).
 *
 * @module
 */
export { renderHtml } from './html.js';
export type { RenderHtmlOptions } from './html.js';
export { renderMarkdown } from './markdown.js';
