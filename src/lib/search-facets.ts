/**
 * What the search page's facets offer, built at build time from the corpus: values with their
 * labels, jurisdictions grouped by region, articles grouped by instrument with pinpoints under
 * their article. The island receives this as a prop; counts come from Pagefind at query time.
 */
import { parseArticleRef, type VocabularyName } from '../../schemas/index.ts';
import { articleTitle, catalog, corpus, termLabel } from './entries.ts';
import { REGION_ORDER } from './jurisdictions.ts';
import { FACET_KEYS, type FacetKey } from '../components/search/search-state.ts';
import { useTranslations, type UiKey } from '../i18n/index.ts';

const t = useTranslations('en');

export interface FacetValue { value: string; label: string; children?: FacetValue[] }
export interface FacetGroup { label: string; values: FacetValue[] }
export interface Facet { key: string; label: string; groups: FacetGroup[] }
export interface SearchConfig {
  facets: Facet[];
  years: string[];
  labels: Record<string, Record<string, string>>;
}

function usedValues(field: string): Set<string> {
  const used = new Set<string>();
  for (const entry of corpus().entries) {
    const value = entry.data[field];
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) used.add(String(v));
  }
  return used;
}

function vocabularyFacet(key: string, labelKey: UiKey, vocabulary: VocabularyName, field: string): Facet {
  const used = usedValues(field);
  const values = catalog().vocabularies[vocabulary].terms.filter((t) => used.has(t.id)).map((t) => ({ value: t.id, label: termLabel(vocabulary, t.id) }));
  return { key, label: t(labelKey), groups: [{ label: '', values }] };
}

function jurisdictionFacet(): Facet {
  const used = usedValues('jurisdiction');
  const groups = REGION_ORDER.map((region) => ({
    label: termLabel('regions', region),
    values: [...used]
      .filter((code) => catalog().jurisdictions.get(code)?.region === region)
      .map((code) => ({ value: code, label: catalog().jurisdictions.get(code)!.names.en }))
      .sort((a, b) => a.label.localeCompare(b.label)),
  })).filter((g) => g.values.length);
  return { key: 'jurisdiction', label: t('facet.jurisdiction'), groups };
}

function articleFacet(): Facet {
  const refs = new Set<string>();
  for (const entry of corpus().entries) {
    for (const ref of (entry.data.articles as string[] | undefined) ?? []) refs.add(ref);
    for (const p of (entry.data.provisions as { articles: string[] }[] | undefined) ?? []) p.articles.forEach((r) => refs.add(r));
  }
  const articles = new Map<string, Set<string>>();
  for (const ref of refs) {
    const parsed = parseArticleRef(ref)!;
    const pins = articles.get(parsed.articleKey) ?? new Set<string>();
    if (parsed.pinpoint) pins.add(ref);
    articles.set(parsed.articleKey, pins);
  }
  const groups = (['TIP', 'SOM', 'UNTOC'] as const).map((code) => ({
    label: catalog().instruments.get(code)!.shortTitle.en,
    values: [...articles.keys()]
      .filter((key) => key.startsWith(`${code}-`))
      .sort((a, b) => parseArticleRef(a)!.article - parseArticleRef(b)!.article)
      .map((key) => ({
        value: key,
        label: `${key.replace('-', ' art. ')} — ${articleTitle(key)}`,
        children: [...articles.get(key)!].sort().map((ref) => ({ value: ref, label: ref.replace('-', ' art. ') })),
      })),
  })).filter((g) => g.values.length);
  return { key: 'article', label: t('facet.article'), groups };
}

export function searchConfig(): SearchConfig {
  // One builder per facet key of the site contract (FACET_KEYS, shared with the island): the type
  // system makes sure none is missing, and the island's URL keys and these facets cannot drift.
  const builders: Record<FacetKey, () => Facet> = {
    type: () => ({ key: 'type', label: t('facet.type'), groups: [{ label: '', values: (['case', 'model-law', 'tool', 'issue-paper', 'collection'] as const).map((value) => ({ value, label: t(`types.${value}`) })) }] }),
    jurisdiction: jurisdictionFacet,
    article: articleFacet,
    purpose: () => vocabularyFacet('purpose', 'facet.purpose', 'purposes', 'purposes'),
    means: () => vocabularyFacet('means', 'facet.means', 'means', 'means'),
    act: () => vocabularyFacet('act', 'facet.act', 'acts', 'acts'),
    sector: () => vocabularyFacet('sector', 'facet.sector', 'sectors', 'sectors'),
    outcome: () => vocabularyFacet('outcome', 'facet.outcome', 'outcome', 'outcome'),
    courtLevel: () => vocabularyFacet('courtLevel', 'facet.courtLevel', 'court-level', 'courtLevel'),
    audience: () => vocabularyFacet('audience', 'facet.audience', 'audience', 'audience'),
    language: () => ({ key: 'language', label: t('facet.language'), groups: [{ label: '', values: [...usedValues('language')].sort().map((l) => ({ value: l, label: new Intl.DisplayNames(['en'], { type: 'language' }).of(l) ?? l })) }] }),
  };
  const facets = FACET_KEYS.map((key) => builders[key]());
  const years = [...new Set(corpus().entries.map((e) => String(e.data.decided ?? e.data.published ?? '').slice(0, 4)).filter(Boolean))].sort();
  const labels: Record<string, Record<string, string>> = {};
  for (const facet of facets) {
    labels[facet.key] = {};
    for (const group of facet.groups) for (const v of group.values) {
      labels[facet.key][v.value] = v.label.split(' — ')[0];
      for (const c of v.children ?? []) labels[facet.key][c.value] = c.label;
    }
  }
  return { facets: facets.filter((f) => f.groups.some((g) => g.values.length)), years, labels };
}
