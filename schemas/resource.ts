/** Tools, issue papers and model laws: content/{tools,issue-papers,model-laws}/<id>.md. */
import { z } from 'astro/zod';
import type { Catalog } from './catalog.ts';
import { contributorsSchema, dateSchema, formerIdsSchema, idSchema, keywordsSchema, publishedSchema, reviewSchema, urlSchema } from './common.ts';
import { languageSchema } from './languages.ts';
import { articleRefSchema } from './references.ts';
import { termSchema } from './vocabulary.ts';

function resourceFields(catalog: Catalog) {
  const v = catalog.vocabularies;
  return {
    title: z.string().min(3).max(300).meta({ description: 'the title as published', example: 'Toolkit to Combat Trafficking in Persons' }),
    publisher: z.string().min(2).meta({ description: 'who published it', example: 'UNODC' }),
    published: publishedSchema,
    language: languageSchema.meta({ description: 'the language of this description', example: 'en' }),
    availableIn: z.array(languageSchema).optional().meta({ description: 'languages the document itself is published in', example: '[en, fr, es]' }),
    url: urlSchema.optional(),
    articles: z.array(articleRefSchema(catalog)).optional().meta({ description: 'treaty articles it addresses', example: '[TIP-3, TIP-5]' }),
    audience: z.array(termSchema(v.audience, 'audience')).optional().meta({ description: 'who it is written for', example: '[judges, prosecutors]' }),
    purposes: z.array(termSchema(v.purposes, 'purpose')).optional().meta({ description: 'forms of exploitation it addresses', example: '[forced-labour]' }),
    keywords: keywordsSchema.optional(),
    review: reviewSchema(catalog),
    contributors: contributorsSchema.optional(),
    updated: dateSchema.optional().meta({ description: 'date of the last substantive change', example: '2026-11-24' }),
    formerIds: formerIdsSchema.optional(),
  };
}

export function toolSchema(catalog: Catalog) {
  return z.strictObject(resourceFields(catalog)).meta({ description: 'a manual, toolkit, practical guide or training curriculum' });
}

export function issuePaperSchema(catalog: Catalog) {
  return z.strictObject(resourceFields(catalog)).meta({ description: 'a thematic study' });
}

export function modelLawSchema(catalog: Catalog) {
  const provision = z.strictObject({
    id: idSchema.meta({ description: 'anchor of the provision, unique within the model law', example: 'art-8' }),
    number: z.string().min(1).optional().meta({ description: 'the number as printed', example: 'Article 8' }),
    title: z.string().min(2).meta({ description: 'the title of the provision', example: 'Trafficking in persons' }),
    articles: z.array(articleRefSchema(catalog)).meta({ description: 'treaty articles the provision implements', example: '[TIP-5, TIP-3(a)]' }),
    summary: z
      .string()
      .min(10)
      .meta({ description: 'what the provision does, in your own words', example: 'Makes trafficking in persons a criminal offence.' }),
  });
  return z
    .strictObject({
      ...resourceFields(catalog),
      provisions: z
        .array(provision)
        .min(1, { error: 'a model law lists its provisions' })
        .meta({
          description: 'the provisions, each mapped to treaty articles',
          example: '[{id: art-8, number: Article 8, title: Trafficking in persons, articles: [TIP-5], summary: …}]',
        })
        .superRefine((provisions, ctx) => {
          const seen = new Set<string>();
          provisions.forEach((p, index) => {
            if (seen.has(p.id)) ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `provision id "${p.id}" is used twice in this model law` });
            seen.add(p.id);
          });
        }),
    })
    .meta({ description: 'model legislation, with its provisions mapped to treaty articles' });
}
