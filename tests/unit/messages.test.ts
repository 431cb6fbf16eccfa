/**
 * The interface in six languages: every message file has exactly English's keys and placeholders,
 * its plural messages the forms its language needs, and numbers and plurals come out through Intl.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatDate, MESSAGES, useTranslations } from '../../src/i18n/index.ts';
import { builtLanguages, INTERFACE_LANGUAGES, languageAttributes, languageOfPath, withoutLanguage } from '../../src/i18n/languages.ts';
import type { Message } from '../../src/i18n/message.ts';

const english = MESSAGES.en;
const placeholders = (message: Message) =>
  new Set([...(typeof message === 'string' ? [message] : Object.values(message)).join(' ').matchAll(/\{(\w+)\}/g)].map((m) => m[1]));

for (const lang of INTERFACE_LANGUAGES) {
  test(`messages (${lang}): the same keys as English, no more, no less`, () => {
    const keys = Object.keys(MESSAGES[lang]);
    assert.deepEqual(
      Object.keys(english).filter((k) => !keys.includes(k)),
      [],
      'missing',
    );
    assert.deepEqual(
      keys.filter((k) => !(k in english)),
      [],
      'not in en.ts',
    );
  });

  test(`messages (${lang}): the same placeholders as English, and plural forms the language has`, () => {
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
    for (const [key, message] of Object.entries(MESSAGES[lang]) as [keyof typeof english, Message][]) {
      assert.deepEqual([...placeholders(message)].sort(), [...placeholders(english[key])].sort(), `${lang} ${key}`);
      if (typeof message === 'string') continue;
      assert.ok(message.other, `${lang} ${key}: "other" is required`);
      for (const category of Object.keys(message))
        assert.ok(categories.includes(category as Intl.LDMLPluralRule), `${lang} ${key}: ${lang} has no "${category}" form`);
      // Integer counts must never fall back to a wrong form (Russian "few", Arabic "two"…).
      for (const n of [0, 1, 2, 3, 5, 11, 21, 100, 101]) {
        const needed = new Intl.PluralRules(lang).select(n);
        assert.ok(needed in message, `${lang} ${key}: no "${needed}" form (for ${n})`);
      }
    }
  });
}

test('plurals and numbers come from Intl: no "1 cases", and counts are grouped in each language', () => {
  assert.equal(useTranslations('en')('home.countCases', { count: 1 }), '1 case');
  assert.equal(useTranslations('en')('home.countCases', { count: 12000 }), '12,000 cases');
  assert.match(useTranslations('ru')('home.countCases', { count: 3 }), /^3 /);
  assert.notEqual(useTranslations('ru')('home.countCases', { count: 3 }), useTranslations('ru')('home.countCases', { count: 5 }).replace('5', '3'));
  assert.notEqual(useTranslations('ar')('home.countCases', { count: 2 }), useTranslations('ar')('home.countCases', { count: 11 }));
  assert.equal(
    useTranslations('fr')('home.countCases', { count: 12000 }).replace(/\s/g, ' '),
    useTranslations('fr')('home.countCases', { count: 12000 }).replace(/\s/g, ' '),
  );
  assert.match(useTranslations('fr')('home.countCases', { count: 12000 }), /^12\s000 /);
  // Years are never grouped: "2019", not "2,019".
  assert.equal(useTranslations('en')('pagination.page', { n: 2019, total: 1 }), 'Page 2019 of 1');
  // Arabic keeps Western digits, like the citations beside them.
  assert.match(useTranslations('ar')('home.countCases', { count: 12 }), /12/);
});

test('dates in each language, the same however often and in whatever order they are asked for', () => {
  const expected = { en: '26 July 2005', fr: '26 juillet 2005', es: '26 de julio de 2005' } as const;
  for (const round of [1, 2])
    for (const [lang, text] of Object.entries(expected))
      assert.equal(formatDate('2005-07-26', lang as keyof typeof expected), text, `${lang}, asked ${round} time(s)`);
  assert.equal(formatDate('2005-07-27', 'en'), '27 July 2005', 'another day is not the first day’s text');
  assert.equal(formatDate('2005', 'ru'), '2005', 'a year alone stays as it is');
  assert.match(formatDate('2005-07-26', 'ru'), /2005/);
  assert.notEqual(formatDate('2005-07-26', 'ru'), formatDate('2005-07-26', 'zh'));
});

test('KB_LOCALES chooses the languages built; English, at the root, is always one', () => {
  assert.deepEqual(builtLanguages(undefined), [...INTERFACE_LANGUAGES]);
  assert.deepEqual(builtLanguages('fr, ES'), ['en', 'fr', 'es']);
  assert.deepEqual(builtLanguages('en'), ['en']);
  assert.throws(() => builtLanguages('en,de'), /KB_LOCALES: unknown interface language "de"; use codes from ar, zh, en, fr, ru, es/);
});

test('a page’s language comes from its path; text in another language is marked, with its direction', () => {
  assert.equal(languageOfPath('fr/cases/x/'), 'fr');
  assert.equal(languageOfPath('cases/ar/'), 'en'); // a case id is not a language
  assert.equal(withoutLanguage('ar/articles/tip-3/'), 'articles/tip-3/');
  assert.deepEqual(languageAttributes('en', 'en'), {});
  assert.deepEqual(languageAttributes('es', 'fr'), { lang: 'es' });
  assert.deepEqual(languageAttributes('en', 'ar'), { lang: 'en', dir: 'ltr' });
});
