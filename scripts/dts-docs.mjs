/**
 * Puts the documentation of every schema field back into a package's published type declarations
 * (issue 10). Run by each package's `build` script after tsup, from the package directory.
 *
 * Why: input types are inferred from zod schemas (`z.input<typeof ConventionSchema>`). TypeScript's
 * declaration emit prints an inferred type (`declare const ConventionSchema: z.ZodObject<{ date:
 * z.ZodString; … }>`) without the comments of the object literal it came from, so an editor hover on
 * a field of a published input type shows nothing. This script compiles the package's source, walks
 * each `declare const` of every `dist/*.d.ts` / `*.d.cts` together with the type of the same constant
 * in the source, and writes above each property of the printed type the documentation of the source
 * property: its JSDoc, or else the text of its `.describe('…')` (what the JSON Schema says).
 *
 * Pure text insertion of comments: the declarations' meaning does not change (checked by attw and
 * the typecheck of the examples against `dist`). Prints how many properties it documented.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';

const pkgDir = process.cwd();
const srcDir = resolve(pkgDir, 'src');
const distDir = resolve(pkgDir, 'dist');
const configPath = existsSync(join(pkgDir, 'tsconfig.build.json')) ? join(pkgDir, 'tsconfig.build.json') : join(pkgDir, 'tsconfig.json');

const parsed = ts.getParsedCommandLineOfConfigFile(configPath, {}, {
  ...ts.sys,
  onUnRecoverableConfigFileDiagnostic: (d) => { throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n')); },
});
if (!parsed) throw new Error(`dts-docs: cannot read ${configPath}`);
const program = ts.createProgram(parsed.fileNames, { ...parsed.options, noEmit: true });
const checker = program.getTypeChecker();

/** Top-level constants of the package's source, by name. */
const constants = new Map();
for (const sf of program.getSourceFiles()) {
  if (!resolve(sf.fileName).startsWith(srcDir)) continue;
  for (const st of sf.statements) {
    if (!ts.isVariableStatement(st)) continue;
    for (const d of st.declarationList.declarations) {
      if (!ts.isIdentifier(d.name)) continue;
      const list = constants.get(d.name.text) ?? [];
      list.push(d);
      constants.set(d.name.text, list);
    }
  }
}

/** The `.describe('…')` (or `.meta({ description })`) text of a schema expression, outermost first. */
function describedText(expr, depth = 0) {
  if (!expr || depth > 8) return undefined;
  let e = expr;
  for (;;) {
    if (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isSatisfiesExpression?.(e) || ts.isNonNullExpression(e)) { e = e.expression; continue; }
    if (ts.isCallExpression(e)) {
      const callee = e.expression;
      if (ts.isPropertyAccessExpression(callee)) {
        const name = callee.name.text;
        const arg = e.arguments[0];
        if (name === 'describe' && arg && ts.isStringLiteralLike(arg)) return arg.text;
        if (name === 'meta' && arg && ts.isObjectLiteralExpression(arg)) {
          const p = arg.properties.find((x) => ts.isPropertyAssignment(x) && x.name.getText() === 'description');
          if (p && ts.isStringLiteralLike(p.initializer)) return p.initializer.text;
        }
        e = callee.expression;
        continue;
      }
      // `/* @__PURE__ */ (() => schema)()`
      const fn = ts.isParenthesizedExpression(callee) ? callee.expression : callee;
      if (ts.isArrowFunction(fn) && !ts.isBlock(fn.body)) { e = fn.body; continue; }
      return undefined;
    }
    if (ts.isIdentifier(e) || ts.isPropertyAccessExpression(e)) {
      // A shared schema constant (`date: CivilDateSchema`) or another schema's field
      // (`ContratSchema.shape.paymentSchedule`): its description, else its documentation.
      const sym = checker.getSymbolAtLocation(e);
      const target = sym && sym.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(sym) : sym;
      if (!target) return undefined;
      const decl = target.valueDeclaration;
      if (decl && ts.isVariableDeclaration(decl) && decl.initializer) {
        const t = describedText(decl.initializer, depth + 1);
        if (t) return t;
      }
      if (ts.isPropertyAccessExpression(e) && decl && ts.isPropertyAssignment(decl)) {
        const t = ts.displayPartsToString(target.getDocumentationComment(checker)).trim() || describedText(decl.initializer, depth + 1);
        if (t) return t;
      }
      const own = ts.displayPartsToString(target.getDocumentationComment(checker)).trim();
      return own || undefined;
    }
    return undefined;
  }
}

/** What an editor hover on this source property would show, else its schema description. */
function docOf(prop) {
  const text = ts.displayPartsToString(prop.getDocumentationComment(checker)).trim();
  const tags = prop.getJsDocTags(checker).map((t) => `@${t.name}${t.text ? ` ${ts.displayPartsToString(t.text)}` : ''}`);
  if (text !== '' || tags.length > 0) return [text, ...tags].filter(Boolean).join('\n');
  for (const d of prop.getDeclarations() ?? []) {
    if (ts.isPropertyAssignment(d)) { const t = describedText(d.initializer); if (t) return t; }
    if (ts.isShorthandPropertyAssignment(d)) {
      const t = describedText(d.name);
      if (t) return t;
    }
  }
  return undefined;
}

function nameOfRef(node) {
  const n = node.typeName;
  return ts.isIdentifier(n) ? n.text : n.right.text;
}

