export { OfkitError, isOfkitError } from './ofkit-error.js';
export type { OfkitIssue, IssuePath, OfkitErrorCode } from './ofkit-error.js';
export { parseInput } from './validate.js';
export { INPUT_LIMITS } from './plain.js';
