/**
 * The topics that have a feed of their own, in one place for the feed files, the /feeds/ page
 * and the pages' <link rel="alternate">: every jurisdiction with decisions
 * (/jurisdictions/<code>/feed.xml), every treaty article (/articles/<ref>/feed.xml, also before
 * anything engages it, so that a reader can follow it from the start) and every form of
 * exploitation (/purposes/<id>/feed.xml). A topic's entries are those its page lists. A feed's
 * address is language-neutral, like /feed.xml: `href(path)`, without a language.
 */
import type { InterfaceLanguage } from '../i18n/languages.ts';
import { feedPath } from './atom-feed.ts';
import { allArticleKeys, articleIndex, articleRefLabel, catalog, jurisdictionName, perCorpus, termLabel, type Entry } from './entries.ts';
import { casesByJurisdiction } from './jurisdictions.ts';

export type TopicKind = 'jurisdiction' | 'article' | 'purpose';

export const jurisdictionFeedPath = (code: string) => feedPath(`jurisdictions/${code.toLowerCase()}/`);
export const articleFeedPath = (articleKey: string) => feedPath(`articles/${articleKey.toLowerCase()}/`);
export const purposeFeedPath = (purpose: string) => feedPath(`purposes/${purpose}/`);

/** Every entry recording a form of exploitation (cases and resources), by purpose id. */
export const entriesByPurpose = perCorpus((entries) => {
  const map = new Map<string, Entry[]>();
  for (const entry of entries) for (const id of (entry.data.purposes as string[] | undefined) ?? []) (map.get(id) ?? map.set(id, []).get(id)!).push(entry);
  return map;
});

export const jurisdictionTopics = () => [...casesByJurisdiction()].map(([code, entries]) => ({ code, path: jurisdictionFeedPath(code), entries }));
export const articleTopics = () =>
  allArticleKeys().map((key) => ({ key, path: articleFeedPath(key), entries: (articleIndex().get(key) ?? []).map((c) => c.entry) }));
export const purposeTopics = () =>
  catalog().vocabularies.purposes.terms.map((term) => ({ id: term.id, path: purposeFeedPath(term.id), entries: entriesByPurpose().get(term.id) ?? [] }));

/** A topic's name in a language (the feeds themselves are in English). */
export function topicName(kind: TopicKind, id: string, lang: InterfaceLanguage = 'en'): string {
  if (kind === 'jurisdiction') return jurisdictionName(id, lang);
  if (kind === 'article') return articleRefLabel(id, lang);
  return termLabel('purposes', id, lang);
}
