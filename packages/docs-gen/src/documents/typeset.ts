/**
 * French typography applied to every block a kind builds (../typography), and the optional
 * internal annex. Kept apart from the builders so every kind gets the same treatment.
 *
 * @module
 */
import type { Warning } from '@ofkit/core';
import type { Block, Inline, InlineRun, MentionCheck } from '../model/types.js';
import { heading, paragraph, table } from '../model/builders.js';
import { frText } from '../typography/index.js';

function inline(x: Inline): Inline {
  if (typeof x === 'string') return frText(x);
  return x.map((r: InlineRun) => ({ ...r, text: frText(r.text) }));
}

/** Applies {@link frText} to every text of the blocks (headings, paragraphs, lists, tables, key-values). */
export function typesetBlocks(blocks: readonly Block[]): Block[] {
  return blocks.map((b): Block => {
    switch (b.type) {
      case 'heading':
      case 'paragraph':
        return { ...b, text: inline(b.text) };
      case 'list':
        return { ...b, items: b.items.map(inline) };
      case 'checklist':
        return { ...b, items: b.items.map((i) => ({ ...i, text: inline(i.text) })) };
      case 'table':
        return {
          ...b,
          columns: b.columns.map((c) => ({ ...c, header: inline(c.header) })),
          rows: b.rows.map((r) => r.map(inline)),
          ...(b.caption !== undefined ? { caption: inline(b.caption) } : {}),
        };
      case 'keyValue':
        return { ...b, items: b.items.map((i) => ({ ...i, key: frText(i.key), value: inline(i.value) })) };
      case 'signatures':
        return { ...b, signatories: b.signatories.map((x) => ({ ...x, role: frText(x.role), ...(x.mention !== undefined ? { mention: frText(x.mention) } : {}) })) };
      case 'section':
        return { ...b, blocks: typesetBlocks(b.blocks) };
      default:
        return b;
    }
  });
}

/** The internal annex: every mention checked (code, status, references) and every warning. */
export function internalAnnex(checks: readonly MentionCheck[], warnings: readonly Warning[], steps: readonly { readonly code: string; readonly label: string }[] = []): Block[] {
  const out: Block[] = [
    { type: 'pageBreak' },
    heading(1, 'Annexe interne — ne pas transmettre'),
    paragraph('Contrôles effectués sur ce document, pour l’organisme de formation.', { size: 'small' }),
    checks.length === 0
      ? paragraph('Aucune mention obligatoire n’est contrôlée sur ce type de document.', { size: 'small' })
      : table(
          [{ header: 'Code', width: 2 }, { header: 'Mention', width: 3 }, { header: 'État', width: 1 }, { header: 'Références', width: 2 }],
          checks.map((c) => [c.code, c.label, c.status === 'present' ? 'présente' : c.status === 'missing' ? 'manquante' : 'invalide', c.references.map((r) => r.article).join(', ')]),
          { size: 'small' },
        ),
  ];
  if (warnings.length > 0) {
    out.push(heading(2, 'Avertissements'), table([{ header: 'Code', width: 1 }, { header: 'Message', width: 4 }], warnings.map((w) => [w.code, w.message]), { size: 'small' }));
  }
  if (steps.length > 0) {
    out.push(heading(2, 'Calcul et paramètres appliqués'), table([{ header: 'Code', width: 1 }, { header: 'Étape', width: 4 }], steps.map((st) => [st.code, st.label]), { size: 'small' }));
  }
  return out;
}
