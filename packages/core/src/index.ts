/**
 * @packageDocumentation
 * `@ofkit/core`: the base of ofkit. Law as dated data with legal references, exact money, the
 * French calendar (public holidays by zone, working days, half-days in Europe/Paris), identifier
 * checks, the shared domain schemas and the one error type, {@link OfkitError}.
 */
export * from './errors/index.js';
export * from './law/index.js';
export * from './money/index.js';
export * from './calendar/index.js';
export * from './identifiers/index.js';
export * from './schemas/index.js';
