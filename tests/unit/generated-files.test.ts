/**
 * The generated reference and editor schemas: committed copies are exactly what
 * `npm run generate` writes today (a stale copy fails, saying which command fixes it), the
 * reference documents every field and every vocabulary term, and the editor schemas accept
 * every entry the validator accepts while offering the vocabularies as completions.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { parse as parseYaml } from 'yaml';
import type { z } from 'astro/zod';
import { CONTENT_TYPES, makeSchemas, UN_LANGUAGES, VOCABULARY_NAMES, type ContentType } from '../../schemas/index.ts';
import { ARTICLE_REF_PATTERN } from '../../schemas/references.ts';
import { splitFrontmatter } from '../../src/lib/corpus/frontmatter.ts';
import { loadCorpus } from '../../src/lib/corpus/load-corpus.ts';
import { objectKeys, schemaAt } from '../../src/lib/corpus/schema-issues.ts';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const node = path.join(repo, 'node_modules/.bin/node');
const script = path.join(repo, 'scripts/generate-docs.ts');
const { KB_CONTENT_DIR: _ignored, ...env } = process.env; // the generator must read the real content/

const GENERATED = [
  'docs/content-reference.md',
  'docs/data-dictionary.md',
  'schemas/json/case.schema.json',
  'schemas/json/collection.schema.json',
  'schemas/json/instrument.schema.json',
  'schemas/json/issue-paper.schema.json',
  'schemas/json/model-law.schema.json',
  'schemas/json/tool.schema.json',
  'schemas/json/vocabulary.schema.json',
];

const run = (...args: string[]) => spawnSync(node, [script, ...args], { cwd: repo, env, encoding: 'utf8' });
const tempDirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kb-generate-'));
  tempDirs.push(dir);
  return dir;
};
after(() => tempDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(dir, `${prefix}${e.name}/`) : [`${prefix}${e.name}`]))
    .sort();
}

const corpus = loadCorpus(path.join(repo, 'content'));
const catalog = corpus.catalog!;
const schemas = makeSchemas(catalog);
const reference = readFileSync(path.join(repo, 'docs/content-reference.md'), 'utf8');
const editorSchema = (name: string) => JSON.parse(readFileSync(path.join(repo, `schemas/json/${name}.schema.json`), 'utf8'));

describe('freshness', () => {
  test('the committed files are byte for byte what `npm run generate` writes into an empty folder', () => {
    const out = tempDir();
    const result = run('--out', out);
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(filesUnder(out), GENERATED);
    const stale = GENERATED.filter((file) => {
      try {
        return !readFileSync(path.join(repo, file)).equals(readFileSync(path.join(out, file)));
      } catch {
        return true; // not committed at all
      }
    });
    assert.deepEqual(stale, [], `generated files are stale: ${stale.join(', ')}. Run \`npm run generate\` and commit the result.`);
    const committedSchemas = readdirSync(path.join(repo, 'schemas/json')).map((name) => `schemas/json/${name}`);
    assert.deepEqual(
      committedSchemas.sort(),
      GENERATED.filter((f) => f.startsWith('schemas/json/')),
      'schemas/json/ holds only generated schemas: run `npm run generate`',
    );
  });

  test('--check passes on the repository as committed', () => {
    const result = run('--check');
    assert.equal(result.stdout, `Generated files are up to date: ${GENERATED.length} checked.\n`);
    assert.equal(result.status, 0);
  });

  test('--check lists every stale file with the command that fixes it, and exits 1', () => {
    const out = tempDir();
    assert.equal(run('--out', out).status, 0);
    appendFileSync(path.join(out, 'docs/content-reference.md'), 'an edit by hand\n');
    rmSync(path.join(out, 'schemas/json/tool.schema.json'));
    writeFileSync(path.join(out, 'schemas/json/old-type.schema.json'), '{}\n');
    const result = run('--check', '--out', out);
    assert.equal(
      result.stdout,
      [
        'These generated files are stale:',
        '  docs/content-reference.md (out of date)',
        '  schemas/json/tool.schema.json (missing)',
        '  schemas/json/old-type.schema.json (no longer generated)',
        `Run \`npm run generate -- --out ${out}\` and commit the result.`,
        '',
      ].join('\n'),
    );
    assert.equal(result.status, 1);

    const repaired = run('--out', out);
    assert.equal(
      repaired.stdout,
      [
        'wrote docs/content-reference.md',
        'wrote schemas/json/tool.schema.json',
        'removed schemas/json/old-type.schema.json',
        `3 of ${GENERATED.length} generated files updated.`,
        '',
      ].join('\n'),
    );
    assert.deepEqual(filesUnder(out), GENERATED);
    assert.equal(run('--check', '--out', out).status, 0);
  });

  test('an unknown option is refused with the usage line', () => {
    const result = run('--chek');
    assert.equal(result.status, 2);
    assert.match(result.stderr, /Unknown option '--chek'/);
    assert.match(result.stderr, /\nusage: npm run generate \[-- --check\] \[--out DIR\]\n$/);
  });
});

/** Field paths found by walking the schema with the validator's own walker. */
function fieldPaths(root: z.ZodType): string[] {
  const paths: string[] = [];
  const visit = (at: PropertyKey[], prefix: string) => {
    for (const key of objectKeys(root, at)) {
      const here = [...at, key];
      paths.push(prefix + key);
      const type = (schemaAt(root, here)!.schema as unknown as { _zod: { def: { type: string } } })._zod.def.type;
      if (type === 'object') visit(here, `${prefix}${key}.`);
      if (type === 'array') visit([...here, 0], `${prefix}${key}[].`);
    }
  };
  visit([], '');
  return paths;
}

