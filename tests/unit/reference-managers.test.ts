/**
 * The citation files as a reference manager reads them: each is parsed by citation-js (the
 * parsers behind many reference tools), not by our own readers, and must give back the case, its
 * court, date, address and language. What each format cannot carry is said where it is left out.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import type { CaseData } from '../../schemas/index.ts';
import { validCorpus } from '../../src/lib/corpus/shared-corpus.ts';
import { biblatexRecord, bibtexRecord, cslItem, risRecord } from '../../src/lib/citation.ts';

interface CslRead {
  type: string;
  title: string;
  authority?: string;
  publisher?: string;
  number?: string;
  jurisdiction?: string;
  note?: string;
  URL?: string;
  language?: string;
  issued: { 'date-parts': number[][] };
}

const read = async (text: string): Promise<CslRead> => {
  const items = (await Cite.async(text)).data as CslRead[];
  assert.equal(items.length, 1, 'one item read');
  return items[0];
};

const cases = validCorpus().entries.filter((e) => e.type === 'case');
// A French decision (its language given), an ECtHR judgment (none given), an Australian one with a neutral citation.
const sample = ['fra-2023-cass-crim-22-85425', 'echr-2005-siliadin-v-france', 'aus-2008-r-v-tang'].map((id) => {
  const entry = cases.find((e) => e.id === id);
  assert.ok(entry, `${id} is in the corpus`);
  return entry;
});
const address = (id: string) => `https://kb.court.gov.xx/cases/${id}/`;
const dateParts = (decided: string) => decided.split('-').map(Number);

for (const entry of sample) {
  const data = entry.data as CaseData;
  const language = data.decisionLanguage?.[0];

  test(`${entry.id}: CSL-JSON reads back as a legal case with every field`, async () => {
    const item = await read(JSON.stringify([cslItem(entry, address(entry.id))]));
    assert.equal(item.type, 'legal_case');
    assert.equal(item.title, data.title);
    assert.equal(item.authority, data.court);
    assert.equal(item.number, data.citation);
    assert.ok(item.jurisdiction, 'the jurisdiction is named');
    assert.deepEqual(item.issued['date-parts'][0], dateParts(data.decided));
    assert.equal(item.URL, address(entry.id));
    assert.equal(item.language, language);
  });

  test(`${entry.id}: RIS reads back as a legal case with its court, full date, address and language`, async () => {
    const item = await read(risRecord(entry, address(entry.id)));
    assert.equal(item.type, 'legal_case');
    assert.equal(item.title, data.title);
    assert.equal(item.authority, data.court);
    assert.deepEqual(item.issued['date-parts'][0], dateParts(data.decided));
    assert.equal(item.URL, address(entry.id));
    assert.equal(item.language, language);
    // RIS has no field for a case's citation that citation-js maps (M1 is kept for Zotero, which reads it).
  });

  test(`${entry.id}: BibTeX (@misc) reads back with the court, the citation, year and month`, async () => {
    const item = await read(bibtexRecord(entry, address(entry.id)));
    assert.equal(item.title, data.title);
    assert.equal(item.publisher, data.court);
    assert.ok(item.note?.startsWith(data.citation), `the note begins with the citation: ${item.note}`);
    assert.deepEqual(item.issued['date-parts'][0], dateParts(data.decided).slice(0, 2));
    assert.equal(item.URL, address(entry.id));
    assert.equal(item.language, language);
  });

  test(`${entry.id}: biblatex (@jurisdiction) reads back as a legal case with its court and full date`, async () => {
    const item = await read(biblatexRecord(entry, address(entry.id)));
    assert.equal(item.type, 'legal_case');
    assert.equal(item.title, data.title);
    assert.equal(item.publisher, data.court);
    assert.deepEqual(item.issued['date-parts'][0], dateParts(data.decided));
    assert.equal(item.URL, address(entry.id));
  });
}

test('a citation processor formats the CSL-JSON: title, court and year in the reference', async () => {
  const [entry] = sample;
  const data = entry.data as CaseData;
  const text = (await Cite.async(JSON.stringify([cslItem(entry, undefined)]))).format('bibliography', { format: 'text', template: 'apa' }) as string;
  assert.ok(text.includes(data.title), text);
  assert.ok(text.includes(data.court), text);
  assert.ok(text.includes(data.decided.slice(0, 4)), text);
});
