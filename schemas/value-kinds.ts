/**
 * Values with a rule beyond their JSON type: a closed list (`z.enum`) or a format (`.regex()`).
 * Each schema says its kind with `.meta({ kind })` where it is defined; zod passes metadata on to
 * every copy made with `.meta()` or `.optional()`, and `z.toJSONSchema` writes it into the JSON
 * Schema, where the generated reference reads it. The validator words these values' issues in
 * full (src/lib/corpus/schema-issues.ts).
 */
export const VALUE_KINDS = ['term', 'date', 'year-or-date', 'web-address', 'language', 'id', 'jurisdiction', 'country', 'article', 'entry-ref'] as const;
export type ValueKind = (typeof VALUE_KINDS)[number];

/** The metadata the content schemas give besides `description` and `example`. */
export interface ValueMeta {
  kind?: ValueKind;
  /** For a `term`: the vocabulary's field name (`courtLevel`). */
  vocabulary?: string;
  /** Shown under the message when the value is not in the list or not in the form. */
  hint?: string;
}

/**
 * The `error` of a closed list or a format: `message` words a wrong text value, naming it. A value
 * that is not text at all is left to the validator, which words it as for any text field
 * ("is required", "must be text").
 */
export function textError(message: (value: string) => string | undefined) {
  return (issue: { input?: unknown }) => (typeof issue.input === 'string' ? message(issue.input) : undefined);
}
