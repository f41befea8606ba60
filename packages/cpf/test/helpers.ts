/**
 * Shared by the cpf tests (not part of the package): core's test helpers, the same `OfkitError`
 * class under the test aliases.
 */
export { thrown } from '../../core/test/helpers.js';
