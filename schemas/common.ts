/** Field types shared by every content type: ids, dates, links, review, bookkeeping. */
import { z } from 'astro/zod';
import type { Catalog } from './catalog.ts';
import { textError } from './value-kinds.ts';
import { termSchema } from './vocabulary.ts';

export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const ID_MAX_LENGTH = 80;

/** Why an id is not acceptable, or undefined when it is. */
export function idProblem(id: string): string | undefined {
  if (id.length > ID_MAX_LENGTH) return `an id is at most ${ID_MAX_LENGTH} characters; "${id}" has ${id.length}`;
  if (!ID_PATTERN.test(id)) {
    const fixed = id
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
    return `"${id}" is not a valid id: use lower-case ASCII letters, digits and single hyphens` + (fixed && fixed !== id ? ` (e.g. "${fixed}")` : '');
  }
  return undefined;
}

export const idSchema = z
  .string()
  .max(ID_MAX_LENGTH, { error: textError(idProblem), abort: true })
  .regex(ID_PATTERN, { error: textError(idProblem) })
  .meta({
    description: 'a permanent id: lower-case ASCII letters, digits and single hyphens, at most 80 characters',
    example: 'echr-2005-siliadin-v-france',
    kind: 'id',
  });

/** YAML parsers differ: js-yaml (Astro) gives Date objects for dates, `yaml` gives strings. */
const dateInput = (value: unknown) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value);

function isRealDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const YEAR_OR_DATE_PATTERN = /^\d{4}(-\d{2}-\d{2})?$/;

/** A calendar date written YYYY-MM-DD, not in the future. */
export const dateSchema = z.preprocess(
  dateInput,
  z
    .string({ error: (issue) => (issue.input === undefined ? undefined : 'a date is written YYYY-MM-DD, e.g. 2005-07-26') })
    .regex(DATE_PATTERN, { error: textError((value) => `"${value}" is not a date written YYYY-MM-DD, e.g. 2005-07-26`), abort: true })
    .meta({ description: 'a date written YYYY-MM-DD', example: '2005-07-26', kind: 'date' })
    .superRefine((value, ctx) => {
      // The form is checked; a pattern cannot tell 2005-02-30 from a real day, nor today from the future.
      if (!isRealDate(value)) {
        ctx.addIssue({ code: 'custom', message: `"${value}" is not a real calendar date` });
      } else if (value > today()) {
        ctx.addIssue({ code: 'custom', message: `${value} is in the future: give the date the decision was delivered` });
      }
    }),
);

const neitherYearNorDate = (text: string) => `"${text}" is neither a year (2009) nor a date written YYYY-MM-DD`;

/** A year (`2009`) or a date (`2009-05-01`), for publications. */
export const publishedSchema = z.preprocess(
  dateInput,
  z
    .union([z.number(), z.string().regex(YEAR_OR_DATE_PATTERN, { error: textError(neitherYearNorDate) })], {
      error: () => 'give the year of publication (2009) or a date (2009-05-01)',
    })
    .meta({ description: 'year of publication, or the full date', example: '2009', kind: 'year-or-date' })
    .superRefine((value, ctx) => {
      // Text out of the form has had its message from the pattern; a number YAML read (2009) has no pattern.
      if (typeof value === 'string' && !YEAR_OR_DATE_PATTERN.test(value)) return;
      const text = String(value);
      const thisYear = new Date().getUTCFullYear();
      if (/^\d{4}$/.test(text)) {
        if (Number(text) < 1800 || Number(text) > thisYear) ctx.addIssue({ code: 'custom', message: `${text} is not a plausible year of publication` });
      } else if (!DATE_PATTERN.test(text) || !isRealDate(text)) {
        ctx.addIssue({ code: 'custom', message: neitherYearNorDate(text) });
      } else if (text > today()) {
        ctx.addIssue({ code: 'custom', message: `${text} is in the future` });
      }
    }),
);

/**
 * Case-insensitive, as schemes are (`HTTPS://` is valid); JSON Schema patterns have no flags, so
 * the editor schema asks for lower case.
 */
const WEB_ADDRESS_PATTERN = /^https?:\/\//i;

/** A web address: only https: or http: (never javascript:, data: or file:). */
export const urlSchema = z
  .string()
  .regex(WEB_ADDRESS_PATTERN, {
    error: textError((value) => webUrlProblem(value) ?? `"${value}" is not a complete web address: it must start with https://`),
    abort: true,
  })
  .meta({
    description: 'a web address starting with https:// (or http://); give it only when certain of it',
    example: 'https://hudoc.echr.coe.int/eng?i=001-69891',
    kind: 'web-address',
  })
  .superRefine((value, ctx) => {
    // The start is checked; the rest must still parse as an address ("https://" alone does not).
    const problem = webUrlProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export function webUrlProblem(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `"${value}" is not a complete web address: it must start with https://`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return `links must be https: or http:, not "${url.protocol}"`;
  }
  return undefined;
}

export const keywordsSchema = z
  .array(
    z
      .string()
      .min(1)
      .superRefine((value, ctx) => {
        if (value !== value.toLowerCase()) ctx.addIssue({ code: 'custom', message: `keywords are lower case: write "${value.toLowerCase()}"` });
      }),
  )
  .meta({ description: 'free tags, lower case', example: '[domestic servitude, positive obligations]' });

export const contributorsSchema = z.array(z.string().min(1)).meta({ description: 'names or handles of the people who wrote the summary', example: '[jdoe]' });

export const formerIdsSchema = z
  .array(idSchema)
  .meta({ description: 'old ids that must keep working as redirects; written by `npm run move`', example: '[echr-2005-siliadin]' });

export function reviewSchema(catalog: Catalog) {
  return z
    .strictObject({
      status: termSchema(catalog.vocabularies['review-status'], 'review status').meta({
        description: 'draft (written from secondary sources) or verified (checked against the primary source)',
        example: 'draft',
      }),
      checkedAgainst: z
        .string()
        .min(1)
        .optional()
        .meta({ description: 'the primary source the summary was checked against', example: 'Judgment of 26 July 2005, official English text (HUDOC)' }),
      reviewer: z.string().min(1).optional().meta({ description: 'who checked it', example: 'jdoe' }),
      date: dateSchema.optional().meta({ description: 'when it was checked', example: '2026-11-24' }),
    })
    .meta({ description: 'the editorial state of the entry', example: '{status: draft}' })
    .superRefine((review, ctx) => {
      if (review.status === 'verified' && !review.checkedAgainst) {
        ctx.addIssue({
          code: 'custom',
          path: ['status'],
          message: 'a verified entry must say what it was checked against: add review.checkedAgainst, or set status: draft',
        });
      }
    });
}
