/**
 * The real corpus is classified and the data behind article pages and the search record is
 * whole: every case engages an article, every article says what it requires, regional bodies sit
 * in their region, every identifier and the six-language classification names are in the record.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseArticleRef } from '../../schemas/index.ts';
import { validCorpus } from '../../src/lib/corpus/shared-corpus.ts';
import { relatedCases } from '../../src/lib/related-cases.ts';
import { classificationNames, identifiersOf, searchDocument } from '../../src/lib/search-document.ts';
import { searchRecord } from '../../src/lib/search-record.ts';

const corpus = validCorpus();
const catalog = corpus.catalog!;
const cases = corpus.entries.filter((e) => e.type === 'case');

test('every case engages at least one article; what the court cited is among them', () => {
  assert.ok(cases.length >= 60);
  for (const c of cases) {
    const articles = c.data.articles as string[];
    assert.ok(articles.length > 0, c.id);
    for (const ref of (c.data.articlesCited as string[] | undefined) ?? []) assert.ok(articles.includes(ref), `${c.id}: ${ref}`);
  }
  const instruments = new Set(cases.flatMap((c) => (c.data.articles as string[]).map((r) => parseArticleRef(r)!.instrument)));
  assert.deepEqual([...instruments].sort(), ['SOM', 'TIP', 'UNTOC']);
});

test('every article of the three instruments says what it requires; related articles exist and differ', () => {
  for (const instrument of catalog.instruments.values()) {
    for (const article of instrument.articles) {
      const key = `${instrument.code}-${article.number}`;
      assert.ok((article.paragraphs ?? []).length > 0, `${key} has no paragraphs`);
      for (const ref of article.related ?? []) {
        const parsed = parseArticleRef(ref)!;
        assert.ok(parsed.article <= catalog.instruments.get(parsed.instrument)!.articles.length, `${key} → ${ref}`);
        assert.notEqual(ref, key);
      }
    }
  }
});

test('a regional body belongs to its region and to international; a universal body to international only', () => {
  assert.deepEqual(catalog.jurisdictions.get('ECOWAS-CCJ')!.regions, ['africa', 'international']);
  assert.deepEqual(catalog.jurisdictions.get('ECHR')!.regions, ['europe', 'international']);
  assert.deepEqual(catalog.jurisdictions.get('IACTHR')!.regions, ['americas', 'international']);
  assert.deepEqual(catalog.jurisdictions.get('ICC')!.regions, ['international']);
  assert.deepEqual(catalog.jurisdictions.get('NGA')!.regions, ['africa']);
  const koraou = cases.find((c) => c.data.jurisdiction === 'ECOWAS-CCJ')!;
  const regions = searchRecord(koraou)
    .filters.filter(([k]) => k === 'region')
    .map(([, v]) => v);
  assert.deepEqual(regions.sort(), ['africa', 'international']);
});

test('the search record carries every identifier and the classification in six languages, after the body', () => {
  const rantsev = cases.find((c) => c.id === 'echr-2010-rantsev-v-cyprus-and-russia')!;
  const html = searchDocument(rantsev, '<p>Body text.</p>');
  for (const id of identifiersOf(rantsev)) assert.ok(html.includes(id), id);
  assert.ok(html.includes('ECLI:CE:ECHR:2010:0107JUD002596504'));
  assert.ok(html.indexOf('Body text.') < html.indexOf('<h1 '), 'the body comes first, so excerpts start with it');
  const names = classificationNames(rantsev);
  for (const label of ['Sexual exploitation', 'Exploitation sexuelle', 'Explotación sexual', 'Europe', 'Европа']) assert.ok(names.includes(label), label);
  assert.ok(!html.includes('id="para-'), 'paragraph anchors are left out of the index');
  assert.ok(!searchRecord(rantsev).sorts.some(([k]) => k === 'title'), 'no title sort');
});

test('relations are derived both ways from the one side written', () => {
  const rantsev = 'echr-2010-rantsev-v-cyprus-and-russia';
  const citing = cases.filter((c) =>
    ((c.data.related as { id: string; relation: string }[] | undefined) ?? []).some((r) => r.id === rantsev && r.relation === 'cites'),
  );
  assert.ok(citing.length > 0);
  const derived = relatedCases(rantsev);
  for (const c of citing)
    assert.ok(
      derived.some((r) => r.id === c.id && r.relation === 'cited-by'),
      c.id,
    );
});
