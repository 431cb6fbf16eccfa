/** The search page's facets and labels, fetched by the island beside Pagefind (not inlined in the page). */
import type { APIRoute } from 'astro';
import { searchConfig } from '../../lib/search-facets.ts';

export const GET: APIRoute = () => new Response(JSON.stringify(searchConfig()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
