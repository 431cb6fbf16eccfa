/**
 * `npm run new`: the scaffolder writes files that pass the validator as written, derives ids and
 * folders, refuses ids in use, and fails with the validator's own messages. The CLI runs as a
 * child process with stdin not a terminal (non-interactive), on a temporary content folder.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { loadCorpus } from '../../src/lib/corpus/load-corpus.ts';
import { fieldProblem } from '../../scripts/lib/scaffold/field-check.ts';
import { openContent, type Content } from '../../scripts/lib/scaffold/scaffold.ts';
import { jurisdictionOptions, search } from '../../scripts/lib/scaffold/search.ts';
import { caseId, cutAtWord, slugify } from '../../scripts/lib/scaffold/slug.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SCRIPT = path.join(ROOT, 'scripts/new-entry.ts');

const temporary: string[] = [];
after(() => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A content folder with the real vocabularies and instruments and nothing else. */
function tempContent(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kb-new-entry-'));
  temporary.push(dir);
  const content = path.join(dir, 'content');
  for (const folder of ['vocabularies', 'instruments']) cpSync(path.join(ROOT, 'content', folder), path.join(content, folder), { recursive: true });
  return content;
}

/** A synthetic case (not a real decision) for collections to point at and ids to collide with. */
const FIXTURE_CASE = `---
title: Synthetic Applicant v Fixture State
jurisdiction: NLD
court: Test Court of First Instance
courtLevel: first-instance
decided: 2020-01-15
citation: "Fixture 1/2020"
language: en
outcome: conviction
purposes: [forced-labour]
articles: ["TIP-3(a)"]
sources:
  - title: Synthetic test fixture, not a real decision
review:
  status: draft
formerIds: [nld-2020-old-fixture-id]
---

## Facts

Synthetic test fixture.

## Decision

Synthetic test fixture.
`;

function withFixtureCase(content: string): string {
  const file = path.join(content, 'cases/nld/nld-2020-synthetic-applicant-v-fixture-state.md');
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, FIXTURE_CASE);
  return file;
}

