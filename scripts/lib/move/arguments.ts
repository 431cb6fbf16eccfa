/**
 * What the contributor typed, understood the forgiving way: `cases/<id>`, `cases/gbr/<id>`,
 * `content/cases/gbr/<id>.md` and a site path `/cases/<id>/` all name the same case.
 */
import { FOLDERS, typeOfFolder, type ContentType } from '../../../schemas/index.ts';

export interface EntryName {
  type: ContentType;
  id: string;
  /** For cases named with their jurisdiction folder. */
  folder?: string;
}

const FOLDER_LIST = Object.values(FOLDERS).join(', ');

export function parseEntryName(argument: string): EntryName | { problem: string } {
  const segments = argument
    .replace(/\\/g, '/')
    .replace(/\.md$/, '')
    .split('/')
    .filter((s) => s !== '' && s !== '.');
  // The last content folder in the path that is followed by <id> (or, for cases, <folder>/<id>).
  for (let i = segments.length - 2; i >= 0; i--) {
    const type = typeOfFolder(segments[i]);
    const rest = segments.slice(i + 1);
    if (type && rest.length === 1) return { type, id: rest[0] };
    if (type === 'case' && rest.length === 2) return { type, id: rest[1], folder: rest[0] };
  }
  return { problem: `"${argument}" does not name an entry: write <folder>/<id>, e.g. cases/gbr-2013-l-hvn-thn-t-v-r (folders: ${FOLDER_LIST})` };
}

/** The new id: a bare id, or the same folder again (`cases/<new-id>`), never another type. */
export function parseNewId(argument: string, from: EntryName & { folder?: string }): { id: string } | { problem: string } {
  if (!/[\\/]/.test(argument)) return { id: argument.replace(/\.md$/, '') };
  const named = parseEntryName(argument);
  if ('problem' in named) return { problem: `"${argument}" is not a new id: give the id only, e.g. ${from.id}-v2` };
  if (named.type !== from.type) {
    return {
      problem: `a move keeps the content type: ${FOLDERS[from.type]}/${from.id} cannot become ${FOLDERS[named.type]}/${named.id}; give the new id only`,
    };
  }
  if (named.folder && from.folder && named.folder !== from.folder) {
    return {
      problem: `a move keeps the jurisdiction folder (${from.folder}): to change the jurisdiction, correct the jurisdiction field and move the file to content/cases/${named.folder}/ by hand`,
    };
  }
  return { id: named.id };
}
