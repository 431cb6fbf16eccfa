/**
 * The interactive questions (@clack/prompts). Each answer is checked as it is typed with the
 * content schema itself, so a contributor sees the validator's message at the question that
 * caused it, not later in a file.
 */
import * as p from '@clack/prompts';
import type { z } from 'astro/zod';
import { FOLDERS, type ContentType } from '../../../schemas/index.ts';
import { idProblem } from '../../../schemas/common.ts';
import { completeDraft, deriveId, provisionId, type Draft } from './draft.ts';
import { fieldProblem } from './field-check.ts';
import type { Content } from './scaffold.ts';
import { entryOptions, jurisdictionOptions, search, type Searchable } from './search.ts';
import { displayPath, entryFile, idConflicts, itemRefProblem } from './target.ts';

/** Ctrl+C or Esc: stop, and say that nothing was written. */
function answered<T>(value: T): Exclude<T, symbol> {
  if (p.isCancel(value)) {
    p.cancel('Stopped: nothing was written.');
    process.exit(130);
  }
  return value as Exclude<T, symbol>;
}

interface TextQuestion {
  message: string;
  placeholder?: string;
  defaultValue?: string;
  initialValue?: string;
  /** May be left empty (the answer is then undefined). */
  optional?: boolean;
  /** Checks beyond the field's schema. */
  also?: (value: string) => string | undefined;
}

async function askText(schema: z.ZodType, path: readonly PropertyKey[], q: TextQuestion): Promise<string | undefined> {
  const value = answered(
    await p.text({
      message: q.message,
      placeholder: q.placeholder,
      defaultValue: q.defaultValue,
      initialValue: q.initialValue,
      validate: (typed) => {
        const text = typed?.trim() || q.defaultValue || '';
        if (!text && q.optional) return undefined;
        return fieldProblem(schema, path, text) ?? (q.also ? q.also(text) : undefined);
      },
    }),
  );
  return value.trim() || q.defaultValue || undefined;
}

async function askSearch(schema: z.ZodType, path: readonly PropertyKey[], message: string, items: Searchable<string>[], placeholder: string): Promise<string> {
  return answered(
    await p.autocomplete<string>({
      message,
      placeholder,
      maxItems: 8,
      // Options ranked by our own search (aliases, accents): clack's filter must let them all through.
      options: function (this: { userInput: string }) {
        return search(items, this.userInput ?? '').map(({ value, label, hint }) => ({ value, label, hint }));
      },
      filter: () => true,
      validate: (value) => fieldProblem(schema, path, Array.isArray(value) ? value[0] : value),
    }),
  );
}

async function askVocabulary(content: Content, schema: z.ZodType, field: string, vocabulary: 'court-level' | 'outcome', message: string): Promise<string> {
  const terms = content.catalog.vocabularies[vocabulary].terms;
  const value = answered(await p.select<string>({ message, options: terms.map((t) => ({ value: t.id, label: t.label.en, hint: t.description?.en })) }));
  const problem = fieldProblem(schema, [field], value);
  if (problem) throw new Error(problem); // a vocabulary term always passes; this would be a bug
  return value;
}

async function askPurposes(content: Content, schema: z.ZodType, required: boolean): Promise<string[] | undefined> {
  const terms = content.catalog.vocabularies.purposes.terms;
  for (;;) {
    const values = answered(
      await p.multiselect<string>({
        message: 'Purposes of exploitation (space to tick one or more, enter when done)',
        options: terms.map((t) => ({ value: t.id, label: t.label.en })),
        required: false,
        maxItems: 12,
      }),
    );
    const problem = required ? fieldProblem(schema, ['purposes'], values) : undefined;
    if (!problem) return values.length ? values : undefined;
    p.log.warn(`${problem}: tick at least one with the space bar, then press enter`);
  }
}

/** Comma-separated treaty references, checked with the schema as a list. */
const refList = (typed: string) =>
  typed
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);

async function askArticles(schema: z.ZodType): Promise<string[]> {
  p.log.info(
    'Classify the decision: which treaty provisions does it engage, whether or not the court cited them? docs/classification.md says which provision each question engages.',
  );
  const typed = answered(
    await p.text({
      message: 'Treaty provisions the decision engages, separated by commas',
      placeholder: 'e.g. TIP-3(a), TIP-5(1)',
      validate: (value) => fieldProblem(schema, ['articles'], refList(value ?? '')),
    }),
  );
  return refList(typed);
}

