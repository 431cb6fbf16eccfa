/** Checks that need the whole corpus: unique ids, folders, related cases, items, links, formerIds. */
import { CASE_RELATIONS, FOLDERS, INVERSE_RELATION, parseArticleRef, typeOfFolder, type CaseRelation, type ContentType } from '../../../schemas/index.ts';
import { ITEM_REF_PATTERN } from '../../../schemas/collection.ts';
import { suggest } from '../../../schemas/suggest.ts';
import type { Catalog } from '../../../schemas/catalog.ts';
import type { Entry, Position } from './entry-file.ts';
import type { Problem } from './problem.ts';

/** Lists of groups from frontmatter that may not have passed the schema: keep what has the right shape. */
function listOf<T>(value: unknown, keep: (item: Record<string, unknown>) => boolean): T[] {
  return Array.isArray(value) ? (value.filter((item) => item && typeof item === 'object' && keep(item)) as T[]) : [];
}
const strings = (value: unknown) =>
  (Array.isArray(value) ? value : []).map((v, i) => [v, i] as const).filter(([v]) => typeof v === 'string') as [string, number][];

/** The ids of files whose frontmatter could not be read: they still exist, so links to them are not "missing". */
export type UnreadIds = ReadonlyMap<ContentType, ReadonlySet<string>>;

export function crossCheck(entries: Entry[], catalog: Catalog, unread: UnreadIds = new Map()): Problem[] {
  const problems: Problem[] = [];
  const error = (entry: Entry, at: Position, message: string, hint?: string) => problems.push({ file: entry.file, ...at, message, hint, severity: 'error' });
  const byType = indexByType(entries); // the first file with an id owns it
  for (const entry of entries) {
    const first = byType.get(entry.type)!.get(entry.id)!;
    if (first !== entry) {
      error(
        entry,
        { line: 1, column: 1 },
        `id "${entry.id}" is already used by ${first.file}: ids must be unique${entry.type === 'case' ? ' across all jurisdiction folders' : ''}`,
        'rename this file (the id is the file name)',
      );
    }
  }
  const cases = byType.get('case')!;
  const exists = (type: ContentType, id: string) => byType.get(type)!.has(id) || !!unread.get(type)?.has(id);
  problems.push(...relationConflicts(cases));

  // formerIds: each old id redirects to exactly one entry, and never hides a live entry.
  const former = new Map<string, Entry>();
  for (const entry of entries) {
    strings(entry.data.formerIds).forEach(([old, i]) => {
      const at = () => entry.where(['formerIds', i]); // positions are worked out only for a problem
      const key = `${entry.type}/${old}`;
      if (old === entry.id) error(entry, at(), `formerIds lists this entry's own id "${old}"`);
      else if (byType.get(entry.type)!.has(old))
        error(entry, at(), `former id "${old}" is the id of ${byType.get(entry.type)!.get(old)!.file}: a redirect would hide that entry`);
      else if (former.has(key)) error(entry, at(), `former id "${old}" is also listed by ${former.get(key)!.file}: an old URL can redirect to one entry only`);
      else former.set(key, entry);
    });
  }

  for (const entry of entries) {
    if (entry.type === 'case') {
      const jurisdiction = entry.data.jurisdiction;
      if (
        typeof jurisdiction === 'string' &&
        catalog.jurisdictions.has(jurisdiction) &&
        entry.folder !== undefined &&
        entry.folder !== jurisdiction.toLowerCase()
      ) {
        error(
          entry,
          entry.where(['jurisdiction']),
          `this case is in the folder "${entry.folder}" but its jurisdiction is ${jurisdiction}: move the file to content/cases/${jurisdiction.toLowerCase()}/ or correct the jurisdiction`,
        );
      }
      (Array.isArray(entry.data.related) ? (entry.data.related as unknown[]) : []).forEach((item, i) => {
        const rel = item as { id?: unknown };
        if (!rel || typeof rel.id !== 'string') return;
        const at = () => entry.where(['related', i, 'id']);
        const id = rel.id;
        if (id === entry.id) error(entry, at(), 'a case cannot be related to itself');
        else if (!exists('case', id)) {
          const guess = suggest(id, [...cases.keys()]);
          error(
            entry,
            at(),
            `related case "${id}" does not exist` + (guess ? ` (did you mean "${guess}"?)` : ''),
            'give the id (file name without .md) of a case in content/cases/',
          );
        }
      });
    }
    if (entry.type === 'collection') {
      (Array.isArray(entry.data.items) ? (entry.data.items as unknown[]) : []).forEach((item, i) => {
        const { ref, paragraph } = (item ?? {}) as { ref?: unknown; paragraph?: unknown };
        if (typeof ref !== 'string') return;
        const problem = itemProblem(ref, byType, unread);
        if (problem) error(entry, entry.where(['items', i, 'ref']), problem);
        else if (typeof paragraph === 'number') {
          const paragraphProblem = itemParagraphProblem(ref, paragraph, byType);
          if (paragraphProblem) error(entry, entry.where(['items', i, 'paragraph']), paragraphProblem.message, paragraphProblem.hint);
        }
      });
    }
    for (const link of entry.links) {
      const problem = linkTargetProblem(link.path, exists, byType, catalog);
      if (problem) error(entry, link, problem);
    }
  }
  return problems;
}

