/**
 * The repository behind "Report a mistake": KB_REPOSITORY_URL, else package.json's `repository`,
 * else the clone's `origin` remote, on GitHub only, else none.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { test } from 'node:test';
import yaml from 'js-yaml';
import {
  CORRECTION_FORM,
  correctionFormUrl,
  githubRepositoryUrl,
  givenRepository,
  originRemote,
  packageRepository,
  repositoryFileUrl,
  repositoryUrl,
  SUGGESTION_FORM,
} from '../../src/lib/repository.ts';

const packageWith = (fields: Record<string, unknown>) => {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'kb-repository-')), 'package.json');
  writeFileSync(file, JSON.stringify({ name: 'x', ...fields }));
  return pathToFileURL(file);
};
const REPO = 'https://github.com/some-org/case-law';

test('repository as a string or as {url}, in every form npm writes, becomes https://github.com/<owner>/<name>', () => {
  assert.equal(repositoryUrl({}, packageWith({ repository: 'https://github.com/some-org/case-law' })), REPO);
  assert.equal(repositoryUrl({}, packageWith({ repository: { type: 'git', url: 'git+https://github.com/some-org/case-law.git' } })), REPO);
  for (const form of [
    'git+https://github.com/some-org/case-law.git',
    'https://github.com/some-org/case-law.git',
    'https://github.com/some-org/case-law/',
    'http://github.com/some-org/case-law',
    'git://github.com/some-org/case-law.git',
    'git+ssh://git@github.com/some-org/case-law.git',
    'git@github.com:some-org/case-law.git',
    'github:some-org/case-law',
    'some-org/case-law',
    '  https://GitHub.com/some-org/case-law  ',
  ]) {
    assert.equal(githubRepositoryUrl(form), REPO, form);
  }
});

test('no repository, or one that is not a GitHub repository, gives none', () => {
  assert.equal(repositoryUrl({}, packageWith({})), undefined);
  assert.equal(repositoryUrl({}, packageWith({ repository: '' })), undefined);
  assert.equal(repositoryUrl({}, packageWith({ repository: { type: 'git' } })), undefined);
  assert.equal(repositoryUrl({}, pathToFileURL(path.join(os.tmpdir(), 'no-such-folder-kb', 'package.json'))), undefined);
  for (const form of [
    'https://gitlab.com/some-org/case-law',
    'gitlab:some-org/case-law',
    'bitbucket:some-org/case-law',
    'https://github.com/some-org',
    'https://github.com/some-org/case-law/issues',
    'https://github.com.evil.net/some-org/case-law',
    'file:///home/me/case-law',
    'not a url',
    undefined,
  ]) {
    assert.equal(githubRepositoryUrl(form), undefined, String(form));
  }
});

test('KB_REPOSITORY_URL (a fork’s deploy) comes before package.json', () => {
  const withRepository = packageWith({ repository: 'github:some-org/case-law' });
  assert.equal(repositoryUrl({ KB_REPOSITORY_URL: 'https://github.com/a-fork/case-law' }, withRepository), 'https://github.com/a-fork/case-law');
  assert.equal(repositoryUrl({ KB_REPOSITORY_URL: '' }, withRepository), REPO);
  assert.equal(givenRepository({ KB_REPOSITORY_URL: 'https://gitlab.com/a/b' }, withRepository), 'https://gitlab.com/a/b');
  assert.equal(repositoryUrl({ KB_REPOSITORY_URL: 'https://gitlab.com/a/b' }, withRepository), undefined);
});

/** A package.json in a new git clone whose `origin` is `remote` (none when undefined). */
const cloneWith = (remote: string | undefined, fields: Record<string, unknown> = {}) => {
  const packageJson = packageWith(fields);
  const folder = path.dirname(fileURLToPath(packageJson));
  execFileSync('git', ['init', '-q', folder]);
  if (remote) execFileSync('git', ['-C', folder, 'remote', 'add', 'origin', remote]);
  return packageJson;
};

test('without repository in package.json, a clone of a GitHub repository links to its origin remote', () => {
  for (const remote of ['https://github.com/some-org/case-law.git', 'git@github.com:some-org/case-law.git']) {
    assert.equal(originRemote(new URL('.', cloneWith(remote))), remote);
    assert.equal(repositoryUrl({}, cloneWith(remote)), REPO, remote);
  }
  assert.equal(
    repositoryUrl({}, cloneWith('git@github.com:some-org/case-law.git', { repository: 'github:other-org/kb' })),
    'https://github.com/other-org/kb',
    'package.json first',
  );
  assert.equal(
    repositoryUrl({ KB_REPOSITORY_URL: 'https://github.com/a-fork/case-law' }, cloneWith('git@github.com:some-org/case-law.git')),
    'https://github.com/a-fork/case-law',
  );
});

test('a clone with no origin, or an origin off GitHub (a local path, another host), gives none', () => {
  assert.equal(originRemote(new URL('.', cloneWith(undefined))), undefined);
  assert.equal(repositoryUrl({}, cloneWith(undefined)), undefined);
  assert.equal(givenRepository({}, cloneWith('/srv/git/case-law')), '/srv/git/case-law');
  assert.equal(repositoryUrl({}, cloneWith('/srv/git/case-law')), undefined);
  assert.equal(repositoryUrl({}, cloneWith('https://gitlab.com/some-org/case-law.git')), undefined);
});

test('the project’s own package.json: no repository is invented', () => {
  const own = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { repository?: unknown };
  // Until the maintainers publish the project, package.json names no address (the site then takes the clone's origin, if on GitHub).
  if (own.repository === undefined) assert.equal(packageRepository(new URL('../../package.json', import.meta.url)), undefined);
  else assert.ok(repositoryUrl({}), `repository in package.json (${JSON.stringify(own.repository)}) must be a GitHub repository`);
});

test('"Report a mistake" opens the correction form with the entry’s id in the title and its address in the Page URL field', () => {
  const link = new URL(correctionFormUrl(REPO, { id: 'echr-2005-siliadin-v-france', url: 'https://kb.court.gov.xx/cases/echr-2005-siliadin-v-france/' }));
  assert.equal(`${link.origin}${link.pathname}`, `${REPO}/issues/new`);
  assert.equal(link.searchParams.get('template'), 'report-a-correction.yml');
  assert.equal(link.searchParams.get('title'), 'Correction: echr-2005-siliadin-v-france');
  assert.equal(link.searchParams.get('url'), 'https://kb.court.gov.xx/cases/echr-2005-siliadin-v-france/');
  assert.doesNotMatch(link.search, /\+/, 'spaces as %20, which GitHub reads as spaces');
  assert.equal(repositoryFileUrl(REPO, 'CONTRIBUTING.md'), `${REPO}/blob/HEAD/CONTRIBUTING.md`);
});

test('the forms linked to exist in .github/ISSUE_TEMPLATE/, with the field ids filled in', () => {
  const forms = new URL('../../.github/ISSUE_TEMPLATE/', import.meta.url);
  const correction = yaml.load(readFileSync(new URL(CORRECTION_FORM.template, forms), 'utf8')) as { title: string; body: { id?: string }[] };
  assert.equal(correction.title.trim(), CORRECTION_FORM.titlePrefix.trim());
  for (const id of Object.values(CORRECTION_FORM.fields))
    assert.ok(
      correction.body.some((field) => field.id === id),
      `field "${id}" in ${CORRECTION_FORM.template}`,
    );
  assert.ok(existsSync(new URL(SUGGESTION_FORM.template, forms)), SUGGESTION_FORM.template);
});
