import type { APIRoute } from 'astro';
import { caseRecords } from '../../lib/exports.ts';

/** Every case, with `added` and `updated` (from git history, `updated` in the frontmatter first) where they are known: the same records as cases.csv. */
export const GET: APIRoute = ({ site }) =>
  new Response(JSON.stringify(caseRecords(site), null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