/** Entries by type and id, as the checks across files look them up. */
export function indexByType(entries: readonly Entry[]): Map<ContentType, Map<string, Entry>> {
  const byType = new Map<ContentType, Map<string, Entry>>();
  for (const type of Object.keys(FOLDERS) as ContentType[]) byType.set(type, new Map());
  for (const entry of entries) if (!byType.get(entry.type)!.has(entry.id)) byType.get(entry.type)!.set(entry.id, entry);
  return byType;
}

export function itemProblem(ref: string, byType: Map<ContentType, Map<string, Entry>>, unread: UnreadIds = new Map()): string | undefined {
  const match = ITEM_REF_PATTERN.exec(ref);
  if (!match) return undefined; // already reported by the schema
  const [, folder, id, anchor] = match;
  const type = typeOfFolder(folder)!;
  const target = byType.get(type)!.get(id);
  if (!target && unread.get(type)?.has(id)) return undefined; // that file's own problems are reported
  if (!target) {
    const guess = suggest(id, [...byType.get(type)!.keys()]);
    return `item "${ref}" does not exist: there is no ${folder}/${id}` + (guess ? ` (did you mean "${folder}/${guess}"?)` : '');
  }
  if (anchor) {
    if (type !== 'model-law') return `item "${ref}": only model-law provisions can be pointed at with #`;
    const provisions = listOf<{ id: string }>(target.data.provisions, (p) => typeof p.id === 'string').map((p) => p.id);
    if (!provisions.includes(anchor)) {
      const guess = suggest(anchor, provisions);
      return `item "${ref}": ${folder}/${id} has no provision "${anchor}"` + (guess ? ` (did you mean "#${guess}"?)` : '');
    }
  }
  return undefined;
}

/**
 * An item's `paragraph` must be one the entry's page numbers (Entry.paragraphs, counted from its
 * body as the page numbers them), and a model-law provision is pointed at by #id or by paragraph,
 * not both. Only asked of an item whose ref resolves.
 */
export function itemParagraphProblem(
  ref: string,
  paragraph: number,
  byType: Map<ContentType, Map<string, Entry>>,
): { message: string; hint?: string } | undefined {
  const match = ITEM_REF_PATTERN.exec(ref);
  if (!match || !Number.isInteger(paragraph) || paragraph < 1) return undefined; // the schema reports those
  const [, folder, id, anchor] = match;
  const target = byType.get(typeOfFolder(folder)!)!.get(id);
  if (!target) return undefined; // unread: its own problems are reported
  if (anchor) return { message: `item "${ref}": point at a provision (#${anchor}) or at a paragraph (paragraph: ${paragraph}), not both` };
  if (paragraph <= target.paragraphs) return undefined;
  const n = target.paragraphs;
  return {
    message: `item "${ref}": paragraph ${paragraph} does not exist: the entry's page numbers ${n === 0 ? 'no paragraphs' : n === 1 ? 'one paragraph' : `paragraphs 1 to ${n}`}`,
    hint: "paragraphs are numbered on the entry's page: its top-level paragraphs and quotes, from 1 (headings, lists and tables are not numbered)",
  };
}

