/**
 * Dates added and updated from git history: a throw-away repository with commits on fixed days
 * (a rename, a deletion and a new file of the same name, a merge, a commit late in the evening
 * west of Greenwich), a file not yet committed, a shallow clone, a folder outside any repository
 * and no git at all. The dates are read in one `git log`; what history cannot tell is left out.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { datesFromCommits, gitHistory, readGitHistory } from '../../src/lib/git-dates.ts';
import { entryDates, findEntry, latestAdditions, type Entry } from '../../src/lib/entries.ts';
import { makeContentRoot, REPO } from '../support/content-fixture.ts';

const temp = mkdtempSync(path.join(os.tmpdir(), 'kb-git-dates-'));
after(() => rmSync(temp, { recursive: true, force: true }));

/** Runs git in a folder; `date` fixes the author and committer dates of a commit. */
function git(cwd: string, args: string[], date?: string): string {
  const env = {
    ...process.env,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}),
  };
  return execFileSync(
    'git',
    ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args],
    { cwd, env, encoding: 'utf8' },
  );
}

const entryText = (title: string, extra = '') =>
  `---\ntitle: ${title}\n---\n\n## Facts\n\nA synthetic entry, long enough for git to recognise it after a small edit.\nIt has a few lines.\nSo that a rename is a rename.\n${extra}`;

/** A repository whose content/ folder has a history worth reading. */
function makeRepository(): { repo: string; content: string } {
  const repo = path.join(temp, 'repo');
  const content = path.join(repo, 'content');
  mkdirSync(path.join(content, 'cases'), { recursive: true });
  mkdirSync(path.join(repo, 'other'));
  git(repo, ['init', '-q']);
  const write = (file: string, text: string) => writeFileSync(path.join(repo, file), text);
  const commit = (message: string, date: string) => {
    git(repo, ['add', '-A']);
    git(repo, ['commit', '-q', '-m', message], date);
  };
  write('content/cases/a.md', entryText('A'));
  write('content/cases/b.md', entryText('B'));
  write('content/old-name.md', entryText('Moved'));
  write('other/outside.md', entryText('Not content'));
  commit('first entries', '2024-01-10T12:00:00Z');
  appendFileSync(path.join(content, 'cases/a.md'), 'A correction.\n');
  commit('correct a', '2024-02-20T23:30:00-05:00'); // 21 February in UTC
  git(repo, ['mv', 'content/old-name.md', 'content/new-name.md']);
  appendFileSync(path.join(content, 'new-name.md'), 'formerIds: [old-name]\n');
  commit('move old-name to new-name', '2024-03-05T10:00:00Z');
  git(repo, ['rm', '-q', 'content/cases/b.md']);
  commit('remove b', '2024-04-01T10:00:00Z');
  // A pull request: written on a branch on 10 April, merged on 15 April.
  git(repo, ['checkout', '-q', '-b', 'side']);
  write('content/side.md', entryText('Side'));
  commit('side entry', '2024-04-10T10:00:00Z');
  git(repo, ['checkout', '-q', 'main']);
  git(repo, ['merge', '-q', '--no-ff', '-m', 'merge side', 'side'], '2024-04-15T10:00:00Z');
  write('content/cases/b.md', entryText('Another B'));
  commit('a new b', '2024-05-01T10:00:00Z');
  write('content/fresh.md', entryText('Not committed yet'));
  return { repo, content };
}

const { repo, content } = makeRepository();
const at = (file: string) => path.join(content, file);

