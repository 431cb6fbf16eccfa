/**
 * /data/cases.csv: one row per case, one plain value per cell, for spreadsheets and scripts.
 * RFC 4180 (commas, double quotes around a value with a comma, quote or line break, CRLF line
 * ends) with a UTF-8 byte-order mark first, without which Excel reads "Cámara" as "CÃ¡mara".
 * Groups are flattened into named columns (`review.status`), lists joined in one cell.
 *
 * CASE_CSV_COLUMNS is the one list of columns: the file is written from it, and
 * docs/data-dictionary.md (`npm run generate`) documents it, taking each field column's meaning
 * from the schema's description and each derived column's from here. The columns a search facet
 * filters on come from the facet registry, so a spreadsheet can filter as the search page does.
 */
import type { CaseData } from '../../schemas/index.ts';
import { FACETS } from './facet-registry.ts';
import type { FacetKey } from './search-state.ts';

/** A case as the open data gives it: its frontmatter plus `id`, `url` and, where known, `added` (and `updated` from history). */
export type CaseRecord = CaseData & { id: string; url: string; added?: string };

/** Codes, ids and vocabulary terms never contain "; ": lists of them are joined with it. */
export const CODE_SEPARATOR = '; ';
/** Free text can contain "; " (titles such as "R v N; R v LE", offences): lists of it are joined with " | ". */
export const TEXT_SEPARATOR = ' | ';

export type CellFormat = 'text' | 'date' | 'number' | 'boolean' | 'codes' | 'texts';
type CellValue = string | number | boolean | readonly string[] | undefined;

export interface CsvColumn {
  /** The header: the frontmatter field's path (`review.status`), or a derived column's own name (`defendants.count`). */
  name: string;
  format: CellFormat;
  /** For a derived column only: what it holds. A field column's meaning is the schema's description of the field. */
  meaning?: string;
  /** The search facet whose field or values the column gives. */
  facet?: FacetKey;
  value: (record: CaseRecord) => CellValue;
}

/**
 * The values the open data adds to the frontmatter, or gives otherwise (cases.json and cases.csv
 * alike): `added` and `updated` come from the repository's history (src/lib/git-dates.ts).
 */
export const ADDED_FIELDS = {
  id: 'the case’s permanent id: its file name, and the last part of its address',
  url: 'the case’s page: an absolute address when the site has a public origin, else the path on the site',
  added: 'the day the summary was added to the knowledge base (its file’s first commit, UTC); absent when the history does not reach it',
  updated:
    'the date of the last substantive change: the `updated` field when the summary gives one, else the day of the last commit that changed the file (UTC); absent when neither is known',
} as const;

/** A column that is one frontmatter field (`victims.count`), its meaning taken from the schema. */
function field(name: string, format: CellFormat): CsvColumn {
  const path = name.split('.');
  return { name, format, value: (record) => path.reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], record) as CellValue };
}

function derived(name: string, format: CellFormat, meaning: string, value: CsvColumn['value']): CsvColumn {
  return { name, format, meaning, value };
}

/** The frontmatter field a search facet filters on (`purposes` for the `purpose` facet). */
function facetField(key: FacetKey, format: CellFormat): CsvColumn {
  const name = FACETS[key].field;
  if (!name) throw new Error(`the ${key} facet reads no frontmatter field: give its values as a derived column (facetValues)`);
  return { ...field(name, format), facet: key };
}

/** The values a search facet derives for a case (`regions`, from its jurisdiction). */
function facetValues(key: FacetKey, name: string, meaning: string): CsvColumn {
  return { name, format: 'codes', meaning, facet: key, value: (record) => FACETS[key].values({ type: 'case', data: record }) };
}

