/** Atom feed of the newest additions, by date added (the `feed` package writes the XML). */
import type { APIRoute } from 'astro';
import { Feed } from 'feed';
import { useTranslations } from '../i18n/index.ts';
import { corpus, entryDates } from '../lib/entries.ts';
import { entryHref, href, publicUrl } from '../lib/urls.ts';

/**
 * The `feed` package accepts absolute links only. Without a public origin the feed is made on a
 * reserved host that cannot exist (RFC 2606 `.invalid`), which is then removed: links become site
 * paths, which feed readers resolve against the feed's own address, and ids become URNs.
 */
const NO_ORIGIN = 'https://no-origin.invalid';

export const GET: APIRoute = ({ site }) => {
  const t = useTranslations('en');
  const base = site ?? new URL(NO_ORIGIN);
  const idOf = (path: string) => (site ? publicUrl(path, site) : `urn:trafficking-case-law:${path.replace(/^\/+|\/+$/g, '').replace(/\//g, ':') || 'home'}`);
  const home = publicUrl(href(), base);
  // Entries whose date added git history tells, newest first; a build without history (a
  // tarball) has an empty feed rather than guessed dates. `published` is the day an entry was
  // added, `updated` the day it last changed (never before it was added).
  const latest = corpus().entries
    .flatMap((entry) => {
      const { added, updated } = entryDates(entry);
      return added ? [{ entry, added, updated: updated && updated > added ? updated : added }] : [];
    })
    .sort((a, b) => b.added.localeCompare(a.added) || a.entry.id.localeCompare(b.entry.id))
    .slice(0, 50);
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const feed = new Feed({
    title: t('site.name'),
    description: t('site.tagline'),
    id: idOf(href()),
    link: home,
    language: 'en',
    copyright: '',
    updated: latest.length ? day(latest.map((item) => item.updated).sort().at(-1)!) : new Date(0),
    feedLinks: { atom: publicUrl(href('feed.xml'), base) },
  });
  for (const { entry, added, updated } of latest) {
    const link = publicUrl(entryHref(entry.type, entry.id), base);
    const d = entry.data as Record<string, string>;
    feed.addItem({
      title: d.title,
      id: idOf(entryHref(entry.type, entry.id)),
      link,
      date: day(updated),
      published: day(added),
      description: entry.type === 'case' ? `${d.court}, ${d.decided}, ${d.citation}` : `${t(`type.${entry.type}`)} · ${d.publisher ?? ''}`,
    });
  }
  const atom = site ? feed.atom1() : feed.atom1().replaceAll(NO_ORIGIN, '');
  return new Response(atom, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
