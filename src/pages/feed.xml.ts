/** Atom feed of the newest additions to the whole knowledge base, by date added (src/lib/atom-feed.ts). */
import type { APIRoute } from 'astro';
import { atomFeed } from '../lib/atom-feed.ts';
import { corpus } from '../lib/entries.ts';

export const GET: APIRoute = ({ site }) => atomFeed({ site, path: 'feed.xml', entries: corpus().entries });
