/**
 * The one translation function. English is the only interface language for now; a language
 * added later provides the same keys and every page follows.
 */
import { en, type UiKey } from './en.ts';

export const INTERFACE_LANGUAGES = ['en'] as const;
export type InterfaceLanguage = (typeof INTERFACE_LANGUAGES)[number];
const dictionaries: Record<InterfaceLanguage, Record<UiKey, Message>> = { en };

/** A message is text, or one text per plural category (`{one: '{count} entry', other: '{count} entries'}`). */
export type Message = string | Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export type Translate = (key: UiKey, params?: Record<string, string | number>) => string;

const pluralRules = new Map<InterfaceLanguage, Intl.PluralRules>();

export function useTranslations(lang: InterfaceLanguage = 'en'): Translate {
  const dictionary = dictionaries[lang];
  let plural = pluralRules.get(lang);
  if (!plural) pluralRules.set(lang, (plural = new Intl.PluralRules(lang)));
  return (key, params) => {
    const message = dictionary[key] ?? en[key];
    const count = params?.count;
    const text = typeof message === 'string' ? message : (message[plural.select(typeof count === 'number' ? count : Number(count))] ?? message.other);
    return params ? text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole)) : text;
  };
}

export { formatDate, formatList } from './format.ts';

export type { UiKey };
