/**
 * The one translation function: a page asks for its language's messages by key. Every language
 * file has the same keys as en.ts (tests/unit/messages.test.ts fails on a missing or extra one).
 */
import { ar } from './ar.ts';
import { en, type UiKey } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import type { InterfaceLanguage } from './languages.ts';
import { formatMessage, type Message, type MessageParams } from './message.ts';
import { ru } from './ru.ts';
import { zh } from './zh.ts';

export const MESSAGES: Record<InterfaceLanguage, Record<UiKey, Message>> = { ar, en, es, fr, ru, zh };

export type Translate = (key: UiKey, params?: MessageParams) => string;

export function useTranslations(lang: InterfaceLanguage = 'en'): Translate {
  const dictionary = MESSAGES[lang];
  return (key, params) => formatMessage(dictionary[key], lang, params);
}

/** A message as written (its plural forms unresolved), for the search island to fill in itself. */
export const rawMessage = (lang: InterfaceLanguage, key: UiKey): Message => MESSAGES[lang][key];

export { collatorFor, formatDate, formatList } from './format.ts';
export { formatNumber, type Message } from './message.ts';
export * from './languages.ts';
export type { UiKey };
