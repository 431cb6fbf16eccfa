/** The content types, their folders and URLs, and their schemas built from one catalog. */
import type { Catalog } from './catalog.ts';
import { caseSchema } from './case.ts';
import { collectionSchema } from './collection.ts';
import { issuePaperSchema, modelLawSchema, toolSchema } from './resource.ts';

export const CONTENT_TYPES = ['case', 'tool', 'issue-paper', 'model-law', 'collection'] as const;
export type ContentType = (typeof CONTENT_TYPES)[number];

/** Folder under content/ (also the URL segment and the collection-item prefix). */
export const FOLDERS: Record<ContentType, string> = {
  case: 'cases',
  tool: 'tools',
  'issue-paper': 'issue-papers',
  'model-law': 'model-laws',
  collection: 'collections',
};

export function typeOfFolder(folder: string): ContentType | undefined {
  return CONTENT_TYPES.find((t) => FOLDERS[t] === folder);
}

export function makeSchemas(catalog: Catalog) {
  return {
    case: caseSchema(catalog),
    tool: toolSchema(catalog),
    'issue-paper': issuePaperSchema(catalog),
    'model-law': modelLawSchema(catalog),
    collection: collectionSchema(catalog),
  } as const;
}
export type Schemas = ReturnType<typeof makeSchemas>;

export { CASE_SECTIONS, CASE_RELATIONS, INVERSE_RELATION, type CaseData, type CaseRelation } from './case.ts';
export { buildCatalog, INTERNATIONAL, type Catalog, type Jurisdiction, type Region } from './catalog.ts';
export { parseArticleRef, type ArticleRef } from './references.ts';
export { ITEM_REF_PATTERN } from './collection.ts';
export { VOCABULARY_NAMES, vocabularyFileSchema, type Vocabulary, type VocabularyName } from './vocabulary.ts';
export { INSTRUMENT_CODES, instrumentFileSchema, type Instrument, type InstrumentCode } from './instrument.ts';
export { UN_LANGUAGES, type UnLanguage, type Labels } from './languages.ts';
