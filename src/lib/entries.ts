/**
 * The validated entries and the indexes pages are built from: by type, by article (pinpoints
 * grouped), by jurisdiction. Read from the shared corpus, so the pages and the validator agree.
 */
import path from 'node:path';
import { parseArticleRef, type CaseData, type ContentType, type InstrumentCode, type UnLanguage } from '../../schemas/index.ts';
import { useTranslations } from '../i18n/index.ts';
import type { Entry } from './corpus/entry-file.ts';
import { inLanguage } from './localized.ts';
import { validCorpus } from './corpus/shared-corpus.ts';
import { gitDates } from './git-dates.ts';

export type { Entry };

export const corpus = () => validCorpus();
export const catalog = () => validCorpus().catalog;

/** The instruments in the order the site lists them: the Trafficking Protocol, the Smuggling Protocol, the Convention. */
export const INSTRUMENT_ORDER = ['TIP', 'SOM', 'UNTOC'] as const satisfies readonly InstrumentCode[];
export const instrumentsInOrder = () => INSTRUMENT_ORDER.map((code) => catalog().instruments.get(code)!);
/** Every article key (`TIP-3`), instrument by instrument in that order. */
export const allArticleKeys = () => instrumentsInOrder().flatMap((i) => i.articles.map((a) => `${i.code}-${a.number}`));

/**
 * Derived once per corpus and reused: pages ask for indexes thousands of times in a build, and
 * under `astro dev` a changed file brings a new corpus, so nothing derived outlives it.
 */
export function perCorpus<T>(derive: (entries: readonly Entry[]) => T): () => T {
  const cache = new WeakMap<object, T>();
  return () => {
    const current = corpus();
    if (!cache.has(current)) cache.set(current, derive(current.entries));
    return cache.get(current)!;
  };
}

const indexOf = perCorpus((entries) => {
  const index = { byType: new Map<ContentType, Entry[]>(), byKey: new Map<string, Entry>() };
  for (const entry of entries) {
    if (!index.byType.has(entry.type)) index.byType.set(entry.type, []);
    index.byType.get(entry.type)!.push(entry);
    index.byKey.set(`${entry.type}/${entry.id}`, entry);
  }
  return index;
});

/** The entries of one type (a copy: callers may sort it). */
export function entriesOf(type: ContentType): Entry[] {
  return [...(indexOf().byType.get(type) ?? [])];
}

export function findEntry(type: ContentType, id: string): Entry | undefined {
  return indexOf().byKey.get(`${type}/${id}`);
}

/** A case's data, as its schema defines it (the validator accepted it: only cases reach here). */
export const caseFields = (entry: Entry) => entry.data as CaseData;

/** The line under a case's title: its citation, and its neutral citation when that differs. */
export function citationLine(data: { citation?: unknown; identifiers?: { neutral?: string } }): string {
  const neutral = data.identifiers?.neutral;
  return neutral && neutral !== data.citation ? `${data.citation} · ${neutral}` : String(data.citation);
}
export const titleOf = (entry: Entry) => String(entry.data.title);

/** Newest decision first; ties by title so the order is stable. */
export function byDecidedDesc(a: Entry, b: Entry): number {
  return String(b.data.decided).localeCompare(String(a.data.decided)) || titleOf(a).localeCompare(titleOf(b));
}

export interface EntryDates {
  /** When the entry was added (`YYYY-MM-DD`): the day of the commit that created its file. */
  added?: string;
  /** When it last changed: `updated` in its frontmatter (a substantive change), else the day of the last commit to its file. */
  updated?: string;
}

/**
 * An entry's dates from git history (src/lib/git-dates.ts). Without history (a tarball, a file
 * not yet committed, a shallow clone's cut-off) a date is left out, never guessed.
 */
export function entryDates(entry: Entry): EntryDates {
  const history = gitDates(corpus().contentDir).get(path.resolve(entry.file));
  const updated = (entry.data.updated as string | undefined) ?? history?.updated;
  return { ...(history?.added ? { added: history.added } : {}), ...(updated ? { updated } : {}) };
}

/**
 * The latest additions: newest date added first; entries with no date added come after, newest
 * decision first (as `byDecidedDesc`).
 */
export function latestAdditions(
  entries: readonly Entry[],
  count = Infinity,
  addedOn: (entry: Entry) => string | undefined = (entry) => entryDates(entry).added,
): Entry[] {
  const added = new Map(entries.map((entry) => [entry, addedOn(entry) ?? ''] as const));
  return [...entries].sort((a, b) => added.get(b)!.localeCompare(added.get(a)!) || byDecidedDesc(a, b)).slice(0, count);
}

