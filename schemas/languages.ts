/**
 * The six UN languages of the interface and of vocabulary labels, and the ISO 639-1 check
 * for every `language` field. The code list comes from the iso-639-1 package, not a hand list.
 */
import ISO6391 from 'iso-639-1';
import { z } from 'astro/zod';
import { textError } from './value-kinds.ts';

export const UN_LANGUAGES = ['ar', 'en', 'es', 'fr', 'ru', 'zh'] as const;
export type UnLanguage = (typeof UN_LANGUAGES)[number];

export function isLanguageCode(code: string): boolean {
  return ISO6391.validate(code);
}

export function languageName(code: string): string {
  return ISO6391.getName(code);
}

/** An ISO 639-1 code such as `en`, `fr`, `zh`. */
export const languageSchema = z
  .enum(ISO6391.getAllCodes().sort() as [string, ...string[]], {
    error: textError((value) => {
      const lower = value.toLowerCase();
      const byName = ISO6391.getCode(value);
      const hint = isLanguageCode(lower) ? lower : byName || undefined;
      return `unknown language code "${value}": use a two-letter ISO 639-1 code such as "en", "fr" or "zh"` + (hint ? ` (did you mean "${hint}"?)` : '');
    }),
  })
  .meta({ description: 'an ISO 639-1 language code', example: 'en', kind: 'language' });

/** Labels in all six UN languages (vocabularies must be complete). */
export const labelsSchema = z.strictObject(Object.fromEntries(UN_LANGUAGES.map((l) => [l, z.string().min(1)])) as Record<UnLanguage, z.ZodString>);

/** Labels with English required and the other UN languages where a confirmed translation exists. */
export const partialLabelsSchema = z.strictObject({
  ar: z.string().min(1).optional(),
  en: z.string().min(1),
  es: z.string().min(1).optional(),
  fr: z.string().min(1).optional(),
  ru: z.string().min(1).optional(),
  zh: z.string().min(1).optional(),
});
export type Labels = z.infer<typeof labelsSchema>;
export type PartialLabels = z.infer<typeof partialLabelsSchema>;
