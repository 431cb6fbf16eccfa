/**
 * A whole collection for reference managers (/collections/<id>/citations.json, .ris, .bib): one
 * record per entry its items point at, made by the case citation formatters, with tools, issue
 * papers and model laws typed as publications. Read back as a reference manager would.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FOLDERS, type ContentType } from '../../schemas/index.ts';
import { COLLECTION_CITATION_FILES, cslItem, RESOURCE_TYPES, risRecord } from '../../src/lib/citation.ts';
import { collectionEntries } from '../../src/lib/citation-files.ts';
import type { Entry } from '../../src/lib/corpus/entry-file.ts';
import { validCorpus } from '../../src/lib/corpus/shared-corpus.ts';

const { entries } = validCorpus();
const find = (type: ContentType, id: string) => entries.find((e) => e.type === type && e.id === id);
const collections = entries.filter((e) => e.type === 'collection');
const ORIGIN = 'https://kb.court.gov.xx';
const url = (entry: Entry) => `${ORIGIN}/${entry.type}/${entry.id}/`;
const file = (name: string) => COLLECTION_CITATION_FILES.find((f) => f.file === name)!;
const distinctRefs = (collection: Entry) => [...new Set((collection.data.items as { ref: string }[]).map((i) => i.ref.replace(/#.*/, '')))];

/** RIS as a reader takes it: `TG  - value` lines, records closed by `ER  - `. */
function parseRis(text: string): Record<string, string[]>[] {
  const records: Record<string, string[]>[] = [];
  let current: Record<string, string[]> | undefined;
  for (const line of text.split('\r\n')) {
    if (line === '') continue;
    const match = /^([A-Z][A-Z0-9]) {2}- (.*)$/.exec(line);
    assert.ok(match, `a RIS line: ${JSON.stringify(line)}`);
    const [, tag, value] = match;
    if (tag === 'TY') {
      assert.equal(current, undefined, 'TY opens a record only after ER closed the last');
      current = {};
    }
    assert.ok(current, `${tag} outside a record`);
    if (tag === 'ER') {
      records.push(current);
      current = undefined;
    } else (current[tag] ??= []).push(value);
  }
  assert.equal(current, undefined, 'the last record is closed');
  return records;
}

