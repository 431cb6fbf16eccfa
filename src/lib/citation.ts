/**
 * A case's citation in the forms people take away: one line in OSCOLA style to paste, CSL-JSON
 * (type legal_case), RIS (TY  - CASE), BibTeX that classic BibTeX reads (@misc) and biblatex
 * (@jurisdiction). Written directly: citation-js wrapped RIS lines mid-URL and dropped the
 * report citation.
 *
 * The language written in the files is the language of the decision (`decisionLanguage`, its
 * first value), which is what a reference manager's "language" field describes: the item cited,
 * not our summary of it. When the summary does not say, no language is written.
 *
 * A collection's reading list is exported with the same formatters (COLLECTION_CITATION_FILES):
 * its tools, issue papers and model laws are publications, typed as reference managers type them
 * (RESOURCE_TYPES: a report, or a generic document), with the publication's own address when
 * the entry gives one.
 */
import type { CaseData } from '../../schemas/index.ts';
import { formatDate } from '../i18n/format.ts';
import type { InterfaceLanguage } from '../i18n/languages.ts';
import type { UiKey } from '../i18n/en.ts';
import type { Entry } from './corpus/entry-file.ts';
import { jurisdictionName } from './entries.ts';

/** The fields a citation is made of. */
export type CitedCase = Pick<CaseData, 'title' | 'court' | 'decided' | 'citation' | 'language' | 'jurisdiction'> &
  Partial<Pick<CaseData, 'decisionLanguage' | 'identifiers'>>;

/** The language of the judgment itself (its first language), or undefined when the summary does not give it. */
export const decisionLanguageOf = (data: Pick<CitedCase, 'decisionLanguage'>): string | undefined => data.decisionLanguage?.[0];

const includes = (text: string, part: string) => text.toLocaleLowerCase().includes(part.toLocaleLowerCase());

/**
 * The parts of a citation, each as written in the summary: the case's title, its citation (and
 * its neutral citation when the citation does not already contain it), the court and the date.
 * A part the citation or the title already contains is left out, so that "A. v Republic
 * (Criminal Appeal E103 of 2021) [2022] KEHC 15411 (KLR)" is not preceded by "A. v Republic"
 * again. The date is written in the summary's language, like the rest of the line.
 */
function citationParts(data: CitedCase) {
  const neutral = data.identifiers?.neutral;
  return {
    title: includes(data.citation, data.title) ? undefined : data.title,
    citation: [data.citation, neutral && !includes(data.citation, neutral) ? neutral : undefined].filter(Boolean).join(', '),
    court: includes(data.citation, data.court) || includes(data.title, data.court) ? undefined : data.court,
    // Intl formats any ISO 639-1 language, not only the interface's six.
    date: formatDate(data.decided, data.language as InterfaceLanguage),
  };
}

/**
 * The citation in OSCOLA style (the Oxford University Standard for the Citation of Legal
 * Authorities, 4th edition), as the "Copy citation" button gives it and the How to cite page
 * documents it:
 * - the case name, to be set in italics, with "v" and no full stop ("Siliadin v France");
 * - with a neutral citation: the name and the neutral citation, then the summary's citation
 *   when it adds a law report ("[2014] UKSC 47, [2014] 1 WLR 2889"); the neutral citation names
 *   the court and the year, so nothing is added in brackets (OSCOLA 2.1–2.2);
 * - otherwise the citation as the summary records it (foreign and international decisions are
 *   cited as their own system cites them), then the court and the date of the decision in
 *   brackets (OSCOLA 2.4, 2.6), leaving out what the citation already says;
 * - no closing full stop, so that a pinpoint (", para 42") can follow.
 * The date is written in the summary's language, like the rest of the line.
 */
export function oscolaCitation(data: CitedCase): { caseName?: string; rest: string; text: string } {
  const parts = citationParts(data);
  const caseName = parts.title?.replace(/\s+v\.\s+/g, ' v ');
  const neutral = data.identifiers?.neutral;
  let rest: string;
  if (neutral) rest = parts.citation;
  else {
    const date = includes(parts.citation, parts.date) ? undefined : parts.date;
    const bracket = [parts.court, date].filter(Boolean).join(', ');
    rest = bracket ? `${parts.citation} (${bracket})` : parts.citation;
  }
  return { caseName, rest, text: [caseName, rest].filter(Boolean).join(' ') };
}

function fields(entry: Entry, url: string | undefined) {
  const data = entry.data as CaseData;
  return { id: entry.id, data, jurisdiction: jurisdictionName(data.jurisdiction), language: decisionLanguageOf(data), url };
}

/**
 * How the entries that are not decisions are typed: issue papers and model laws are
 * institutional publications (a report: RIS `RPRT`, CSL `report`); tools range from handbooks to
 * a database, and a collection is a page of this site (a generic document: RIS `GEN`, CSL
 * `document`). BibTeX gives all of them `@misc`, like a case.
 */
export const RESOURCE_TYPES: Record<Exclude<Entry['type'], 'case'>, { csl: 'report' | 'document'; ris: 'RPRT' | 'GEN' }> = {
  'issue-paper': { csl: 'report', ris: 'RPRT' },
  'model-law': { csl: 'report', ris: 'RPRT' },
  tool: { csl: 'document', ris: 'GEN' },
  collection: { csl: 'document', ris: 'GEN' },
};