describe('gitHistory', () => {
  const history = gitHistory(content);

  test('the first and last commit touching each file, as UTC days', () => {
    assert.equal(history.kind, 'full');
    assert.deepEqual(history.dates.get(at('cases/a.md')), { added: '2024-01-10', updated: '2024-02-21' });
  });

  test('a renamed file keeps the day it was added; its old name has no dates', () => {
    assert.deepEqual(history.dates.get(at('new-name.md')), { added: '2024-01-10', updated: '2024-03-05' });
    assert.equal(history.dates.has(at('old-name.md')), false);
  });

  test('a file deleted and created again under the same name is new from its second creation', () => {
    assert.deepEqual(history.dates.get(at('cases/b.md')), { added: '2024-05-01', updated: '2024-05-01' });
  });

  test('a merged branch adds its files on the day of the merge', () => {
    assert.deepEqual(history.dates.get(at('side.md')), { added: '2024-04-15', updated: '2024-04-15' });
  });

  test('no dates for a file not yet committed, nor for files outside the folder', () => {
    assert.equal(history.dates.has(at('fresh.md')), false);
    assert.deepEqual([...history.dates.keys()].sort(), ['cases/a.md', 'cases/b.md', 'new-name.md', 'side.md'].map(at));
  });

  test('read once per process', () => {
    assert.equal(gitHistory(content), history);
    assert.equal(gitHistory(`${content}/`), history);
  });
});

