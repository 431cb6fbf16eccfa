/** Labels from the data in one language, falling back to English (never to a made-up translation). */
import type { PartialLabels, UnLanguage } from '../../schemas/languages.ts';

export function inLanguage(labels: PartialLabels, lang: UnLanguage): { text: string; lang: UnLanguage } {
  const text = labels[lang];
  return text ? { text, lang } : { text: labels.en, lang: 'en' };
}
