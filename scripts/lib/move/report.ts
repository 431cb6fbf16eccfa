/** The move as the contributor reads it: one line per change, path:line first, like the validator. */
import { FOLDERS } from '../../../schemas/index.ts';
import type { MovePlan } from './plan.ts';

export function formatPlan(plan: MovePlan, dryRun: boolean): string {
  const folder = FOLDERS[plan.type];
  const files = new Set([plan.to.display, ...plan.changes.map((c) => c.file)]).size;
  const references = plan.changes.length - 1;
  return [
    `${dryRun ? 'Would move' : 'Moved'} ${folder}/${plan.oldId} → ${folder}/${plan.newId}`,
    `${plan.from.display} → ${plan.to.display}`,
    ...plan.changes.map((c) => `${c.file}:${c.line}: ${c.description}`),
    `${dryRun ? 'Would change' : 'Changed'} ${files} file(s): the moved entry and ${references} reference(s) to it.`,
  ].join('\n');
}
