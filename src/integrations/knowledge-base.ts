/**
 * The build's gatekeeper: validates all content before Astro starts (printing every problem,
 * like `npm run validate`), and turns `formerIds` into redirects.
 */
import type { AstroIntegration } from 'astro';
import { FOLDERS, type ContentType } from '../../schemas/index.ts';
import { formatProblem, isError } from '../lib/corpus/problem.ts';
import { sharedCorpus, validCorpus } from '../lib/corpus/shared-corpus.ts';

export default function knowledgeBase(): AstroIntegration {
  return {
    name: 'knowledge-base',
    hooks: {
      'astro:config:setup': ({ updateConfig, logger, command }) => {
        if (command === 'preview') return;
        const corpus = sharedCorpus();
        const errors = corpus.problems.filter(isError);
        if (errors.length) {
          console.error(errors.map(formatProblem).join('\n'));
          validCorpus(); // throws with the count
        }
        const redirects: Record<string, string> = {};
        for (const entry of corpus.entries) {
          const folder = FOLDERS[entry.type as ContentType];
          for (const old of (entry.data.formerIds as string[] | undefined) ?? []) {
            redirects[`/${folder}/${old}/`] = `/${folder}/${entry.id}/`;
          }
        }
        updateConfig({ redirects });
        logger.info(`${corpus.entries.length} entries validated; ${Object.keys(redirects).length} redirect(s) from former ids.`);
      },
    },
  };
}
