import type { APIRoute } from 'astro';
import { casesCsv } from '../../lib/exports.ts';

export const GET: APIRoute = ({ site }) => new Response(casesCsv(site), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
