/** Writes a planned move: the moved file under its new name first, then the edited references. */
import { unlinkSync, writeFileSync } from 'node:fs';
import type { MovePlan } from './plan.ts';
import { applyEdits } from './text-file.ts';

export function applyMove(plan: MovePlan): void {
  const moved = plan.writes.find((w) => w.absolute === plan.from.absolute)!;
  // 'wx': never overwrite a file that appeared since the plan was made (nothing is written then).
  writeFileSync(plan.to.absolute, applyEdits(moved.file, moved.edits), { flag: 'wx' });
  for (const write of plan.writes) {
    if (write !== moved) writeFileSync(write.absolute, applyEdits(write.file, write.edits));
  }
  unlinkSync(plan.from.absolute);
}
