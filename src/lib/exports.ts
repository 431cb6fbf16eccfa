/** Open data: every case's frontmatter plus id and url; resources likewise; CSV with one row per case. */
import type { ContentType } from '../../schemas/index.ts';
import { entriesOf, type Entry } from './entries.ts';
import { entryHref, publicUrl } from './urls.ts';

export function exportRecord(entry: Entry, site: URL | undefined) {
  return { id: entry.id, url: publicUrl(entryHref(entry.type, entry.id), site), ...(entry.type === 'case' ? {} : { type: entry.type }), ...entry.data };
}

export function exportRecords(types: ContentType[], site: URL | undefined) {
  return types.flatMap((type) => entriesOf(type)).map((entry) => exportRecord(entry, site));
}

/** Scalar columns as they are, lists joined with "; ", groups as JSON. */
export const CASE_CSV_COLUMNS = [
  'id', 'url', 'title', 'jurisdiction', 'court', 'courtLevel', 'decided', 'citation', 'identifiers', 'language', 'decisionLanguage', 'legalSystem', 'outcome',
  'purposes', 'acts', 'means', 'form', 'sectors', 'articles', 'articlesCited', 'defendants', 'victims', 'sentence', 'related', 'sources', 'keywords', 'review', 'contributors', 'updated', 'formerIds',
] as const;

function cell(value: unknown): string {
  if (value === undefined || value === null) return '';
  const text = Array.isArray(value) && value.every((v) => typeof v !== 'object') ? value.join('; ') : typeof value === 'object' ? JSON.stringify(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function casesCsv(site: URL | undefined): string {
  const rows = exportRecords(['case'], site).map((record) => CASE_CSV_COLUMNS.map((column) => cell((record as Record<string, unknown>)[column])).join(','));
  return `${[CASE_CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}
