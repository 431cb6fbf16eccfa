/** Atom feed of one jurisdiction's newest additions (src/lib/atom-feed.ts). */
import type { APIRoute } from 'astro';
import { atomFeed } from '../../../lib/atom-feed.ts';
import type { Entry } from '../../../lib/entries.ts';
import { jurisdictionTopics, topicName } from '../../../lib/topic-feeds.ts';

export const getStaticPaths = () => jurisdictionTopics().map((topic) => ({ params: { code: topic.code.toLowerCase() }, props: topic }));

export const GET: APIRoute = ({ site, props }) => {
  const { code, path, entries } = props as { code: string; path: string; entries: Entry[] };
  return atomFeed({ site, path, page: `jurisdictions/${code.toLowerCase()}/`, topic: topicName('jurisdiction', code), entries });
};