const SECTION_TITLES: Record<ContentType, string> = {
  case: 'Case',
  tool: 'Tool',
  'issue-paper': 'Issue paper',
  'model-law': 'Model law',
  collection: 'Collection',
};

function section(heading: string): string {
  const start = reference.indexOf(`\n${heading}\n`);
  assert.notEqual(start, -1, `the reference has no "${heading}" section`);
  const level = heading.split(' ')[0];
  const next = reference.indexOf(`\n${level} `, start + heading.length + 2);
  return reference.slice(start, next === -1 ? undefined : next);
}

describe('the reference', () => {
  test('says at the top that it is generated and how to regenerate it', () => {
    assert.match(reference.split('\n## ')[0], /\*\*Generated file\.\*\* `npm run generate` writes this page .* Do not edit it by hand/);
  });

  for (const type of CONTENT_TYPES) {
    test(`documents every field of ${type}, nested ones included`, () => {
      const text = section(`## ${SECTION_TITLES[type] ?? type}`);
      const paths = fieldPaths(schemas[type]);
      assert.ok(paths.length > 10 || type === 'collection', 'the walk found the fields');
      assert.deepEqual(
        paths.filter((p) => !text.includes(`\n| \`${p}\` | `)),
        [],
        `fields missing from the ${type} table`,
      );
      // Required at the top level says the same as the editor schema.
      const required = new Set<string>(editorSchema(type).required);
      for (const key of objectKeys(schemas[type], [])) {
        assert.ok(text.includes(`\n| \`${key}\` | ${required.has(key) ? 'yes' : 'no'} |`), `${type}.${key} required: ${required.has(key)}`);
      }
    });
  }

  test('names the nested fields the way contributors need them', () => {
    const cases = section('## Case');
    assert.ok(cases.includes('\n| `defendants[].charges[].verdict` | yes | [`verdict`](#verdict) term | result of this charge | `convicted` |'));
    assert.ok(cases.includes('\n| `review.status` | yes | [`reviewStatus`](#reviewstatus) term |'));
    assert.ok(cases.includes('\n| `decided` | yes | date `YYYY-MM-DD` | date of the decision, YYYY-MM-DD, not in the future | `2005-07-26` |'));
    assert.ok(cases.includes('\n| `purposes` | yes | list of [`purposes`](#purposes) terms, at least 1 |'));
  });

  test('lists every vocabulary term with its labels in the six languages', () => {
    const missing: string[] = [];
    for (const name of VOCABULARY_NAMES) {
      const vocabulary = catalog.vocabularies[name];
      const text = name === 'bodies' ? section('## Jurisdictions') : section(`### ${vocabulary.field}`);
      for (const term of vocabulary.terms) {
        const row = `\n| \`${term.id}\` | ${UN_LANGUAGES.map((l) => term.label[l]).join(' | ')} |`;
        if (!text.includes(row)) missing.push(`${name}: ${term.id}`);
      }
    }
    assert.deepEqual(missing, []);
  });

  test('states the jurisdiction, language and article rules from the data', () => {
    assert.match(section('## Jurisdictions'), /ISO 3166-1 alpha-3 code in upper case, e\.g\. `GBR`/);
    const articles = section('## Treaty articles');
    for (const [code, instrument] of catalog.instruments) {
      assert.ok(
        articles.includes(
          `| \`${code}\` | ${instrument.title.en} (${instrument.shortTitle.en}) | ${instrument.articles.length}: \`${code}-1\` to \`${code}-${instrument.articles.length}\` |`,
        ),
        code,
      );
    }
    assert.ok(section('### Case body sections').includes('\n| `## Facts` | yes |\n| `## Procedural history` | no |\n| `## Decision` | yes |'));
  });
});

