/**
 * The project's repository on GitHub, where readers report mistakes (the correction issue form)
 * and contributors find CONTRIBUTING.md: KB_REPOSITORY_URL (a fork's deploy workflow sets it),
 * else `repository` in package.json (a string or `{ "url": … }`, as npm writes it), else the
 * `origin` remote of the git clone the site is built from (so a clone of a GitHub repository
 * links to it without editing anything). Without one, or with one that is not on GitHub (the
 * links use GitHub's issue forms), it is undefined and pages show no link rather than a guessed one.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { processWide } from './process-wide.ts';

/** The issue forms in .github/ISSUE_TEMPLATE/ the site links to, and the ids of the fields it fills in. */
export const CORRECTION_FORM = { template: 'report-a-correction.yml', titlePrefix: 'Correction: ', fields: { url: 'url' } } as const;
export const SUGGESTION_FORM = { template: 'suggest-a-case.yml' } as const;

/** package.json's `repository`, as a string or `{ "url": … }`; undefined when absent or unreadable. */
export function packageRepository(packageJson: URL): string | undefined {
  let repository: unknown;
  try {
    repository = (JSON.parse(readFileSync(packageJson, 'utf8')) as { repository?: unknown }).repository;
  } catch {
    return undefined;
  }
  const value = typeof repository === 'string' ? repository : (repository as { url?: unknown } | null)?.url;
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** The address of the `origin` remote of the git clone holding `folder`; undefined without git, a clone or that remote. */
export function originRemote(folder: URL): string | undefined {
  try {
    const url = execFileSync('git', ['remote', 'get-url', 'origin'], {
      cwd: fileURLToPath(folder),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    return url || undefined;
  } catch {
    return undefined;
  }
}

/**
 * A repository's address as given, before it is checked: KB_REPOSITORY_URL, else package.json's
 * `repository`, else the `origin` remote of the clone that package.json is in.
 */
export function givenRepository(
  env: Record<string, string | undefined> = process.env,
  packageJson: URL = new URL('../../package.json', import.meta.url),
): string | undefined {
  if (env.KB_REPOSITORY_URL?.trim()) return env.KB_REPOSITORY_URL.trim();
  return packageRepository(packageJson) ?? originRemote(new URL('.', packageJson));
}

const NAME = /^[A-Za-z0-9_.-]+$/;

/**
 * A GitHub repository as `https://github.com/<owner>/<name>`, from any form npm accepts for it:
 * `https://github.com/o/n`, `git+https://github.com/o/n.git`, `git://…`, `git+ssh://git@github.com/o/n.git`,
 * `git@github.com:o/n.git`, `github:o/n` and the bare `o/n`. Anything else (another host, a
 * path that is not owner/name) is undefined.
 */
export function githubRepositoryUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  let text = value.trim();
  const shorthand = /^(?:github:)?([^/:@\s]+)\/([^/:@\s]+)$/.exec(text);
  if (shorthand && !text.includes('://')) text = `https://github.com/${shorthand[1]}/${shorthand[2]}`;
  const scp = /^[\w.-]+@github\.com:(.+)$/i.exec(text); // git@github.com:owner/name.git
  if (scp) text = `https://github.com/${scp[1]}`;
  let url: URL;
  try {
    url = new URL(text.replace(/^git\+/, ''));
  } catch {
    return undefined;
  }
  if (!['https:', 'http:', 'git:', 'ssh:'].includes(url.protocol) || url.hostname.toLowerCase() !== 'github.com') return undefined;
  const [owner, name, ...rest] = url.pathname.replace(/^\/+|\/+$/g, '').split('/');
  const repo = name?.replace(/\.git$/, '');
  if (rest.length || !owner || !repo || !NAME.test(owner) || !NAME.test(repo)) return undefined;
  return `https://github.com/${owner}/${repo}`;
}

/** The repository's GitHub address, or undefined (see the module's comment). */
export function repositoryUrl(env: Record<string, string | undefined> = process.env, packageJson?: URL): string | undefined {
  return githubRepositoryUrl(givenRepository(env, packageJson));
}

// Process-wide: the integration asks first, while Astro sets up, and the pages (another module
// graph) reuse its answer. Asking git again from the pages would fork the build's 2 GB process in
// the middle of page generation. In an object, so that "no repository" is remembered too.
const repository = processWide('repository', () => ({ url: repositoryUrl() }));

/** repositoryUrl() for this build, read once (every entry page asks for it). */
export const siteRepository = () => repository().url;

/**
 * A GitHub issue form, its fields filled in by query parameters (`?template=…&title=…&<field id>=…`,
 * as GitHub documents for issue forms).
 */
export function issueFormUrl(repository: string, template: string, fields: Record<string, string> = {}): string {
  const query = new URLSearchParams({ template, ...fields });
  return `${repository}/issues/new?${query.toString().replace(/\+/g, '%20')}`;
}

/** "Report a mistake" for an entry: the correction form with its id in the title and its address in the Page URL field. */
export function correctionFormUrl(repository: string, entry: { id: string; url: string }): string {
  return issueFormUrl(repository, CORRECTION_FORM.template, { title: `${CORRECTION_FORM.titlePrefix}${entry.id}`, [CORRECTION_FORM.fields.url]: entry.url });
}

/** A file of the repository on its default branch (`HEAD`), e.g. CONTRIBUTING.md. */
export const repositoryFileUrl = (repository: string, path: string) => `${repository}/blob/HEAD/${path.replace(/^\//, '')}`;
