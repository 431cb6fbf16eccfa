/**
 * Pseudo-legal sentences and paragraphs from the word lists: grammatical enough to look like a
 * summary, with Zipf word frequencies so that the search index grows the way a real one would.
 */
import { ACTION_VERBS, ACTORS, ADJECTIVES, NOUNS, OPENERS, PHRASES, REPORTING_VERBS } from './legal-words.ts';
import { weightedTable, zipf, type Random } from './prng.ts';

export interface TextGenerator {
  sentence: () => string;
  /** A paragraph of about `words` words (whole sentences, so a little more). */
  paragraph: (words: number) => string;
  noun: () => string;
  place: () => string;
}

export const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;

const capitalise = (s: string) => s[0].toUpperCase() + s.slice(1);
const article = (word: string) => (/^[aeiou]/.test(word) ? 'an' : 'a');

export function createTextGenerator(random: Random, places: readonly string[]): TextGenerator {
  const noun = weightedTable(NOUNS, (_, i) => zipf(i, 0.9));
  const adjective = weightedTable(ADJECTIVES, (_, i) => zipf(i, 0.8));
  const action = weightedTable(ACTION_VERBS, (_, i) => zipf(i, 0.7));
  const place = weightedTable(places, (_, i) => zipf(i, 1.05));

  const nounPhrase = () => {
    if (random.chance(0.25)) return random.pick(ACTORS);
    const n = noun(random);
    const adj = random.chance(0.45) ? `${adjective(random)} ` : '';
    const first = (adj || n).split(' ')[0];
    const determiner = random.weighted([
      ['the', 6],
      [article(first), 2],
      ['their', 1],
      ['its', 1],
      ['that', 1],
    ] as const);
    const of = random.chance(0.2) ? ` of the ${noun(random)}` : '';
    return `${determiner} ${adj}${n}${of}`;
  };
  const ref = () =>
    random.weighted([
      [`article ${random.int(2, 10)} of the Protocol`, 3],
      [`section ${random.int(1, 400)} of the Fixture Penal Code`, 3],
      [`article ${random.int(1, 40)} of the Convention`, 2],
      [`rule ${random.int(1, 90)} of the Synthetic Rules of Procedure`, 1],
    ] as const);
  const phrase = () =>
    random.pick(PHRASES).replace(/\{(\w+)\}/g, (_, slot: string) => {
      if (slot === 'place') return place(random);
      if (slot === 'n') return String(random.int(2, 24));
      if (slot === 'noun') return noun(random);
      if (slot === 'adjective') return adjective(random);
      return ref();
    });
  const phrases = (max: number) =>
    Array.from({ length: random.int(0, max) }, phrase)
      .map((p) => ` ${p}`)
      .join('');

  const sentence = () => {
    const opener = random.chance(0.2) ? random.pick(OPENERS) : '';
    const form = random.int(1, 4);
    let text: string;
    if (form === 1) text = `${random.pick(ACTORS)} ${random.pick(REPORTING_VERBS)} that ${nounPhrase()} ${action(random)} ${nounPhrase()}${phrases(2)}`;
    else if (form === 2) text = `${random.pick(ACTORS)} ${action(random)} ${nounPhrase()}${phrases(3)}`;
    else if (form === 3) text = `the ${noun(random)} of ${nounPhrase()} was ${adjective(random)}${phrases(2)}`;
    else
      text = `${nounPhrase()} ${action(random)} ${nounPhrase()}${phrases(1)}, and ${random.pick(ACTORS)} ${random.pick(REPORTING_VERBS)} that the ${noun(random)} was ${adjective(random)}`;
    return opener ? `${opener} ${text}.` : `${capitalise(text)}.`;
  };

  const paragraph = (words: number) => {
    const sentences: string[] = [];
    let count = 0;
    while (count < words || sentences.length === 0) {
      const s = sentence();
      sentences.push(s);
      count += countWords(s);
    }
    return sentences.join(' ');
  };

  return { sentence, paragraph, noun: () => noun(random), place: () => place(random) };
}
