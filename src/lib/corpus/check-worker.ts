/** The worker half of check-files.ts: checks the files it is given and posts the results. */
import { workerData } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import { makeSchemas } from '../../../schemas/index.ts';
import { checkOne, type FileToCheck, type PortableResult } from './check-files.ts';
import { loadCatalog } from './data-files.ts';
import { displayPath } from './problem.ts';

const { files, contentDir, port, flag } = workerData as { files: FileToCheck[]; contentDir: string; port: MessagePort; flag: Int32Array };
try {
  const { catalog } = loadCatalog(contentDir, displayPath);
  if (!catalog) throw new Error('the vocabularies or instruments do not load');
  const schemas = makeSchemas(catalog);
  const results: PortableResult[] = files.map((file) => {
    const { entry, problems, warnings, ...frontmatter } = checkOne(file, schemas) as ReturnType<typeof checkOne> & { yaml?: string; yamlFirstLine?: number };
    if (!entry) return { problems, warnings };
    const { where: _, ...portable } = entry;
    return { problems, warnings, entry: { ...portable, yaml: frontmatter.yaml ?? '', yamlFirstLine: frontmatter.yamlFirstLine ?? 1 } };
  });
  port.postMessage({ results });
} catch (error) {
  port.postMessage({ error: String(error) });
} finally {
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
}