const longDate = (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

async function askCase(content: Content, schema: z.ZodType): Promise<Draft> {
  const answers: Draft = {};
  answers.title = await askText(schema, ['title'], { message: 'Title: the name the decision is cited by', placeholder: 'e.g. Siliadin v. France' });
  answers.jurisdiction = await askSearch(
    schema,
    ['jurisdiction'],
    'Jurisdiction: the country, or the regional or international body',
    jurisdictionOptions(content.catalog),
    'type a country or body name, or a code (GBR, ECHR)',
  );
  answers.court = await askText(schema, ['court'], {
    message: 'Court: the court or body that gave the decision you summarise',
    placeholder: 'e.g. Court of Appeal (Criminal Division)',
  });
  answers.courtLevel = await askVocabulary(content, schema, 'courtLevel', 'court-level', 'Court level');
  answers.decided = await askText(schema, ['decided'], { message: 'Date of the decision (YYYY-MM-DD)', placeholder: 'e.g. 2013-06-21' });
  answers.citation = await askText(schema, ['citation'], {
    message: 'Citation: the official report citation, case or application number, as printed',
    placeholder: 'e.g. [2013] EWCA Crim 991, or Application no. 73316/01',
  });
  answers.outcome = await askVocabulary(
    content,
    schema,
    'outcome',
    'outcome',
    'Outcome for the defendant or applicant (on appeal: "Conviction" if the conviction stands)',
  );
  answers.purposes = await askPurposes(content, schema, true);
  answers.articles = await askArticles(schema);
  answers.language = await askText(schema, ['language'], {
    message: 'Language you will write the summary in (ISO 639-1 code)',
    defaultValue: 'en',
    placeholder: 'en',
  });

  const fallback = `Judgment of ${longDate(String(answers.decided))}`;
  let source: string | undefined;
  while (!source) {
    source = await askText(schema, ['sources', 0, 'title'], {
      message: 'Source: where the judgment, or an authoritative report of it, can be read',
      placeholder: 'e.g. Judgment (HUDOC), or [2013] EWCA Crim 991 (BAILII); empty for a suggestion',
      optional: true,
    });
    if (!source && answered(await p.confirm({ message: `Use "${fallback}" as the source title?`, initialValue: true }))) source = fallback;
  }
  const url = await askText(schema, ['sources', 0, 'url'], {
    message: 'Web address of that source (only if you are certain of it; empty to skip)',
    placeholder: 'https://…',
    optional: true,
  });
  answers.sources = [{ title: source, ...(url ? { url } : {}) }];
  return answers;
}

async function askResource(type: ContentType, schema: z.ZodType): Promise<Draft> {
  const answers: Draft = {};
  answers.title = await askText(schema, ['title'], { message: 'Title, as published', placeholder: 'e.g. Toolkit to Combat Trafficking in Persons' });
  answers.publisher = await askText(schema, ['publisher'], { message: 'Publisher', placeholder: 'e.g. UNODC' });
  answers.published = await askText(schema, ['published'], { message: 'Published: the year (2009) or the date (2009-05-01)', placeholder: 'e.g. 2009' });
  answers.language = await askText(schema, ['language'], {
    message: 'Language you will write the description in (ISO 639-1 code)',
    defaultValue: 'en',
    placeholder: 'en',
  });
  if (type === 'model-law') {
    p.log.info('A model law lists its provisions. Give the first one now; add the others in the file.');
    const number = await askText(schema, ['provisions', 0, 'number'], {
      message: 'First provision: its number as printed (empty to skip)',
      placeholder: 'e.g. Article 1',
      optional: true,
    });
    const title = (await askText(schema, ['provisions', 0, 'title'], { message: 'First provision: its title', placeholder: 'e.g. Definitions' }))!;
    const id = await askText(schema, ['provisions', 0, 'id'], {
      message: 'First provision: its id (the anchor in the page address)',
      initialValue: provisionId(title, number),
    });
    const summary = await askText(schema, ['provisions', 0, 'summary'], {
      message: 'First provision: what it does, in your own words (empty to write it later in the file)',
      optional: true,
    });
    answers.provisions = [{ id, ...(number ? { number } : {}), title, ...(summary ? { summary } : {}) }];
  }
  return answers;
}

async function askCollection(content: Content, schema: z.ZodType): Promise<Draft> {
  const answers: Draft = {};
  answers.title = await askText(schema, ['title'], {
    message: 'Title of the session or reading list',
    placeholder: 'e.g. The three elements of the definition',
  });
  answers.language = await askText(schema, ['language'], { message: 'Language of the collection (ISO 639-1 code)', defaultValue: 'en', placeholder: 'en' });
  const items = entryOptions(content.corpus.entries);
  const ref = items.length
    ? await askSearch(
        schema,
        ['items', 0, 'ref'],
        'First item: the entry to read first (add the others in the file)',
        items,
        'type words of its title, or cases/<id>',
      )
    : await askText(schema, ['items', 0, 'ref'], {
        message: 'First item: cases/<id>, tools/<id>, … of the entry to read first',
        also: (v) => itemRefProblem(v, content.corpus.entries),
      });
  answers.items = [{ ref }];
  return answers;
}

export interface Answered {
  answers: Draft;
  id: string;
}

/** Asks everything for one new entry; the id last, derived from the answers and editable. */
export async function askForEntry(type: ContentType, content: Content, options: { id?: string; force?: boolean }): Promise<Answered> {
  const schema = content.schemas[type];
  const answers =
    type === 'case' ? await askCase(content, schema) : type === 'collection' ? await askCollection(content, schema) : await askResource(type, schema);
  const draft = completeDraft(type, answers);
  const check = (id: string) => {
    if (!id) return 'give an id: lower-case ASCII letters, digits and single hyphens';
    const bad = idProblem(id);
    if (bad) return bad;
    const conflicts = idConflicts(
      content.contentDir,
      type,
      id,
      entryFile(content.contentDir, type, id, draft.jurisdiction as string | undefined),
      content.corpus.entries,
    );
    const blocking = conflicts.filter((c) => !(options.force && c.sameFile));
    return blocking.length ? `${blocking[0].message}: choose another id` : undefined;
  };
  const folder = type === 'case' ? `${FOLDERS.case}/${String(draft.jurisdiction).toLowerCase()}` : FOLDERS[type];
  const id = answered(
    await p.text({
      message: `Id: the file name in ${displayPath(content.contentDir)}/${folder}/ and the address /${FOLDERS[type]}/<id>/; it is permanent`,
      initialValue: options.id ?? deriveId(type, draft) ?? '',
      validate: (typed) => check(typed?.trim() ?? ''),
    }),
  ).trim();
  return { answers, id };
}
