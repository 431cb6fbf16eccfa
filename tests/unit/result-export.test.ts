/** The search's export joins the cases' own citation files: the same names, one file per format. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CITATION_FILES } from '../../src/lib/citation.ts';
import { caseIdOf, joinCitations, RESULT_EXPORTS } from '../../src/lib/result-export.ts';

test('each export reads a citation file every case has', () => {
  const written = CITATION_FILES.map((f) => f.file);
  for (const kind of RESULT_EXPORTS) assert.ok(written.includes(kind.file), kind.file);
});

test('a result’s address gives its case id, under any base; other entries give none', () => {
  assert.equal(caseIdOf('/cases/echr-2005-siliadin-v-france/', '/'), 'echr-2005-siliadin-v-france');
  assert.equal(caseIdOf('/kb/cases/x-1/', '/kb/'), 'x-1');
  assert.equal(caseIdOf('/tools/ilo-indicators/', '/'), undefined);
  assert.equal(caseIdOf('/cases/x/citation.ris', '/'), undefined);
});

test('CSL-JSON arrays become one array; RIS and BibTeX records follow one another', () => {
  assert.deepEqual(JSON.parse(joinCitations('csl', ['[{"id":"a"}]', '[{"id":"b"}]'])), [{ id: 'a' }, { id: 'b' }]);
  assert.equal(joinCitations('ris', ['TY  - CASE\nER  - \n', 'TY  - CASE\nER  - \n']), 'TY  - CASE\nER  - \n\nTY  - CASE\nER  - \n');
  assert.equal(joinCitations('bibtex', ['@misc{a,\n}\n', '@misc{b,\n}']), '@misc{a,\n}\n\n@misc{b,\n}\n');
});
