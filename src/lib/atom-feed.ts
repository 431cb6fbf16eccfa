/**
 * The Atom feeds (the `feed` package writes the XML): the newest additions to the whole
 * knowledge base (/feed.xml) and to one topic — a jurisdiction, a treaty article, a form of
 * exploitation — each ordered by the day its entries were added (git history). The feeds are
 * the same in every interface language and are written in English.
 */
import { Feed } from 'feed';
import { useTranslations } from '../i18n/index.ts';
import { entryDates, type Entry } from './entries.ts';
import { entryHref, href, publicUrl } from './urls.ts';

/**
 * The `feed` package accepts absolute links only. Without a public origin the feed is made on a
 * reserved host that cannot exist (RFC 2606 `.invalid`), which is then removed: links become site
 * paths, which feed readers resolve against the feed's own address, and ids become URNs.
 */
const NO_ORIGIN = 'https://no-origin.invalid';

/** At most this many entries in a feed: the newest additions. */
export const FEED_LIMIT = 50;

export interface FeedItem {
  entry: Entry;
  added: string;
  updated: string;
}

/**
 * Entries whose date added git history tells, newest first (ties by id); a build without history
 * (a tarball) has none rather than guessed dates. `updated` is never before `added`.
 */
export function newestAdded(entries: Iterable<Entry>, limit = FEED_LIMIT): FeedItem[] {
  return [...entries]
    .flatMap((entry) => {
      const { added, updated } = entryDates(entry);
      return added ? [{ entry, added, updated: updated && updated > added ? updated : added }] : [];
    })
    .sort((a, b) => b.added.localeCompare(a.added) || a.entry.id.localeCompare(b.entry.id))
    .slice(0, limit);
}

export interface FeedOptions {
  /** The public origin (Astro's `site`), if any. */
  site: URL | undefined;
  /** The feed's own path below the base, e.g. `feed.xml`, `jurisdictions/gbr/feed.xml`. */
  path: string;
  /** The page the feed is about, below the base (`jurisdictions/gbr/`); the home page for the main feed. */
  page?: string;
  /** What the feed follows (`United Kingdom`), after the site's name in its title; none for the main feed. */
  topic?: string;
  entries: Iterable<Entry>;
}

/** The feed's path: `feed.xml` under a topic page's path (`jurisdictions/gbr/` → `jurisdictions/gbr/feed.xml`). */
export const feedPath = (page: string) => `${page.replace(/\/?$/, '/')}feed.xml`;

export function atomFeed({ site, path, page = '', topic, entries }: FeedOptions): Response {
  const t = useTranslations('en');
  const base = site ?? new URL(NO_ORIGIN);
  const idOf = (p: string) => (site ? publicUrl(p, site) : `urn:trafficking-case-law:${p.replace(/^\/+|\/+$/g, '').replace(/\//g, ':') || 'home'}`);
  const latest = newestAdded(entries);
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const feed = new Feed({
    title: topic ? `${t('site.name')}: ${topic}` : t('site.name'),
    description: topic ? t('feed.topic', { topic }) : t('site.tagline'),
    // A topic feed is identified by its own address; the main feed keeps the id it always had.
    id: idOf(href(topic ? path : page)),
    link: publicUrl(href(page), base),
    language: 'en',
    copyright: '',
    updated: latest.length
      ? day(
          latest
            .map((item) => item.updated)
            .sort()
            .at(-1)!,
        )
      : new Date(0),
    feedLinks: { atom: publicUrl(href(path), base) },
  });
  for (const { entry, added, updated } of latest) {
    const d = entry.data as Record<string, string>;
    feed.addItem({
      title: d.title,
      id: idOf(entryHref(entry.type, entry.id)),
      link: publicUrl(entryHref(entry.type, entry.id), base),
      date: day(updated),
      published: day(added),
      description: entry.type === 'case' ? `${d.court}, ${d.decided}, ${d.citation}` : `${t(`type.${entry.type}`)} · ${d.publisher ?? ''}`,
    });
  }
  const atom = site ? feed.atom1() : feed.atom1().replaceAll(NO_ORIGIN, '');
  return new Response(atom, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
