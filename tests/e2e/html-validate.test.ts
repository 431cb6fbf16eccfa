/** html-validate over every built HTML page (rules relaxed only with a reason). */
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { HtmlValidate } from 'html-validate';
import { DIST, htmlFiles } from '../support/built-site.ts';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes void elements as <meta ... /> and minifies whitespace; both are valid HTML.
    'void-style': 'off',
    // Legal titles and citations legitimately repeat words and punctuation that this rule flags.
    'no-redundant-for': 'off',
    // Case names and publication titles are as long as courts and publishers made them; the page
    // title must carry the full name a judge searches for, not a truncation.
    'long-title': 'off',
    // React writes boolean attributes as disabled="" in the search island; that is valid HTML.
    'attribute-boolean-style': 'off',
  },
});

test('every built page is valid HTML', async () => {
  const failures: string[] = [];
  for (const file of htmlFiles(DIST)) {
    const report = await validator.validateFile(path.join(DIST, file));
    for (const result of report.results) for (const m of result.messages) failures.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
  }
  assert.deepEqual(failures.slice(0, 40), [], `${failures.length} problem(s)`);
});