/** A site path in a body link must lead to a page that will exist. */
function linkTargetProblem(
  href: string,
  exists: (type: ContentType, id: string) => boolean,
  byType: Map<ContentType, Map<string, Entry>>,
  catalog: Catalog,
): string | undefined {
  const [pathname] = href.split(/[?#]/);
  const segments = pathname.split('/').filter(Boolean);
  const fail = `link "${href}" does not lead to a page of the knowledge base`;
  if (segments.length === 0) return undefined;
  const [first, second, third] = segments;
  if (segments.length === 1)
    return ['cases', 'tools', 'issue-papers', 'model-laws', 'collections', 'articles', 'jurisdictions', 'search'].includes(first) ? undefined : fail;
  const type = typeOfFolder(first);
  if (type) {
    if (segments.length > 2 && !(type === 'collection' && third === 'print' && segments.length === 3)) return fail;
    if (!exists(type, second)) {
      const guess = suggest(second, [...byType.get(type)!.keys()]);
      return `link "${href}": there is no ${first}/${second}` + (guess ? ` (did you mean "/${first}/${guess}/"?)` : '');
    }
    return undefined;
  }
  if (first === 'articles' && segments.length === 2) {
    const ref = parseArticleRef(second.toUpperCase());
    if (!ref || ref.pinpoint) return `${fail}: article pages are /articles/tip-3/`;
    return ref.article <= (catalog.instruments.get(ref.instrument)?.articles.length ?? 0)
      ? undefined
      : `${fail}: ${ref.instrument} has no article ${ref.article}`;
  }
  if (first === 'jurisdictions' && segments.length === 2)
    return catalog.jurisdictions.has(second.toUpperCase()) ? undefined : `${fail}: unknown jurisdiction "${second}"`;
  return fail;
}

/**
 * A relation is written on one side; the other side is derived. When both sides are written they
 * must agree (A `cites` B and B `cited-by` A): anything else is reported on both files.
 */
const RELATION_PHRASE: Record<CaseRelation, string> = {
  'appeal-of': 'is an appeal of',
  'appealed-to': 'was appealed to',
  cites: 'cites',
  'cited-by': 'is cited by',
  'see-also': 'is related to',
};

function relationConflicts(cases: ReadonlyMap<string, Entry>): Problem[] {
  const problems: Problem[] = [];
  const written = (entry: Entry) =>
    listOf<{ id: string; relation: CaseRelation }>(
      entry.data.related,
      (r) => typeof r.id === 'string' && (CASE_RELATIONS as readonly unknown[]).includes(r.relation),
    );
  for (const entry of cases.values()) {
    written(entry).forEach((rel, i) => {
      const other = cases.get(rel.id);
      if (!other || other === entry) return;
      const back = written(other).find((r) => r.id === entry.id);
      if (!back || back.relation === INVERSE_RELATION[rel.relation]) return;
      problems.push({
        file: entry.file,
        ...entry.where(['related', i, 'id']),
        severity: 'error',
        message: `this case ${RELATION_PHRASE[rel.relation]} "${rel.id}" (${rel.relation}), but ${other.file} says that case ${RELATION_PHRASE[back.relation]} this one (${back.relation}): the two sides disagree ("${rel.relation}" here goes with "${INVERSE_RELATION[rel.relation]}" there)`,
        hint: 'write the relation on one side only (the site shows the other side), or correct the side that is wrong',
      });
    });
  }
  return problems;
}
