/**
 * Checks answers with the content schemas themselves, so that the scaffolder speaks exactly
 * like `npm run validate`: one answer as it is typed, or a whole draft before it is written.
 */
import type { z } from 'astro/zod';
import { suggest } from '../../../schemas/suggest.ts';
import { describeIssue, objectKeys, schemaAt } from '../../../src/lib/corpus/schema-issues.ts';

export interface DraftProblem {
  /** Top-level frontmatter field the problem is about, when there is one. */
  field?: string;
  message: string;
  hint?: string;
}

/** An empty answer is a missing answer: "citation is required: …", not "too short". */
const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

/** The validator's message for the value at `path` (e.g. ['decided']), or undefined when it is valid. */
export function fieldProblem(root: z.ZodType, path: readonly PropertyKey[], value: unknown): string | undefined {
  const found = schemaAt(root, path);
  if (!found) throw new Error(`no field ${path.join('.')} in this schema`);
  const result = found.schema.safeParse(blankToUndefined(value), { reportInput: true });
  if (result.success) return undefined;
  const [issue] = result.error.issues;
  return describeIssue(root, { ...issue, path: [...path, ...issue.path] } as z.core.$ZodIssue).message;
}

/** Every problem of a whole draft frontmatter, in the validator's words. */
export function draftProblems(root: z.ZodType, data: Record<string, unknown>): DraftProblem[] {
  const result = root.safeParse(data, { reportInput: true });
  if (result.success) return [];
  const problems: DraftProblem[] = [];
  for (const issue of result.error.issues) {
    const field = typeof issue.path[0] === 'string' ? issue.path[0] : undefined;
    if (issue.code === 'unrecognized_keys') {
      // Worded as checkAgainstSchema words it (src/lib/corpus/schema-issues.ts); a custom issue
      // through describeIssue adds the same "source 1: " context for nested fields.
      const known = objectKeys(root, issue.path);
      for (const key of issue.keys) {
        const guess = suggest(key, known);
        const message = `unknown field "${key}"` + (guess ? ` (did you mean "${guess}"?)` : '');
        problems.push({
          field: field ?? key,
          message: describeIssue(root, { code: 'custom', path: [...issue.path, key], message, input: undefined } as z.core.$ZodIssue).message,
          hint: known.length ? `fields allowed here: ${known.join(', ')}` : undefined,
        });
      }
      continue;
    }
    problems.push({ field, ...describeIssue(root, issue) });
  }
  return problems;
}