function typeArgsFor(node, type) {
  const name = nameOfRef(node);
  if (type.aliasSymbol?.getName() === name && type.aliasTypeArguments) return type.aliasTypeArguments;
  if (type.getSymbol()?.getName() === name && type.flags & ts.TypeFlags.Object && type.objectFlags & ts.ObjectFlags.Reference) return checker.getTypeArguments(type);
  return undefined;
}

function constituentFor(node, type) {
  const options = type.isUnion() || type.isIntersection() ? type.types : [type];
  if (ts.isTypeReferenceNode(node)) return options.find((t) => typeArgsFor(node, t) !== undefined);
  if (ts.isTypeLiteralNode(node)) {
    const keys = node.members.filter(ts.isPropertySignature).map((m) => m.name.getText().replace(/^["']|["']$/g, ''));
    return options.find((t) => t.flags & ts.TypeFlags.Object && keys.every((k) => t.getProperty(k)));
  }
  return undefined;
}

function formatDoc(doc, indent) {
  const clean = doc.replace(/\*\//g, '*\\/').split('\n').map((l) => l.trimEnd());
  if (clean.length === 1) return `/** ${clean[0]} */\n${indent}`;
  return `/**\n${clean.map((l) => `${indent} *${l ? ` ${l}` : ''}`).join('\n')}\n${indent} */\n${indent}`;
}

function walk(node, type, ctx, depth) {
  if (!node || !type || depth > 40) return;
  if (ts.isParenthesizedTypeNode(node) || ts.isTypeOperatorNode(node)) { walk(node.type, type, ctx, depth + 1); return; }
  if (ts.isTypeLiteralNode(node)) {
    const target = type.isUnion() ? constituentFor(node, type) ?? type : type;
    for (const m of node.members) {
      if (!ts.isPropertySignature(m) || !m.name) continue;
      const key = ts.isIdentifier(m.name) || ts.isStringLiteral(m.name) || ts.isNumericLiteral(m.name) ? m.name.text : undefined;
      if (key === undefined) continue;
      const prop = target.getProperty(key);
      if (!prop) continue;
      ctx.seen += 1;
      const hasDoc = ts.getJSDocCommentsAndTags(m).length > 0;
      const doc = hasDoc ? undefined : docOf(prop);
      if (doc) {
        const start = m.getStart(ctx.sf);
        const lineStart = ctx.text.lastIndexOf('\n', start - 1) + 1;
        const before = ctx.text.slice(lineStart, start);
        const indent = /^\s*$/.test(before) ? before : '';
        ctx.edits.push({ pos: start, text: indent ? formatDoc(doc, indent) : `/** ${doc.replace(/\*\//g, '*\\/').replace(/\n/g, ' ')} */ ` });
      } else if (!hasDoc) ctx.undocumented += 1;
      if (m.type) walk(m.type, checker.getTypeOfSymbol(prop), ctx, depth + 1);
    }
    return;
  }
  if (ts.isTypeReferenceNode(node)) {
    if (!node.typeArguments) return;
    const t = typeArgsFor(node, type) ? type : constituentFor(node, type);
    const args = t && typeArgsFor(node, t);
    if (!args) return;
    node.typeArguments.forEach((a, i) => walk(a, args[i], ctx, depth + 1));
    return;
  }
  if (ts.isArrayTypeNode(node)) {
    const el = checker.isArrayType(type) ? checker.getTypeArguments(type)[0] : type.getNumberIndexType();
    walk(node.elementType, el, ctx, depth + 1);
    return;
  }
  if (ts.isTupleTypeNode(node)) {
    if (!checker.isTupleType(type)) return;
    const args = checker.getTypeArguments(type);
    node.elements.forEach((el, i) => {
      const inner = ts.isNamedTupleMember(el) ? el.type : ts.isRestTypeNode(el) ? el.type : ts.isOptionalTypeNode(el) ? el.type : el;
      walk(inner, args[i], ctx, depth + 1);
    });
    return;
  }
  if (ts.isUnionTypeNode(node) || ts.isIntersectionTypeNode(node)) {
    for (const m of node.types) {
      const t = ts.isIntersectionTypeNode(node) && ts.isTypeLiteralNode(m) ? type : constituentFor(m, type);
      if (t) walk(m, t, ctx, depth + 1);
    }
  }
}

let documented = 0;
let undocumented = 0;
const files = existsSync(distDir) ? readdirSync(distDir).filter((f) => /\.d\.c?ts$/.test(f)) : [];
for (const f of files) {
  const path = join(distDir, f);
  const text = readFileSync(path, 'utf8');
  const sf = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const edits = [];
  for (const st of sf.statements) {
    if (!ts.isVariableStatement(st)) continue;
    for (const d of st.declarationList.declarations) {
      if (!ts.isIdentifier(d.name) || !d.type) continue;
      const candidates = constants.get(d.name.text.replace(/\$\d+$/, '')) ?? [];
      let best;
      for (const c of candidates) {
        const ctx = { sf, text, edits: [], seen: 0, undocumented: 0 };
        walk(d.type, checker.getTypeAtLocation(c.name), ctx, 0);
        if (!best || ctx.seen > best.seen) best = ctx;
      }
      if (best) { edits.push(...best.edits); undocumented += best.undocumented; }
    }
  }
  edits.sort((a, b) => b.pos - a.pos);
  let out = text;
  for (const e of edits) out = out.slice(0, e.pos) + e.text + out.slice(e.pos);
  if (edits.length > 0) writeFileSync(path, out);
  documented += edits.length;
}
console.log(`dts-docs: ${documented} schema properties documented in ${files.length} declaration files`);
