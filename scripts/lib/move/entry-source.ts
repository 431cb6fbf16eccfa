/**
 * The two parts of an entry file with their offsets in the file's text, so that a value found in
 * the YAML tree or a link found in the Markdown tree can be edited where it is written.
 */
import { parseDocument, type Document } from 'yaml';
import { splitFrontmatter } from '../../../src/lib/corpus/frontmatter.ts';
import { MoveError } from './move-error.ts';
import type { TextFile } from './text-file.ts';

export interface EntrySource {
  /** The frontmatter's YAML; node ranges are offsets in it, `yamlStart` makes them file offsets. */
  doc: Document.Parsed;
  yaml: string;
  yamlStart: number;
  /** Where the closing --- line starts: new top-level keys go just before it. */
  closingFence: number;
  body: string;
  bodyStart: number;
}

export function entrySource(file: TextFile, display: string): EntrySource {
  const split = splitFrontmatter(file.text);
  if (!split.ok) throw new MoveError(`${display}:${split.line}:${split.column}: ${split.message}`);
  const yamlStart = file.text.indexOf('\n') + 1;
  const closingFence = yamlStart + split.yaml.length + (split.yaml.length ? 1 : 0);
  const bodyStart = Math.min(file.text.indexOf('\n', closingFence) + 1 || file.text.length, file.text.length);
  const doc = parseDocument(split.yaml);
  if (doc.errors.length) throw new MoveError(`${display}: the frontmatter is not valid YAML: run npm run validate`);
  return { doc, yaml: split.yaml, yamlStart, closingFence, body: split.body, bodyStart };
}
