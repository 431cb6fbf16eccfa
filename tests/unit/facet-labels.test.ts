/** The labels the search page shows in result lines and filter chips, derived from facets.json. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { facetLabels } from '../../src/lib/facet-labels.ts';
import { searchConfig } from '../../src/lib/search-facets.ts';

test('every facet value has its short label, in the page’s language, and facets.json sends each once', () => {
  for (const [lang, gbr, forcedLabour] of [
    ['en', 'United Kingdom', 'Forced labour'],
    ['fr', 'Royaume-Uni', 'Travail forcé'],
  ] as const) {
    const config = searchConfig(lang);
    assert.deepEqual(Object.keys(config).sort(), ['facets', 'years'], 'no second copy of the labels');
    const labels = facetLabels(config.facets);
    for (const facet of config.facets) {
      for (const group of facet.groups) for (const v of group.values) assert.ok(labels[facet.key]?.[v.value], `${lang} ${facet.key}=${v.value}`);
    }
    assert.match(labels.jurisdiction.GBR, new RegExp(`^${gbr}`));
    assert.equal(labels.purpose['forced-labour'], forcedLabour);
    // An article's option reads "TIP-3 — title"; its chip and result line only the reference.
    assert.doesNotMatch(labels.article['TIP-3'], / — /);
    assert.ok(labels.article['TIP-3(a)'], 'pinpoints are labelled too');
  }
});
