/**
 * @packageDocumentation
 * `@ofkit/docs-gen`: every legal document a French training organisation issues, with its mandatory
 * mentions checked, rendered to HTML and Markdown (PDF from `@ofkit/docs-gen/pdf`); the BPF
 * (Cerfa 10443); the LHÉO export of the training offer.
 */
export * from './model/index.js';
export * from './render/index.js';
export * from './documents/index.js';
export * from './bpf/index.js';
export * from './lheo/index.js';
export { docsGenLawCatalogue } from './law-catalogue.js';
export { VeilleSchema } from './documents/kinds/veille.js';
export type { VeilleInput } from './documents/kinds/veille.js';
export * from './typography/index.js';
