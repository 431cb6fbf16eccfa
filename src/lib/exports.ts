/** Open data: every case's frontmatter plus id and url; resources likewise; the CSV is written by cases-csv.ts. */
import type { ContentType } from '../../schemas/index.ts';
import type { CaseRecord } from './cases-csv.ts';
import { entriesOf, entryDates, type Entry } from './entries.ts';
import { entryHref, publicUrl } from './urls.ts';

export function exportRecord(entry: Entry, site: URL | undefined) {
  return { id: entry.id, url: publicUrl(entryHref(entry.type, entry.id), site), ...(entry.type === 'case' ? {} : { type: entry.type }), ...entry.data };
}

export function exportRecords(types: ContentType[], site: URL | undefined) {
  return types.flatMap((type) => entriesOf(type)).map((entry) => exportRecord(entry, site));
}

/** The cases as the open data gives them: frontmatter, id and url, with `added` and `updated` where history knows them. */
export function caseRecords(site: URL | undefined): CaseRecord[] {
  return entriesOf('case').map((entry) => ({ ...exportRecord(entry, site), ...entryDates(entry) }) as CaseRecord);
}
