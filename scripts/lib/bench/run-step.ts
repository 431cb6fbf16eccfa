/**
 * Runs one step of the pipeline as its own process, the way a contributor's command would:
 * wall time, peak memory of its process tree, and every output line with the moment it
 * appeared (for the phase breakdown). Output goes to stderr: stdout is the JSON result.
 */
import { spawn } from 'node:child_process';
import { sampleTreeMemory, type MemoryPeaks } from './process-tree-memory.ts';

export interface StepResult {
  name: string;
  code: number | null;
  seconds: number;
  peakRssMb: number | null;
  largestProcessPeakMb: number | null;
  /** Node's and Pagefind's peaks apart, and the peak while both were alive (MiB). */
  peaks: Pick<MemoryPeaks, 'nodePeakMb' | 'pagefindPeakMb' | 'overlapPeakMb' | 'nodeAtOverlapPeakMb'>;
  /** Summed RSS of the process tree over time (seconds since the start, MiB). */
  memory: MemoryPeaks['timeline'];
  /** Output lines with the seconds since the start at which each appeared. */
  lines: { at: number; text: string }[];
}

export interface StepOptions {
  cwd: string;
  env: Record<string, string>;
  /** Echo the child's output to stderr as it comes (progress for the person waiting). */
  echo?: boolean;
  /** Which lines to echo (all when absent). */
  filter?: (text: string) => boolean;
}

export function runStep(name: string, command: string, args: string[], options: StepOptions): Promise<StepResult> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const sampler = sampleTreeMemory(child.pid!);
    const lines: StepResult['lines'] = [];
    const collect = (stream: NodeJS.ReadableStream) => {
      let pending = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        const at = (performance.now() - started) / 1000;
        const parts = (pending + chunk).split('\n');
        pending = parts.pop()!;
        for (const text of parts) {
          lines.push({ at, text });
          if (options.echo && (!options.filter || options.filter(text))) process.stderr.write(`  [${name} ${at.toFixed(1)}s] ${text}\n`);
        }
      });
      stream.on('end', () => pending && lines.push({ at: (performance.now() - started) / 1000, text: pending }));
    };
    collect(child.stdout!);
    collect(child.stderr!);
    child.on('error', (error) => {
      sampler.stop();
      reject(error);
    });
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      const memory = sampler.stop();
      const { nodePeakMb, pagefindPeakMb, overlapPeakMb, nodeAtOverlapPeakMb } = memory;
      resolve({
        name,
        code,
        seconds,
        peakRssMb: memory.treePeakMb,
        largestProcessPeakMb: memory.largestProcessPeakMb,
        peaks: { nodePeakMb, pagefindPeakMb, overlapPeakMb, nodeAtOverlapPeakMb },
        memory: memory.timeline,
        lines: lines.sort((a, b) => a.at - b.at),
      });
    });
  });
}

/** Drops ANSI colour codes from a line (Astro colours its log even into a pipe sometimes). */
const ANSI_COLOUR = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');
export const plain = (text: string) => text.replace(ANSI_COLOUR, '');
