/** Atom feed of the newest entries (the `feed` package writes the XML). */
import type { APIRoute } from 'astro';
import { Feed } from 'feed';
import { useTranslations } from '../i18n/index.ts';
import { changedOn, corpus } from '../lib/entries.ts';
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
  // Entries with a date only (a collection has one once it records `updated`).
  const latest = corpus().entries.filter((e) => changedOn(e) !== '').sort((a, b) => changedOn(b).localeCompare(changedOn(a)) || a.id.localeCompare(b.id)).slice(0, 50);
  const dated = (entry: (typeof latest)[number]) => new Date(`${changedOn(entry).length === 4 ? `${changedOn(entry)}-01-01` : changedOn(entry)}T00:00:00Z`);
  const feed = new Feed({
    title: t('site.name'),
    description: t('site.tagline'),
    id: idOf(href()),
    link: home,
    language: 'en',
    copyright: '',
    updated: latest.length ? dated(latest[0]) : new Date(0),
    feedLinks: { atom: publicUrl(href('feed.xml'), base) },
  });
  for (const entry of latest) {
    const link = publicUrl(entryHref(entry.type, entry.id), base);
    const d = entry.data as Record<string, string>;
    feed.addItem({
      title: d.title,
      id: idOf(entryHref(entry.type, entry.id)),
      link,
      date: dated(entry),
      description: entry.type === 'case' ? `${d.court}, ${d.decided}, ${d.citation}` : `${t(`type.${entry.type}`)} · ${d.publisher ?? ''}`,
    });
  }
  const atom = site ? feed.atom1() : feed.atom1().replaceAll(NO_ORIGIN, '');
  return new Response(atom, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
