/**
 * From answers to a file: complete the draft, check it as the validator would, derive the id and
 * the path, refuse to take an id that is in use, render, write, and check the written file.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { makeSchemas, type Catalog, type ContentType, type Schemas } from '../../../schemas/index.ts';
import { idProblem } from '../../../schemas/common.ts';
import { loadCorpus, type Corpus } from '../../../src/lib/corpus/load-corpus.ts';
import type { Problem } from '../../../src/lib/corpus/problem.ts';
import { completeDraft, deriveId, type Draft } from './draft.ts';
import { draftProblems, type DraftProblem } from './field-check.ts';
import { renderEntry } from './render.ts';
import { entryFile, idConflicts, itemRefProblem } from './target.ts';

export interface Content {
  contentDir: string;
  corpus: Corpus;
  catalog: Catalog;
  schemas: Schemas;
}

/** Reads the content folder once; fails only when the vocabularies or instruments are broken. */
export function openContent(contentDir: string): Content | { problems: Problem[] } {
  const corpus = loadCorpus(contentDir);
  if (!corpus.catalog) return { problems: corpus.problems };
  return { contentDir, corpus, catalog: corpus.catalog, schemas: makeSchemas(corpus.catalog) };
}

export interface PlanRequest {
  type: ContentType;
  answers: Draft;
  /** Overrides the derived id. */
  id?: string;
  /** Overwrite an existing file, and take an id that is in use elsewhere. */
  force?: boolean;
}

export type Plan =
  { ok: true; type: ContentType; id: string; file: string; text: string; draft: Draft; warnings: string[] } | { ok: false; problems: DraftProblem[] };

/** Cross-file checks the schema cannot do: collection items must resolve. */
function referenceProblems(type: ContentType, draft: Draft, content: Content): DraftProblem[] {
  if (type !== 'collection' || !Array.isArray(draft.items)) return [];
  return draft.items.flatMap((item: { ref?: unknown }) => {
    const problem = typeof item?.ref === 'string' ? itemRefProblem(item.ref, content.corpus.entries) : undefined;
    return problem ? [{ field: 'items', message: problem }] : [];
  });
}

export function planEntry(content: Content, request: PlanRequest): Plan {
  const { type } = request;
  const schema = content.schemas[type];
  const draft = completeDraft(type, request.answers);
  // A case's source defaults to its citation: when both are missing, "citation is required" says it all.
  const sourceFollowsCitation = type === 'case' && request.answers.sources === undefined && draft.sources === undefined;
  const problems = [...draftProblems(schema, draft), ...referenceProblems(type, draft, content)].filter(
    (p) => !(sourceFollowsCitation && p.field === 'sources'),
  );
  if (problems.length) return { ok: false, problems };

  const id = request.id ?? deriveId(type, draft);
  if (!id) {
    return {
      ok: false,
      problems: [
        {
          field: 'id',
          message: `no id can be made from the title "${String(draft.title)}": it has no Latin letters or digits`,
          hint:
            'give the id with --id, e.g. --id ' +
            (type === 'case' ? `${String(draft.jurisdiction).toLowerCase()}-${String(draft.decided).slice(0, 4)}-short-name` : 'short-name'),
        },
      ],
    };
  }
  const badId = idProblem(id);
  if (badId)
    return {
      ok: false,
      problems: [{ field: 'id', message: badId, hint: 'the id is the file name and the URL: lower-case ASCII letters, digits and single hyphens' }],
    };

  const file = entryFile(content.contentDir, type, id, draft.jurisdiction as string | undefined);
  const conflicts = idConflicts(content.contentDir, type, id, file, content.corpus.entries);
  if (conflicts.length && !request.force) {
    return {
      ok: false,
      problems: conflicts.map((c) => ({
        field: 'id',
        message: c.message,
        hint: c.sameFile
          ? 'choose another id with --id, or add --force to overwrite the file'
          : 'choose another id with --id (ids are permanent: an existing one is never reused)',
      })),
    };
  }
  const warnings = conflicts.filter((c) => !c.sameFile).map((c) => `--force: ${c.message}`);
  return { ok: true, type, id, file, text: renderEntry(type, draft, schema, content.catalog), draft, warnings };
}

export function writeEntry(plan: Extract<Plan, { ok: true }>): void {
  mkdirSync(path.dirname(plan.file), { recursive: true });
  writeFileSync(plan.file, plan.text);
}

/** The validator's problems for one file, with the whole corpus loaded as `npm run validate` does. */
export function problemsFor(contentDir: string, file: string): Problem[] {
  const wanted = path.resolve(file);
  return loadCorpus(contentDir).problems.filter((p) => path.resolve(p.file) === wanted);
}

/** 1-based lines that still hold a sentence to replace. */
export { placeholderLines } from '../../../src/lib/corpus/placeholders.ts';
