export { OfkitError, isOfkitError, issue, formatPath } from './ofkit-error.js';
export type { OfkitIssue, IssuePath, OfkitErrorCode } from './ofkit-error.js';
export { parseInput, issuesFromZod, bilingual } from './validate.js';
export { INPUT_LIMITS } from './plain.js';
