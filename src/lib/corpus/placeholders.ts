/**
 * The sentences `npm run new` writes where the contributor's own text must go. The validator
 * warns while any is left, so an unfinished file never goes unnoticed.
 */
export const PLACEHOLDER_START = 'Replace this sentence';
export const PLACEHOLDERS = {
  facts: `${PLACEHOLDER_START} with the facts of the case, in your own words.`,
  decision: `${PLACEHOLDER_START} with the decision and the reasoning that matters, in your own words.`,
  description: `${PLACEHOLDER_START} with a description in your own words: what it is, who it is for, what it covers and how practitioners use it.`,
  collection: `${PLACEHOLDER_START} with the session plan or reading guide: aims, how to use the items, questions for discussion.`,
  provision: `${PLACEHOLDER_START} with what the provision does, in your own words.`,
} as const;

export const PLACEHOLDER_WARNING = 'this sentence from `npm run new` is still here: replace it with your own text';

/** Where placeholder sentences are left in a file's text (1-based lines of the whole file). */
export function placeholderLines(text: string, firstLine = 1): number[] {
  return text.split('\n').flatMap((line, i) => (line.includes(PLACEHOLDER_START) ? [i + firstLine] : []));
}

/** One warning per line that still holds a placeholder sentence. */
export function placeholderWarnings(text: string, firstLine: number) {
  return placeholderLines(text, firstLine).map((line) => ({ line, column: 1, message: PLACEHOLDER_WARNING }));
}
