/**
 * Peak memory of a process and all its descendants (Astro spawns esbuild, Pagefind runs as its
 * own binary), sampled from /proc every 100 ms. Linux only; elsewhere the figure is null.
 * Pagefind's binary is counted apart from the rest (Node and its helpers), so a regression shows
 * which side it comes from, and how much the two add up while both are alive.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';

export interface MemoryPeaks {
  /** Peak of the tree's summed RSS (or the largest single VmHWM, if higher), MiB. */
  treePeakMb: number | null;
  /** The largest single process's VmHWM, MiB. */
  largestProcessPeakMb: number | null;
  /** Peak summed RSS of every process but Pagefind's binary (Node, esbuild…), MiB. */
  nodePeakMb: number | null;
  /** Peak RSS of Pagefind's binary, MiB (0 if it never ran). */
  pagefindPeakMb: number | null;
  /** Peak of the whole tree while Pagefind's binary was alive, and Node's share of it, MiB. */
  overlapPeakMb: number | null;
  nodeAtOverlapPeakMb: number | null;
  samples: number;
  /** Summed RSS over time (seconds since the start), with Pagefind's part. */
  timeline: { at: number; mb: number; pagefindMb: number }[];
}

export interface MemorySampler {
  stop: () => MemoryPeaks;
}

const isPagefind = (pid: number) => {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').startsWith('pagefind');
  } catch {
    return false;
  }
};

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
  if (!existsSync('/proc/self/status')) {
    return {
      stop: () => ({
        treePeakMb: null,
        largestProcessPeakMb: null,
        nodePeakMb: null,
        pagefindPeakMb: null,
        overlapPeakMb: null,
        nodeAtOverlapPeakMb: null,
        samples: 0,
        timeline: [],
      }),
    };
  }
  const started = performance.now();
  const timeline: MemoryPeaks['timeline'] = [];
  let treePeakKb = 0;
  let largestHwmKb = 0;
  let nodePeakKb = 0;
  let pagefindPeakKb = 0;
  let overlap = { totalKb: 0, nodeKb: 0 };
  let samples = 0;
  const sample = () => {
    let nodeKb = 0;
    let pagefindKb = 0;
    let pagefindAlive = false;
    for (const pid of tree(rootPid)) {
      const status = readStatus(pid);
      if (!status) continue;
      if (isPagefind(pid)) {
        pagefindAlive = true;
        pagefindKb += status.rssKb;
        pagefindPeakKb = Math.max(pagefindPeakKb, status.hwmKb);
      } else nodeKb += status.rssKb;
      largestHwmKb = Math.max(largestHwmKb, status.hwmKb);
    }
    const sum = nodeKb + pagefindKb;
    treePeakKb = Math.max(treePeakKb, sum);
    nodePeakKb = Math.max(nodePeakKb, nodeKb);
    if (pagefindAlive && sum > overlap.totalKb) overlap = { totalKb: sum, nodeKb };
    timeline.push({ at: (performance.now() - started) / 1000, mb: Math.round(sum / 1024), pagefindMb: Math.round(pagefindKb / 1024) });
    samples++;
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      const mb = (kb: number) => Math.round(kb / 1024);
      return {
        treePeakMb: mb(Math.max(treePeakKb, largestHwmKb)),
        largestProcessPeakMb: mb(largestHwmKb),
        nodePeakMb: mb(nodePeakKb),
        pagefindPeakMb: mb(pagefindPeakKb),
        overlapPeakMb: mb(overlap.totalKb),
        nodeAtOverlapPeakMb: mb(overlap.nodeKb),
        samples,
        timeline,
      };
    },
  };
}
