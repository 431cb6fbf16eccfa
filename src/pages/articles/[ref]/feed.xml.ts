/** Atom feed of the newest entries engaging one treaty article (src/lib/atom-feed.ts). */
import type { APIRoute } from 'astro';
import { atomFeed } from '../../../lib/atom-feed.ts';
import type { Entry } from '../../../lib/entries.ts';
import { articleTopics, topicName } from '../../../lib/topic-feeds.ts';

export const getStaticPaths = () => articleTopics().map((topic) => ({ params: { ref: topic.key.toLowerCase() }, props: topic }));

export const GET: APIRoute = ({ site, props }) => {
  const { key, path, entries } = props as { key: string; path: string; entries: Entry[] };
  return atomFeed({ site, path, page: `articles/${key.toLowerCase()}/`, topic: topicName('article', key), entries });
};
