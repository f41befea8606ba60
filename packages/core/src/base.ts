/**
 * @packageDocumentation
 * @internal
 * `@ofkit/core/internal/base`: everything `@ofkit/core` exports except its `./schemas` module (the
 * public zod schemas of the domain records and identifiers, with `domainJsonSchemas`, `slotHours`,
 * `FUNDER_TYPES`, `BPF_C_LINE_BY_FUNDER`, `TRAINING_CATEGORIES`; `CivilDateSchema`, which lives with
 * its module, is here) and its `./money` module (`Money`, `formatEur`, the money input schemas…). In
 * Node, importing `@ofkit/core` builds those schemas (about forty zod schemas, a third of the
 * package's import time) and loads decimal.js (128 kB to read and compile, used by `Money` only);
 * `@ofkit/cpf` and `@ofkit/rnq` import their runtime values from here instead, so that importing them
 * does neither (issue 13, cold start; cpf computes its amounts in whole cents). Same modules, same
 * values: `OfkitError` from here is the `OfkitError` of `@ofkit/core`. Not part of the documented
 * contract and not covered by semver.
 */
export * from './errors/index.js';
export * from './law/index.js';
export * from './calendar/index.js';
export * from './identifiers/index.js';
