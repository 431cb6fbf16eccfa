/**
 * npm run move: the file is renamed, the old id becomes a former id, every reference follows,
 * and nothing else in any file changes. Runs on a temporary content folder with synthetic entries.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, beforeEach, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { loadCorpus } from '../../src/lib/corpus/load-corpus.ts';
import { formatProblem, isError } from '../../src/lib/corpus/problem.ts';
import { applyMove } from '../../scripts/lib/move/apply.ts';
import { parseEntryName, parseNewId } from '../../scripts/lib/move/arguments.ts';
import { entrySource } from '../../scripts/lib/move/entry-source.ts';
import { addFormerIdEdit } from '../../scripts/lib/move/former-ids.ts';
import { planMove } from '../../scripts/lib/move/plan.ts';
import { formatPlan } from '../../scripts/lib/move/report.ts';
import { applyEdits, textFile } from '../../scripts/lib/move/text-file.ts';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const node = path.join(repo, 'node_modules/.bin/node');
const script = path.join(repo, 'scripts/move-entry.ts');

// Synthetic entries: invented names, no real case.
const FOO = `---
title: R v Alpha
jurisdiction: GBR
court: Court of Appeal
courtLevel: appellate
decided: 2013-06-01
citation: "[2013] EWCA Crim 1"
language: en
outcome: conviction
purposes: [forced-labour]
articles: ["TIP-3(a)"]
sources:
  - title: Synthetic test source
# a comment the move must keep
review:
  status: draft
---

## Facts

The first defendant kept workers in a house. See also [para. 2](#para-2).

## Decision

The appeal was dismissed.
`;

const OTHER = `---
title: R v Beta
jurisdiction: GBR
court: Crown Court
courtLevel: first-instance
decided: 2014-02-03
citation: "T20140001"
language: en
outcome: conviction
purposes: [forced-labour]
articles: ["TIP-3(a)"]
related:
  - id: gbr-2013-foo
    relation: cites
  - {id: "gbr-2013-foo-appeal", relation: see-also}
sources:
  - title: Synthetic test source
review:
  status: draft
---

## Facts

The court followed [R v Alpha](/cases/gbr-2013-foo/), especially [its reasoning](/cases/gbr-2013-foo/#para-4)
and [the summary][alpha]; the page \`/cases/gbr-2013-foo/\` is quoted in code and stays as it is.

## Decision

Convicted, as in [Alpha](/cases/gbr-2013-foo) and not as in [the appeal](/cases/gbr-2013-foo-appeal/).

[alpha]: /cases/gbr-2013-foo
`;

const APPEAL = `---
title: R v Alpha (No 2)
jurisdiction: GBR
court: Supreme Court
courtLevel: supreme
decided: 2015-01-01
citation: "[2015] UKSC 1"
language: en
outcome: conviction
purposes: [forced-labour]
articles: ["TIP-3(a)"]
sources:
  - title: Synthetic test source
review:
  status: draft
---

## Facts

Same facts.

## Decision

Dismissed.
`;

const COLLECTION = `---
title: Synthetic reading list
language: en
items:
  - ref: cases/gbr-2013-foo
    note: Read it first.
  - ref: "cases/gbr-2014-other"
---

## Plan

Start with [Alpha](/cases/gbr-2013-foo/).
`;

let root: string;
let content: string;
const cwd = process.cwd();
const file = (relative: string) => path.join(content, relative);
const read = (relative: string) => readFileSync(file(relative), 'utf8');

function writeFixtures(files: Record<string, string>) {
  rmSync(content, { recursive: true, force: true });
  mkdirSync(content);
  for (const data of ['vocabularies', 'instruments']) cpSync(path.join(repo, 'content', data), path.join(content, data), { recursive: true });
  for (const [relative, text] of Object.entries(files)) {
    mkdirSync(path.dirname(file(relative)), { recursive: true });
    writeFileSync(file(relative), text);
  }
}

const FIXTURES = {
  'cases/gbr/gbr-2013-foo.md': FOO,
  'cases/gbr/gbr-2014-other.md': OTHER,
  'cases/gbr/gbr-2013-foo-appeal.md': APPEAL,
  'collections/reading-list.md': COLLECTION,
};

function errorsIn(dir: string) {
  return loadCorpus(dir).problems.filter(isError).map(formatProblem);
}

function move(from: string, to: string) {
  const plan = planMove(loadCorpus(content), from, to);
  applyMove(plan);
  return plan;
}

before(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'kb-move-'));
  content = path.join(root, 'content');
  // Paths in messages are relative to the working directory, as when run from the repository.
  process.chdir(root);
});
after(() => {
  process.chdir(cwd);
  rmSync(root, { recursive: true, force: true });
});
beforeEach(() => writeFixtures(FIXTURES));

describe('npm run move', () => {
  test('the fixtures are valid to begin with', () => {
    assert.deepEqual(errorsIn(content), []);
  });

  test('renames the file, records the former id and rewrites every reference', () => {
    const plan = move('cases/gbr-2013-foo', 'gbr-2013-bar');

    assert.equal(existsSync(file('cases/gbr/gbr-2013-foo.md')), false);
    assert.equal(read('cases/gbr/gbr-2013-bar.md'), FOO.replace('  status: draft\n---', '  status: draft\nformerIds: [gbr-2013-foo]\n---'));
    assert.equal(
      read('cases/gbr/gbr-2014-other.md'),
      OTHER.replace('  - id: gbr-2013-foo\n', '  - id: gbr-2013-bar\n')
        .replace('[R v Alpha](/cases/gbr-2013-foo/)', '[R v Alpha](/cases/gbr-2013-bar/)')
        .replace('(/cases/gbr-2013-foo/#para-4)', '(/cases/gbr-2013-bar/#para-4)')
        .replace('[Alpha](/cases/gbr-2013-foo)', '[Alpha](/cases/gbr-2013-bar)')
        .replace('[alpha]: /cases/gbr-2013-foo\n', '[alpha]: /cases/gbr-2013-bar\n'),
    );
    assert.equal(
      read('collections/reading-list.md'),
      COLLECTION.replace('ref: cases/gbr-2013-foo\n', 'ref: cases/gbr-2013-bar\n').replace('(/cases/gbr-2013-foo/)', '(/cases/gbr-2013-bar/)'),
    );
    assert.equal(read('cases/gbr/gbr-2013-foo-appeal.md'), APPEAL);
    assert.deepEqual(errorsIn(content), []);

    assert.equal(
      formatPlan(plan, false),
      [
        'Moved cases/gbr-2013-foo → cases/gbr-2013-bar',
        'content/cases/gbr/gbr-2013-foo.md → content/cases/gbr/gbr-2013-bar.md',
        'content/cases/gbr/gbr-2013-bar.md:17: formerIds: added gbr-2013-foo (/cases/gbr-2013-foo/ will redirect here)',
        'content/cases/gbr/gbr-2014-other.md:13: related id: gbr-2013-foo → gbr-2013-bar',
        'content/cases/gbr/gbr-2014-other.md:24: body link: /cases/gbr-2013-foo/ → /cases/gbr-2013-bar/',
        'content/cases/gbr/gbr-2014-other.md:24: body link: /cases/gbr-2013-foo/#para-4 → /cases/gbr-2013-bar/#para-4',
        'content/cases/gbr/gbr-2014-other.md:29: body link: /cases/gbr-2013-foo → /cases/gbr-2013-bar',
        'content/cases/gbr/gbr-2014-other.md:31: body link: /cases/gbr-2013-foo → /cases/gbr-2013-bar',
        'content/collections/reading-list.md:5: item ref: cases/gbr-2013-foo → cases/gbr-2013-bar',
        'content/collections/reading-list.md:12: body link: /cases/gbr-2013-foo/ → /cases/gbr-2013-bar/',
        'Changed 3 file(s): the moved entry and 7 reference(s) to it.',
      ].join('\n'),
    );
  });

  test('accepts the entry as cases/<folder>/<id> or as a file path', () => {
    move('content/cases/gbr/gbr-2013-foo.md', 'gbr-2013-bar');
    move('cases/gbr/gbr-2013-bar', 'cases/gbr-2013-baz');
    assert.equal(existsSync(file('cases/gbr/gbr-2013-baz.md')), true);
  });

  test('moving twice keeps every former id, in order', () => {
    move('cases/gbr-2013-foo', 'gbr-2013-bar');
    move('cases/gbr-2013-bar', 'gbr-2013-baz');
    assert.match(read('cases/gbr/gbr-2013-baz.md'), /\nformerIds: \[gbr-2013-foo, gbr-2013-bar\]\n---\n/);
    assert.match(read('cases/gbr/gbr-2014-other.md'), /\n {2}- id: gbr-2013-baz\n/);
    assert.match(read('collections/reading-list.md'), /\n {2}- ref: cases\/gbr-2013-baz\n/);
    assert.deepEqual(errorsIn(content), []);
  });

  test('refuses an id that exists, with the file that has it', () => {
    assert.throws(() => move('cases/gbr-2013-foo', 'gbr-2014-other'), {
      name: 'MoveError',
      message: 'cases/gbr-2014-other already exists (content/cases/gbr/gbr-2014-other.md): choose another id',
    });
    assert.equal(read('cases/gbr/gbr-2013-foo.md'), FOO);
  });

  test('refuses an id that is a former id, since its URL already redirects', () => {
    move('cases/gbr-2013-foo', 'gbr-2013-bar');
    assert.throws(() => move('cases/gbr-2014-other', 'gbr-2013-foo'), {
      message:
        '"gbr-2013-foo" is a former id of content/cases/gbr/gbr-2013-bar.md: its old URL /cases/gbr-2013-foo/ redirects there, so the id cannot be used again; choose another id',
    });
  });

  test('refuses an invalid id, an unknown entry and a change of type or folder', () => {
    const corpus = loadCorpus(content);
    assert.throws(() => planMove(corpus, 'cases/gbr-2013-foo', 'GBR 2013 Bar'), {
      message: 'new id: "GBR 2013 Bar" is not a valid id: use lower-case ASCII letters, digits and single hyphens (e.g. "gbr-2013-bar")',
    });
    assert.throws(() => planMove(corpus, 'cases/gbr-2013-fo', 'gbr-2013-bar'), {
      message: 'there is no entry cases/gbr-2013-fo (did you mean "cases/gbr-2013-foo"?)',
    });
    assert.throws(() => planMove(corpus, 'cases/fra/gbr-2013-foo', 'gbr-2013-bar'), {
      message: 'the case gbr-2013-foo is content/cases/gbr/gbr-2013-foo.md, not in the folder fra/ (did you mean "cases/gbr/gbr-2013-foo"?)',
    });
    assert.throws(() => planMove(corpus, 'cases/gbr-2013-foo', 'tools/gbr-2013-bar'), {
      message: 'a move keeps the content type: cases/gbr-2013-foo cannot become tools/gbr-2013-bar; give the new id only',
    });
    assert.throws(() => planMove(corpus, 'gbr-2013-foo', 'gbr-2013-bar'), {
      message:
        '"gbr-2013-foo" does not name an entry: write <folder>/<id>, e.g. cases/gbr-2013-l-hvn-thn-t-v-r (folders: cases, tools, issue-papers, model-laws, collections)',
    });
    assert.throws(() => planMove(corpus, 'cases/gbr-2013-foo', 'gbr-2013-foo'), {
      message: 'cases/gbr-2013-foo already has the id "gbr-2013-foo": nothing to move',
    });
  });

  test('refuses to start while the content has errors', () => {
    writeFileSync(file('cases/gbr/gbr-2013-foo-appeal.md'), APPEAL.replace('outcome: conviction', 'outcome: convicted'));
    assert.throws(() => move('cases/gbr-2013-foo', 'gbr-2013-bar'), {
      message: 'the content has 1 error(s) before the move: fix them first (npm run validate), so that the move can be checked',
    });
  });

  test('a file with CRLF line ends and a byte-order mark keeps them', () => {
    const crlf = (text: string) => text.replace(/\n/g, '\r\n');
    writeFileSync(file('cases/gbr/gbr-2013-foo.md'), `\uFEFF${crlf(FOO)}`);
    writeFileSync(file('collections/reading-list.md'), crlf(COLLECTION));
    move('cases/gbr-2013-foo', 'gbr-2013-bar');
    assert.equal(read('cases/gbr/gbr-2013-bar.md'), `\uFEFF${crlf(FOO.replace('  status: draft\n---', '  status: draft\nformerIds: [gbr-2013-foo]\n---'))}`);
    assert.equal(
      read('collections/reading-list.md'),
      crlf(COLLECTION.replace('cases/gbr-2013-foo\n', 'cases/gbr-2013-bar\n').replace('(/cases/gbr-2013-foo/)', '(/cases/gbr-2013-bar/)')),
    );
    assert.deepEqual(errorsIn(content), []);
  });

  test('moves other types: a model law, with provision anchors in collection items', () => {
    const modelLaw = `---
title: Synthetic model law
publisher: UNODC
published: 2009
language: en
review: {status: draft}
provisions:
  - id: art-1
    title: Scope
    articles: [TIP-3]
    summary: Says what the synthetic law covers.
formerIds:
  - synthetic-law-draft # the first draft's id
---

A synthetic model law; see [its scope](/model-laws/synthetic-law/#art-1).
`;
    writeFixtures({
      ...FIXTURES,
      'model-laws/synthetic-law.md': modelLaw,
      'collections/reading-list.md': COLLECTION.replace('items:\n', "items:\n  - ref: 'model-laws/synthetic-law#art-1'\n").replace(
        'Start with',
        'See [the law](/model-laws/synthetic-law/#art-1). Start with',
      ),
    });
    const plan = move('model-laws/synthetic-law', 'synthetic-law-2009');
    assert.equal(
      read('model-laws/synthetic-law-2009.md'),
      modelLaw
        .replace("# the first draft's id\n", "# the first draft's id\n  - synthetic-law\n")
        .replace('(/model-laws/synthetic-law/#art-1)', '(/model-laws/synthetic-law-2009/#art-1)'),
    );
    // Lines as they are after the move: the added former id pushes the body down by one.
    assert.deepEqual(
      plan.changes.filter((c) => c.file === 'content/model-laws/synthetic-law-2009.md').map((c) => `${c.line}: ${c.description}`),
      [
        '14: formerIds: added synthetic-law (/model-laws/synthetic-law/ will redirect here)',
        '17: body link: /model-laws/synthetic-law/#art-1 → /model-laws/synthetic-law-2009/#art-1',
      ],
    );
    assert.match(read('collections/reading-list.md'), /\n {2}- ref: 'model-laws\/synthetic-law-2009#art-1'\n/);
    assert.match(read('collections/reading-list.md'), /See \[the law\]\(\/model-laws\/synthetic-law-2009\/#art-1\)\. Start with/);
    assert.deepEqual(errorsIn(content), []);
  });
});

describe('formerIds are added by inserting text', () => {
  const withFormerIds = (yaml: string) => {
    const file = textFile(`---\ntitle: T\n${yaml}---\nBody.\n`);
    const edit = addFormerIdEdit(entrySource(file, 'x.md'), 'old', 'x.md');
    return applyEdits(file, [edit]);
  };
  test('a new field before the closing ---', () => assert.equal(withFormerIds('a: 1\n'), '---\ntitle: T\na: 1\nformerIds: [old]\n---\nBody.\n'));
  test('a flow list, quoted values and a comment kept', () =>
    assert.equal(withFormerIds('formerIds: ["a", b] # why\nz: 1\n'), '---\ntitle: T\nformerIds: ["a", b, old] # why\nz: 1\n---\nBody.\n'));
  test('an empty flow list', () => assert.equal(withFormerIds('formerIds: []\n'), '---\ntitle: T\nformerIds: [old]\n---\nBody.\n'));
  test('a flow list over several lines', () =>
    assert.equal(withFormerIds('formerIds: [\n  a,\n]\n'), '---\ntitle: T\nformerIds: [\n  a, old,\n]\n---\nBody.\n'));
  test('a block list keeps its indentation', () =>
    assert.equal(withFormerIds('formerIds:\n    - a\n    - b\nz: 1\n'), '---\ntitle: T\nformerIds:\n    - a\n    - b\n    - old\nz: 1\n---\nBody.\n'));
  test('an empty field', () => assert.equal(withFormerIds('formerIds:\nz: 1\n'), '---\ntitle: T\nformerIds: [old]\nz: 1\n---\nBody.\n'));
});

describe('arguments', () => {
  test('an entry is named by folder and id, with or without a jurisdiction folder, path or .md', () => {
    assert.deepEqual(parseEntryName('cases/gbr-2013-foo'), { type: 'case', id: 'gbr-2013-foo' });
    assert.deepEqual(parseEntryName('cases/gbr/gbr-2013-foo'), { type: 'case', id: 'gbr-2013-foo', folder: 'gbr' });
    assert.deepEqual(parseEntryName('./content/cases/gbr/gbr-2013-foo.md'), { type: 'case', id: 'gbr-2013-foo', folder: 'gbr' });
    assert.deepEqual(parseEntryName('/cases/gbr-2013-foo/'), { type: 'case', id: 'gbr-2013-foo' });
    assert.deepEqual(parseEntryName('content/issue-papers/abuse-of-vulnerability.md'), { type: 'issue-paper', id: 'abuse-of-vulnerability' });
    assert.deepEqual(parseEntryName('tools/a/b'), {
      problem:
        '"tools/a/b" does not name an entry: write <folder>/<id>, e.g. cases/gbr-2013-l-hvn-thn-t-v-r (folders: cases, tools, issue-papers, model-laws, collections)',
    });
  });
  test('the new id may repeat the folder, never change it', () => {
    const from = { type: 'case' as const, id: 'gbr-2013-foo', folder: 'gbr' };
    assert.deepEqual(parseNewId('gbr-2013-bar', from), { id: 'gbr-2013-bar' });
    assert.deepEqual(parseNewId('cases/gbr/gbr-2013-bar.md', from), { id: 'gbr-2013-bar' });
    assert.deepEqual(parseNewId('cases/fra/gbr-2013-bar', from), {
      problem:
        'a move keeps the jurisdiction folder (gbr): to change the jurisdiction, correct the jurisdiction field and move the file to content/cases/fra/ by hand',
    });
  });
});

describe('the command', () => {
  const run = (...args: string[]) => spawnSync(node, [script, ...args], { cwd: root, env: { ...process.env, KB_CONTENT_DIR: content }, encoding: 'utf8' });

  test('--dry-run prints the plan and writes nothing', () => {
    const result = run('cases/gbr-2013-foo', 'gbr-2013-bar', '--dry-run');
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^Would move cases\/gbr-2013-foo → cases\/gbr-2013-bar\n/);
    assert.match(result.stdout, /\ncontent\/cases\/gbr\/gbr-2014-other\.md:13: related id: gbr-2013-foo → gbr-2013-bar\n/);
    assert.match(result.stdout, /\nDry run: nothing was written\. Run the same command without --dry-run to move\.\n$/);
    assert.equal(read('cases/gbr/gbr-2013-foo.md'), FOO);
    assert.equal(read('cases/gbr/gbr-2014-other.md'), OTHER);
  });

  test('moves, then confirms that all content is valid', () => {
    const result = run('cases/gbr-2013-foo', 'gbr-2013-bar');
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /\nAll content is valid: 4 entries checked\.\n$/);
    assert.equal(existsSync(file('cases/gbr/gbr-2013-bar.md')), true);
  });

  test('a refused move exits 1 and says why', () => {
    const result = run('cases/gbr-2013-foo', 'gbr-2014-other');
    assert.equal(result.status, 1);
    assert.equal(result.stderr, 'move refused: cases/gbr-2014-other already exists (content/cases/gbr/gbr-2014-other.md): choose another id\n');
    assert.equal(result.stdout, '');
  });

  test('wrong arguments exit 2 with the usage', () => {
    const result = run('cases/gbr-2013-foo');
    assert.equal(result.status, 2);
    assert.match(result.stderr, /^expected 2 arguments, the entry and its new id; got 1\nusage: npm run move -- <folder>\/<old-id> <new-id> \[--dry-run\]\n/);
  });
});
