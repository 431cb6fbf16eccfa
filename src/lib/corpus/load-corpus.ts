/**
 * Reads a whole content folder and checks everything: data files, every entry on its own,
 * then across files. One function serves the validator, the build and the scaffolder.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { FOLDERS, makeSchemas, typeOfFolder, type Catalog, type ContentType } from '../../../schemas/index.ts';
import { idProblem } from '../../../schemas/common.ts';
import { suggest } from '../../../schemas/suggest.ts';
import { contentDirectory } from './content-directory.ts';
import { crossCheck } from './cross-checks.ts';
import { loadCatalog } from './data-files.ts';
import { checkFiles } from './check-files.ts';
import type { Entry } from './entry-file.ts';
import { byPosition, displayPath, type Problem } from './problem.ts';

export interface Corpus {
  contentDir: string;
  catalog?: Catalog;
  entries: Entry[];
  problems: Problem[];
}

const DATA_FOLDERS = ['vocabularies', 'instruments'];
const hidden = (name: string) => name.startsWith('.');

interface Candidate {
  absolute: string;
  type: ContentType;
  folder?: string;
}

/** Finds the entry files, reporting files and folders the site would silently ignore. */
function findEntryFiles(contentDir: string, catalog: Catalog, problems: Problem[]): Candidate[] {
  const found: Candidate[] = [];
  const misplaced = (absolute: string, message: string, hint?: string) =>
    problems.push({ file: displayPath(absolute), line: 1, column: 1, severity: 'error', message, hint });
  const known = [...Object.values(FOLDERS), ...DATA_FOLDERS];
  const mdFiles = (dir: string, type: ContentType, folder?: string) => {
    for (const name of readdirSync(dir)) {
      if (hidden(name)) continue;
      const absolute = path.join(dir, name);
      if (statSync(absolute).isDirectory()) {
        misplaced(absolute, `folders are not allowed here: put the file directly in ${displayPath(dir)}/`);
      } else if (!name.endsWith('.md')) {
        misplaced(absolute, `only .md files are read here: rename it to ${name.replace(/\.[^.]*$/, '')}.md if it is an entry`);
      } else found.push({ absolute, type, folder });
    }
  };
  for (const name of readdirSync(contentDir)) {
    if (hidden(name)) continue;
    const absolute = path.join(contentDir, name);
    if (!statSync(absolute).isDirectory()) {
      misplaced(absolute, `files directly in ${displayPath(contentDir)}/ are not read: put entries in one of ${Object.values(FOLDERS).join(', ')}`);
      continue;
    }
    if (DATA_FOLDERS.includes(name)) continue;
    const type = typeOfFolder(name);
    if (!type) {
      const guess = suggest(name, known);
      misplaced(absolute, `unknown folder "${name}"` + (guess ? ` (did you mean "${guess}"?)` : ''), `content folders: ${known.join(', ')}`);
      continue;
    }
    if (type !== 'case') {
      mdFiles(absolute, type);
      continue;
    }
    for (const folder of readdirSync(absolute)) {
      if (hidden(folder)) continue;
      const folderPath = path.join(absolute, folder);
      if (!statSync(folderPath).isDirectory()) {
        misplaced(
          folderPath,
          'a case file goes in the folder of its jurisdiction: content/cases/<jurisdiction in lower case>/<id>.md, e.g. content/cases/gbr/',
        );
      } else if (folder !== folder.toLowerCase() || !catalog.jurisdictions.has(folder.toUpperCase())) {
        const guess = catalog.jurisdictions.has(folder.toUpperCase())
          ? folder.toLowerCase()
          : suggest(
              folder.toLowerCase(),
              [...catalog.jurisdictions.keys()].map((code) => code.toLowerCase()),
            );
        misplaced(
          folderPath,
          `"${folder}" is not a jurisdiction folder: name it after the jurisdiction code in lower case, e.g. gbr, echr, ecowas-ccj` +
            (guess ? ` (did you mean "${guess}"?)` : ''),
        );
        mdFiles(folderPath, 'case'); // its files are still checked, so their own problems show too
      } else mdFiles(folderPath, 'case', folder);
    }
  }
  return found;
}

export function loadCorpus(contentDir = contentDirectory()): Corpus {
  const { catalog, problems } = loadCatalog(contentDir, displayPath);
  if (!catalog) return { contentDir, entries: [], problems: problems.sort(byPosition) };
  const schemas = makeSchemas(catalog);
  const entries: Entry[] = [];
  const candidates = findEntryFiles(contentDir, catalog, problems).map((c) => ({ ...c, file: displayPath(c.absolute), id: path.basename(c.absolute, '.md') }));
  const results = checkFiles(candidates, contentDir, schemas);
  const unread = new Map<ContentType, Set<string>>();
  candidates.forEach((candidate, index) => {
    const { file, id } = candidate;
    const result = results[index];
    const badId = idProblem(id);
    if (badId) problems.push({ file, line: 1, column: 1, severity: 'error', message: `file name: ${badId}`, hint: 'the id is the file name without .md' });
    for (const p of result.problems) problems.push({ file, severity: 'error', ...p });
    for (const w of result.warnings) problems.push({ file, severity: 'warning', ...w });
    if (!result.entry && !badId) {
      // Its frontmatter could not be read, but the file is there: references to it are not missing.
      if (!unread.has(candidate.type)) unread.set(candidate.type, new Set());
      unread.get(candidate.type)!.add(id);
    }
    if (result.entry && !badId) {
      result.entry.folder = candidate.folder;
      entries.push(result.entry);
      if (candidate.type === 'case' && result.entry.valid) {
        const prefix = `${String(result.entry.data.jurisdiction).toLowerCase()}-`;
        if (!id.startsWith(prefix))
          problems.push({
            file,
            line: 1,
            column: 1,
            severity: 'warning',
            message: `case ids are best written <jurisdiction>-<year>-<short-name>, e.g. ${prefix}${String(result.entry.data.decided).slice(0, 4)}-…`,
            hint: 'ids are permanent: rename now (npm run move) or keep it',
          });
      }
    }
  });
  problems.push(...crossCheck(entries, catalog, unread));
  const published = entries.filter((e) => e.valid).sort((a, b) => a.type.localeCompare(b.type) || a.id.localeCompare(b.id));
  return { contentDir, catalog, entries: published, problems: problems.sort(byPosition) };
}
