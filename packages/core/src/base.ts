/**
 * @packageDocumentation
 * @internal
 * `@ofkit/core/internal/base`: everything `@ofkit/core` exports except its `./schemas` module (the
 * public zod schemas of the domain records and identifiers, with `domainJsonSchemas`, `slotHours`,
 * `FUNDER_TYPES`, `BPF_C_LINE_BY_FUNDER`, `TRAINING_CATEGORIES`; `CivilDateSchema` and the money
 * input schemas, which live with their modules, are here). In Node, importing `@ofkit/core` builds
 * those schemas (about forty zod schemas, a third of the package's import time); a package that does
 * not use them (`@ofkit/cpf`) imports its runtime values from here instead, so that importing it does
 * not build them (issue 13, cold start). Same modules, same values: `OfkitError` from here is the
 * `OfkitError` of `@ofkit/core`. Not part of the documented contract and not covered by semver.
 */
export * from './errors/index.js';
export * from './law/index.js';
export * from './money/index.js';
export * from './calendar/index.js';
export * from './identifiers/index.js';
