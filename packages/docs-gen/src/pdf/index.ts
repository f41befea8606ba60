/**
 * @packageDocumentation
 * `@ofkit/docs-gen/pdf`: PDF rendering (loads pdfmake; kept apart so other users do not pay for it).
 */
export {};
