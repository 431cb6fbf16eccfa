/** The search page's facets and labels in the page's language, fetched by the island beside Pagefind (not inlined in the page). */
import type { APIRoute } from 'astro';
import { languagePaths } from '../../../lib/locale-paths.ts';
import { searchConfig } from '../../../lib/search-facets.ts';

export const getStaticPaths = languagePaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(searchConfig(props.lang)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
