/** A case summary: content/cases/<jurisdiction>/<id>.md. See shared/spec/content-model.md. */
import { z } from 'astro/zod';
import type { Catalog } from './catalog.ts';
import { contributorsSchema, dateSchema, formerIdsSchema, keywordsSchema, reviewSchema, urlSchema } from './common.ts';
import { languageSchema } from './languages.ts';
import { articleRefSchema, countryCodeSchema, jurisdictionSchema } from './references.ts';
import { termSchema } from './vocabulary.ts';

export const CASE_RELATIONS = ['appeal-of', 'appealed-to', 'cites', 'cited-by', 'see-also'] as const;
export type CaseRelation = (typeof CASE_RELATIONS)[number];

/** What the other case's side of each relation is: a contributor writes one side, the site derives the other. */
export const INVERSE_RELATION: Record<CaseRelation, CaseRelation> = {
  'appeal-of': 'appealed-to',
  'appealed-to': 'appeal-of',
  cites: 'cited-by',
  'cited-by': 'cites',
  'see-also': 'see-also',
};

/** Body sections of a case, as `## ` headings, in this order. */
export const CASE_SECTIONS = [
  { heading: 'Facts', required: true },
  { heading: 'Procedural history', required: false },
  { heading: 'Decision', required: true },
  { heading: 'Sentence', required: false },
  { heading: 'Significance', required: false },
] as const;

const nonEmptyList = <T extends z.ZodType>(item: T, noun: string) => z.array(item).min(1, { error: `give at least one ${noun}` });

