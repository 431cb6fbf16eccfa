/**
 * The non-interactive answers: command-line flags and --from-json, turned into the same draft
 * frontmatter the questions produce. Flags that a content type does not ask for are refused.
 */
import { readFileSync } from 'node:fs';
import type { ContentType } from '../../../schemas/index.ts';
import type { Draft } from './draft.ts';

type Setter = (answers: Draft, value: string | string[]) => void;

const first = (value: string | string[]) => (Array.isArray(value) ? value[value.length - 1] : value);
const field =
  (name: string): Setter =>
  (answers, value) =>
    void (answers[name] = first(value));
const list =
  (name: string): Setter =>
  (answers, value) =>
    void (answers[name] = first(value)
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean));
/** A value inside the first (and only) object of a list: --source-title → sources[0].title. */
const inFirst =
  (name: string, key: string): Setter =>
  (answers, value) => {
    const items = (answers[name] as Record<string, unknown>[] | undefined) ?? [{}];
    items[0] = { ...items[0], [key]: first(value) };
    answers[name] = items;
  };

const COMMON: Record<string, Setter> = { title: field('title'), language: field('language') };
const RESOURCE: Record<string, Setter> = { ...COMMON, publisher: field('publisher'), published: field('published') };

/** Answer flags of each content type, and the frontmatter field each one sets. */
export const ANSWER_FLAGS: Record<ContentType, Record<string, Setter>> = {
  case: {
    ...COMMON,
    jurisdiction: field('jurisdiction'),
    court: field('court'),
    'court-level': field('courtLevel'),
    decided: field('decided'),
    citation: field('citation'),
    outcome: field('outcome'),
    purposes: list('purposes'),
    articles: list('articles'),
    'articles-cited': list('articlesCited'),
    'source-title': inFirst('sources', 'title'),
    'source-url': inFirst('sources', 'url'),
  },
  tool: RESOURCE,
  'issue-paper': RESOURCE,
  'model-law': {
    ...RESOURCE,
    'provision-id': inFirst('provisions', 'id'),
    'provision-number': inFirst('provisions', 'number'),
    'provision-title': inFirst('provisions', 'title'),
    'provision-summary': inFirst('provisions', 'summary'),
  },
  collection: {
    ...COMMON,
    item: (answers, value) => void (answers.items = (Array.isArray(value) ? value : [value]).map((ref) => ({ ref }))),
  },
};

/** How to give a missing field on the command line, for the hint under its message. */
export const FLAG_EXAMPLE: Record<string, string> = {
  title: '--title "…"',
  jurisdiction: '--jurisdiction GBR',
  court: '--court "…"',
  courtLevel: '--court-level appellate',
  decided: '--decided 2013-06-21',
  citation: '--citation "…"',
  outcome: '--outcome conviction',
  purposes: '--purposes forced-labour,sexual-exploitation',
  articles: '--articles "TIP-3(a),TIP-5(1)" (see docs/classification.md)',
  language: '--language en',
  sources: '--source-title "…"',
  publisher: '--publisher "…"',
  published: '--published 2009',
  provisions: '--provision-title "…"',
  items: '--item cases/<id>',
};

export const ALL_ANSWER_FLAGS = [...new Set(Object.values(ANSWER_FLAGS).flatMap((flags) => Object.keys(flags)))];

export type JsonResult = { ok: true; answers: Draft } | { ok: false; message: string };

/** A JSON object of frontmatter fields, as in the file (`courtLevel`, `sources: [{title}]`). */
export function readJsonAnswers(file: string): JsonResult {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return {
      ok: false,
      message: `cannot read the --from-json file ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'there is no such file' : (error as Error).message}`,
    };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `${file} is not valid JSON: ${(error as Error).message}` };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, message: `${file} must hold one JSON object whose keys are frontmatter fields, e.g. {"title": "…", "language": "en"}` };
  }
  return { ok: true, answers: data as Draft };
}

/** Flags over JSON: a flag given on the command line wins. */
export function answersFromFlags(type: ContentType, values: Record<string, unknown>, base: Draft = {}): Draft {
  const answers: Draft = structuredClone(base);
  for (const [flag, setter] of Object.entries(ANSWER_FLAGS[type])) {
    const value = values[flag];
    if (typeof value === 'string' || Array.isArray(value)) setter(answers, typeof value === 'string' ? value : value.map(String));
  }
  return answers;
}
