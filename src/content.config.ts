/** Connects each content type to its loader and its schema (schemas/ is the source of truth). */
import { defineCollection } from 'astro:content';
import { makeSchemas } from '../schemas/index.ts';
import { corpusLoader } from './lib/content-loader.ts';
import { validCorpus } from './lib/corpus/shared-corpus.ts';

const schemas = makeSchemas(validCorpus().catalog);

export const collections = {
  cases: defineCollection({ loader: corpusLoader('case'), schema: schemas.case }),
  tools: defineCollection({ loader: corpusLoader('tool'), schema: schemas.tool }),
  'issue-papers': defineCollection({ loader: corpusLoader('issue-paper'), schema: schemas['issue-paper'] }),
  'model-laws': defineCollection({ loader: corpusLoader('model-law'), schema: schemas['model-law'] }),
  collections: defineCollection({ loader: corpusLoader('collection'), schema: schemas.collection }),
};
