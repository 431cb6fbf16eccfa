/**
 * When each content file was added and last changed, from git history: one `git log` pass over
 * the content folder, whatever the number of files. A moved file (`npm run move`) keeps its
 * history through git's rename detection. Where the history cannot tell (no git, a folder outside
 * any repository, a tarball, a file not yet committed, the cut-off of a shallow clone) the date
 * is left out, never guessed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { processWide } from './process-wide.ts';

export interface FileDates {
  /** Day of the commit that created the file (UTC, `YYYY-MM-DD`); absent when the history does not reach it. */
  added?: string;
  /** Day of the newest commit that changed the file (UTC, `YYYY-MM-DD`). */
  updated: string;
}

export interface GitHistory {
  /** Absolute path of each file of the content folder, as the folder was given → its dates. */
  dates: Map<string, FileDates>;
  /** What the history is: `none` (no git, no repository, nothing committed), `shallow` (a clone with --depth: dates before its cut-off are unknown) or `full`. */
  kind: 'none' | 'shallow' | 'full';
}

/** A commit's changes to files, as `git log --name-status` gives them. */
export interface Commit {
  /** Seconds since the epoch (committer date). */
  time: number;
  /** True for the cut-off of a shallow clone: its "changes" are the whole tree, not changes. */
  boundary: boolean;
  changes: { status: string; paths: string[] }[];
}

const SEPARATOR = '\u0001';
const day = (seconds: number) => new Date(seconds * 1000).toISOString().slice(0, 10);

/** `git log -z --format=%x01%H %ct --name-status` output → commits, newest first. */
export function parseGitLog(output: string, boundaries: ReadonlySet<string> = new Set()): Commit[] {
  const commits: Commit[] = [];
  for (const chunk of output.split(SEPARATOR)) {
    if (!chunk) continue;
    const tokens = chunk.split('\0');
    const [hash, time] = tokens[0].split(' ');
    const changes: Commit['changes'] = [];
    for (let i = 1; i < tokens.length;) {
      const status = tokens[i].trim();
      if (!status) {
        i++;
        continue;
      }
      const count = status[0] === 'R' || status[0] === 'C' ? 2 : 1; // renames and copies name the old path, then the new
      changes.push({ status: status[0], paths: tokens.slice(i + 1, i + 1 + count) });
      i += 1 + count;
    }
    commits.push({ time: Number(time), boundary: boundaries.has(hash), changes });
  }
  return commits;
}

/**
 * Walks the commits newest first, following each file back through its renames. `added` is the
 * commit that created the file under its first name, and is left out when the walk never sees
 * that commit (a shallow clone). Paths are as git prints them (relative to the repository).
 */
export function datesFromCommits(commits: readonly Commit[]): Map<string, FileDates> {
  // Where a path, at the point of history being read, leads today: a path not in the map leads
  // to itself; null: to no file of today (deleted, or an earlier file that had the same name).
  const leadsTo = new Map<string, string | null>();
  const current = (p: string) => (leadsTo.has(p) ? leadsTo.get(p)! : p);
  const seen = new Map<string, { newest: number; born?: number }>();
  const touch = (file: string | null, time: number, born: boolean) => {
    if (file === null) return;
    const row = seen.get(file) ?? { newest: time };
    seen.set(file, row);
    row.newest = Math.max(row.newest, time);
    if (born) row.born = Math.min(row.born ?? time, time);
  };
  for (const commit of commits) {
    if (commit.boundary) continue; // a shallow clone's first commit shows every file as new: not a date of theirs
    const ended: string[] = [];
    const renamed: [string, string | null][] = [];
    for (const { status, paths } of commit.changes) {
      const target = paths[paths.length - 1];
      if (status === 'D') {
        ended.push(target);
        continue;
      }
      const file = current(target);
      if (status === 'R') {
        touch(file, commit.time, false);
        renamed.push([paths[0], file]);
      } else touch(file, commit.time, status === 'A' || status === 'C');
      // Before it was created, or renamed to, this path held another file (or none).
      if (status === 'A' || status === 'C' || status === 'R') ended.push(target);
    }
    // Renames last: in a commit that swaps two names, each old name leads to the right file.
    for (const p of ended) leadsTo.set(p, null);
    for (const [from, file] of renamed) leadsTo.set(from, file);
  }
  const dates = new Map<string, FileDates>();
  for (const [file, row] of seen) dates.set(file, { ...(row.born !== undefined ? { added: day(row.born) } : {}), updated: day(row.newest) });
  return dates;
}

function git(args: string[], cwd: string): string {
  // -c: a user's configuration must not change the output read here.
  return execFileSync('git', ['-c', 'log.showSignature=false', '-c', 'log.follow=false', '-c', 'diff.relative=false', '-c', 'core.quotePath=false', ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 2 ** 31 - 1,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
}

/** Reads the history of one folder (not memoised: see gitHistory). */
export function readGitHistory(folder: string): GitHistory {
  const none: GitHistory = { dates: new Map(), kind: 'none' };
  let dir: string;
  try {
    dir = realpathSync(folder);
  } catch {
    return none;
  }
  let repository: string[];
  try {
    repository = git(['rev-parse', '--is-shallow-repository', '--show-toplevel', '--git-path', 'shallow'], dir).split('\n');
  } catch {
    return none; // no git, or not inside a repository
  }
  const [shallowAnswer, topLevel, shallowFile] = repository;
  const shallow = shallowAnswer === 'true';
  const top = realpathSync(topLevel);
  const prefix = path.relative(top, dir).split(path.sep).join('/');
  if (prefix.startsWith('..')) return none;
  let output: string;
  try {
    // --first-parent -m: the history of the branch built, each merge as one change (the day it
    // landed), so renames read in one line of history. -M: a moved file keeps its history.
    output = git(['log', '-z', '--first-parent', '-m', '-M', '--name-status', `--format=${SEPARATOR}%H %ct`, '--', '.'], dir);
  } catch {
    return none; // e.g. a repository with no commit yet
  }
  const shallowPath = path.resolve(dir, shallowFile);
  const boundaries = new Set(shallow && existsSync(shallowPath) ? readFileSync(shallowPath, 'utf8').split('\n').filter(Boolean) : []);
  const dates = new Map<string, FileDates>();
  const inFolder = prefix ? `${prefix}/` : '';
  for (const [file, fileDates] of datesFromCommits(parseGitLog(output, boundaries))) {
    if (file.startsWith(inFolder)) dates.set(path.resolve(folder, file.slice(inFolder.length)), fileDates);
  }
  return { dates, kind: shallow ? 'shallow' : dates.size === 0 ? 'none' : 'full' };
}

/** Each folder's history: git runs once per build. */
const histories = processWide('git-history', () => new Map<string, GitHistory>());

/** The history of a folder, read once per process. Never throws. */
export function gitHistory(folder: string): GitHistory {
  const cache = histories();
  const key = path.resolve(folder);
  if (!cache.has(key)) {
    let history: GitHistory;
    try {
      history = readGitHistory(key);
    } catch {
      history = { dates: new Map(), kind: 'none' }; // an unreadable history gives no dates, not a failed build
    }
    cache.set(key, history);
  }
  return cache.get(key)!;
}

/** Absolute path of each committed file of the folder → when it was added and last changed. */
export const gitDates = (folder: string) => gitHistory(folder).dates;
