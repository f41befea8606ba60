/**
 * @packageDocumentation
 * @ofkit/docs-gen: Legal documents of a French training organisation with mandatory mentions checked, rendered to HTML, Markdown and PDF; the BPF; LHÉO export.
 */
export {};
