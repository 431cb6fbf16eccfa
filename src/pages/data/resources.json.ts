import type { APIRoute } from 'astro';
import { exportRecords } from '../../lib/exports.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(JSON.stringify(exportRecords(['model-law', 'tool', 'issue-paper'], site), null, 1), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
