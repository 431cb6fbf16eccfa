/** Atom feed of the newest entries (the `feed` package writes the XML). */
import type { APIRoute } from 'astro';
import { Feed } from 'feed';
import { useTranslations } from '../i18n/index.ts';
import { changedOn, corpus } from '../lib/entries.ts';
import { entryHref, href } from '../lib/urls.ts';

export const GET: APIRoute = ({ site }) => {
  const t = useTranslations('en');
  const home = new URL(href(), site).href;
  // Entries with a date only (a collection has one once it records `updated`).
  const latest = corpus().entries.filter((e) => changedOn(e) !== '').sort((a, b) => changedOn(b).localeCompare(changedOn(a)) || a.id.localeCompare(b.id)).slice(0, 50);
  const dated = (entry: (typeof latest)[number]) => new Date(`${changedOn(entry).length === 4 ? `${changedOn(entry)}-01-01` : changedOn(entry)}T00:00:00Z`);
  const feed = new Feed({
    title: t('site.name'),
    description: t('site.tagline'),
    id: home,
    link: home,
    language: 'en',
    copyright: '',
    updated: latest.length ? dated(latest[0]) : new Date(0),
    feedLinks: { atom: new URL(href('feed.xml'), site).href },
  });
  for (const entry of latest) {
    const link = new URL(entryHref(entry.type, entry.id), site).href;
    const d = entry.data as Record<string, string>;
    feed.addItem({
      title: d.title,
      id: link,
      link,
      date: dated(entry),
      description: entry.type === 'case' ? `${d.court}, ${d.decided}, ${d.citation}` : `${t(`type.${entry.type}`)} · ${d.publisher ?? ''}`,
    });
  }
  return new Response(feed.atom1(), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
