/**
 * The HTML Pagefind indexes for one entry: its body first (the excerpt is taken from it, never from
 * the line the result already shows above it; see REFERENCE_ANCHOR), then its
 * title, where it comes from, its citation and every identifier (weighted: a judge types them
 * to find the decision), and last the names of its classification in the six UN languages
 * (weighted below its own text), never the site's navigation. The filters, sorts and meta of
 * search-record.ts ride along as attributes.
 *
 * Built from the validated corpus and the rendered bodies rather than read back from the built
 * pages, so the index can be made while Astro is still writing pages (on the other core).
 */
import { parseArticleRef, UN_LANGUAGES, type VocabularyName } from '../../schemas/index.ts';
import { useTranslations } from '../i18n/index.ts';
import type { Entry } from './corpus/entry-file.ts';
import { articleTitle, catalog, jurisdictionName } from './entries.ts';
import { FACETS, entryArticleRefs } from './facet-registry.ts';
import { searchRecord } from './search-record.ts';
import { REFERENCE_ANCHOR } from './search-reference.ts';
import { FACET_KEYS } from './search-state.ts';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const t = useTranslations('en');

interface Provision {
  number?: string;
  title: string;
  summary: string;
}

/**
 * How an identifier is also written, so that typing it finds it. "N.°" (Spanish and Portuguese
 * number abbreviations): Pagefind reduces the indexed word to "n" but keeps the query's "°", so
 * "R.N. N.° 2349-2014" typed exactly found nothing; the form without the point matches.
 */
const variantsOf = (id: string) => [id, id.replace(/\.(?=[°º])/g, '')];

/** The citation and every external identifier, each once, with the variants a reader may type. */
export function identifiersOf(entry: Entry): string[] {
  const d = entry.data;
  const ids = (d.identifiers as Record<string, string> | undefined) ?? {};
  return [
    ...new Set(
      [d.citation, ids.neutral, ids.ecli, ids.docket, ids.unodc].filter((v): v is string => typeof v === 'string' && v.length > 0).flatMap(variantsOf),
    ),
  ];
}

function heading(entry: Entry): string[] {
  const d = entry.data;
  const title = `<h1 id="${REFERENCE_ANCHOR}">${escapeHtml(String(d.title))}</h1>`;
  if (entry.type === 'case') {
    return [
      title,
      `<p>${escapeHtml(`${t('type.case')} · ${jurisdictionName(String(d.jurisdiction))} · ${d.court}`)}</p>`,
      `<p data-pagefind-weight="8">${escapeHtml(identifiersOf(entry).join(' · '))}</p>`,
    ];
  }
  const eyebrow = entry.type === 'collection' ? t('type.collection') : `${t(`type.${entry.type}`)} · ${d.publisher} · ${String(d.published).slice(0, 4)}`;
  return [title, `<p>${escapeHtml(eyebrow)}</p>`];
}

function provisions(entry: Entry): string[] {
  const list = (entry.data.provisions as Provision[] | undefined) ?? [];
  return list.map((p) => `<h3>${escapeHtml(`${p.number ? `${p.number}. ` : ''}${p.title}`)}</h3><p>${escapeHtml(p.summary)}</p>`);
}

/** Names of the entry's classification in all six languages: a query in any UN language finds it. */
export function classificationNames(entry: Entry): string[] {
  const names = new Set<string>();
  const add = (label: Partial<Record<string, string>> | undefined) => UN_LANGUAGES.forEach((lang) => label?.[lang] && names.add(label[lang]));
  for (const key of FACET_KEYS) {
    const vocabulary = FACETS[key].vocabulary;
    if (!vocabulary) continue;
    for (const id of FACETS[key].values(entry)) add(catalog().vocabularies[vocabulary as VocabularyName].terms.find((term) => term.id === id)?.label);
  }
  if (entry.type === 'case') add(catalog().jurisdictions.get(String(entry.data.jurisdiction))?.names);
  const articles = new Set(entryArticleRefs(entry).map((ref) => ref.replace(/\(.*$/, '')));
  for (const key of articles) for (const lang of UN_LANGUAGES) names.add(articleTitle(key, lang));
  // The instruments' short names ("Protocolo contra la trata de personas", "偷运移民议定书"), so
  // that a query naming the subject in any UN language finds the entries under it.
  for (const code of new Set([...articles].map((key) => parseArticleRef(key)?.instrument))) add(code && catalog().instruments.get(code)?.shortTitle);
  names.delete('');
  return [...names];
}

/** Paragraph ids make Pagefind keep a copy of each paragraph for anchors the search never uses. */
const withoutParagraphIds = (html: string) => html.replace(/ id="para-\d+"/g, '');

export function searchDocument(entry: Entry, bodyHtml: string): string {
  const { filters, sorts, meta } = searchRecord(entry);
  const attributes = [
    ...filters.map(([k, v]) => `<span data-pagefind-filter="${escapeHtml(`${k}:${v}`)}"></span>`),
    ...sorts.map(([k, v]) => `<span data-pagefind-sort="${escapeHtml(`${k}:${v}`)}"></span>`),
    ...meta.map(([k, v]) => `<span data-pagefind-meta="${escapeHtml(`${k}:${v}`)}"></span>`),
  ];
  const classification = `<p data-pagefind-weight="0.5">${escapeHtml(classificationNames(entry).join(' · '))}</p>`;
  return `<!doctype html><html lang="${escapeHtml(String(entry.data.language ?? 'en'))}"><head><title>${escapeHtml(String(entry.data.title))}</title></head><body><main data-pagefind-body>${attributes.join('')}${withoutParagraphIds(bodyHtml)}${provisions(entry).join('')}${heading(entry).join('')}${classification}</main></body></html>`;
}
