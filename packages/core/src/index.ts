/**
 * @packageDocumentation
 * @ofkit/core: Law as dated data, exact money, the French calendar, identifiers, domain schemas and errors for French training organisations.
 */
export {};