describe('where history cannot tell, nothing is made up', () => {
  test('a folder outside any repository, or missing: no dates, no error', () => {
    const outside = mkdtempSync(path.join(os.tmpdir(), 'kb-no-git-'));
    try {
      // Only meaningful if the temporary folder is itself outside any repository.
      if (spawnSync('git', ['rev-parse', '--git-dir'], { cwd: outside }).status !== 0)
        assert.deepEqual(readGitHistory(outside), { dates: new Map(), kind: 'none' });
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
    assert.deepEqual(readGitHistory(path.join(temp, 'no-such-folder')), { dates: new Map(), kind: 'none' });
  });

  test('no git program: no dates, no error', () => {
    const saved = process.env.PATH;
    process.env.PATH = path.join(temp, 'empty-path');
    try {
      assert.deepEqual(readGitHistory(content), { dates: new Map(), kind: 'none' });
    } finally {
      process.env.PATH = saved;
    }
  });

  test('an ignored folder inside a repository, or a repository without commits: no dates', () => {
    writeFileSync(path.join(repo, '.gitignore'), 'ignored/\n');
    mkdirSync(path.join(repo, 'ignored'));
    writeFileSync(path.join(repo, 'ignored', 'x.md'), entryText('X'));
    assert.equal(readGitHistory(path.join(repo, 'ignored')).dates.size, 0);
    const empty = path.join(temp, 'empty-repo');
    mkdirSync(empty);
    git(empty, ['init', '-q']);
    writeFileSync(path.join(empty, 'x.md'), entryText('X'));
    assert.deepEqual(readGitHistory(empty), { dates: new Map(), kind: 'none' });
  });

  test('a shallow clone: dates after its cut-off only; its first commit dates nothing', () => {
    const one = path.join(temp, 'depth-1');
    git(temp, ['clone', '-q', '--depth', '1', `file://${repo}`, one]);
    assert.deepEqual(readGitHistory(path.join(one, 'content')), { dates: new Map(), kind: 'shallow' });
    const two = path.join(temp, 'depth-2');
    git(temp, ['clone', '-q', '--depth', '2', `file://${repo}`, two]);
    const shallow = readGitHistory(path.join(two, 'content'));
    assert.equal(shallow.kind, 'shallow');
    // b.md was created in the last commit, which the clone has; everything else is older.
    assert.deepEqual([...shallow.dates], [[path.join(two, 'content/cases/b.md'), { added: '2024-05-01', updated: '2024-05-01' }]]);
  });

  test('a file changed after a shallow cut-off has its last date, not a made-up first one', () => {
    const dates = datesFromCommits([
      { time: Date.UTC(2024, 5, 1) / 1000, boundary: false, changes: [{ status: 'M', paths: ['a.md'] }] },
      {
        time: Date.UTC(2024, 0, 1) / 1000,
        boundary: true,
        changes: [
          { status: 'A', paths: ['a.md'] },
          { status: 'A', paths: ['b.md'] },
        ],
      },
    ]);
    assert.deepEqual([...dates], [['a.md', { updated: '2024-06-01' }]]);
  });
});

test('two files swapping names in one commit each keep their own history', () => {
  const day = (d: number) => Date.UTC(2024, 0, d) / 1000;
  const dates = datesFromCommits([
    {
      time: day(3),
      boundary: false,
      changes: [
        { status: 'R', paths: ['x.md', 'y.md'] },
        { status: 'R', paths: ['y.md', 'x.md'] },
      ],
    },
    { time: day(2), boundary: false, changes: [{ status: 'A', paths: ['y.md'] }] },
    { time: day(1), boundary: false, changes: [{ status: 'A', paths: ['x.md'] }] },
  ]);
  // Today's y.md was x.md (added on the 1st); today's x.md was y.md (added on the 2nd).
  assert.deepEqual(dates.get('y.md'), { added: '2024-01-01', updated: '2024-01-03' });
  assert.deepEqual(dates.get('x.md'), { added: '2024-01-02', updated: '2024-01-03' });
});

test('an entry moved with npm run move keeps the day it was added (entryDates, through the corpus)', () => {
  const root = makeContentRoot();
  const fixtureContent = path.join(root, 'content');
  git(root, ['init', '-q']);
  git(root, ['add', '-A']);
  git(root, ['commit', '-q', '-m', 'fixture corpus'], '2024-03-01T12:00:00Z');
  const moved = spawnSync(process.execPath, [path.join(REPO, 'scripts/move-entry.ts'), 'cases/gbr-2001-fixture-appeal', 'gbr-2001-fixture-renamed'], {
    cwd: REPO,
    env: { ...process.env, KB_CONTENT_DIR: fixtureContent },
    encoding: 'utf8',
  });
  assert.equal(moved.status, 0, moved.stderr);
  git(root, ['add', '-A']);
  git(root, ['commit', '-q', '-m', 'move'], '2024-03-02T12:00:00Z');
  const saved = process.env.KB_CONTENT_DIR;
  process.env.KB_CONTENT_DIR = fixtureContent;
  try {
    assert.deepEqual(entryDates(findEntry('case', 'gbr-2001-fixture-renamed')!), { added: '2024-03-01', updated: '2024-03-02' });
    // Not touched by the move: added and last changed on the first day.
    assert.deepEqual(entryDates(findEntry('case', 'chn-2003-fixture-crlf-bom')!), { added: '2024-03-01', updated: '2024-03-01' });
  } finally {
    if (saved === undefined) delete process.env.KB_CONTENT_DIR;
    else process.env.KB_CONTENT_DIR = saved;
  }
});

test('latest additions: newest date added first, then entries with none, newest decision first', () => {
  const entry = (id: string, decided: string) => ({ type: 'case', id, data: { title: id, decided } }) as unknown as Entry;
  const old2005 = entry('old-2005', '2005-07-26');
  const recent2020 = entry('recent-2020', '2020-01-01');
  const undated2023 = entry('undated-2023', '2023-05-05');
  const undated2010 = entry('undated-2010', '2010-05-05');
  const sameDay2019 = entry('same-day-2019', '2019-01-01');
  const added = new Map<Entry, string>([
    [old2005, '2026-11-30'],
    [recent2020, '2024-01-01'],
    [sameDay2019, '2026-11-30'],
  ]);
  const order = latestAdditions([undated2010, recent2020, undated2023, old2005, sameDay2019], Infinity, (e) => added.get(e));
  // A 2005 judgment added last month comes before a 2020 one added years ago; same day: newest decision first.
  assert.deepEqual(
    order.map((e) => e.id),
    ['same-day-2019', 'old-2005', 'recent-2020', 'undated-2023', 'undated-2010'],
  );
  assert.deepEqual(
    latestAdditions([undated2010, old2005], 1, (e) => added.get(e)).map((e) => e.id),
    ['old-2005'],
  );
});