export interface ArticleCitation {
  entry: Entry;
  /** Whether the article itself is cited (`TIP-3`), besides any pinpoints. */
  whole: boolean;
  /** Pinpoints engaged (`a`, `3`). */
  pinpoints: string[];
  /** For cases: what the court itself cited of this article (`articlesCited`): the whole article, pinpoints. */
  cited: { whole: boolean; pinpoints: string[] };
  /** For model laws: the provisions implementing the article. */
  provisions: { id: string; number?: string; title: string; pinpoints: string[] }[];
}

/** articleKey (`TIP-3`) → every entry engaging the article or a pinpoint inside it, and what its court cited. */
export const articleIndex = perCorpus((entries) => {
  const index = new Map<string, ArticleCitation[]>();
  const citationFor = (key: string, entry: Entry) => {
    const list = index.get(key) ?? [];
    index.set(key, list);
    let citation = list.find((c) => c.entry === entry);
    if (!citation) list.push((citation = { entry, whole: false, pinpoints: [], cited: { whole: false, pinpoints: [] }, provisions: [] }));
    return citation;
  };
  for (const entry of entries) {
    for (const ref of (entry.data.articles as string[] | undefined) ?? []) {
      const parsed = parseArticleRef(ref)!;
      const citation = citationFor(parsed.articleKey, entry);
      if (!parsed.pinpoint) citation.whole = true;
      else if (!citation.pinpoints.includes(parsed.pinpoint)) citation.pinpoints.push(parsed.pinpoint);
    }
    for (const ref of (entry.data.articlesCited as string[] | undefined) ?? []) {
      const parsed = parseArticleRef(ref)!;
      const { cited } = citationFor(parsed.articleKey, entry);
      if (!parsed.pinpoint) cited.whole = true;
      else if (!cited.pinpoints.includes(parsed.pinpoint)) cited.pinpoints.push(parsed.pinpoint);
    }
    for (const provision of (entry.data.provisions as { id: string; number?: string; title: string; articles: string[] }[] | undefined) ?? []) {
      for (const ref of provision.articles) {
        const parsed = parseArticleRef(ref)!;
        const citation = citationFor(parsed.articleKey, entry);
        let row = citation.provisions.find((p) => p.id === provision.id);
        if (!row) citation.provisions.push((row = { id: provision.id, number: provision.number, title: provision.title, pinpoints: [] }));
        if (parsed.pinpoint && !row.pinpoints.includes(parsed.pinpoint)) row.pinpoints.push(parsed.pinpoint);
      }
    }
  }
  return index;
});

export function jurisdictionName(code: string, lang: UnLanguage = 'en'): string {
  return catalog().jurisdictions.get(code)?.names[lang] ?? code;
}

export function termLabel(vocabulary: Parameters<typeof vocabularyOf>[0], id: string, lang: UnLanguage = 'en'): string {
  return vocabularyOf(vocabulary).terms.find((t) => t.id === id)?.label[lang] ?? id;
}

export function vocabularyOf(name: keyof ReturnType<typeof catalog>['vocabularies']) {
  return catalog().vocabularies[name];
}

/**
 * An article's official title in a language, and the language it is actually in: where the
 * official title in `lang` is not yet known, the English one (never a made-up translation).
 */
export function localizedArticleTitle(articleKey: string, lang: UnLanguage = 'en'): { text: string; lang: UnLanguage } {
  const parsed = parseArticleRef(articleKey);
  const title = parsed && catalog().instruments.get(parsed.instrument)?.articles[parsed.article - 1]?.title;
  return title ? inLanguage(title, lang) : { text: '', lang };
}

export const articleTitle = (articleKey: string, lang: UnLanguage = 'en') => localizedArticleTitle(articleKey, lang).text;

/** "TIP art. 3(b)" (in French "TIP art. 3(b)", in Russian "TIP ст. 3(b)"): how a reference is shown. */
export function articleRefLabel(ref: string, lang: UnLanguage = 'en'): string {
  const parsed = parseArticleRef(ref);
  if (!parsed) return ref;
  const article = useTranslations(lang)('articles.ref', { instrument: parsed.instrument, article: String(parsed.article) });
  return `${article}${parsed.pinpoint ? `(${parsed.pinpoint})` : ''}`;
}

/** Whether the court cited this article at all (the whole article or any pinpoint of it). */
export const courtCited = (c: ArticleCitation) => c.cited.whole || c.cited.pinpoints.length > 0;

/** Cited by the court first, then newest decision first. */
export function citedFirst(a: ArticleCitation, b: ArticleCitation): number {
  return Number(courtCited(b)) - Number(courtCited(a)) || byDecidedDesc(a.entry, b.entry);
}