/**
 * A publication's fields: its title, publisher and year (or date) as published, its own address
 * when the entry gives one (else our page's), and its language when it is published in one
 * language only (`availableIn`; `language` is that of our description, not of the document).
 */
function resourceFields(entry: Entry, url: string | undefined) {
  const data = entry.data as { title: string; publisher?: string; published?: string | number; availableIn?: string[]; url?: string };
  const published = data.published === undefined ? undefined : String(data.published);
  return {
    id: entry.id,
    kind: RESOURCE_TYPES[entry.type as keyof typeof RESOURCE_TYPES],
    title: data.title,
    publisher: data.publisher,
    published,
    language: data.availableIn?.length === 1 ? data.availableIn[0] : undefined,
    url: data.url ?? url,
  };
}

function resourceCsl(entry: Entry, url: string | undefined) {
  const { id, kind, title, publisher, published, language, url: address } = resourceFields(entry, url);
  return {
    id,
    type: kind.csl,
    title,
    ...(publisher ? { publisher } : {}),
    ...(published ? { issued: { 'date-parts': [published.split('-').map(Number)] } } : {}),
    ...(address ? { URL: address } : {}),
    ...(language ? { language } : {}),
  };
}

/** CSL-JSON, as Zotero, Mendeley and citeproc read it (`authority` is the court, `number` the citation). */
export function cslItem(entry: Entry, url: string | undefined) {
  if (entry.type !== 'case') return resourceCsl(entry, url);
  const { id, data, jurisdiction, language } = fields(entry, url);
  return {
    id,
    type: 'legal_case',
    title: data.title,
    authority: data.court,
    number: data.citation,
    jurisdiction,
    issued: { 'date-parts': [data.decided.split('-').map(Number)] },
    ...(url ? { URL: url } : {}),
    ...(language ? { language } : {}),
  };
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

const risLines = (lines: string[][]) => `${lines.map(([tag, value]) => `${tag}  - ${oneLine(value)}`).join('\r\n')}\r\nER  - \r\n`;

function resourceRis(entry: Entry, url: string | undefined): string {
  const { id, kind, title, publisher, published, language, url: address } = resourceFields(entry, url);
  return risLines([
    ['TY', kind.ris],
    ['TI', title],
    ...(publisher ? [['PB', publisher]] : []),
    ...(published && published.length === 10 ? [['DA', published.replace(/-/g, '/')]] : []),
    ...(published ? [['PY', published.slice(0, 4)]] : []),
    ...(language ? [['LA', language]] : []),
    ...(address ? [['UR', address]] : []),
    ['ID', id],
  ]);
}

/** RIS: one tag per line, never wrapped; CRLF as the format asks. */
export function risRecord(entry: Entry, url: string | undefined): string {
  if (entry.type !== 'case') return resourceRis(entry, url);
  const { id, data, jurisdiction, language } = fields(entry, url);
  const lines = [
    ['TY', 'CASE'],
    ['TI', data.title],
    ['PB', data.court],
    ['M1', data.citation],
    ['CY', jurisdiction],
    ['DA', data.decided.replace(/-/g, '/')],
    ['PY', data.decided.slice(0, 4)],
    ...(language ? [['LA', language]] : []),
    ...(url ? [['UR', url]] : []),
    ['ID', id],
  ];
  return risLines(lines);
}

const TEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};
/** Text as a BibTeX field value: TeX's special characters escaped, on one line; UTF-8 otherwise. */
const tex = (s: string) => oneLine(s).replace(/[\\{}&%$#_~^]/g, (c) => TEX_SPECIALS[c]);
/** A URL stays as it is (the url package reads it verbatim) except for what would unbalance the braces. */
const bibUrl = (s: string) => s.replace(/[{}\\]/g, (c) => encodeURIComponent(c));

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

type BibField = [name: string, value: string, macro?: boolean];
const bibEntry = (type: string, key: string, rows: BibField[]) =>
  `@${type}{${key},\n${rows.map(([name, value, macro]) => `  ${name} = ${macro ? value : `{${value}}`},`).join('\n')}\n}\n`;

/**
 * BibTeX for classic BibTeX and every style: `@misc`, the one entry type all styles know
 * (`@jurisdiction` exists only in biblatex). The court is how it was "published", the citation
 * and the full date are the note, year and month (BibTeX's month macro) let styles sort and
 * label it. The title is braced twice so that styles which lower-case titles keep "France".
 * `language` is the ISO 639-1 code, as Zotero reads and writes it.
 */
export function bibtexRecord(entry: Entry, url: string | undefined): string {
  if (entry.type !== 'case') return resourceBibtex(entry, url);
  const { id, data, language } = fields(entry, url);
  const parts = citationParts(data);
  return bibEntry('misc', id, [
    ['title', `{${tex(data.title)}}`],
    ['howpublished', tex(data.court)],
    ['note', tex([parts.citation, parts.date].join(', '))],
    ['year', data.decided.slice(0, 4)],
    ['month', MONTHS[Number(data.decided.slice(5, 7)) - 1], true],
    ...(url ? [['url', bibUrl(url)] as BibField] : []),
    ...(language ? [['language', language] as BibField] : []),
  ]);
}

/** A publication as `@misc`: the publisher is how it was published; year, and month when the date is known. */
function resourceBibtex(entry: Entry, url: string | undefined): string {
  const { id, title, publisher, published, language, url: address } = resourceFields(entry, url);
  return bibEntry('misc', id, [
    ['title', `{${tex(title)}}`],
    ...(publisher ? [['howpublished', tex(publisher)] as BibField] : []),
    ...(published ? [['year', published.slice(0, 4)] as BibField] : []),
    ...(published && published.length === 10 ? [['month', MONTHS[Number(published.slice(5, 7)) - 1], true] as BibField] : []),
    ...(address ? [['url', bibUrl(address)] as BibField] : []),
    ...(language ? [['language', language] as BibField] : []),
  ]);
}

/**
 * babel/polyglossia's names for ISO 639-1 codes, which biblatex's `langid` takes (as Zotero's
 * biblatex export writes them). A language not in this list gets no `langid` rather than a
 * guessed name: a wrong one stops hyphenation or the LaTeX run.
 */
const BABEL_NAMES: Record<string, string> = {
  ar: 'arabic',
  bg: 'bulgarian',
  ca: 'catalan',
  cs: 'czech',
  da: 'danish',
  de: 'german',
  el: 'greek',
  en: 'english',
  es: 'spanish',
  fi: 'finnish',
  fr: 'french',
  he: 'hebrew',
  hr: 'croatian',
  hu: 'magyar',
  it: 'italian',
  nl: 'dutch',
  pl: 'polish',
  pt: 'portuguese',
  ro: 'romanian',
  ru: 'russian',
  sk: 'slovak',
  sl: 'slovene',
  sv: 'swedish',
  tr: 'turkish',
  uk: 'ukrainian',
};

/**
 * biblatex's own entry type for court decisions, `@jurisdiction`, a download of its own: the
 * legal styles (biblatex-oscola and others) format a case only from it, with `institution` (the
 * court) and `number` (the citation). The `.bib` above stays `@misc` because classic BibTeX and
 * biblatex's standard styles do not know `@jurisdiction`.
 */
export function biblatexRecord(entry: Entry, url: string | undefined): string {
  const { id, data, jurisdiction, language } = fields(entry, url);
  const langid = language && BABEL_NAMES[language];
  return bibEntry('jurisdiction', id, [
    ['title', `{${tex(data.title)}}`],
    ['institution', tex(data.court)],
    ['number', tex(data.citation)],
    ['date', data.decided],
    ['location', tex(jurisdiction)],
    ...(url ? [['url', bibUrl(url)] as BibField] : []),
    ...(langid ? [['langid', langid] as BibField] : []),
  ]);
}

/** Each download: its file under /cases/<id>/ (the URLs the site contract names), the name it is saved under, its label. */
export const CITATION_FILES: readonly {
  file: string;
  saveAs: (id: string) => string;
  label: UiKey;
  text: (entry: Entry, url: string | undefined) => string;
}[] = [
  { file: 'citation.json', saveAs: (id) => `${id}.json`, label: 'case.cite.csl', text: (entry, url) => JSON.stringify([cslItem(entry, url)], null, 2) },
  { file: 'citation.ris', saveAs: (id) => `${id}.ris`, label: 'case.cite.ris', text: risRecord },
  { file: 'citation.bib', saveAs: (id) => `${id}.bib`, label: 'case.cite.bibtex', text: bibtexRecord },
  { file: 'citation.biblatex.bib', saveAs: (id) => `${id}.biblatex.bib`, label: 'case.cite.biblatex', text: biblatexRecord },
];

/**
 * A collection's reading list for reference managers, one file per format beside the collection
 * (/collections/<id>/citations.json, .ris, .bib), made by the formatters above: one record per
 * entry the list points at, in the list's order (an entry pointed at twice, at two provisions or
 * paragraphs, is one reference). `url` gives each entry's page on the public origin, or undefined.
 */
export const COLLECTION_CITATION_FILES: readonly {
  file: string;
  saveAs: (id: string) => string;
  label: UiKey;
  text: (entries: readonly Entry[], url: (entry: Entry) => string | undefined) => string;
}[] = [
  {
    file: 'citations.json',
    saveAs: (id) => `${id}.json`,
    label: 'case.cite.csl',
    text: (entries, url) =>
      JSON.stringify(
        entries.map((e) => cslItem(e, url(e))),
        null,
        2,
      ),
  },
  { file: 'citations.ris', saveAs: (id) => `${id}.ris`, label: 'case.cite.ris', text: (entries, url) => entries.map((e) => risRecord(e, url(e))).join('\r\n') },
  {
    file: 'citations.bib',
    saveAs: (id) => `${id}.bib`,
    label: 'case.cite.bibtex',
    text: (entries, url) => entries.map((e) => bibtexRecord(e, url(e))).join('\n'),
  },
];
