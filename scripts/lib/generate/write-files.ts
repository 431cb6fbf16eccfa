/**
 * Writing generated files, or comparing them with what is on disk. A schema file left behind
 * in schemas/json/ by a removed content type counts as stale too, so it cannot linger.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { EDITOR_SCHEMA_DIR, type GeneratedFile } from './generated-files.ts';

export interface StaleFile {
  path: string;
  why: 'missing' | 'out of date' | 'no longer generated';
}

function leftovers(files: GeneratedFile[], root: string): string[] {
  const dir = path.join(root, EDITOR_SCHEMA_DIR);
  if (!existsSync(dir)) return [];
  const expected = new Set(files.map((f) => f.path));
  return readdirSync(dir)
    .filter((name) => name.endsWith('.schema.json'))
    .map((name) => `${EDITOR_SCHEMA_DIR}/${name}`)
    .filter((file) => !expected.has(file))
    .sort();
}

export function staleFiles(files: GeneratedFile[], root: string): StaleFile[] {
  const stale: StaleFile[] = [];
  for (const file of files) {
    const absolute = path.join(root, file.path);
    if (!existsSync(absolute)) stale.push({ path: file.path, why: 'missing' });
    // Bytes, not text: a file with CRLF line ends or a BOM is stale too.
    else if (!readFileSync(absolute).equals(Buffer.from(file.text, 'utf8'))) stale.push({ path: file.path, why: 'out of date' });
  }
  for (const file of leftovers(files, root)) stale.push({ path: file, why: 'no longer generated' });
  return stale;
}

/** Writes what changed, removes what is no longer generated; returns what it did. */
export function writeFiles(files: GeneratedFile[], root: string): StaleFile[] {
  const changed = staleFiles(files, root);
  for (const { path: file, why } of changed) {
    const absolute = path.join(root, file);
    if (why === 'no longer generated') {
      rmSync(absolute);
      continue;
    }
    mkdirSync(path.dirname(absolute), { recursive: true });
    writeFileSync(absolute, files.find((f) => f.path === file)!.text);
  }
  return changed;
}
