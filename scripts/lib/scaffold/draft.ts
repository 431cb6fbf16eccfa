/**
 * A draft frontmatter from a contributor's answers: the answers themselves plus what every new
 * entry starts with (review: draft, a source for a case, a provision's empty article list), and
 * the id derived from it.
 */
import type { ContentType } from '../../../schemas/index.ts';
import { caseId, slugify } from './slug.ts';

export type Draft = Record<string, unknown>;

/** Sentences written where only the contributor can write; they must all be replaced. */
export { PLACEHOLDER_START, PLACEHOLDERS } from '../../../src/lib/corpus/placeholders.ts';
import { PLACEHOLDERS } from '../../../src/lib/corpus/placeholders.ts';

const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

/** `art-8-trafficking-in-persons` from "Article 8" and "Trafficking in persons". */
export function provisionId(title: string, number?: string): string {
  return slugify(number ? `${number} ${title}` : title, 60).replace(/^article-/, 'art-');
}

/** Adds what the contributor is not asked for; never overrides an answer. */
export function completeDraft(type: ContentType, answers: Draft): Draft {
  const draft: Draft = { ...answers };
  if (typeof draft.published === 'string' && /^\d{4}$/.test(draft.published)) draft.published = Number(draft.published);
  if (type === 'case' && text(draft.citation)) {
    // Without a source title the citation is the next best thing: it names what to look up.
    const sources = (draft.sources ?? [{}]) as Record<string, unknown>[];
    if (Array.isArray(sources) && sources[0] && typeof sources[0] === 'object' && sources[0].title === undefined) {
      draft.sources = [{ title: text(draft.citation), ...sources[0] }, ...sources.slice(1)];
    }
  }
  if (type === 'model-law' && Array.isArray(draft.provisions)) {
    draft.provisions = draft.provisions.map((p: Record<string, unknown>) => {
      if (!p || typeof p !== 'object') return p;
      const title = text(p.title);
      return {
        ...(p.id === undefined && title ? { id: provisionId(title, text(p.number)) } : {}),
        ...p,
        articles: p.articles ?? [],
        summary: p.summary ?? PLACEHOLDERS.provision,
      };
    });
  }
  // Collections are reading lists, not summaries of a source: they have no review state.
  if (type !== 'collection') draft.review ??= { status: 'draft' };
  return draft;
}

/** The id for a valid draft: cases `<jurisdiction>-<year>-<slug of title>`, others the slug of the title. */
export function deriveId(type: ContentType, draft: Draft): string | undefined {
  const title = String(draft.title ?? '');
  if (type === 'case') return caseId(String(draft.jurisdiction), String(draft.decided), title);
  return slugify(title) || undefined;
}
