/**
 * Closed lists are z.enum and formats .regex(), so that z.toJSONSchema itself writes the enum
 * or pattern an editor needs, with no override, and the generators read fields from that JSON
 * rather than from zod's internals. The validator still says one thing per wrong value, in the
 * words it always used.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { z } from 'astro/zod';
import { CONTENT_TYPES, makeSchemas } from '../../schemas/index.ts';
import { dateSchema, ID_MAX_LENGTH, ID_PATTERN, idSchema, publishedSchema, urlSchema } from '../../schemas/common.ts';
import { ITEM_REF_PATTERN } from '../../schemas/collection.ts';
import { languageSchema } from '../../schemas/languages.ts';
import { ARTICLE_REF_PATTERN } from '../../schemas/references.ts';
import { VALUE_KINDS } from '../../schemas/value-kinds.ts';
import { loadCorpus } from '../../src/lib/corpus/load-corpus.ts';
import { describeIssue } from '../../src/lib/corpus/schema-issues.ts';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const catalog = loadCorpus(path.join(repo, 'content')).catalog!;
const schemas = makeSchemas(catalog);
type Node = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
/** Exactly what zod writes: no override, nothing added afterwards. */
const jsonOf = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'input', target: 'draft-7', unrepresentable: 'any' }) as Node;
const ids = (name: keyof typeof catalog.vocabularies) => catalog.vocabularies[name].terms.map((t) => t.id);

describe('z.toJSONSchema writes the closed lists and formats itself', () => {
  test('a case: vocabulary terms, jurisdictions, countries and languages as enum; dates, articles, addresses and ids as pattern', () => {
    const { properties: fields } = jsonOf(schemas.case);
    assert.deepEqual(fields.purposes.items.enum, ids('purposes'));
    assert.equal(fields.purposes.items.vocabulary, 'purposes');
    assert.deepEqual(fields.courtLevel.enum, ids('court-level'));
    assert.deepEqual(fields.review.properties.status.enum, ids('review-status'));
    assert.equal(fields.decided.pattern, '^\\d{4}-\\d{2}-\\d{2}$');
    assert.equal(fields.decided.kind, 'date');
    assert.equal(fields.decided.description, 'date of the decision, YYYY-MM-DD, not in the future', 'the field’s own description wins');
    assert.equal(fields.articles.items.pattern, ARTICLE_REF_PATTERN.source);
    assert.deepEqual(fields.jurisdiction.enum, [...catalog.jurisdictions.keys()].sort());
    assert.deepEqual(fields.victims.properties.nationalities.items.enum, [...catalog.countryCodes].sort());
    assert.ok(fields.language.enum.includes('en') && fields.language.enum.length > 150);
    assert.equal(fields.sources.items.properties.url.pattern, '^https?:\\/\\/');
    assert.equal(fields.formerIds.items.pattern, ID_PATTERN.source);
    assert.equal(fields.formerIds.items.maxLength, ID_MAX_LENGTH);
  });

  test('a collection’s item references and a resource’s year or date', () => {
    assert.equal(jsonOf(schemas.collection).properties.items.items.properties.ref.pattern, ITEM_REF_PATTERN.source);
    const published = jsonOf(schemas.tool).properties.published;
    assert.deepEqual(published.anyOf, [{ type: 'number' }, { type: 'string', pattern: '^\\d{4}(-\\d{2}-\\d{2})?$' }]);
  });

  test('every value kind is used by some field of the content schemas', () => {
    const kinds = new Set<string>();
    const visit = (node: unknown) => {
      if (!node || typeof node !== 'object') return;
      if (typeof (node as Node).kind === 'string') kinds.add((node as Node).kind);
      Object.values(node).forEach(visit);
    };
    CONTENT_TYPES.forEach((type) => visit(jsonOf(schemas[type])));
    assert.deepEqual([...kinds].sort(), [...VALUE_KINDS].sort());
  });
});

describe('the generators read JSON Schema, not zod', () => {
  test('scripts/lib/generate/ reads no zod internals and matches no description texts', () => {
    const dir = path.join(repo, 'scripts/lib/generate');
    const offenders = readdirSync(dir)
      .filter((name) => name.endsWith('.ts'))
      .filter((name) => /_zod|globalRegistry|makeClassifier|originDescription/.test(readFileSync(path.join(dir, name), 'utf8')));
    assert.deepEqual(offenders, []);
  });
});

describe('the validator says one thing per wrong value, as before', () => {
  const messages = (schema: z.ZodType, value: unknown) => schema.safeParse(value).error?.issues.map((i) => i.message) ?? [];
  /** The validator's words for one field of a case given alone (the other fields' issues left out). */
  const caseIssue = (field: string, value: unknown) => {
    const issues = schemas.case.safeParse({ [field]: value }, { reportInput: true }).error!.issues.filter((i) => i.path[0] === field);
    assert.equal(issues.length, 1, `one issue for ${field}: ${JSON.stringify(value)}`);
    return describeIssue(schemas.case, issues[0]);
  };

  test('a format that fails says so once: the checks after it do not run', () => {
    assert.deepEqual(messages(dateSchema, '1 June 2013'), ['"1 June 2013" is not a date written YYYY-MM-DD, e.g. 2005-07-26']);
    assert.deepEqual(messages(dateSchema, '2005-02-30'), ['"2005-02-30" is not a real calendar date']);
    assert.deepEqual(messages(idSchema, `Bad Id ${'x'.repeat(80)}`), [`an id is at most 80 characters; "Bad Id ${'x'.repeat(80)}" has 87`]);
    assert.deepEqual(messages(urlSchema, 'javascript:alert(1)'), ['links must be https: or http:, not "javascript:"']);
    assert.deepEqual(messages(urlSchema, 'https://'), ['"https://" is not a complete web address: it must start with https://']);
    assert.deepEqual(messages(publishedSchema, 'May 2009'), ['"May 2009" is neither a year (2009) nor a date written YYYY-MM-DD']);
    assert.deepEqual(messages(publishedSchema, 1700), ['1700 is not a plausible year of publication']);
    assert.deepEqual(caseIssue('articles', ['TIP art 3']), {
      message: 'article reference "TIP art 3" is not in the form CODE-NUMBER, e.g. "TIP-3" or "TIP-3(a)" (did you mean "TIP-3"?)',
      hint: 'instruments: UNTOC, TIP, SOM',
    });
  });

  test('a closed list words a wrong value with its suggestion and hint, and a value that is not text as any text field', () => {
    assert.deepEqual(caseIssue('courtLevel', 'Supreme'), {
      message: 'unknown court level "Supreme" (did you mean "supreme"?)',
      hint: `allowed values: ${ids('court-level').join(', ')}`,
    });
    assert.deepEqual(caseIssue('courtLevel', 3), { message: 'courtLevel must be text, not number 3 (put the value in quotes)' });
    assert.match(caseIssue('courtLevel', undefined).message, /^courtLevel is required: first-instance/);
    const jurisdiction = caseIssue('jurisdiction', 'UK');
    assert.match(jurisdiction.message, /^unknown jurisdiction "UK": .* \(did you mean "GBR"\?\)$/);
    assert.equal(jurisdiction.hint, undefined, 'no hint listing 250 codes');
    assert.deepEqual(messages(languageSchema, 'English'), [
      'unknown language code "English": use a two-letter ISO 639-1 code such as "en", "fr" or "zh" (did you mean "en"?)',
    ]);
  });
});
