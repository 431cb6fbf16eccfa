import { bibtexRecord, cslItem, risRecord } from './citation.ts';
import type { Entry } from './corpus/entry-file.ts';
import { entryHref } from './urls.ts';

const TYPES = { json: 'application/vnd.citationstyles.csl+json', ris: 'application/x-research-info-systems', bib: 'application/x-bibtex' } as const;

export function citationResponse(entry: Entry, site: URL | undefined, format: keyof typeof TYPES): Response {
  const url = new URL(entryHref('case', entry.id), site).href;
  const body = format === 'json' ? JSON.stringify([cslItem(entry, url)], null, 2) : format === 'ris' ? risRecord(entry, url) : bibtexRecord(entry, url);
  return new Response(body, { headers: { 'Content-Type': `${TYPES[format]}; charset=utf-8` } });
}
