/** Connects each content type to its loader and its schema (schemas/ is the source of truth). */
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { makeSchemas } from '../schemas/index.ts';
import { corpusLoader } from './lib/content-loader.ts';
import { validCorpus } from './lib/corpus/shared-corpus.ts';

const schemas = makeSchemas(validCorpus().catalog);
// The loader adds where the entry came from, for "edit this page" and error reports.
const withSource = <T extends z.ZodObject>(schema: T) => schema.extend({ _file: z.string(), _folder: z.string().nullable() });

export const collections = {
  cases: defineCollection({ loader: corpusLoader('case'), schema: withSource(schemas.case) }),
  tools: defineCollection({ loader: corpusLoader('tool'), schema: withSource(schemas.tool) }),
  'issue-papers': defineCollection({ loader: corpusLoader('issue-paper'), schema: withSource(schemas['issue-paper']) }),
  'model-laws': defineCollection({ loader: corpusLoader('model-law'), schema: withSource(schemas['model-law']) }),
  collections: defineCollection({ loader: corpusLoader('collection'), schema: withSource(schemas.collection) }),
};