describe('the editor schemas', () => {
  const ids = (name: (typeof VOCABULARY_NAMES)[number]) => catalog.vocabularies[name].terms.map((t) => t.id);

  test('offer the vocabulary terms, jurisdictions and the article form where zod checks them in code', () => {
    const caseSchema = editorSchema('case');
    assert.equal(caseSchema.$schema, 'http://json-schema.org/draft-07/schema#');
    assert.deepEqual(caseSchema.properties.courtLevel.enum, ids('court-level'));
    assert.deepEqual(caseSchema.properties.purposes.items.enum, ids('purposes'));
    assert.deepEqual(caseSchema.properties.defendants.items.properties.charges.items.properties.verdict.enum, ids('verdict'));
    assert.deepEqual(caseSchema.properties.review.properties.status.enum, ids('review-status'));
    assert.equal(caseSchema.properties.articles.items.pattern, ARTICLE_REF_PATTERN.source);
    assert.deepEqual(caseSchema.properties.articles.examples, [['TIP-3(a)', 'TIP-5(1)']]);
    assert.ok(caseSchema.required.includes('articles'), 'articles is required for cases');
    assert.equal(caseSchema.properties.articlesCited.items.pattern, ARTICLE_REF_PATTERN.source);
    const jurisdictions: string[] = caseSchema.properties.jurisdiction.enum;
    assert.deepEqual(
      ['GBR', 'NGA', 'ECHR', 'ECOWAS-CCJ', 'ATA'].map((c) => jurisdictions.includes(c)),
      [true, true, true, true, false],
    );
    assert.equal(caseSchema.properties.victims.properties.nationalities.items.enum.includes('ECHR'), false);
    assert.deepEqual(editorSchema('tool').properties.audience.items.enum, ids('audience'));
  });

  test('accept every entry and data file in content/, as an editor reads them', () => {
    const ajv = new Ajv({ strict: true, allErrors: true, allowUnionTypes: true });
    const rejected: string[] = [];
    for (const type of CONTENT_TYPES) {
      const validate = ajv.compile(editorSchema(type));
      for (const entry of corpus.entries.filter((e) => e.type === type)) {
        const split = splitFrontmatter(
          readFileSync(path.resolve(entry.file), 'utf8')
            .replace(/^\uFEFF/, '')
            .replace(/\r\n/g, '\n'),
        );
        assert.ok(split.ok);
        if (!validate(parseYaml(split.yaml))) rejected.push(`${entry.file}: ${ajv.errorsText(validate.errors)}`);
      }
    }
    for (const [schema, folder] of [
      ['vocabulary', 'vocabularies'],
      ['instrument', 'instruments'],
    ]) {
      const validate = ajv.compile(editorSchema(schema));
      for (const name of readdirSync(path.join(repo, 'content', folder))) {
        if (!validate(parseYaml(readFileSync(path.join(repo, 'content', folder, name), 'utf8'))))
          rejected.push(`${folder}/${name}: ${ajv.errorsText(validate.errors)}`);
      }
    }
    assert.ok(corpus.entries.length > 0);
    assert.deepEqual(rejected, []);
  });

  test('reject what the validator rejects for the same reasons', () => {
    const validate = new Ajv({ strict: true, allErrors: true, allowUnionTypes: true }).compile(editorSchema('case'));
    // Synthetic: an invented case, not a real decision.
    const frontmatter = {
      title: 'R v Alpha',
      jurisdiction: 'UK',
      court: 'Court of Appeal',
      courtLevel: 'high-court',
      decided: '1 June 2013',
      citation: '[2013] EWCA Crim 1',
      language: 'english',
      outcome: 'conviction',
      purposes: ['forced-labor'],
      articles: ['TIP 3'],
      sources: [{ title: 'Synthetic test source', url: 'javascript:alert(1)' }],
      review: { status: 'draft' },
      tags: ['x'],
    };
    assert.equal(validate(frontmatter), false);
    assert.deepEqual(validate.errors!.map((e) => `${e.instancePath || '/'} ${e.keyword}`).sort(), [
      '/ additionalProperties',
      '/articles/0 pattern',
      '/courtLevel enum',
      '/decided pattern',
      '/jurisdiction enum',
      '/language enum',
      '/purposes/0 enum',
      '/sources/0/url pattern',
    ]);
  });
});
