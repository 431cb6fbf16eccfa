/**
 * What the search page's facets offer, built at build time from the corpus and the facet
 * registry: values with their labels, regions in regions.yaml's order, jurisdictions grouped by
 * region (countries under theirs, bodies under international), articles grouped by instrument
 * with pinpoints under their article. Counts come from Pagefind at query time.
 */
import { parseArticleRef, type VocabularyName } from '../../schemas/index.ts';
import { collatorFor, intlLocale, useTranslations, type InterfaceLanguage } from '../i18n/index.ts';
import { articleRefLabel, articleTitle, catalog, corpus, termLabel, type Entry } from './entries.ts';
import { FACETS } from './facet-registry.ts';
import { inLanguage } from './localized.ts';
import { regionIds } from './jurisdictions.ts';
import { entryYear } from './search-record.ts';
import { FACET_KEYS, type FacetKey } from './search-state.ts';

export interface FacetValue {
  value: string;
  label: string;
  children?: FacetValue[];
}
export interface FacetGroup {
  label: string;
  values: FacetValue[];
}
export interface Facet {
  key: string;
  label: string;
  groups: FacetGroup[];
  /** Long facets (articles) get a type-to-filter box and one collapsible group per instrument. */
  long?: boolean;
}
/** facets.json: the facets (labels inside them: facet-labels.ts derives the map) and the years. */
export interface SearchConfig {
  facets: Facet[];
  years: string[];
}

/** Every value the corpus has for a facet, as the search record gives it. */
function usedValues(key: FacetKey, entries: readonly Entry[]): Set<string> {
  return new Set(entries.flatMap((entry) => FACETS[key].values(entry)));
}

function vocabularyGroup(vocabulary: VocabularyName, used: Set<string>, lang: InterfaceLanguage): FacetGroup {
  return {
    label: '',
    values: catalog()
      .vocabularies[vocabulary].terms.filter((term) => used.has(term.id))
      .map((term) => ({ value: term.id, label: termLabel(vocabulary, term.id, lang) })),
  };
}

function jurisdictionGroups(used: Set<string>, lang: InterfaceLanguage): FacetGroup[] {
  const collator = collatorFor(lang);
  // Each jurisdiction once: a country under its region, every body under international.
  const home = (code: string) => {
    const j = catalog().jurisdictions.get(code)!;
    return j.kind === 'body' ? 'international' : j.regions[0];
  };
  return regionIds()
    .map((region) => ({
      label: termLabel('regions', region, lang),
      values: [...used]
        .filter((code) => home(code) === region)
        .map((code) => ({ value: code, label: catalog().jurisdictions.get(code)!.names[lang] }))
        .sort((a, b) => collator.compare(a.label, b.label)),
    }))
    .filter((g) => g.values.length);
}

function articleGroups(used: Set<string>, lang: InterfaceLanguage): FacetGroup[] {
  const articles = new Map<string, Set<string>>();
  for (const ref of used) {
    const parsed = parseArticleRef(ref)!;
    const pins = articles.get(parsed.articleKey) ?? new Set<string>();
    if (parsed.pinpoint) pins.add(ref);
    articles.set(parsed.articleKey, pins);
  }
  const pinOrder = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });
  return (['TIP', 'SOM', 'UNTOC'] as const)
    .map((code) => ({
      label: inLanguage(catalog().instruments.get(code)!.shortTitle, lang).text,
      values: [...articles.keys()]
        .filter((key) => parseArticleRef(key)!.instrument === code)
        .sort((a, b) => parseArticleRef(a)!.article - parseArticleRef(b)!.article)
        .map((key) => ({
          value: key,
          label: `${articleRefLabel(key, lang)} — ${articleTitle(key, lang)}`,
          children: [...articles.get(key)!].sort(pinOrder).map((ref) => ({ value: ref, label: articleRefLabel(ref, lang) })),
        })),
    }))
    .filter((g) => g.values.length);
}

function groupsFor(key: FacetKey, used: Set<string>, lang: InterfaceLanguage): FacetGroup[] {
  const t = useTranslations(lang);
  const vocabulary = FACETS[key].vocabulary;
  if (vocabulary) return [vocabularyGroup(vocabulary, used, lang)];
  switch (key) {
    case 'type':
      return [
        {
          label: '',
          values: (['case', 'model-law', 'tool', 'issue-paper', 'collection'] as const)
            .filter((v) => used.has(v))
            .map((value) => ({ value, label: t(`types.${value}`) })),
        },
      ];
    case 'jurisdiction':
      return jurisdictionGroups(used, lang);
    case 'article':
      return articleGroups(used, lang);
    default: {
      const languageNames = new Intl.DisplayNames([intlLocale(lang)], { type: 'language' });
      return [{ label: '', values: [...used].sort().map((value) => ({ value, label: languageNames.of(value) ?? value })) }];
    }
  }
}

/** The facets with their labels in one interface language (one facets.json per language). */
export function searchConfig(lang: InterfaceLanguage = 'en'): SearchConfig {
  const t = useTranslations(lang);
  const entries = corpus().entries;
  const facets = FACET_KEYS.map((key): Facet => ({
    key,
    label: t(FACETS[key].label),
    groups: groupsFor(key, usedValues(key, entries), lang),
    ...(key === 'article' ? { long: true } : {}),
  }));
  const years = [...new Set(entries.map(entryYear).filter((y): y is string => !!y))].sort();
  return { facets: facets.filter((f) => f.groups.some((g) => g.values.length)), years };
}
