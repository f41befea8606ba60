/**
 * @packageDocumentation
 * `@ofkit/docs-gen/docx`: Word (DOCX) rendering of the document model. Loads the optional peer
 * dependency `docx`; kept apart so that other users do not pay for it.
 */
export { renderDocx } from './render.js';
export type { RenderDocxOptions } from './render.js';
export type { Branding } from '../model/branding.js';
