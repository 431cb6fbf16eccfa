/**
 * The list of generated files and their contents, from one catalog. Pure: nothing is written
 * here, so that `--check` and the tests compare exactly what `npm run generate` would write.
 */
import { CONTENT_TYPES, instrumentFileSchema, makeSchemas, vocabularyFileSchema, type Catalog } from '../../../schemas/index.ts';
import { editorSchema } from './editor-schemas.ts';
import { DATA_DICTIONARY_FILE, dataDictionary } from './data-dictionary.ts';
import { contentReference, entryFile, TYPE_TITLES } from './reference-markdown.ts';

export const REFERENCE_FILE = 'docs/content-reference.md';
export const EDITOR_SCHEMA_DIR = 'schemas/json';

/** Schema file per content type; `.ts` file names follow schemas/index.ts. */
const SCHEMA_SOURCES: Record<(typeof CONTENT_TYPES)[number], string> = {
  case: 'schemas/case.ts',
  tool: 'schemas/resource.ts',
  'issue-paper': 'schemas/resource.ts',
  'model-law': 'schemas/resource.ts',
  collection: 'schemas/collection.ts',
};

export interface GeneratedFile {
  /** Path relative to the repository root, with forward slashes. */
  path: string;
  text: string;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

export function generatedFiles(catalog: Catalog): GeneratedFile[] {
  const schemas = makeSchemas(catalog);
  const files: GeneratedFile[] = [
    { path: REFERENCE_FILE, text: contentReference(catalog, schemas) },
    { path: DATA_DICTIONARY_FILE, text: dataDictionary(schemas) },
  ];
  for (const type of CONTENT_TYPES) {
    const title = `${TYPE_TITLES[type]} frontmatter (${entryFile(type)})`;
    files.push({
      path: `${EDITOR_SCHEMA_DIR}/${type}.schema.json`,
      text: json(editorSchema(schemas[type], { title, source: SCHEMA_SOURCES[type] })),
    });
  }
  // The data files too: with the YAML extension they get completion and checks as well.
  files.push({
    path: `${EDITOR_SCHEMA_DIR}/vocabulary.schema.json`,
    text: json(editorSchema(vocabularyFileSchema, { title: 'Vocabulary file (content/vocabularies/<name>.yaml)', source: 'schemas/vocabulary.ts' })),
  });
  files.push({
    path: `${EDITOR_SCHEMA_DIR}/instrument.schema.json`,
    text: json(editorSchema(instrumentFileSchema, { title: 'Instrument file (content/instruments/<CODE>.yaml)', source: 'schemas/instrument.ts' })),
  });
  return files;
}
