/** UNTOC and its Protocols (content/instruments/<CODE>.yaml): article numbers and titles. */
import { z } from 'astro/zod';
import { partialLabelsSchema } from './languages.ts';

export const INSTRUMENT_CODES = ['UNTOC', 'TIP', 'SOM'] as const;
export type InstrumentCode = (typeof INSTRUMENT_CODES)[number];

/** How many articles each instrument has; the data files must list exactly these. */
export const ARTICLE_COUNTS: Record<InstrumentCode, number> = { UNTOC: 41, TIP: 20, SOM: 25 };

const looseDate = z.preprocess((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v), z.string().regex(/^\d{4}-\d{2}-\d{2}$/));

export const instrumentFileSchema = z
  .strictObject({
    code: z.enum(INSTRUMENT_CODES),
    title: partialLabelsSchema,
    shortTitle: partialLabelsSchema,
    adopted: looseDate.optional(),
    entryIntoForce: looseDate.optional(),
    articles: z.array(
      z.strictObject({
        number: z.number().int().positive(),
        title: partialLabelsSchema,
      }),
    ),
  })
  .superRefine((instrument, ctx) => {
    const expected = ARTICLE_COUNTS[instrument.code];
    instrument.articles.forEach((article, index) => {
      if (article.number !== index + 1) {
        ctx.addIssue({ code: 'custom', path: ['articles', index, 'number'], message: `articles are listed in order: expected article ${index + 1}, found ${article.number}` });
      }
    });
    if (instrument.articles.length !== expected) {
      ctx.addIssue({ code: 'custom', path: ['articles'], message: `${instrument.code} has ${expected} articles; this file lists ${instrument.articles.length}` });
    }
  });
export type Instrument = z.infer<typeof instrumentFileSchema>;
