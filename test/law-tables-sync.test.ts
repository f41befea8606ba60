/**
 * The law catalogues keep copies of the names the functions give to codes (so that a bundle of
 * `planCpfFinancing` or `bpfInputFromDomain` does not carry the catalogue's wordings, nor the
 * reverse). The law explorer and a plan's explanation must name a funder, a legal basis or a holder
 * status the same way: each copy must equal its original.
 */
import { describe, expect, it } from 'vitest';
import { BASES, FUNDERS as CPF_FUNDERS, HOLDER_STATUSES } from '../packages/cpf/src/law-catalogue.js';
import { BASIS_LABEL, FUNDER_LABEL, FUNDER_LABEL_EN, HOLDER_STATUS_LABEL } from '../packages/cpf/src/financing/wording.js';
import { FUNDERS as BPF_FUNDERS } from '../packages/docs-gen/src/law-catalogue.js';
import { FUNDER_LABEL as BPF_FUNDER_LABEL } from '../packages/docs-gen/src/bpf/from-domain.js';

describe('the law catalogues name codes as the functions do', () => {
  it('cpf: funders, bases and holder statuses of the catalogue equal those of the plan’s explanation', () => {
    expect(Object.keys(CPF_FUNDERS).sort()).toEqual(Object.keys(FUNDER_LABEL).sort());
    for (const [code, [fr, en]] of Object.entries(CPF_FUNDERS)) expect([code, fr, en]).toEqual([code, FUNDER_LABEL[code], FUNDER_LABEL_EN[code]]);
    expect(BASES).toEqual(BASIS_LABEL);
    expect(HOLDER_STATUSES).toEqual(HOLDER_STATUS_LABEL);
  });

  it('docs-gen: the French funder names of the catalogue equal the payer names bpfInputFromDomain gives', () => {
    expect(Object.keys(BPF_FUNDERS).sort()).toEqual(Object.keys(BPF_FUNDER_LABEL).sort());
    for (const [code, [fr]] of Object.entries(BPF_FUNDERS)) expect([code, fr]).toEqual([code, (BPF_FUNDER_LABEL as Record<string, string>)[code]]);
  });
});
