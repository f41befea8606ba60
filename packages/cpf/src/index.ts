/**
 * @packageDocumentation
 * @ofkit/cpf: CPF financing engine: order of mobilisation (R. 6333-3), dotations, participation forfaitaire, caps, eligibility, rights accrual, platform deadlines.
 */
export {};
