/**
 * A search's decisions as one file for a reference manager, made in the browser from the
 * citation files every case already has (/cases/<id>/citation.ris …): nothing is formatted
 * twice. No server code here: the search island imports it.
 */
export const RESULT_EXPORTS = [
  { format: 'ris', file: 'citation.ris', saveAs: 'search-results.ris', mime: 'application/x-research-info-systems', label: 'ris' },
  { format: 'bibtex', file: 'citation.bib', saveAs: 'search-results.bib', mime: 'application/x-bibtex', label: 'bibtex' },
  { format: 'csl', file: 'citation.json', saveAs: 'search-results.json', mime: 'application/vnd.citationstyles.csl+json', label: 'csl' },
] as const;
export type ResultExport = (typeof RESULT_EXPORTS)[number];

/** At most this many results go into one file: each costs two small requests. */
export const EXPORT_LIMIT = 500;

/** The case id of a result's address (`/kb/cases/<id>/` under base `/kb/`), or undefined for other entries. */
export function caseIdOf(url: string, base: string): string | undefined {
  const path = url.startsWith(base) ? url.slice(base.length) : url.replace(/^\//, '');
  return /^cases\/([^/]+)\/$/.exec(path)?.[1];
}

/** The files of several cases as one: CSL-JSON arrays joined into one array, RIS and BibTeX records one after another. */
export function joinCitations(format: ResultExport['format'], texts: readonly string[]): string {
  if (format === 'csl')
    return JSON.stringify(
      texts.flatMap((text) => JSON.parse(text) as unknown[]),
      null,
      2,
    );
  // Only the line breaks around a record go: RIS ends each one with "ER  - ", trailing space included.
  return texts.map((text) => text.replace(/^\n+|\n+$/g, '')).join('\n\n') + '\n';
}
