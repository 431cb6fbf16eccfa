/**
 * Dates and lists in an interface language. No dictionary here, so the search island can use
 * it without shipping the interface strings.
 */
import { intlLocale, type InterfaceLanguage } from './languages.ts';

// Building an Intl formatter costs far more than using one (5.6 s of a 10 000-case build when
// made per date), so each language's formatter is made once.
const dateFormats = new Map<InterfaceLanguage, Intl.DateTimeFormat>();
const listFormats = new Map<InterfaceLanguage, Intl.ListFormat>();
const collators = new Map<InterfaceLanguage, Intl.Collator>();

/** Alphabetical order of names (jurisdictions) in an interface language. */
export function collatorFor(lang: InterfaceLanguage): Intl.Collator {
  let collator = collators.get(lang);
  if (!collator) collators.set(lang, (collator = new Intl.Collator(intlLocale(lang))));
  return collator;
}

// Even a made formatter takes microseconds per date, and a build formats the same few thousand
// dates hundreds of thousands of times (every list of cases): each date is formatted once per language.
const formattedDates = new Map<InterfaceLanguage, Map<string, string>>();

export function formatDate(iso: string, lang: InterfaceLanguage = 'en'): string {
  let formatted = formattedDates.get(lang);
  if (!formatted) formattedDates.set(lang, (formatted = new Map()));
  let text = formatted.get(iso);
  if (text === undefined) formatted.set(iso, (text = formatDateOnce(iso, lang)));
  return text;
}

function formatDateOnce(iso: string, lang: InterfaceLanguage): string {
  if (/^\d{4}$/.test(iso)) return iso;
  let format = dateFormats.get(lang);
  if (!format) dateFormats.set(lang, (format = new Intl.DateTimeFormat(intlLocale(lang), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })));
  return format.format(new Date(`${iso}T00:00:00Z`));
}

export function formatList(items: string[], lang: InterfaceLanguage = 'en'): string {
  let format = listFormats.get(lang);
  if (!format) listFormats.set(lang, (format = new Intl.ListFormat(intlLocale(lang), { style: 'long', type: 'conjunction' })));
  return format.format(items);
}
