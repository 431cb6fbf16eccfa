/**
 * Closed lists (content/vocabularies/*.yaml): the file format, and zod enums built from the data
 * so that the schema, the filters, the facet labels and the generated reference share one list.
 */
import { z } from 'astro/zod';
import { labelsSchema } from './languages.ts';
import { suggest } from './suggest.ts';
import { textError } from './value-kinds.ts';

export const vocabularyFileSchema = z.strictObject({
  /** The frontmatter field the list serves, e.g. `purposes`. */
  field: z.string().min(1),
  label: labelsSchema,
  terms: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$/, 'a term id is letters, digits and single hyphens'),
        label: labelsSchema,
        description: z.strictObject({ en: z.string() }).partial().optional(),
        /** bodies.yaml only: the UN region a regional body serves (a universal body has none). */
        region: z.string().optional(),
      }),
    )
    .min(1),
});
export type Vocabulary = z.infer<typeof vocabularyFileSchema>;

/** Vocabulary file names (without .yaml) in content/vocabularies/. */
export const VOCABULARY_NAMES = [
  'court-level',
  'outcome',
  'acts',
  'means',
  'purposes',
  'form',
  'sectors',
  'verdict',
  'gender',
  'legal-system',
  'audience',
  'review-status',
  'regions',
  'bodies',
] as const;
export type VocabularyName = (typeof VOCABULARY_NAMES)[number];

/**
 * A field whose value is one term of a vocabulary. `noun` names one value in messages:
 * `unknown purpose "forced-labor" (did you mean "forced-labour"?)`.
 */
export function termSchema(vocabulary: Vocabulary, noun: string) {
  const ids = vocabulary.terms.map((t) => t.id) as [string, ...string[]];
  return z
    .enum(ids, {
      error: textError((value) => {
        const guess = suggest(value, ids);
        return `unknown ${noun} "${value}"` + (guess ? ` (did you mean "${guess}"?)` : '');
      }),
    })
    .meta({
      description: `one of the ${vocabulary.field} vocabulary`,
      example: ids[0],
      kind: 'term',
      vocabulary: vocabulary.field,
      hint: `allowed values: ${ids.join(', ')}`,
    });
}
