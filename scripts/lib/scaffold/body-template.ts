/**
 * The Markdown body of a new entry. Guidance goes in HTML comments (the validator allows them
 * and the site never shows them); required text gets one sentence that says it must be replaced,
 * so that the file is valid as written but nobody mistakes it for a summary.
 */
import { CASE_SECTIONS, type ContentType } from '../../../schemas/index.ts';
import { PLACEHOLDERS } from './draft.ts';

const CASE_GUIDANCE: Record<(typeof CASE_SECTIONS)[number]['heading'], string> = {
  Facts:
    'Required. What happened, in your own words and in the past tense: who recruited, moved or exploited whom, how, where and when, as the court found it. Call victims "the applicant", "the complainant" or "V1": never name a victim or give details that could identify one.',
  'Procedural history': 'Optional. The earlier decisions and how the case reached this court, with their citations.',
  Decision:
    'Required. The holding, and the reasoning that matters to a practitioner: how the court read each element (act, means, purpose) it discussed, consent, the evidence it relied on. Point to the paragraphs of the judgment where you can.',
  Sentence: 'Optional. The sentences imposed, defendant by defendant, if the decision gives them (the one-line summary goes in the sentence field above).',
  Significance: 'Optional. Why a judge, prosecutor or trainer should read this decision: what it settles, what it adds, where it is cited.',
};

const REQUIRED_TEXT: Partial<Record<(typeof CASE_SECTIONS)[number]['heading'], string>> = {
  Facts: PLACEHOLDERS.facts,
  Decision: PLACEHOLDERS.decision,
};

const comment = (text: string) => `<!-- ${text} -->`;

/** Optional sections are offered inside a comment (an empty heading would be published as is). */
const OPTIONAL_SECTION_USE = 'To use it, take the heading out of this comment.';

export function bodyTemplate(type: ContentType): string {
  if (type === 'case') {
    return (
      CASE_SECTIONS.map((section) =>
        section.required
          ? [`## ${section.heading}`, comment(CASE_GUIDANCE[section.heading]), REQUIRED_TEXT[section.heading]].join('\n\n')
          : comment(`## ${section.heading} — ${CASE_GUIDANCE[section.heading]} ${OPTIONAL_SECTION_USE}`),
      ).join('\n\n') + '\n'
    );
  }
  if (type === 'collection') {
    return (
      [
        comment(
          'The session plan or reading guide, in your own words: the aims of the session, the order in which to read the items and why, and questions for discussion. Use ## headings for its parts (for example ## Aims, ## Plan, ## Questions).',
        ),
        PLACEHOLDERS.collection,
      ].join('\n\n') + '\n'
    );
  }
  return (
    [
      comment(
        'A description in your own words (do not copy the publisher’s text): what the document is, who it is for, what it covers, and how practitioners use it. Write two to four short paragraphs.',
      ),
      PLACEHOLDERS.description,
    ].join('\n\n') + '\n'
  );
}
