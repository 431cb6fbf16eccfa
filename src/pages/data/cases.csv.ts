import type { APIRoute } from 'astro';
import { casesCsvText } from '../../lib/cases-csv.ts';
import { caseRecords } from '../../lib/exports.ts';

/** The same records as cases.json, one flat row each: see docs/data-dictionary.md. */
export const GET: APIRoute = ({ site }) =>
  new Response(casesCsvText(caseRecords(site)), { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
