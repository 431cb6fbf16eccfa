/** The case's citation as a download (json). */
import type { APIRoute } from 'astro';
import { entriesOf, findEntry } from '../../../lib/entries.ts';
import { citationResponse } from '../../../lib/citation-response.ts';

export function getStaticPaths() {
  return entriesOf('case').map((entry) => ({ params: { id: entry.id } }));
}

export const GET: APIRoute = ({ params, site }) => citationResponse(findEntry('case', params.id!)!, site, 'json');
