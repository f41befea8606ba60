// Rebuilds the xAPI test corpus (spec.json, conformance.json, moodle.json) from local git mirrors of
// the three public repositories listed in SOURCES.md. Not run by the tests (they read the JSON).
// Usage: node build-corpus.mjs <xAPI-Spec git dir> <lrs-conformance-test-suite git dir> <moodle-logstore_xapi git dir>
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const here = dirname(fileURLToPath(import.meta.url));
const [specDir, suiteDir, moodleDir] = process.argv.slice(2);
const git = (dir, ...args) => execFileSync('git', ['--git-dir', dir, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
const head = (dir) => git(dir, 'rev-parse', 'HEAD').trim();
const show = (dir, path) => git(dir, 'show', `HEAD:${path}`);
const write = (name, data) => writeFileSync(join(here, name), JSON.stringify(data, null, 2) + '\n');

// 1. xAPI-Data.md: every fenced block that parses as a statement (line breaks inside strings are
//    "for display purposes only", so whitespace runs are collapsed before parsing).
{
  const text = show(specDir, 'xAPI-Data.md');
  const re = /```\w*\n([\s\S]*?)```/g;
  const cases = [];
  let m;
  while ((m = re.exec(text))) {
    let j;
    try {
      j = JSON.parse(m[1].replace(/\s*\n\s*/g, ' '));
    } catch {
      continue;
    }
    const line = text.slice(0, m.index).split('\n').length;
    if (j && typeof j === 'object' && !Array.isArray(j) && 'actor' in j && 'verb' in j && 'object' in j && j.objectType !== 'SubStatement') {
      cases.push({ source: `xAPI-Data.md line ${line}`, statement: j });
    } else if (j && (j.objectType === 'Agent' || j.objectType === 'Group')) {
      cases.push({ source: `xAPI-Data.md line ${line} (as actor)`, actor: j });
    }
  }
  write('spec.json', { repository: 'adlnet/xAPI-Spec', commit: head(specDir), cases });
}

// 2. LRS conformance suite: templates composed as the suite does for the aspects we read.
{
  const tpl = (p) => JSON.parse(show(suiteDir, `test/v1_0_3/templates/${p}.json`));
  const cases = [];
  const add = (name, statement, expect, from) => cases.push({ name, from, expect, statement });
  const agents = ['account', 'account_no_homepage', 'account_no_name', 'default', 'mbox', 'mbox_sha1sum', 'openid'];
  for (const a of agents) add(`agent ${a} as actor`, { ...tpl('statements/default'), actor: tpl(`agents/${a}`) }, a.includes('_no_') ? 400 : 200, [`templates/statements/default.json`, `templates/agents/${a}.json`]);
  const groups = git(suiteDir, 'ls-tree', '--name-only', 'HEAD', 'test/v1_0_3/templates/groups/').trim().split('\n').map((p) => p.replace(/^.*\//, '').replace(/\.json$/, ''));
  for (const g of groups) {
    const bad = g === 'anonymous_no_member' || g.endsWith('_no_homepage') || g.endsWith('_no_name');
    add(`group ${g} as actor`, { ...tpl('statements/default'), actor: tpl(`groups/${g}`) }, bad ? 400 : 200, [`templates/statements/default.json`, `templates/groups/${g}.json`]);
  }
  const statements = git(suiteDir, 'ls-tree', '--name-only', 'HEAD', 'test/v1_0_3/templates/statements/').trim().split('\n').map((p) => p.replace(/^.*\//, '').replace(/\.json$/, ''));
  const invalid = new Set(['actor', 'no_actor', 'no_object', 'no_verb', 'verb', 'object_activity', 'object_actor', 'object_statementref_no_id', 'object_substatement', 'authority']);
  for (const s of statements) {
    if (s === 'multiple_actor') continue; // duplicate JSON key: not representable once parsed (see SOURCES.md)
    add(`statement template ${s}`, tpl(`statements/${s}`), invalid.has(s) ? 400 : 200, [`templates/statements/${s}.json`]);
  }
  // Configs: run each config file with a stand-in module and keep the cases that set a duration or a
  // timestamp on a top-level statement (substatement variants: see SOURCES.md).
  for (const cfg of ['durations', 'timestamps', 'timestamp_property']) {
    const code = show(suiteDir, `test/v1_0_3/configs/${cfg}.js`);
    const module = { exports: {} };
    vm.runInNewContext(code, { module, require: () => ({}), Date });
    for (const group of module.exports.config()) {
      for (const c of group.config) {
        const t = c.templates;
        const first = Object.values(t[0])[0];
        const last = t[t.length - 1];
        if (c.name.startsWith('substatement') || /substatement/.test(first) || t.some((x) => 'object' in x && /substatement/.test(x.object))) continue;
        if ('duration' in last) {
          add(`${cfg}: ${c.name}`, { ...tpl('statements/result'), result: { ...tpl('results/default'), duration: last.duration } }, c.expect[0], [`configs/${cfg}.js`, 'templates/statements/result.json', 'templates/results/default.json']);
        } else if ('timestamp' in last) {
          add(`${cfg}: ${c.name}`, { ...tpl('statements/default'), timestamp: last.timestamp }, c.expect[0], [`configs/${cfg}.js`, 'templates/statements/default.json']);
        }
      }
    }
  }
  write('conformance.json', { repository: 'adlnet/lrs-conformance-test-suite', commit: head(suiteDir), cases });
}

// 3. Moodle logstore_xapi: every tests/**/statements.json, each statement deep-merged over
//    tests/common/statement.json as tests/xapi_test_case.php (get_expected_statements) does.
{
  const deep = (a, b) => {
    if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
      const out = { ...a };
      for (const [k, v] of Object.entries(b)) out[k] = k in a ? deep(a[k], v) : v;
      return out;
    }
    return b;
  };
  const common = JSON.parse(show(moodleDir, 'tests/common/statement.json'));
  const files = git(moodleDir, 'ls-tree', '-r', '--name-only', 'HEAD', 'tests').trim().split('\n').filter((p) => p.endsWith('/statements.json')).sort();
  const tests = files.map((path) => ({ path, statements: JSON.parse(show(moodleDir, path)).map((s) => deep(common, s)) }));
  write('moodle.json', { repository: 'xAPI-vle/moodle-logstore_xapi', commit: head(moodleDir), merge: 'tests/common/statement.json', tests });
}
