/**
 * What machines read in a case page's head: the Highwire Press `citation_*` tags that Zotero's
 * and Google Scholar's page readers look for, and a schema.org JSON-LD description. Only what
 * the summary states is written; an address only when the page has an absolute public one.
 */
import type { CaseData } from '../../schemas/index.ts';
import { decisionLanguageOf } from './citation.ts';

type CaseFields = Pick<CaseData, 'title' | 'court' | 'decided' | 'citation' | 'language' | 'review'> &
  Partial<Pick<CaseData, 'decisionLanguage' | 'identifiers' | 'updated'>>;

export interface MetaTag {
  name: string;
  content: string;
}

/**
 * Highwire tags, and `DC.type` "case". With `citation_title` alone Zotero's Embedded Metadata
 * reader files a page as a journal article; a Dublin Core type naming its own item type "case"
 * makes it save a court case instead (its RDF reader takes a `dc:type` that is a Zotero type).
 * `citation_language` is the decision's language, as in the citation downloads.
 */
export function highwireTags(data: CaseFields, pageUrl: string | undefined): MetaTag[] {
  const language = decisionLanguageOf(data);
  return [
    { name: 'citation_title', content: data.title },
    { name: 'citation_date', content: data.decided.replace(/-/g, '/') }, // YYYY/MM/DD, the form Google Scholar documents
    ...(language ? [{ name: 'citation_language', content: language }] : []),
    ...(pageUrl ? [{ name: 'citation_public_url', content: pageUrl }] : []),
    { name: 'DC.type', content: 'case' },
  ];
}

/**
 * schema.org has no type for a court decision in its core vocabulary (no LegalCase; `Legislation`
 * is for statutes and would say the wrong thing). The honest description is what the page is: an
 * `Article` (a summary written by contributors, in `language`, with its review state) `about` a
 * `CreativeWork`, the decision, whose `author` is the court, `dateCreated` the date it was given,
 * `inLanguage` its language when known, and whose identifiers are its citations.
 */
export function caseJsonLd(data: CaseFields, pageUrl: string | undefined): Record<string, unknown> {
  const language = decisionLanguageOf(data);
  const ids = data.identifiers ?? {};
  const identifiers = [
    ['citation', data.citation],
    ['ECLI', ids.ecli],
    ['neutral citation', ids.neutral],
    ['docket', ids.docket],
    ['SHERLOC', ids.unodc],
  ].filter((pair): pair is [string, string] => typeof pair[1] === 'string');
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    name: data.title,
    inLanguage: data.language,
    ...(pageUrl ? { url: pageUrl } : {}),
    creativeWorkStatus: data.review.status,
    ...(data.updated ? { dateModified: data.updated } : {}),
    isAccessibleForFree: true,
    about: {
      '@type': 'CreativeWork',
      name: data.title,
      author: { '@type': 'Organization', name: data.court },
      dateCreated: data.decided,
      ...(language ? { inLanguage: language } : {}),
      identifier: identifiers.map(([propertyID, value]) => ({ '@type': 'PropertyValue', propertyID, value })),
    },
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped, so no text in it can end the element. */
export const jsonForScript = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');
