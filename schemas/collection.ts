/** A trainer's reading list: content/collections/<id>.md. */
import { z } from 'astro/zod';
import type { Catalog } from './catalog.ts';
import { contributorsSchema, dateSchema, formerIdsSchema } from './common.ts';
import { languageSchema } from './languages.ts';
import { textError } from './value-kinds.ts';
import { termSchema } from './vocabulary.ts';

/** `cases/<id>`, `model-laws/<id>#<provision>`: what a collection item points at. */
export const ITEM_REF_PATTERN = /^(cases|tools|issue-papers|model-laws|collections)\/([a-z0-9]+(?:-[a-z0-9]+)*)(?:#([a-z0-9]+(?:-[a-z0-9]+)*))?$/;

/** Why a reference is not in the form, with the fix for a file path or a case's folder given instead. */
function itemRefProblem(value: string): string {
  const trimmed = value
    .replace(/^\/+|\/+$/g, '')
    .replace(/^content\//, '')
    .replace(/\.md$/, '');
  const caseInFolder = /^cases\/[a-z0-9-]+\/([a-z0-9-]+)$/.exec(trimmed);
  const guess = caseInFolder ? `cases/${caseInFolder[1]}` : trimmed;
  return (
    `"${value}" is not a reference like "cases/<id>" or "model-laws/<id>#<provision id>"` +
    (guess !== value && ITEM_REF_PATTERN.test(guess) ? ` (did you mean "${guess}"?)` : '')
  );
}

export function collectionSchema(catalog: Catalog) {
  return z
    .strictObject({
      title: z.string().min(3).max(300).meta({ description: 'the title of the session or reading list', example: 'The three elements of the definition' }),
      language: languageSchema.meta({ description: 'the language of the collection', example: 'en' }),
      audience: z.array(termSchema(catalog.vocabularies.audience, 'audience')).optional().meta({ description: 'who it is for', example: '[judges, trainers]' }),
      items: z
        .array(
          z.strictObject({
            ref: z
              .string()
              .regex(ITEM_REF_PATTERN, { error: textError(itemRefProblem) })
              .meta({
                description: '<folder>/<id> of an entry, optionally #<provision id> for a model-law provision',
                example: 'cases/echr-2005-siliadin-v-france',
                kind: 'entry-ref',
              }),
            note: z
              .string()
              .min(1)
              .optional()
              .meta({ description: 'why this item is on the list, what to look for', example: 'Read paras 112–129 on servitude.' }),
            paragraph: z.number().int().min(1).optional().meta({
              description: 'a numbered paragraph of the entry’s body to point at (the number shown beside it on the entry’s page); it must exist',
              example: '4',
            }),
          }),
        )
        .min(1, { error: 'a collection needs at least one item' })
        .meta({ description: 'ordered list of {ref, note?, paragraph?}', example: '[{ref: cases/echr-2005-siliadin-v-france, note: …}]' }),
      contributors: contributorsSchema.optional(),
      updated: dateSchema.optional().meta({ description: 'date of the last substantive change', example: '2026-11-24' }),
      formerIds: formerIdsSchema.optional(),
    })
    .meta({ description: 'a trainer’s collection: an ordered reading list with notes' });
}
