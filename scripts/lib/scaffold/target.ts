/** Where a new entry goes, and why it may not go there: taken ids, former ids, missing targets. */
import { indexByType, itemProblem } from '../../../src/lib/corpus/cross-checks.ts';
import { displayPath } from '../../../src/lib/corpus/problem.ts';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { FOLDERS, type ContentType } from '../../../schemas/index.ts';
import type { Entry } from '../../../src/lib/corpus/entry-file.ts';

/** Paths as the validator prints them. */
export { displayPath };

/** content/cases/<jurisdiction in lower case>/<id>.md, or content/<folder>/<id>.md. */
export function entryFile(contentDir: string, type: ContentType, id: string, jurisdiction?: string): string {
  const folder = path.join(contentDir, FOLDERS[type]);
  return type === 'case' ? path.join(folder, String(jurisdiction).toLowerCase(), `${id}.md`) : path.join(folder, `${id}.md`);
}

export interface Conflict {
  message: string;
  /** The file itself exists: --force overwrites it. */
  sameFile: boolean;
}

/** Everything that already claims this id for this content type. */
export function idConflicts(contentDir: string, type: ContentType, id: string, file: string, entries: readonly Entry[]): Conflict[] {
  const conflicts: Conflict[] = [];
  if (existsSync(file)) conflicts.push({ sameFile: true, message: `${displayPath(file)} already exists` });
  if (type === 'case') {
    // Case ids are unique across jurisdiction folders: /cases/<id>/ never depends on the folder.
    const casesDir = path.join(contentDir, FOLDERS.case);
    for (const folder of existsSync(casesDir) ? readdirSync(casesDir) : []) {
      const other = path.join(casesDir, folder, `${id}.md`);
      if (other !== file && statSync(path.join(casesDir, folder)).isDirectory() && existsSync(other)) {
        conflicts.push({ sameFile: false, message: `id "${id}" is already used by ${displayPath(other)}: ids must be unique across all jurisdiction folders` });
      }
    }
  }
  for (const entry of entries) {
    if (entry.type === type && ((entry.data.formerIds as string[] | undefined) ?? []).includes(id)) {
      conflicts.push({ sameFile: false, message: `id "${id}" is a former id of ${entry.file}: its old URL redirects there, so it cannot be used again` });
    }
  }
  return conflicts;
}

/**
 * A collection item that does not resolve, worded as the validator words it (itemProblem in
 * src/lib/corpus/cross-checks.ts), so that the problem is caught before the file is written.
 */
export function itemRefProblem(ref: string, entries: readonly Entry[]): string | undefined {
  return itemProblem(ref, indexByType(entries));
}
