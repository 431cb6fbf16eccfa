/**
 * What people take away to cite a case: the line to paste, CSL-JSON, RIS, BibTeX (classic
 * @misc) and biblatex (@jurisdiction), with the decision's language when the summary gives it
 * and none when it does not; and the metadata of the page head (Highwire tags, JSON-LD).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CaseData } from '../../schemas/index.ts';
import { caseJsonLd, highwireTags, jsonForScript } from '../../src/lib/case-metadata.ts';
import { biblatexRecord, bibtexRecord, CITATION_FILES, cslItem, oscolaCitation, risRecord } from '../../src/lib/citation.ts';
import type { Entry } from '../../src/lib/corpus/entry-file.ts';
import { validCorpus } from '../../src/lib/corpus/shared-corpus.ts';

const cases = validCorpus().entries.filter((e) => e.type === 'case');
const byId = (id: string) => {
  const entry = cases.find((e) => e.id === id);
  assert.ok(entry, `${id} is in the corpus`);
  return entry;
};
const data = (entry: Entry) => entry.data as CaseData;
const URL_ = 'https://kb.court.gov.xx/cases/echr-2005-siliadin-v-france/';

// Real entries: Siliadin gives no decision language; the Cour de cassation's, French; the Seoul court's, Korean.
const siliadin = byId('echr-2005-siliadin-v-france');
const cassation = byId('fra-2023-cass-crim-22-85425');
const seoul = byId('kor-2017-seoul-central-district-court-salt-farm-state-compensation');

test('OSCOLA: the case name with "v", the neutral citation alone or the citation with court and date in brackets', () => {
  // No neutral citation: the citation as recorded, then (court, date).
  assert.deepEqual(oscolaCitation(data(siliadin)), {
    caseName: 'Siliadin v France',
    rest: 'Application no. 73316/01 (European Court of Human Rights (Second Section), 26 July 2005)',
    text: 'Siliadin v France Application no. 73316/01 (European Court of Human Rights (Second Section), 26 July 2005)',
  });
  // A neutral citation names the court and the year: nothing in brackets, the law reports kept.
  const hounga = data(byId('gbr-2014-hounga-v-allen'));
  assert.equal(oscolaCitation(hounga).text, 'Hounga v A. and another [2014] UKSC 47, [2014] 1 WLR 2889, [2014] ICR 847');
  // A citation that names the case (here with its neutral citation): no name before it.
  const alibhai = data(byId('ken-2022-alibhai-v-republic'));
  assert.deepEqual(oscolaCitation(alibhai), { caseName: undefined, rest: alibhai.citation, text: alibhai.citation });
  // A neutral citation the citation does not contain is added to it.
  assert.equal(
    oscolaCitation({ ...data(siliadin), identifiers: { neutral: '[2005] ECHR 545' } }).text,
    'Siliadin v France Application no. 73316/01, [2005] ECHR 545',
  );
  assert.equal(oscolaCitation(data(byId('aus-2008-r-v-tang'))).text, 'The Queen v T. [2008] HCA 39; (2008) 237 CLR 1');
  // A date the citation already gives is not repeated in the brackets.
  const remarks = { ...data(siliadin), citation: 'Sentencing remarks, 26 July 2005' };
  assert.equal(oscolaCitation(remarks).rest, 'Sentencing remarks, 26 July 2005 (European Court of Human Rights (Second Section))');
  for (const c of cases) {
    const { caseName, text } = oscolaCitation(data(c));
    assert.doesNotMatch(text, /undefined|\(\)|, \)|\.$/, c.id);
    assert.doesNotMatch(caseName ?? '', / v\. /, c.id);
  }
});

test('the language written is the decision’s, never the summary’s, and none when it is not known', () => {
  assert.equal(data(siliadin).language, 'en');
  assert.equal(data(siliadin).decisionLanguage, undefined);
  assert.equal('language' in cslItem(siliadin, URL_), false);
  assert.doesNotMatch(risRecord(siliadin, URL_), /^LA {2}- /m);
  assert.doesNotMatch(bibtexRecord(siliadin, URL_), /language|langid/);
  assert.doesNotMatch(biblatexRecord(siliadin, URL_), /language|langid/);

  assert.deepEqual(data(cassation).decisionLanguage, ['fr']);
  assert.equal(cslItem(cassation, undefined).language, 'fr');
  assert.match(risRecord(cassation, undefined), /\r\nLA {2}- fr\r\n/);
  assert.match(bibtexRecord(cassation, undefined), /\n {2}language = \{fr\},\n/);
  assert.match(biblatexRecord(cassation, undefined), /\n {2}langid = \{french\},\n/);

  // Korean has no babel name in our list: biblatex gets no langid rather than a guess; the others keep the code.
  assert.equal(cslItem(seoul, undefined).language, 'ko');
  assert.match(bibtexRecord(seoul, undefined), /language = \{ko\}/);
  assert.doesNotMatch(biblatexRecord(seoul, undefined), /langid/);
});

test('CSL-JSON and RIS: the case, its court, citation, date and address', () => {
  assert.deepEqual(cslItem(siliadin, URL_), {
    id: 'echr-2005-siliadin-v-france',
    type: 'legal_case',
    title: 'Siliadin v. France',
    authority: 'European Court of Human Rights (Second Section)',
    number: 'Application no. 73316/01',
    jurisdiction: 'European Court of Human Rights',
    issued: { 'date-parts': [[2005, 7, 26]] },
    URL: URL_,
  });
  assert.equal(
    risRecord(siliadin, URL_),
    [
      'TY  - CASE',
      'TI  - Siliadin v. France',
      'PB  - European Court of Human Rights (Second Section)',
      'M1  - Application no. 73316/01',
      'CY  - European Court of Human Rights',
      'DA  - 2005/07/26',
      'PY  - 2005',
      `UR  - ${URL_}`,
      'ID  - echr-2005-siliadin-v-france',
      'ER  - ',
      '',
    ].join('\r\n'),
  );
  assert.equal('URL' in cslItem(siliadin, undefined), false);
});

test('BibTeX is @misc, which classic BibTeX and every style read; biblatex gets @jurisdiction in its own file', () => {
  assert.equal(
    bibtexRecord(siliadin, URL_),
    [
      '@misc{echr-2005-siliadin-v-france,',
      '  title = {{Siliadin v. France}},',
      '  howpublished = {European Court of Human Rights (Second Section)},',
      '  note = {Application no. 73316/01, 26 July 2005},',
      '  year = {2005},',
      '  month = jul,',
      `  url = {${URL_}},`,
      '}',
      '',
    ].join('\n'),
  );
  assert.doesNotMatch(bibtexRecord(siliadin, undefined), /url = /);
  assert.match(
    biblatexRecord(siliadin, URL_),
    /^@jurisdiction\{echr-2005-siliadin-v-france,\n {2}title = \{\{Siliadin v\. France\}\},\n {2}institution = \{European Court of Human Rights \(Second Section\)\},\n {2}number = \{Application no\. 73316\/01\},\n {2}date = \{2005-07-26\},/,
  );
  const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
  for (const c of cases) {
    const bib = bibtexRecord(c, undefined);
    assert.match(bib, new RegExp(`^@misc\\{${c.id},\\n`), c.id);
    assert.ok(bib.includes(`  month = ${months[Number(data(c).decided.slice(5, 7)) - 1]},\n`), c.id);
    for (const text of [bib, biblatexRecord(c, undefined)]) {
      const unescaped = text.replace(/\\[{}]/g, '');
      assert.equal([...unescaped].filter((ch) => ch === '{').length, [...unescaped].filter((ch) => ch === '}').length, `${c.id}: braces balance`);
    }
  }
});

test('TeX’s special characters are escaped in BibTeX values, never passed through', () => {
  // Synthetic: an invented title and court, only to carry the characters.
  const entry = { ...siliadin, id: 'synthetic-case', data: { ...siliadin.data, title: 'A & B {v} C_D 100% #1 ~x^2 \\ end', court: 'Court of A & B' } } as Entry;
  const bib = bibtexRecord(entry, undefined);
  assert.ok(bib.includes('title = {{A \\& B \\{v\\} C\\_D 100\\% \\#1 \\textasciitilde{}x\\textasciicircum{}2 \\textbackslash{} end}},'), bib);
  assert.ok(bib.includes('howpublished = {Court of A \\& B},'));
});

test('each download has its own file and is saved under the case’s id', () => {
  assert.deepEqual(
    CITATION_FILES.map((f) => f.file),
    ['citation.json', 'citation.ris', 'citation.bib', 'citation.biblatex.bib'],
  );
  assert.deepEqual(
    CITATION_FILES.map((f) => f.saveAs('echr-2005-siliadin-v-france')),
    ['echr-2005-siliadin-v-france.json', 'echr-2005-siliadin-v-france.ris', 'echr-2005-siliadin-v-france.bib', 'echr-2005-siliadin-v-france.biblatex.bib'],
  );
  const json = JSON.parse(CITATION_FILES[0].text(siliadin, URL_));
  assert.equal(json[0].type, 'legal_case');
});

test('the page head: Highwire tags and JSON-LD, an address only when there is an absolute one', () => {
  assert.deepEqual(highwireTags(data(siliadin), undefined), [
    { name: 'citation_title', content: 'Siliadin v. France' },
    { name: 'citation_date', content: '2005/07/26' },
    { name: 'DC.type', content: 'case' },
  ]);
  const withUrl = highwireTags(data(cassation), URL_);
  assert.deepEqual(
    withUrl.find((t) => t.name === 'citation_language'),
    { name: 'citation_language', content: 'fr' },
  );
  assert.deepEqual(
    withUrl.find((t) => t.name === 'citation_public_url'),
    { name: 'citation_public_url', content: URL_ },
  );

  const ld = caseJsonLd(data(siliadin), undefined) as Record<string, unknown> & { about: Record<string, unknown> };
  assert.equal(ld['@type'], 'Article');
  assert.equal('url' in ld, false);
  assert.equal(ld.inLanguage, 'en');
  assert.equal(ld.creativeWorkStatus, 'draft');
  assert.equal(ld.about['@type'], 'CreativeWork');
  assert.deepEqual(ld.about.author, { '@type': 'Organization', name: 'European Court of Human Rights (Second Section)' });
  assert.equal(ld.about.dateCreated, '2005-07-26');
  assert.equal('inLanguage' in ld.about, false);
  assert.deepEqual(ld.about.identifier, [{ '@type': 'PropertyValue', propertyID: 'citation', value: 'Application no. 73316/01' }]);
  assert.equal((caseJsonLd(data(cassation), URL_) as { url: string }).url, URL_);
  assert.equal((caseJsonLd(data(cassation), URL_) as { about: { inLanguage: string } }).about.inLanguage, 'fr');

  const script = jsonForScript({ name: 'x</script><script>alert(1)</script>' });
  assert.doesNotMatch(script, /</);
  assert.equal(JSON.parse(script).name, 'x</script><script>alert(1)</script>');
});