function run(content: string, args: string[]) {
  const result = spawnSync(process.execPath, [SCRIPT, ...args], { cwd: ROOT, env: { ...process.env, KB_CONTENT_DIR: content }, encoding: 'utf8', input: '' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const findingsOf = (content: string, file: string) => loadCorpus(content).problems.filter((p) => path.resolve(p.file) === path.resolve(file));
/** Errors only: a new file is valid as written; its placeholder sentences are warnings (tested below). */
const problemsOf = (content: string, file: string) => findingsOf(content, file).filter((p) => p.severity === 'error');
const lines = (text: string) => text.split('\n');

const CASE_FLAGS = [
  'case',
  '--title',
  'R v Synthetic; R v Fixture',
  '--jurisdiction',
  'GBR',
  '--court',
  'Court of Appeal (Criminal Division)',
  '--court-level',
  'appellate',
  '--decided',
  '2013-06-21',
  '--citation',
  '[2013] EWCA Crim 0000',
  '--outcome',
  'conviction',
  '--purposes',
  'forced-labour,sexual-exploitation',
  '--articles',
  'TIP-3(a),TIP-5(1)',
  '--language',
  'en',
];
const without = (flags: string[], name: string) => flags.filter((_, i) => flags[i] !== name && flags[i - 1] !== name);
const replaced = (flags: string[], name: string, value: string) => flags.map((v, i) => (flags[i - 1] === name ? value : v));

describe('slugify and case ids', () => {
  test('folds to ASCII, joins initials, writes v for v. and vs.', () => {
    assert.equal(slugify('Siliadin v. France'), 'siliadin-v-france');
    assert.equal(slugify('C.N. and V. v. France'), 'cn-and-v-v-france');
    assert.equal(slugify('V.C.L. and A.N. v. the United Kingdom'), 'vcl-and-an-v-the-united-kingdom');
    assert.equal(slugify('R v N; R v LE'), 'r-v-n-r-v-le');
    assert.equal(slugify('Öztürk vs. Türkiye'), 'ozturk-v-turkiye');
    assert.equal(slugify('Prosecutor’s Office & Others — Straße'), 'prosecutors-office-and-others-strasse');
    assert.equal(slugify('Zoletic and Others v. Azerbaijan (No. 20116/12)'), 'zoletic-and-others-v-azerbaijan-no-20116-12');
  });

  test('cuts at a word boundary to fit the limit', () => {
    const long = 'Hacienda Brasil Verde Workers v. Brazil preliminary objections merits reparations and costs judgment';
    const slug = slugify(long);
    assert.ok(slug.length <= 80, slug);
    assert.ok(slugify(long.replace(/\./g, '')).startsWith(slug));
    assert.equal(slug, 'hacienda-brasil-verde-workers-v-brazil-preliminary-objections-merits-reparations');
    assert.equal(cutAtWord('abc-defgh', 5), 'abc');
    assert.equal(cutAtWord('abc-def', 3), 'abc');
    assert.equal(cutAtWord('abcdefgh', 5), 'abcde');
  });

  test('a case id is <jurisdiction>-<year>-<slug>, at most 80 characters', () => {
    assert.equal(caseId('ECOWAS-CCJ', '2008-10-27', 'Hadijatou Mani Koraou v. Niger'), 'ecowas-ccj-2008-hadijatou-mani-koraou-v-niger');
    const id = caseId('ECHR', '2016-10-20', 'A very long title of a synthetic application that goes on and on v. A State with a long name too');
    assert.equal(id, 'echr-2016-a-very-long-title-of-a-synthetic-application-that-goes-on-and-on-v-a');
    assert.ok(id!.length <= 80);
    assert.equal(caseId('CHN', '2020-01-01', '最高人民法院'), undefined);
  });
});

describe('what the questions check and offer', () => {
  const content = openContent(tempContent()) as Content;
  const schema = content.schemas.case;

  test('each answer gets the validator’s message as it is typed', () => {
    assert.equal(fieldProblem(schema, ['decided'], ''), 'decided is required: date of the decision, YYYY-MM-DD, not in the future, e.g. 2005-07-26');
    assert.equal(fieldProblem(schema, ['decided'], '2013-02-30'), '"2013-02-30" is not a real calendar date');
    assert.equal(fieldProblem(schema, ['decided'], '2013-06-21'), undefined);
    assert.equal(fieldProblem(schema, ['title'], 'R'), 'title is too short: at least 3 characters');
    assert.equal(
      fieldProblem(schema, ['language'], 'english'),
      'unknown language code "english": use a two-letter ISO 639-1 code such as "en", "fr" or "zh" (did you mean "en"?)',
    );
    assert.equal(fieldProblem(schema, ['sources', 0, 'url'], 'javascript:alert(1)'), 'source 1: links must be https: or http:, not "javascript:"');
    assert.equal(
      fieldProblem(content.schemas['model-law'], ['provisions', 0, 'summary'], 'short'),
      'provision 1: summary is too short: at least 10 characters',
    );
  });

  test('the jurisdiction search finds countries by common names and bodies by words', () => {
    const options = jurisdictionOptions(content.catalog);
    const first = (query: string) => search(options, query)[0]?.value;
    assert.equal(first('UK'), 'GBR');
    assert.equal(first('united kingdom'), 'GBR');
    assert.equal(first('ivory coast'), 'CIV');
    assert.equal(first('cote d ivoire'), 'CIV');
    assert.equal(first('echr'), 'ECHR');
    assert.ok(
      search(options, 'human rights')
        .map((o) => o.value)
        .includes('AFCHPR'),
    );
    assert.deepEqual(search(options, 'zzzz'), []);
  });
});

describe('npm run new -- <type>, non-interactive', () => {
  test('a case: derived id and folder, a file that passes the validator as written', () => {
    const content = tempContent();
    const result = run(content, CASE_FLAGS);
    assert.equal(result.stderr, '');
    assert.equal(result.code, 0);
    const file = path.join(content, 'cases/gbr/gbr-2013-r-v-synthetic-r-v-fixture.md');
    assert.ok(existsSync(file), result.stdout);
    assert.deepEqual(problemsOf(content, file), []);
    const text = readFileSync(file, 'utf8');
    assert.ok(text.includes('\nreview:\n  status: draft\n'));
    // The two sentences to replace are pointed at until they are gone; optional sections stay in comments.
    const placeholders = lines(text).flatMap((line, i) => (line.startsWith('Replace this sentence') ? [i + 1] : []));
    assert.equal(placeholders.length, 2);
    assert.deepEqual(
      findingsOf(content, file).map((w) => `${w.line}: ${w.severity}: ${w.message}`),
      placeholders.map((line) => `${line}: warning: this sentence from \`npm run new\` is still here: replace it with your own text`),
    );
    assert.ok(!/^## (Procedural history|Sentence|Significance)$/m.test(text), 'no empty optional heading');
    // No source title given: the citation names the source.
    assert.ok(text.includes('\nsources:\n  - title: "[2013] EWCA Crim 0000"\n'));
    assert.ok(text.includes('\npurposes: [forced-labour, sexual-exploitation]\n'));
    for (const heading of ['## Facts', '## Decision']) assert.ok(lines(text).includes(heading), heading);
    for (const heading of ['Procedural history', 'Sentence', 'Significance']) assert.ok(text.includes(`<!-- ## ${heading} — Optional.`), heading);
    assert.ok(text.includes('Never name a victim'));
    assert.match(result.stdout, /^Wrote .*gbr-2013-r-v-synthetic-r-v-fixture\.md$/m);
    assert.match(result.stdout, /still say "Replace this sentence…"/);
    assert.match(result.stdout, /npm run validate -- /);
  });

  test('a case of a regional body goes in the body’s folder; --source-title and --source-url are used', () => {
    const content = tempContent();
    const result = run(content, [
      ...replaced(replaced(CASE_FLAGS, '--jurisdiction', 'ECHR'), '--court-level', 'international'),
      '--source-title',
      'Judgment (HUDOC)',
      '--source-url',
      'https://hudoc.echr.coe.int/',
    ]);
    assert.equal(result.code, 0, result.stderr);
    const file = path.join(content, 'cases/echr/echr-2013-r-v-synthetic-r-v-fixture.md');
    assert.deepEqual(problemsOf(content, file), []);
    assert.ok(readFileSync(file, 'utf8').includes('\nsources:\n  - title: Judgment (HUDOC)\n    url: https://hudoc.echr.coe.int/\n'));
  });

  for (const [type, folder, args, id] of [
    [
      'tool',
      'tools',
      ['--title', 'Synthetic Toolkit for Tests', '--publisher', 'Test Publisher', '--published', '2008', '--language', 'en'],
      'synthetic-toolkit-for-tests',
    ],
    [
      'issue-paper',
      'issue-papers',
      ['--title', 'A Synthetic Issue Paper', '--publisher', 'Test Publisher', '--published', '2014-05-01', '--language', 'fr'],
      'a-synthetic-issue-paper',
    ],
    [
      'model-law',
      'model-laws',
      [
        '--title',
        'Synthetic Model Law',
        '--publisher',
        'Test Publisher',
        '--published',
        '2009',
        '--language',
        'en',
        '--provision-number',
        'Article 5',
        '--provision-title',
        'Definitions',
      ],
      'synthetic-model-law',
    ],
  ] as const) {
    test(`a ${type}: content/${folder}/<slug of title>.md, valid as written`, () => {
      const content = tempContent();
      const result = run(content, [type, ...args]);
      assert.equal(result.code, 0, result.stderr);
      const file = path.join(content, folder, `${id}.md`);
      assert.ok(existsSync(file), result.stdout);
      assert.deepEqual(problemsOf(content, file), []);
      const text = readFileSync(file, 'utf8');
      assert.ok(text.includes('\nreview:\n  status: draft\n'));
      if (type === 'model-law')
        assert.ok(text.includes('\nprovisions:\n  - id: art-5-definitions\n    number: Article 5\n    title: Definitions\n    articles: []\n'));
      if (type === 'tool') assert.ok(text.includes('\npublished: 2008\n'));
    });
  }

  test('a collection pointing at an existing case, valid as written', () => {
    const content = tempContent();
    withFixtureCase(content);
    const result = run(content, [
      'collection',
      '--title',
      'A synthetic reading list',
      '--language',
      'en',
      '--item',
      'cases/nld-2020-synthetic-applicant-v-fixture-state',
    ]);
    assert.equal(result.code, 0, result.stderr);
    const file = path.join(content, 'collections/a-synthetic-reading-list.md');
    assert.deepEqual(problemsOf(content, file), []);
    assert.ok(!readFileSync(file, 'utf8').includes('review:'), 'collections have no review state');
  });

  test('every commented-out example field is valid once uncommented', () => {
    const content = tempContent();
    withFixtureCase(content);
    run(content, CASE_FLAGS);
    const file = path.join(content, 'cases/gbr/gbr-2013-r-v-synthetic-r-v-fixture.md');
    const uncommented = lines(readFileSync(file, 'utf8'))
      .map((line) => (/^# +(- )?[A-Za-z]+: /.test(line) || /^# +[A-Za-z]+:(\s+#|$)/.test(line) ? line.slice(2) : line))
      .join('\n')
      // The example of `related` names a real case that is not in this temporary folder.
      .replace('echr-2010-rantsev-v-cyprus-and-russia', 'nld-2020-synthetic-applicant-v-fixture-state');
    writeFileSync(file, uncommented);
    assert.match(uncommented, /\nvictims: {2}# .*\n {2}count: 3/);
    assert.match(uncommented, /\n {2}- label: S\.T\./);
    assert.deepEqual(problemsOf(content, file), []);
  });

  test('a missing answer fails with the validator’s message, and nothing is written', () => {
    const content = tempContent();
    const result = run(content, without(CASE_FLAGS, '--citation'));
    assert.equal(result.code, 1);
    assert.equal(
      result.stderr,
      [
        'error: citation is required: the official report citation, case or application number, as printed, e.g. Application no. 73316/01',
        '    hint: give it with --citation "…", or as "citation" in the --from-json file',
        '',
        'Nothing was written: 1 problem(s) to fix.',
        '',
      ].join('\n'),
    );
    assert.equal(existsSync(path.join(content, 'cases')), false);
  });

  test('a model law without a provision and a collection without items say what is missing', () => {
    const content = tempContent();
    const law = run(content, ['model-law', '--title', 'Synthetic Model Law', '--publisher', 'Test Publisher', '--published', '2009', '--language', 'en']);
    assert.equal(law.code, 1);
    assert.ok(
      lines(law.stderr).includes(
        'error: provisions is required: the provisions, each mapped to treaty articles, e.g. [{id: art-8, number: Article 8, title: Trafficking in persons, articles: [TIP-5], summary: …}]',
      ),
      law.stderr,
    );
    const list = run(content, ['collection', '--title', 'A synthetic reading list', '--language', 'en', '--item', 'cases/nld-2020-no-such-case']);
    assert.equal(list.code, 1);
    assert.ok(lines(list.stderr).includes('error: item "cases/nld-2020-no-such-case" does not exist: there is no cases/nld-2020-no-such-case'), list.stderr);
  });

  test('a wrong value fails with the validator’s did-you-mean message', () => {
    const content = tempContent();
    const result = run(content, replaced(replaced(CASE_FLAGS, '--jurisdiction', 'GB'), '--purposes', 'forced-labor'));
    assert.equal(result.code, 1);
    const errors = lines(result.stderr).filter((l) => l.startsWith('error: '));
    assert.deepEqual(errors, [
      'error: unknown jurisdiction "GB": use an ISO 3166-1 alpha-3 country code (GBR, NGA, PHL) or a body code (ECHR, IACTHR, ECOWAS-CCJ, CJEU, AFCHPR, ICC, CEDAW, HRC) (did you mean "GBR"?)',
      'error: unknown purpose "forced-labor" (did you mean "forced-labour"?)',
    ]);
    // "UK" is what contributors type most; the validator (schemas/catalog.ts) has no suggestion for it yet.
    const uk = run(content, replaced(CASE_FLAGS, '--jurisdiction', 'UK'));
    assert.equal(uk.code, 1);
    assert.match(uk.stderr, /^error: unknown jurisdiction "UK": use an ISO 3166-1 alpha-3 country code/m);
  });

  test('refuses to overwrite a file unless --force', () => {
    const content = tempContent();
    assert.equal(run(content, CASE_FLAGS).code, 0);
    const file = path.join(content, 'cases/gbr/gbr-2013-r-v-synthetic-r-v-fixture.md');
    writeFileSync(file, 'edited by a contributor\n');
    const again = run(content, CASE_FLAGS);
    assert.equal(again.code, 1);
    assert.equal(lines(again.stderr)[0], `error: ${path.relative(ROOT, file)} already exists`);
    assert.equal(lines(again.stderr)[1], '    hint: choose another id with --id, or add --force to overwrite the file');
    assert.equal(readFileSync(file, 'utf8'), 'edited by a contributor\n');
    const forced = run(content, [...CASE_FLAGS, '--force']);
    assert.equal(forced.code, 0, forced.stderr);
    assert.deepEqual(problemsOf(content, file), []);
  });

  test('refuses an id used in another jurisdiction folder, or listed in formerIds', () => {
    const content = tempContent();
    const fixture = withFixtureCase(content);
    const taken = run(content, [...CASE_FLAGS, '--id', 'nld-2020-synthetic-applicant-v-fixture-state']);
    assert.equal(taken.code, 1);
    assert.equal(
      lines(taken.stderr)[0],
      `error: id "nld-2020-synthetic-applicant-v-fixture-state" is already used by ${path.relative(ROOT, fixture)}: ids must be unique across all jurisdiction folders`,
    );
    const former = run(content, [...CASE_FLAGS, '--id', 'nld-2020-old-fixture-id']);
    assert.equal(former.code, 1);
    assert.equal(
      lines(former.stderr)[0],
      `error: id "nld-2020-old-fixture-id" is a former id of ${path.relative(ROOT, fixture)}: its old URL redirects there, so it cannot be used again`,
    );
    const bad = run(content, [...CASE_FLAGS, '--id', 'GBR_2013_R']);
    assert.equal(bad.code, 1);
    assert.equal(lines(bad.stderr)[0], 'error: "GBR_2013_R" is not a valid id: use lower-case ASCII letters, digits and single hyphens (e.g. "gbr-2013-r")');
  });

  test('--from-json takes frontmatter fields; flags given too win', () => {
    const content = tempContent();
    const json = path.join(path.dirname(content), 'answers.json');
    writeFileSync(
      json,
      JSON.stringify({
        title: 'Synthetic Applicant v Fixture State',
        jurisdiction: 'ECHR',
        court: 'European Court of Human Rights (Test Section)',
        courtLevel: 'international',
        decided: '2016-10-20',
        citation: 'Application no. 00000/16',
        language: 'en',
        outcome: 'violation',
        purposes: ['domestic-servitude'],
        acts: ['recruitment', 'harbouring'],
        articles: ['TIP-3(a)'],
        sources: [{ title: 'Judgment (synthetic)', language: 'en' }],
      }),
    );
    const result = run(content, ['case', '--from-json', json, '--language', 'fr']);
    assert.equal(result.code, 0, result.stderr);
    const file = path.join(content, 'cases/echr/echr-2016-synthetic-applicant-v-fixture-state.md');
    assert.deepEqual(problemsOf(content, file), []);
    const text = readFileSync(file, 'utf8');
    assert.ok(text.includes('\nacts: [recruitment, harbouring]\n'), 'an optional field from the JSON is written, not commented out');
    assert.ok(text.includes('\nlanguage: fr\n'));

    writeFileSync(json, JSON.stringify({ title: 'Another synthetic case', courtlevel: 'international' }));
    const typo = run(content, ['case', '--from-json', json]);
    assert.equal(typo.code, 1);
    assert.ok(lines(typo.stderr).includes('error: unknown field "courtlevel" (did you mean "courtLevel"?)'), typo.stderr);
  });

  test('--dry-run prints the file and writes nothing', () => {
    const content = tempContent();
    const result = run(content, [
      'tool',
      '--title',
      'Synthetic Toolkit for Tests',
      '--publisher',
      'Test Publisher',
      '--published',
      '2008',
      '--language',
      'en',
      '--dry-run',
    ]);
    assert.equal(result.code, 0, result.stderr);
    assert.ok(result.stdout.startsWith('---\n'));
    assert.ok(result.stdout.includes('\ntitle: Synthetic Toolkit for Tests\n'));
    assert.match(result.stderr, /nothing was written/);
    assert.equal(existsSync(path.join(content, 'tools')), false);
  });

  test('usage errors exit 2: unknown type, unknown flag, a flag of another type', () => {
    const content = tempContent();
    const type = run(content, ['cases']);
    assert.equal(type.code, 2);
    assert.equal(lines(type.stderr)[0], 'error: unknown type "cases" (did you mean "case"?): the types are case, tool, issue-paper, model-law, collection');
    const flag = run(content, ['case', '--titel', 'x']);
    assert.equal(flag.code, 2);
    assert.equal(lines(flag.stderr)[0], 'error: unknown flag --titel (did you mean --title?)');
    const foreign = run(content, ['tool', '--court', 'x']);
    assert.equal(foreign.code, 2);
    assert.equal(lines(foreign.stderr)[0], 'error: --court is not asked for a tool: its flags are --title, --language, --publisher, --published');
  });
});