/** BibTeX entries: `@type{key,` … `}` with every brace balanced and no brace closing early. */
function parseBibtex(text: string): { type: string; key: string; body: string }[] {
  const found: { type: string; key: string; body: string }[] = [];
  let i = 0;
  while ((i = text.indexOf('@', i)) !== -1) {
    const head = /^@(\w+)\{([^,\s]+),/.exec(text.slice(i));
    assert.ok(head, `an entry head at ${i}`);
    let depth = 0;
    let j = i + head[0].indexOf('{');
    for (; j < text.length; j++) {
      if (text[j] === '\\') j++;
      else if (text[j] === '{') depth++;
      else if (text[j] === '}' && --depth === 0) break;
      assert.ok(depth >= 0, 'no brace closes before it opens');
    }
    assert.equal(depth, 0, `entry ${head[2]} is closed`);
    found.push({ type: head[1], key: head[2], body: text.slice(i, j + 1) });
    i = j + 1;
  }
  return found;
}

test('every collection lists each entry its items point at, once, in order', () => {
  assert.ok(collections.length > 0);
  for (const collection of collections) {
    const listed = collectionEntries(collection, find).map(({ source }) => `${FOLDERS[source.type]}/${source.id}`);
    assert.deepEqual(listed, distinctRefs(collection), collection.id);
  }
});

test('CSL-JSON: an array JSON.parse reads, one item per entry, cases as legal_case, publications as report or document', () => {
  for (const collection of collections) {
    const cited = collectionEntries(collection, find).map((e) => e.cited);
    const items = JSON.parse(file('citations.json').text(cited, url)) as { id: string; type: string; title: string; URL?: string }[];
    assert.equal(items.length, cited.length, collection.id);
    assert.equal(new Set(items.map((i) => i.id)).size, items.length, 'unique ids');
    items.forEach((item, n) => {
      const entry = cited[n];
      assert.equal(item.id, entry.id);
      assert.equal(item.title, entry.data.title);
      assert.equal(item.type, entry.type === 'case' ? 'legal_case' : RESOURCE_TYPES[entry.type as keyof typeof RESOURCE_TYPES].csl);
      assert.equal(item.URL, (entry.data.url as string | undefined) ?? url(entry), 'the publication’s own address, else its page');
    });
  }
});

test('RIS: every line a tag, one record per entry, CASE for decisions and RPRT or GEN for publications', () => {
  const seen = new Set<string>();
  for (const collection of collections) {
    const cited = collectionEntries(collection, find).map((e) => e.cited);
    const records = parseRis(file('citations.ris').text(cited, url));
    assert.equal(records.length, cited.length, collection.id);
    records.forEach((record, n) => {
      const entry = cited[n];
      assert.deepEqual(record.ID, [entry.id]);
      assert.deepEqual(record.TI, [String(entry.data.title).replace(/\s+/g, ' ').trim()]);
      seen.add(record.TY[0]);
      if (entry.type === 'case') assert.deepEqual(record.TY, ['CASE']);
      else {
        assert.deepEqual(record.TY, [RESOURCE_TYPES[entry.type as keyof typeof RESOURCE_TYPES].ris]);
        assert.deepEqual(record.PB, [String(entry.data.publisher)]);
        assert.deepEqual(record.PY, [String(entry.data.published).slice(0, 4)]);
      }
    });
  }
  assert.ok(seen.has('CASE') && (seen.has('RPRT') || seen.has('GEN')), 'the real collections mix decisions and publications');
});

test('BibTeX: balanced braces, one @misc per entry, unique keys', () => {
  for (const collection of collections) {
    const cited = collectionEntries(collection, find).map((e) => e.cited);
    const text = file('citations.bib').text(cited, url);
    const parsed = parseBibtex(text);
    assert.equal(parsed.length, cited.length, collection.id);
    assert.deepEqual(
      parsed.map((p) => p.key),
      cited.map((e) => e.id),
    );
    assert.ok(parsed.every((p) => p.type === 'misc'));
    for (const p of parsed) assert.match(p.body, /\n {2}title = \{\{.+\}\},\n/);
  }
});

test('a publication: its publisher, year and own address; its language only when it is published in one', () => {
  const withUrl = entries.find((e) => e.type === 'model-law' && typeof e.data.url === 'string')!;
  assert.ok(withUrl, 'a model law with its own address');
  const csl = cslItem(withUrl, url(withUrl)) as Record<string, unknown>;
  assert.equal(csl.type, 'report');
  assert.equal(csl.publisher, withUrl.data.publisher);
  assert.equal(csl.URL, withUrl.data.url);
  assert.deepEqual((csl.issued as { 'date-parts': number[][] })['date-parts'][0][0], Number(String(withUrl.data.published).slice(0, 4)));
  const multilingual = entries.find((e) => e.type !== 'case' && ((e.data.availableIn as string[] | undefined)?.length ?? 0) > 1)!;
  assert.equal('language' in cslItem(multilingual, undefined), false, 'no guess among the languages it is published in');
  const one = { ...multilingual, data: { ...multilingual.data, availableIn: ['fr'], published: '2009-05-01', url: undefined } } as Entry;
  assert.equal((cslItem(one, undefined) as Record<string, unknown>).language, 'fr');
  const ris = risRecord(one, undefined);
  assert.match(ris, /\r\nLA {2}- fr\r\n/);
  assert.match(ris, /\r\nDA {2}- 2009\/05\/01\r\nPY {2}- 2009\r\n/);
  assert.doesNotMatch(ris, /^UR {2}- /m, 'no address without a public origin or its own');
});

test('two entries of different types with one id: the second is keyed <type>-<id>, and keeps its own page', () => {
  const someCase = entries.find((e) => e.type === 'case')!;
  const tool = entries.find((e) => e.type === 'tool')!;
  const twin = { ...tool, id: someCase.id } as Entry;
  const collection = {
    ...collections[0],
    data: { ...collections[0].data, items: [{ ref: `cases/${someCase.id}` }, { ref: `tools/${someCase.id}` }, { ref: `cases/${someCase.id}` }] },
  } as Entry;
  const lookup = (type: ContentType, id: string) => (type === 'tool' && id === someCase.id ? twin : find(type, id));
  const listed = collectionEntries(collection, lookup);
  assert.deepEqual(
    listed.map((e) => e.cited.id),
    [someCase.id, `tool-${someCase.id}`],
  );
  assert.equal(listed[1].source, twin);
});