export const CASE_CSV_COLUMNS: readonly CsvColumn[] = [
  derived('id', 'text', ADDED_FIELDS.id, (c) => c.id),
  derived('url', 'text', ADDED_FIELDS.url, (c) => c.url),
  field('title', 'text'),
  facetField('jurisdiction', 'text'),
  field('court', 'text'),
  facetField('courtLevel', 'text'),
  field('decided', 'date'),
  field('citation', 'text'),
  field('identifiers.ecli', 'text'),
  field('identifiers.unodc', 'text'),
  field('identifiers.neutral', 'text'),
  field('identifiers.docket', 'text'),
  facetField('language', 'text'),
  field('decisionLanguage', 'codes'),
  field('legalSystem', 'text'),
  facetField('outcome', 'text'),
  facetField('purpose', 'codes'),
  facetField('act', 'codes'),
  facetField('means', 'codes'),
  field('form', 'codes'),
  facetField('sector', 'codes'),
  facetField('article', 'codes'),
  field('articlesCited', 'codes'),
  derived('defendants.count', 'number', 'how many defendants the summary lists (empty when it lists none)', (c) => c.defendants?.length),
  derived(
    'defendants.labels',
    'texts',
    'each defendant’s label: initials, a role, or the name of a legal person or of a public official named in the judgment',
    (c) => c.defendants?.map((d) => d.label),
  ),
  derived(
    'defendants.charges',
    'texts',
    'each charge as the defendant’s label, a colon, the offence and the verdict in parentheses (e.g. "first defendant: trafficking in persons (convicted)")',
    (c) => c.defendants?.flatMap((d) => (d.charges ?? []).map((charge) => `${d.label}: ${charge.offence} (${charge.verdict})`)),
  ),
  field('victims.count', 'number'),
  field('victims.minorsAtOffence', 'boolean'),
  field('victims.genders', 'codes'),
  field('victims.nationalities', 'codes'),
  field('sentence', 'text'),
  derived(
    'related',
    'codes',
    'related decisions in the knowledge base as this case’s file gives them, each as the relation, a space and the other case’s id (e.g. "cites echr-2010-rantsev-v-cyprus-and-russia")',
    (c) => c.related?.map((r) => `${r.relation} ${r.id}`),
  ),
  derived(
    'sources',
    'texts',
    'where the decision or an authoritative report of it can be read: each source’s title, followed by its web address in angle brackets when one is given',
    (c) => c.sources.map((s) => (s.url ? `${s.title} <${s.url}>` : s.title)),
  ),
  field('keywords', 'texts'),
  field('review.status', 'text'),
  field('review.checkedAgainst', 'text'),
  field('review.reviewer', 'text'),
  field('review.date', 'date'),
  field('contributors', 'texts'),
  derived('added', 'date', ADDED_FIELDS.added, (c) => c.added),
  derived('updated', 'date', ADDED_FIELDS.updated, (c) => c.updated),
  field('formerIds', 'codes'),
  // Columns added later go last, so that scripts reading columns by position keep working.
  facetValues(
    'region',
    'regions',
    'the regions the search page’s region filter gives the case (`regions.yaml`): a country’s UN region; for a court of a regional or international body, `international` and the region the body serves, if any',
  ),
];

/** One cell, quoted as RFC 4180 asks when it holds a comma, a double quote or a line break. */
export function csvCell(value: CellValue, format: CellFormat = 'text'): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'object' && !(Array.isArray(value) && value.every((item) => typeof item !== 'object')))
    throw new Error(`a CSV cell is one value or a list of values, not ${JSON.stringify(value)}`);
  const text = Array.isArray(value) ? value.join(format === 'texts' ? TEXT_SEPARATOR : CODE_SEPARATOR) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file: byte-order mark, header, one row per record, CRLF after every line. */
export function casesCsvText(records: readonly CaseRecord[], columns: readonly CsvColumn[] = CASE_CSV_COLUMNS): string {
  const lines = [columns.map((c) => csvCell(c.name)).join(','), ...records.map((record) => columns.map((c) => csvCell(c.value(record), c.format)).join(','))];
  return `\uFEFF${lines.map((line) => `${line}\r\n`).join('')}`;
}
