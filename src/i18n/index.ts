/**
 * The one translation function. English is the only interface language for now; a language
 * added later provides the same keys and every page follows.
 */
import { en, type UiKey } from './en.ts';

export const INTERFACE_LANGUAGES = ['en'] as const;
export type InterfaceLanguage = (typeof INTERFACE_LANGUAGES)[number];
const dictionaries: Record<InterfaceLanguage, Record<UiKey, string>> = { en };

export type Translate = (key: UiKey, params?: Record<string, string | number>) => string;

export function useTranslations(lang: InterfaceLanguage = 'en'): Translate {
  const dictionary = dictionaries[lang];
  return (key, params) => {
    const text = dictionary[key] ?? en[key];
    return params ? text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole)) : text;
  };
}

export { formatDate, formatList } from './format.ts';

export type { UiKey };
