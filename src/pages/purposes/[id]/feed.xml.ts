/**
 * Atom feed of the newest entries on one form of exploitation (src/lib/atom-feed.ts). There is no
 * page per purpose: the feed's link is the search filtered on it.
 */
import type { APIRoute } from 'astro';
import { atomFeed } from '../../../lib/atom-feed.ts';
import type { Entry } from '../../../lib/entries.ts';
import { purposeTopics, topicName } from '../../../lib/topic-feeds.ts';

export const getStaticPaths = () => purposeTopics().map((topic) => ({ params: { id: topic.id }, props: topic }));

export const GET: APIRoute = ({ site, props }) => {
  const { id, path, entries } = props as { id: string; path: string; entries: Entry[] };
  return atomFeed({ site, path, page: `search/?purpose=${id}`, topic: topicName('purpose', id), entries });
};
