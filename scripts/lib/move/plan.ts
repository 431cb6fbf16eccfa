/**
 * Works out a whole move before anything is written: which entry, whether the new id is free,
 * and every edit in every file. A move that cannot be done completely is refused up front.
 */
import { displayPath } from '../../../src/lib/corpus/problem.ts';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { FOLDERS } from '../../../schemas/index.ts';
import { idProblem } from '../../../schemas/common.ts';
import { suggest } from '../../../schemas/suggest.ts';
import type { Corpus } from '../../../src/lib/corpus/load-corpus.ts';
import type { Entry } from '../../../src/lib/corpus/entry-file.ts';
import { isError } from '../../../src/lib/corpus/problem.ts';
import { parseEntryName, parseNewId } from './arguments.ts';
import { entrySource } from './entry-source.ts';
import { addFormerIdEdit } from './former-ids.ts';
import { MoveError } from './move-error.ts';
import { findReferences, type Rename } from './references.ts';
import { lineAt, readTextFile, type Edit, type TextFile } from './text-file.ts';

/** One line of the report: where (after the move) and what changed. */
export interface Change {
  file: string;
  line: number;
  description: string;
}

export interface FileWrite {
  absolute: string;
  file: TextFile;
  edits: Edit[];
}

export interface MovePlan extends Rename {
  from: { absolute: string; display: string };
  to: { absolute: string; display: string };
  writes: FileWrite[];
  changes: Change[];
}

/** The line an edit's result is on once every edit of the file is made (added lines count). */
function lineAfterEdits(file: TextFile, edits: readonly Edit[], edit: Edit): number {
  const newlines = (text: string) => text.split('\n').length - 1;
  const added = edits.filter((e) => e.start < edit.start).reduce((sum, e) => sum + newlines(e.text) - newlines(file.text.slice(e.start, e.end)), 0);
  return lineAt(file, edit.start) + added + (edit.text.startsWith('\n') ? 1 : 0);
}

const display = displayPath;

function findEntry(corpus: Corpus, argument: string): Entry {
  const named = parseEntryName(argument);
  if ('problem' in named) throw new MoveError(named.problem);
  const folder = FOLDERS[named.type];
  const sameType = corpus.entries.filter((e) => e.type === named.type);
  const entry = sameType.find((e) => e.id === named.id);
  if (!entry) {
    const guess = suggest(
      named.id,
      sameType.map((e) => e.id),
    );
    throw new MoveError(`there is no entry ${folder}/${named.id}` + (guess ? ` (did you mean "${folder}/${guess}"?)` : ''));
  }
  if (named.folder && named.folder !== entry.folder) {
    throw new MoveError(`the case ${named.id} is ${entry.file}, not in the folder ${named.folder}/ (did you mean "cases/${entry.folder}/${named.id}"?)`);
  }
  return entry;
}

function checkNewId(corpus: Corpus, entry: Entry, newId: string): void {
  const folder = FOLDERS[entry.type];
  const problem = idProblem(newId);
  if (problem) throw new MoveError(`new id: ${problem}`);
  if (newId === entry.id) throw new MoveError(`${folder}/${entry.id} already has the id "${newId}": nothing to move`);
  const sameType = corpus.entries.filter((e) => e.type === entry.type);
  const taken = sameType.find((e) => e.id === newId);
  if (taken) throw new MoveError(`${folder}/${newId} already exists (${taken.file}): choose another id`);
  const redirected = sameType.find((e) => ((e.data.formerIds as string[] | undefined) ?? []).includes(newId));
  if (redirected) {
    throw new MoveError(
      `"${newId}" is a former id of ${redirected.file}: its old URL /${folder}/${newId}/ redirects there, so the id cannot be used again; choose another id`,
    );
  }
}

export function planMove(corpus: Corpus, fromArgument: string, toArgument: string): MovePlan {
  const errors = corpus.problems.filter(isError).length;
  if (errors) throw new MoveError(`the content has ${errors} error(s) before the move: fix them first (npm run validate), so that the move can be checked`);
  const entry = findEntry(corpus, fromArgument);
  const parsed = parseNewId(toArgument, { type: entry.type, id: entry.id, folder: entry.folder });
  if ('problem' in parsed) throw new MoveError(parsed.problem);
  const newId = parsed.id;
  checkNewId(corpus, entry, newId);

  const fromAbsolute = path.resolve(entry.file);
  // Cases stay in their jurisdiction folder; other types have one folder each.
  const toAbsolute = path.join(path.dirname(fromAbsolute), `${newId}.md`);
  if (existsSync(toAbsolute)) throw new MoveError(`${display(toAbsolute)} already exists: choose another id`);
  const rename: Rename = { type: entry.type, oldId: entry.id, newId };
  const plan: MovePlan = {
    ...rename,
    from: { absolute: fromAbsolute, display: display(fromAbsolute) },
    to: { absolute: toAbsolute, display: display(toAbsolute) },
    writes: [],
    changes: [],
  };

  for (const other of corpus.entries) {
    const absolute = path.resolve(other.file);
    const moved = absolute === fromAbsolute;
    const file = readTextFile(absolute);
    if (!moved && !file.text.includes(entry.id)) continue; // cheap filter: most files never mention it
    const shown = moved ? plan.to.display : other.file;
    const source = entrySource(file, other.file);
    const found: { edit: Edit; description: string }[] = [];
    if (moved)
      found.push({
        edit: addFormerIdEdit(source, entry.id, other.file),
        description: `formerIds: added ${entry.id} (/${FOLDERS[entry.type]}/${entry.id}/ will redirect here)`,
      });
    for (const rewrite of findReferences(other.type, source, rename, other.file))
      found.push({ edit: rewrite, description: `${rewrite.what}: ${rewrite.before} → ${rewrite.after}` });
    const edits = found.map((f) => f.edit);
    for (const { edit, description } of found) plan.changes.push({ file: shown, line: lineAfterEdits(file, edits, edit), description });
    if (edits.length) plan.writes.push({ absolute, file, edits });
  }
  plan.changes.sort((a, b) => Number(b.file === plan.to.display) - Number(a.file === plan.to.display) || a.file.localeCompare(b.file) || a.line - b.line);
  return plan;
}
