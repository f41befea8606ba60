/**
 * @packageDocumentation
 * @internal
 * `@ofkit/docs-gen/internal`: helpers the document kinds, renderers and exports share among
 * themselves (block walking and plain text, escapers for HTML, Markdown, XML and iCalendar, shared
 * sentences of the documents). Not part of the documented contract and not covered by semver: any of
 * them may change or disappear in a minor release. The public API is listed in the README
 * (`## Public API`); see issue 14 §1.
 */
export { walkBlocks, documentText, plainText, ndaSentence, issuerHeaderFooter } from './model/builders.js';
export { escapeHtml } from './render/html.js';
export { escapeMarkdown } from './render/markdown.js';
export { certificationText } from './documents/common.js';
export { mentionInForce } from './documents/mentions.js';
export { followsInvoiceNumber } from './documents/kinds/facture.js';
export { escapeXmlText, escapeXmlAttr } from './lheo/xml.js';
export { escapeIcsText, foldIcsLine } from './ics/text.js';
