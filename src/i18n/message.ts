/**
 * Fills a message in a language: picks its plural form with Intl.PluralRules and writes numbers
 * with Intl.NumberFormat. No dictionary here, so the search island can use it with the few
 * messages it is given.
 */
import { intlLocale, type InterfaceLanguage } from './languages.ts';

/** A message is text, or one text per plural category (`{one: '{count} entry', other: '{count} entries'}`). */
export type Message = string | (Partial<Record<Intl.LDMLPluralRule, string>> & { other: string });
export type MessageParams = Record<string, string | number>;

// Building an Intl object costs far more than using one: each language's are made once.
const plurals = new Map<InterfaceLanguage, Intl.PluralRules>();
const numbers = new Map<InterfaceLanguage, Intl.NumberFormat>();

function pluralRules(lang: InterfaceLanguage): Intl.PluralRules {
  let rules = plurals.get(lang);
  if (!rules) plurals.set(lang, (rules = new Intl.PluralRules(intlLocale(lang))));
  return rules;
}

/** Numbers grouped from five digits on (10 000, 10,000), so that years stay 2019. */
export function formatNumber(value: number, lang: InterfaceLanguage): string {
  let format = numbers.get(lang);
  if (!format) numbers.set(lang, (format = new Intl.NumberFormat(intlLocale(lang), { useGrouping: 'min2' })));
  return format.format(value);
}

export function formatMessage(message: Message, lang: InterfaceLanguage, params?: MessageParams): string {
  const count = params?.count;
  const text = typeof message === 'string' ? message : (message[pluralRules(lang).select(Number(count))] ?? message.other);
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value, lang) : value;
  });
}
