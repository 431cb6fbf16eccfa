/** A problem found in a content file, and the two ways the validator prints problems. */
import path from 'node:path';
export interface Problem {
  /** Path relative to the working directory (the repository root), with forward slashes. */
  file: string;
  line: number;
  column: number;
  message: string;
  /** What to write instead, when the message alone does not say. */
  hint?: string;
  severity: 'error' | 'warning';
}

/** A path as problems print it: relative to the working directory, with forward slashes. */
export function displayPath(absolute: string): string {
  return path.relative(process.cwd(), absolute).split(path.sep).join('/');
}

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.severity}: ${p.message}` + (p.hint ? `\n    hint: ${p.hint}` : '');
}

export function problemsAsJson(problems: Problem[]): string {
  return JSON.stringify(
    problems.map(({ file, line, column, message, hint, severity }) => ({ file, line, column, message, ...(hint ? { hint } : {}), severity })),
    null,
    2,
  );
}

/** GitHub Actions workflow commands: `::error file=…,line=…,col=…::message`. */
export function problemsAsGithubAnnotations(problems: Problem[]): string[] {
  const data = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const property = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  return problems.map((p) => `::${p.severity} file=${property(p.file)},line=${p.line},col=${p.column}::${data(p.message + (p.hint ? ` (${p.hint})` : ''))}`);
}

export function byPosition(a: Problem, b: Problem): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;
}

export const isError = (p: Problem) => p.severity === 'error';
