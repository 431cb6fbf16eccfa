/**
 * The interface languages: which are built (KB_LOCALES), where their pages live (English at the
 * root, the others under /<code>/), their direction and their own names. No dictionary here, so
 * the config, the search island and the tests can use it without the interface strings.
 */
// Types only: the search island imports this module, and the schemas' module brings zod along.
import type { UnLanguage } from '../../schemas/languages.ts';

export type InterfaceLanguage = UnLanguage;

/** In the UN's order (by English name), as its own sites list them. */
export const INTERFACE_LANGUAGES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const satisfies readonly UnLanguage[];
export const DEFAULT_LANGUAGE = 'en';

export const isInterfaceLanguage = (code: string): code is InterfaceLanguage => (INTERFACE_LANGUAGES as readonly string[]).includes(code);

/**
 * The languages this build makes pages for: KB_LOCALES (`en,fr`), else all six. English is always
 * built, because the site contract puts its pages at the root that every other address relies on.
 */
export function builtLanguages(value = process.env.KB_LOCALES): InterfaceLanguage[] {
  if (!value?.trim()) return [...INTERFACE_LANGUAGES];
  const asked = value
    .split(',')
    .map((code) => code.trim().toLowerCase())
    .filter(Boolean);
  const unknown = asked.filter((code) => !isInterfaceLanguage(code));
  if (unknown.length) {
    throw new Error(
      `KB_LOCALES: unknown interface language ${unknown.map((c) => `"${c}"`).join(', ')}; use codes from ${INTERFACE_LANGUAGES.join(', ')} separated by commas (e.g. KB_LOCALES=en,fr).`,
    );
  }
  return INTERFACE_LANGUAGES.filter((code) => code === DEFAULT_LANGUAGE || asked.includes(code));
}

/** The path prefix of a language's pages: '' for English, `fr/` for French. */
export const languagePrefix = (lang: InterfaceLanguage) => (lang === DEFAULT_LANGUAGE ? '' : `${lang}/`);

/** The `[...locale]` route parameter of a language: undefined puts English at the root. */
export const localeParam = (lang: InterfaceLanguage) => (lang === DEFAULT_LANGUAGE ? undefined : lang);

/** The language of a page from its path below the base (`fr/cases/x/` → fr; `cases/x/` → en). */
export function languageOfPath(pathBelowBase: string): InterfaceLanguage {
  const first = pathBelowBase.replace(/^\//, '').split('/')[0] ?? '';
  return isInterfaceLanguage(first) && first !== DEFAULT_LANGUAGE ? first : DEFAULT_LANGUAGE;
}

/** A path below the base without its language prefix: `fr/cases/x/` → `cases/x/`. */
export function withoutLanguage(pathBelowBase: string): string {
  const path = pathBelowBase.replace(/^\//, '');
  const lang = languageOfPath(path);
  return lang === DEFAULT_LANGUAGE ? path : path.slice(lang.length + 1);
}

export const directionOf = (lang: string) => (lang === 'ar' ? 'rtl' : 'ltr');

const ownNames = new Map<string, string>();

/**
 * A language's name in that language (`français`, `العربية`), from Intl, as the switcher shows it.
 * Kept once per language: every page of the build names all six.
 */
export function ownName(lang: string): string {
  let name = ownNames.get(lang);
  if (name === undefined) {
    const raw = new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;
    ownNames.set(lang, (name = raw.charAt(0).toLocaleUpperCase(lang) + raw.slice(1)));
  }
  return name;
}

/**
 * The locale Intl formats a language's numbers and dates with. Arabic keeps Western digits: the
 * citations, docket numbers and years beside them are written with them.
 */
export const intlLocale = (lang: InterfaceLanguage) => (lang === 'en' ? 'en-GB' : lang === 'ar' ? 'ar-u-nu-latn' : lang);

/**
 * The `lang` (and `dir`) attributes for text written in `textLanguage` shown on a page in
 * `pageLanguage`: nothing when they are the same, so screen readers and hyphenation follow it.
 */
export function languageAttributes(textLanguage: string | undefined, pageLanguage: InterfaceLanguage): { lang?: string; dir?: 'ltr' | 'rtl' } {
  if (!textLanguage || textLanguage === pageLanguage) return {};
  const dir = directionOf(textLanguage);
  return dir === directionOf(pageLanguage) ? { lang: textLanguage } : { lang: textLanguage, dir };
}
