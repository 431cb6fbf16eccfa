/**
 * /data/cases.csv is a flat CSV a spreadsheet opens as written: a UTF-8 byte-order mark, one row
 * per case, one value per cell (never JSON), RFC 4180 quoting, CRLF; and every column and every
 * field of the open data is in docs/data-dictionary.md.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { makeSchemas, type CaseData } from '../../schemas/index.ts';
import { fieldRows } from '../../scripts/lib/generate/field-rows.ts';
import { CASE_CSV_COLUMNS, casesCsvText, csvCell, type CaseRecord } from '../../src/lib/cases-csv.ts';
import { validCorpus } from '../../src/lib/corpus/shared-corpus.ts';
import { FACETS } from '../../src/lib/facet-registry.ts';
import { FACET_KEYS } from '../../src/lib/search-state.ts';
import { parseCsv } from '../support/csv.ts';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const corpus = validCorpus();
const cases = corpus.entries.filter((e) => e.type === 'case');
// As the export gives them (src/lib/exports.ts): the frontmatter plus id and url.
const records: CaseRecord[] = cases.map((e) => ({ id: e.id, url: `/cases/${e.id}/`, ...(e.data as CaseData) }));
const csv = casesCsvText(records);

test('a byte-order mark first, then a header and one row per case, CRLF after every line', () => {
  assert.equal(csv.charCodeAt(0), 0xfeff);
  assert.deepEqual([...Buffer.from(csv, 'utf8').subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  assert.ok(csv.endsWith('\r\n'));
  const rows = parseCsv(csv.slice(1));
  assert.deepEqual(
    rows[0],
    CASE_CSV_COLUMNS.map((c) => c.name),
  );
  assert.equal(rows.length - 1, cases.length);
  for (const row of rows) assert.equal(row.length, CASE_CSV_COLUMNS.length, row[0]);
  assert.deepEqual(
    rows.slice(1).map((r) => r[0]),
    cases.map((c) => c.id),
  );
  assert.match(rows[0].join(','), /^id,url,title,jurisdiction,court,/);
});

test('one value per cell: no JSON, groups in named columns, lists joined', () => {
  const rows = parseCsv(csv.slice(1));
  const header = rows[0];
  const cell = (id: string, column: string) => rows.find((r) => r[0] === id)![header.indexOf(column)];
  const isJson = (value: string) => {
    try {
      const parsed: unknown = JSON.parse(value);
      return typeof parsed === 'object' && parsed !== null;
    } catch {
      return false;
    }
  };
  for (const row of rows.slice(1)) for (const value of row) assert.ok(!isJson(value) && !value.includes('[object Object]'), `${row[0]}: ${value}`);
  assert.equal(cell('arg-2011-cfcp-causa-13607', 'court'), 'Cámara Federal de Casación Penal (Sala I)');
  assert.equal(cell('echr-2005-siliadin-v-france', 'purposes'), 'domestic-servitude; servitude; forced-labour');
  assert.equal(cell('echr-2005-siliadin-v-france', 'victims.count'), '1');
  assert.equal(cell('echr-2005-siliadin-v-france', 'victims.minorsAtOffence'), 'true');
  assert.equal(cell('echr-2005-siliadin-v-france', 'victims.nationalities'), 'TGO');
  assert.equal(cell('echr-2005-siliadin-v-france', 'defendants.count'), ''); // not listed: empty, not 0
  assert.equal(cell('echr-2005-siliadin-v-france', 'review.status'), 'draft');
  assert.equal(
    cell('echr-2005-siliadin-v-france', 'sources'),
    'Siliadin v. France, no. 73316/01, judgment of 26 July 2005 (HUDOC) | Siliadin v. France - 73316/01 [2005] ECHR 545 (BAILII) <http://www.bailii.org/eu/cases/ECHR/2005/545.html>',
  );
  // A title with "; " in it stays one item: free-text lists are joined with " | ".
  assert.ok(cell('gbr-2012-r-v-n-r-v-le', 'sources').startsWith('R v N; R v LE [2012] EWCA Crim 189'));
  // Every case with defendants has their count and labels; each charge names its defendant and verdict.
  for (const c of cases) {
    const defendants = (c.data as CaseData).defendants;
    assert.equal(cell(c.id, 'defendants.count'), defendants ? String(defendants.length) : '', c.id);
    const charges = defendants?.flatMap((d) => d.charges ?? []) ?? [];
    assert.equal(cell(c.id, 'defendants.charges') === '' ? 0 : cell(c.id, 'defendants.charges').split(' | ').length, charges.length, c.id);
  }
  // The identifiers are their own columns.
  const neutral = cases.find((c) => (c.data as CaseData).identifiers?.neutral)!;
  assert.equal(cell(neutral.id, 'identifiers.neutral'), (neutral.data as CaseData).identifiers!.neutral);
});

test('RFC 4180 quoting: commas, double quotes and line breaks', () => {
  assert.equal(csvCell('plain'), 'plain');
  assert.equal(csvCell('a, b'), '"a, b"');
  assert.equal(csvCell('the "Diamond City" case'), '"the ""Diamond City"" case"');
  assert.equal(csvCell('line one\nline two'), '"line one\nline two"');
  assert.equal(csvCell('line one\r\nline two'), '"line one\r\nline two"');
  assert.equal(csvCell(undefined), '');
  assert.equal(csvCell(false, 'boolean'), 'false');
  assert.equal(csvCell(['a', 'b'], 'codes'), 'a; b');
  assert.equal(csvCell(['x; y', 'z'], 'texts'), 'x; y | z');
  assert.throws(() => csvCell({ a: 1 } as never), /one value or a list of values/);
  // Synthetic: a made-up record, only to carry the characters through a whole file and back.
  const synthetic = { ...records[0], id: 'synthetic', title: 'A, "B"\nC', sentence: 'one, two' } as CaseRecord;
  const rows = parseCsv(casesCsvText([synthetic]).slice(1));
  assert.equal(rows.length, 2);
  assert.equal(rows[1][rows[0].indexOf('title')], 'A, "B"\nC');
  assert.equal(rows[1][rows[0].indexOf('sentence')], 'one, two');
});

test('the data dictionary documents every CSV column and every field of cases.json', () => {
  const dictionary = readFileSync(path.join(repo, 'docs/data-dictionary.md'), 'utf8');
  const json = dictionary.slice(dictionary.indexOf('\n## cases.json\n'), dictionary.indexOf('\n## cases.csv\n'));
  const csvSection = dictionary.slice(dictionary.indexOf('\n## cases.csv\n'));
  const missing = CASE_CSV_COLUMNS.filter((c) => !csvSection.includes(`\n| \`${c.name}\` | `)).map((c) => c.name);
  assert.deepEqual(missing, [], 'CSV columns missing from the dictionary');
  const fields = ['id', 'url', 'added', ...fieldRows(makeSchemas(corpus.catalog!).case).map((row) => row.path)];
  assert.deepEqual(
    fields.filter((f) => !json.includes(`\n| \`${f}\` | `)),
    [],
    'cases.json fields missing from the dictionary',
  );
});

test('every search facet over a case field is a CSV column, taken from the facet registry, and the regions column gives the region filter’s values', () => {
  const caseFields = new Set(fieldRows(makeSchemas(corpus.catalog).case).map((row) => row.path));
  const byFacet = new Map(CASE_CSV_COLUMNS.filter((c) => c.facet).map((c) => [c.facet, c]));
  for (const key of FACET_KEYS) {
    const facetField = FACETS[key].field;
    if (key === 'type') continue; // every row is a case
    if (facetField && !caseFields.has(facetField)) continue; // a field of tools and issue papers only (audience)
    const column = byFacet.get(key);
    assert.ok(column, `the ${key} facet has no CSV column: add it to CASE_CSV_COLUMNS with facetField or facetValues`);
    if (facetField) assert.equal(column.name, facetField, key);
  }
  const rows = parseCsv(csv.slice(1));
  const at = rows[0].indexOf('regions');
  assert.ok(at > 0);
  records.forEach((record, i) => assert.equal(rows[i + 1][at], FACETS.region.values({ type: 'case', data: record }).join('; '), record.id));
  assert.ok(
    rows.some((row) => row[at] === 'international; europe' || row[at] === 'europe; international'),
    'a European court: international and Europe',
  );
  assert.ok(
    rows.some((row) => row[at] === 'asia'),
    'a national court in Asia',
  );
});
