/**
 * A case as CSL-JSON (type legal_case), RIS (TY  - CASE) and BibTeX (biblatex @jurisdiction).
 * Written directly: citation-js wrapped RIS lines mid-URL and dropped the report citation.
 */
import type { Entry } from './corpus/entry-file.ts';
import { jurisdictionName } from './entries.ts';

interface CaseCitation { id: string; title: string; court: string; citation: string; decided: string; jurisdiction: string; language: string; url?: string }

function fields(entry: Entry, url: string | undefined): CaseCitation {
  const d = entry.data as Record<string, string>;
  return { id: entry.id, title: d.title, court: d.court, citation: d.citation, decided: d.decided, jurisdiction: jurisdictionName(d.jurisdiction), language: d.language, url };
}

export function cslItem(entry: Entry, url: string | undefined) {
  const c = fields(entry, url);
  return {
    id: c.id,
    type: 'legal_case',
    title: c.title,
    authority: c.court,
    number: c.citation,
    jurisdiction: c.jurisdiction,
    issued: { 'date-parts': [c.decided.split('-').map(Number)] },
    ...(c.url ? { URL: c.url } : {}),
    language: c.language,
  };
}

/** RIS: one tag per line, never wrapped. */
export function risRecord(entry: Entry, url: string | undefined): string {
  const c = fields(entry, url);
  const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
  const lines = [
    ['TY', 'CASE'],
    ['TI', c.title],
    ['PB', c.court],
    ['M1', c.citation],
    ['CY', c.jurisdiction],
    ['DA', c.decided.replace(/-/g, '/')],
    ['PY', c.decided.slice(0, 4)],
    ['LA', c.language],
    ...(c.url ? [['UR', c.url]] : []),
    ['ID', c.id],
  ];
  return `${lines.map(([tag, value]) => `${tag}  - ${oneLine(value)}`).join('\r\n')}\r\nER  - \r\n`;
}

/** biblatex's type for court decisions; braces protect capitals and special characters. */
export function bibtexRecord(entry: Entry, url: string | undefined): string {
  const c = fields(entry, url);
  const escape = (s: string) => s.replace(/([\\{}])/g, '\\$1').replace(/([&%$#_])/g, '\\$1');
  const rows = [
    ['title', `{${escape(c.title)}}`],
    ['institution', escape(c.court)],
    ['number', escape(c.citation)],
    ['date', c.decided],
    ['location', escape(c.jurisdiction)],
    ['langid', c.language],
    ...(c.url ? [['url', c.url]] : []),
  ];
  return `@jurisdiction{${c.id},\n${rows.map(([k, v]) => `  ${k} = {${v}},`).join('\n')}\n}\n`;
}