export function caseSchema(catalog: Catalog) {
  const v = catalog.vocabularies;
  const term = (name: keyof typeof v, noun: string) => termSchema(v[name], noun);
  const country = countryCodeSchema(catalog);

  const charge = z.strictObject({
    offence: z.string().min(1).meta({ description: 'the offence charged, in words', example: 'trafficking in persons for sexual exploitation' }),
    statute: z.string().min(1).optional().meta({ description: 'the provision charged', example: 'Modern Slavery Act 2015, s. 2' }),
    verdict: term('verdict', 'verdict').meta({ description: 'result of this charge', example: 'convicted' }),
    sentence: z.string().min(1).optional().meta({ description: 'sentence on this charge', example: '8 years’ imprisonment' }),
  });

  const defendant = z.strictObject({
    label: z
      .string()
      .min(1)
      .max(120)
      .meta({ description: 'initials, a role ("first defendant"), or the name of a legal person or a public official named in the judgment', example: 'S.T.' }),
    kind: z
      .enum(['natural', 'legal'], { error: 'kind is "natural" (a person) or "legal" (a company or other legal person)' })
      .meta({ description: 'natural or legal person', example: 'natural' }),
    gender: term('gender', 'gender').optional(),
    nationality: z.array(country).optional().meta({ description: 'nationalities, alpha-3 codes', example: '[NGA]' }),
    ageAtOffence: z.number().int().min(0).max(120).optional().meta({ description: 'age in years at the time of the offence', example: '34' }),
    charges: z
      .array(charge)
      .optional()
      .meta({ description: 'the charges and their outcome', example: '[{offence: trafficking in persons, verdict: convicted}]' }),
  });

  return z
    .strictObject({
      title: z.string().min(3).max(300).meta({ description: 'the name the decision is cited by, 3–300 characters', example: 'Siliadin v. France' }),
      jurisdiction: jurisdictionSchema(catalog),
      court: z
        .string()
        .min(2)
        .meta({ description: 'the court or body that gave the decision summarised', example: 'European Court of Human Rights (Second Section)' }),
      courtLevel: term('court-level', 'court level').meta({ description: 'first-instance, appellate, supreme or international', example: 'international' }),
      decided: dateSchema.meta({ description: 'date of the decision, YYYY-MM-DD, not in the future', example: '2005-07-26' }),
      citation: z
        .string()
        .min(2)
        .meta({ description: 'the official report citation, case or application number, as printed', example: 'Application no. 73316/01' }),
      identifiers: z
        .strictObject({
          ecli: z
            .string()
            .regex(/^ECLI:[A-Z]{2}:[A-Z0-9.]+:\d{4}:[A-Za-z0-9.]+$/, { error: 'an ECLI looks like ECLI:CE:ECHR:2005:0726JUD007331601' })
            .optional()
            .meta({ description: 'European Case Law Identifier', example: 'ECLI:CE:ECHR:2005:0726JUD007331601' }),
          unodc: z.string().min(1).optional().meta({ description: 'the SHERLOC case number', example: 'GBR001' }),
          neutral: z.string().min(1).optional().meta({ description: 'neutral citation', example: '[2013] EWCA Crim 991' }),
          docket: z.string().min(1).optional().meta({ description: 'docket or file number', example: 'No. 09-10195' }),
        })
        .optional()
        .meta({ description: 'external identifiers: ecli, unodc, neutral, docket', example: '{neutral: "[2013] EWCA Crim 991"}' }),
      language: languageSchema.meta({ description: 'the language this summary is written in', example: 'en' }),
      decisionLanguage: z.array(languageSchema).optional().meta({ description: 'language(s) of the judgment itself', example: '[fr]' }),
      legalSystem: term('legal-system', 'legal system').optional(),
      outcome: term('outcome', 'outcome').meta({ description: 'result of the decision for the defendant or applicant', example: 'violation' }),
      purposes: nonEmptyList(term('purposes', 'purpose'), 'purpose of exploitation').meta({
        description: 'forms of exploitation, one or more',
        example: '[domestic-servitude]',
      }),
      acts: z.array(term('acts', 'act')).optional().meta({ description: 'Protocol art. 3(a) acts', example: '[recruitment, transportation]' }),
      means: z.array(term('means', 'means')).optional().meta({ description: 'Protocol art. 3(a) means', example: '[deception, abuse-of-vulnerability]' }),
      form: z.array(term('form', 'form')).optional().meta({ description: 'transnational, internal, organized-criminal-group', example: '[transnational]' }),
      sectors: z.array(term('sectors', 'sector')).optional().meta({ description: 'sectors of exploitation', example: '[domestic-work]' }),
      articles: nonEmptyList(articleRefSchema(catalog), 'treaty article the decision engages (see docs/classification.md)').meta({
        description: 'the treaty provisions the decision engages: an editorial classification (docs/classification.md), whether or not the court cited them',
        example: '[TIP-3(a), TIP-5(1)]',
      }),
      articlesCited: z.array(articleRefSchema(catalog)).optional().meta({
        description: 'the provisions the decision itself cites or applies expressly; each must also be in articles',
        example: '[TIP-3(a)]',
      }),
      defendants: z.array(defendant).optional().meta({ description: 'defendants and their charges', example: '[{label: S.T., kind: natural}]' }),
      victims: z
        .strictObject({
          count: z.number().int().min(1).optional().meta({ description: 'number of victims', example: '3' }),
          minorsAtOffence: z.boolean().optional().meta({ description: 'whether any victim was a child at the time', example: 'true' }),
          genders: z.array(term('gender', 'gender')).optional().meta({ description: 'genders of the victims', example: '[female]' }),
          nationalities: z.array(country).optional().meta({ description: 'nationalities, alpha-3 codes', example: '[TGO]' }),
        })
        .optional()
        .meta({ description: 'a profile of the victims: never names, initials of minors or identifying details', example: '{count: 1, genders: [female]}' }),
      sentence: z
        .string()
        .min(1)
        .max(500)
        .optional()
        .meta({ description: 'one-line summary of the sentence(s)', example: 'Four years’ imprisonment for each defendant' }),
      related: z
        .array(
          z.strictObject({
            id: z.string().min(1).meta({ description: 'id of another case in the knowledge base', example: 'echr-2010-rantsev-v-cyprus-and-russia' }),
            relation: z
              .enum(CASE_RELATIONS, { error: `relation is one of ${CASE_RELATIONS.join(', ')}` })
              .meta({ description: CASE_RELATIONS.join(', '), example: 'cites' }),
          }),
        )
        .optional()
        .meta({ description: 'related decisions in the knowledge base', example: '[{id: echr-2010-rantsev-v-cyprus-and-russia, relation: cites}]' }),
      sources: nonEmptyList(
        z.strictObject({
          title: z.string().min(2).meta({ description: 'what the source is', example: 'Judgment (HUDOC)' }),
          url: urlSchema.optional(),
          language: languageSchema.optional(),
        }),
        'source',
      ).meta({ description: 'where the decision or an authoritative report of it can be read', example: '[{title: Judgment (HUDOC)}]' }),
      keywords: keywordsSchema.optional(),
      review: reviewSchema(catalog),
      contributors: contributorsSchema.optional(),
      updated: dateSchema.optional().meta({ description: 'date of the last substantive change', example: '2026-11-24' }),
      formerIds: formerIdsSchema.optional(),
    })
    .superRefine((data, ctx) => {
      // What the court cited is a subset of what the decision engages (content-model.md).
      const engaged = new Set(data.articles);
      data.articlesCited?.forEach((ref, index) => {
        if (!engaged.has(ref)) {
          ctx.addIssue({
            code: 'custom',
            path: ['articlesCited', index],
            message: `"${ref}" is in articlesCited but not in articles: a provision the court cited is also one the decision engages, so add "${ref}" to articles`,
          });
        }
      });
    })
    .meta({ description: 'a summary of one court or treaty-body decision' });
}
export type CaseData = z.infer<ReturnType<typeof caseSchema>>;
