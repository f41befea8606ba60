/**
 * Markdown renderer (CommonMark + GFM tables), deterministic: the same document always gives the
 * same bytes.
 *
 * @module
 */
import type { Block, DocumentModel, Inline } from '../model/types.js';
import { frDate } from '../typography/index.js';
import { assertDocumentModel } from '../model/schema.js';
import { cleanText, isolateBidi } from '../model/text.js';
import { notAString } from './html.js';

/**
 * Escapes user text for Markdown. Characters that are markup anywhere in a line
 * (`\ ` * _ [ ] < > | ~ &`) are backslash-escaped everywhere; characters that are markup only at
 * the start of a line (`#`, `-`, `+`, `=`, and `12.` / `12)` list numbers) are escaped there (at
 * the start of the string and after each newline). HTML tags and entities therefore print as text.
 * Newlines are kept (the caller decides how a line break is written); `\r\n` and a bare `\r`
 * count as newlines (so a `\r` cannot start an unescaped line); other control characters are removed.
 *
 * @example
 * ```ts
 * import { escapeMarkdown } from '@ofkit/docs-gen/internal';
 * escapeMarkdown('*gras* <b>'); // '\\*gras\\* \\<b\\>'
 * escapeMarkdown('# 1. Jean-Marc'); // '\\# 1. Jean-Marc'
 * ```
 *
 * @internal Shared by the ofkit packages through `@ofkit/docs-gen/internal`; not part of the public API.
 */
export function escapeMarkdown(text: string): string {
  if (typeof text !== 'string') throw notAString();
  return cleanText(text)
    .replace(/[\\`*_[\]<>|~&]/g, (c) => `\\${c}`)
    .replace(/(^|\n)([ \t]*)([#\-+=])/g, (_m, a: string, sp: string, c: string) => `${a}${sp}\\${c}`)
    .replace(/(^|\n)([ \t]*\d+)([.)])/g, (_m, a: string, b: string, c: string) => `${a}${b}\\${c}`);
}

function inlineMd(text: Inline, lineBreak: string): string {
  const runs = typeof text === 'string' ? [{ text }] : text;
  let out = '';
  for (const r of runs) {
    if (r.text === '') continue;
    // Emphasis markers must hug non-space text: move surrounding spaces outside the markers.
    const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(cleanText(r.text))!;
    let core = escapeMarkdown(m[2]!);
    if (core !== '') {
      if ('italic' in r && r.italic) core = `*${core}*`;
      if ('bold' in r && r.bold) core = `**${core}**`;
    }
    out += m[1]! + core + m[3]!;
  }
  return out.replace(/\n/g, lineBreak);
}

function cell(text: Inline): string {
  const s = inlineMd(text, '<br>');
  return s === '' ? ' ' : s;
}

function blocksMd(blocks: readonly Block[], out: string[]): void {
  for (const b of blocks) {
    switch (b.type) {
      case 'heading':
        out.push(`${'#'.repeat(b.level)} ${inlineMd(b.text, ' ')}`);
        break;
      case 'paragraph':
        out.push(inlineMd(b.text, '\\\n'));
        break;
      case 'list':
        out.push(b.items.map((i, n) => `${b.ordered ? `${n + 1}.` : '-'} ${inlineMd(i, '\\\n  ')}`).join('\n'));
        break;
      case 'checklist':
        out.push(b.items.map((i) => `- [${i.checked ? 'x' : ' '}] ${inlineMd(i.text, '\\\n  ')}`).join('\n'));
        break;
      case 'table': {
        const lines: string[] = [];
        if (b.caption !== undefined) lines.push(`**${inlineMd(b.caption, ' ')}**`, '');
        lines.push(`| ${b.columns.map((c) => cell(c.header)).join(' | ')} |`);
        lines.push(
          `| ${b.columns
            .map((c) => (c.align === 'right' ? '---:' : c.align === 'center' ? ':---:' : '---'))
            .join(' | ')} |`,
        );
        for (const r of b.rows) lines.push(`| ${r.map(cell).join(' | ')} |`);
        out.push(lines.join('\n'));
        break;
      }
      case 'keyValue':
        out.push(b.items.map((i) => `- **${escapeMarkdown(i.key).replace(/\n/g, ' ')}** : ${inlineMd(i.value, '\\\n  ')}`).join('\n'));
        break;
      case 'signatures': {
        const lines: string[] = [];
        if (b.place !== undefined || b.date !== undefined) {
          lines.push(
            `Fait${b.place !== undefined ? ` à ${escapeMarkdown(b.place)}` : ''}${b.date !== undefined ? `, le ${escapeMarkdown(frDate(b.date))}` : ''}`,
            '',
          );
        }
        for (const s of b.signatories) {
          const parts = [`**${escapeMarkdown(s.role)}**`];
          if (s.name) parts.push(escapeMarkdown(s.name));
          if (s.mention) parts.push(`« ${escapeMarkdown(s.mention)} »`);
          if (s.signed) {
            parts.push(
              `signé (${escapeMarkdown(s.signed.method)}) le ${escapeMarkdown(s.signed.at)}${s.signed.evidence ? ` — ${escapeMarkdown(s.signed.evidence)}` : ''}`,
            );
          } else {
            parts.push(s.stamp ? 'Signature et cachet : ____________________' : 'Signature : ____________________');
          }
          lines.push(`- ${parts.join(' — ').replace(/\n/g, ' ')}`);
        }
        out.push(lines.join('\n'));
        break;
      }
      case 'pageBreak':
        out.push('---');
        break;
      case 'section':
        blocksMd(b.blocks, out);
        break;
    }
  }
}

/**
 * Renders a document as Markdown (CommonMark with GFM tables and task lists). Stable: the same
 * model always gives the same text, so it can be snapshot-tested and diffed. User data is escaped
 * (inline markup, `#`, list markers and raw HTML are escaped); the page header comes first, the footer last, page breaks become `---`.
 *
 * @example
 * ```ts
 * import { defineDocument, heading, renderMarkdown } from '@ofkit/docs-gen';
 * renderMarkdown(defineDocument({ kind: 'note', title: 'Note', date: '2026-11-22', blocks: [heading(1, 'Note')] }));
 * // '# Note\n'
 * ```
 */
export function renderMarkdown(doc: DocumentModel): string {
  assertDocumentModel(doc);
  const out: string[] = [];
  // Header and footer lines: one line each (a newline inside becomes a space), bidi isolated.
  const line = (l: string): string => isolateBidi(escapeMarkdown(l).replace(/\n/g, ' '));
  if (doc.header) {
    out.push([`**${line(doc.header.title)}**`, ...doc.header.lines.map(line)].join('\\\n'));
  }
  blocksMd(doc.blocks, out);
  if (doc.footer && doc.footer.lines.length > 0) {
    out.push('---');
    out.push(doc.footer.lines.map(line).join('\\\n'));
  }
  return `${out.join('\n\n')}\n`;
}
