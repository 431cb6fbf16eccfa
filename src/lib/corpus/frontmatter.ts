/** Splits a content file into its YAML frontmatter and its Markdown body, keeping line numbers. */
export type Split =
  { ok: true; yaml: string; yamlFirstLine: number; body: string; bodyFirstLine: number } | { ok: false; line: number; column: number; message: string };

const FENCE = /^---[ \t]*$/;

export function splitFrontmatter(text: string): Split {
  if (text.trim() === '') {
    return {
      ok: false,
      line: 1,
      column: 1,
      message: 'the file is empty: it must start with a frontmatter block between --- lines (`npm run new -- case` writes a valid start)',
    };
  }
  const lines = text.split('\n');
  if (!FENCE.test(lines[0])) {
    const firstUsed = lines.findIndex((l) => l.trim() !== '');
    if (/^\+\+\+\s*$/.test(lines[firstUsed])) {
      return { ok: false, line: firstUsed + 1, column: 1, message: 'TOML frontmatter (+++) is not supported: write the fields as YAML between --- lines' };
    }
    if (FENCE.test(lines[firstUsed])) {
      return { ok: false, line: 1, column: 1, message: 'the file must start with --- on its very first line: remove the blank lines above it' };
    }
    return {
      ok: false,
      line: 1,
      column: 1,
      message: 'missing frontmatter: the file must start with a line containing only ---, then the fields, then another --- line',
    };
  }
  const close = lines.findIndex((line, index) => index > 0 && FENCE.test(line));
  if (close === -1) {
    return { ok: false, line: 1, column: 1, message: 'the frontmatter is never closed: add a line containing only --- after the last field' };
  }
  return {
    ok: true,
    yaml: lines.slice(1, close).join('\n'),
    yamlFirstLine: 2,
    body: lines.slice(close + 1).join('\n'),
    bodyFirstLine: close + 2,
  };
}
