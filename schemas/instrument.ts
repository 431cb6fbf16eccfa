/**
 * UNTOC and its Protocols (content/instruments/<CODE>.yaml): article numbers and titles, what
 * each article requires paragraph by paragraph (in the project's own words), related articles,
 * and where the authentic text can be read.
 */
import { z } from 'astro/zod';
import { urlSchema } from './common.ts';
import { partialLabelsSchema } from './languages.ts';

export const INSTRUMENT_CODES = ['UNTOC', 'TIP', 'SOM'] as const;
export type InstrumentCode = (typeof INSTRUMENT_CODES)[number];

/** How many articles each instrument has; the data files must list exactly these. */
export const ARTICLE_COUNTS: Record<InstrumentCode, number> = { UNTOC: 41, TIP: 20, SOM: 25 };

/** A paragraph (`1`) or sub-paragraph (`a`) of an article: the pinpoint of `TIP-3(a)`. */
export const PINPOINT_FORM = '[a-z]|[0-9]{1,2}';
export const PINPOINT_PATTERN = new RegExp(`^(?:${PINPOINT_FORM})$`);
/** A whole article: `TIP-5`. */
export const ARTICLE_KEY_PATTERN = new RegExp(`^(?:${INSTRUMENT_CODES.join('|')})-[1-9][0-9]*$`);

const looseDate = z.preprocess((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v), z.string().regex(/^\d{4}-\d{2}-\d{2}$/));

export const instrumentFileSchema = z
  .strictObject({
    code: z.enum(INSTRUMENT_CODES),
    title: partialLabelsSchema,
    shortTitle: partialLabelsSchema,
    adopted: looseDate.optional(),
    entryIntoForce: looseDate.optional(),
    officialText: z
      .array(z.strictObject({ title: z.string().min(2), url: urlSchema }))
      .optional()
      .meta({
        description: 'where the authentic text can be read; only addresses that are certain',
        example: '[{title: United Nations Treaty Collection, url: https://treaties.un.org/…}]',
      }),
    articles: z.array(
      z.strictObject({
        number: z.number().int().positive(),
        title: partialLabelsSchema,
        /** What the article requires, paragraph by paragraph, in our own words (English). */
        paragraphs: z
          .array(
            z.strictObject({
              pinpoint: z.string().regex(PINPOINT_PATTERN, { error: 'a pinpoint is the paragraph number ("1") or sub-paragraph letter ("a")' }).optional(),
              text: z.string().min(10),
            }),
          )
          .optional(),
        /** Articles a reader of this one should read next: `TIP-5`, `SOM-3`, `UNTOC-5`. */
        related: z.array(z.string().regex(ARTICLE_KEY_PATTERN, { error: 'a related article is written CODE-NUMBER, e.g. "TIP-5"' })).optional(),
      }),
    ),
  })
  .superRefine((instrument, ctx) => {
    const expected = ARTICLE_COUNTS[instrument.code];
    instrument.articles.forEach((article, index) => {
      if (article.number !== index + 1) {
        ctx.addIssue({
          code: 'custom',
          path: ['articles', index, 'number'],
          message: `articles are listed in order: expected article ${index + 1}, found ${article.number}`,
        });
      }
    });
    instrument.articles.forEach((article, index) => {
      const pins = (article.paragraphs ?? []).map((p) => p.pinpoint).filter((p) => p !== undefined);
      pins.forEach((pin, i) => {
        if (pins.indexOf(pin) !== i)
          ctx.addIssue({ code: 'custom', path: ['articles', index, 'paragraphs'], message: `article ${article.number} lists paragraph "${pin}" twice` });
      });
      article.related?.forEach((ref, i) => {
        if (ref === `${instrument.code}-${article.number}`)
          ctx.addIssue({ code: 'custom', path: ['articles', index, 'related', i], message: `article ${article.number} is listed as related to itself` });
      });
    });
    if (instrument.articles.length !== expected) {
      ctx.addIssue({
        code: 'custom',
        path: ['articles'],
        message: `${instrument.code} has ${expected} articles; this file lists ${instrument.articles.length}`,
      });
    }
  });
export type Instrument = z.infer<typeof instrumentFileSchema>;
