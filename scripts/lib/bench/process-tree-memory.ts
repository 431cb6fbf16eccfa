/**
 * Peak memory of a process and all its descendants (Astro spawns esbuild, Pagefind runs as its
 * own binary), sampled from /proc every 100 ms. Linux only; elsewhere the figure is null.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';

export interface MemorySampler {
  /** Stops sampling; peak of the tree's summed RSS and the largest single process's VmHWM, in MiB. */
  stop: () => { treePeakMb: number | null; largestProcessPeakMb: number | null; samples: number; timeline: { at: number; mb: number }[] };
}

function readStatus(pid: number): { rssKb: number; hwmKb: number } | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? 0);
    return { rssKb: field('VmRSS'), hwmKb: field('VmHWM') };
  } catch {
    return undefined; // the process ended between listing and reading
  }
}

/** Parent of every live process (the field after the command name, which may hold spaces). */
function parents(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(name));
      children.set(ppid, list);
    } catch {
      // gone already
    }
  }
  return children;
}

function tree(root: number): number[] {
  const children = parents();
  const out = [root];
  for (let i = 0; i < out.length; i++) out.push(...(children.get(out[i]) ?? []));
  return out;
}

export function sampleTreeMemory(rootPid: number, intervalMs = 100): MemorySampler {
  if (!existsSync('/proc/self/status')) return { stop: () => ({ treePeakMb: null, largestProcessPeakMb: null, samples: 0, timeline: [] }) };
  const started = performance.now();
  const timeline: { at: number; mb: number }[] = [];
  let treePeakKb = 0;
  let largestHwmKb = 0;
  let samples = 0;
  const sample = () => {
    let sum = 0;
    for (const pid of tree(rootPid)) {
      const status = readStatus(pid);
      if (!status) continue;
      sum += status.rssKb;
      largestHwmKb = Math.max(largestHwmKb, status.hwmKb);
    }
    treePeakKb = Math.max(treePeakKb, sum);
    timeline.push({ at: (performance.now() - started) / 1000, mb: Math.round(sum / 1024) });
    samples++;
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      const mb = (kb: number) => Math.round(kb / 1024);
      return { treePeakMb: mb(Math.max(treePeakKb, largestHwmKb)), largestProcessPeakMb: mb(largestHwmKb), samples, timeline };
    },
  };
}
