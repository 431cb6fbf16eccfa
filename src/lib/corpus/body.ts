/**
 * Rules for the Markdown body: case sections present and in order, no raw HTML, links and
 * images only to http(s) or to other pages of the knowledge base. Internal links are returned
 * so that the corpus check can see that they resolve.
 */
import type { Heading, Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { markdownToMdast } from 'satteri';
import { visit } from 'unist-util-visit';
import { CASE_SECTIONS, type ContentType } from '../../../schemas/index.ts';
import { suggest } from '../../../schemas/suggest.ts';
import { webUrlProblem } from '../../../schemas/common.ts';
import { MARKDOWN_FEATURES } from '../markdown/dialect.ts';
import { placeholderWarnings } from './placeholders.ts';
import type { Located } from './yaml-document.ts';

export interface InternalLink {
  path: string;
  line: number;
  column: number;
}

/** The body as the site reads it (GFM, parsed in Rust by Sätteri), with positions. */
export function parseBody(body: string): Root {
  return markdownToMdast(body, { features: MARKDOWN_FEATURES }) as Root;
}

export function checkBody(type: ContentType, body: string, firstLine: number) {
  const problems: Located[] = [];
  const links: InternalLink[] = [];
  const at = (node: Nodes) => ({ line: (node.position?.start.line ?? 1) + firstLine - 1, column: node.position?.start.column ?? 1 });
  const tree = parseBody(body);

  if (tree.children.length === 0) {
    const what =
      type === 'case'
        ? 'the sections ## Facts and ## Decision'
        : type === 'collection'
          ? 'the session plan or reading guide'
          : 'a description in your own words (what it is, who it is for, what it covers)';
    problems.push({ line: firstLine, column: 1, message: `the body is empty: below the closing --- write ${what}` });
    return { problems, links, warnings: [] as Located[], tree };
  }

  visit(tree, (node) => {
    if (node.type === 'html') {
      if (/^<!--[\s\S]*-->$/.test(node.value.trim())) return; // comments: guidance for contributors, never shown
      const where = at(node);
      if (problems.some((p) => p.line === where.line && p.message.startsWith('raw HTML'))) return; // <b>…</b> is one mistake
      problems.push({ ...where, message: 'raw HTML is not allowed in the body: use Markdown instead (**bold**, *italic*, [text](https://…), lists)' });
    } else if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      const problem = linkProblem(node.url);
      if (problem) problems.push({ ...at(node), message: problem });
      else if (node.url.startsWith('/')) links.push({ path: node.url, ...at(node) });
    } else if (node.type === 'heading' && node.depth === 1) {
      problems.push({ ...at(node), message: 'do not use # headings in the body: the title comes from the frontmatter; use ## for sections' });
    }
  });

  if (type === 'case') problems.push(...checkCaseSections(tree, at, firstLine));
  const warnings: Located[] = placeholderWarnings(body, firstLine);
  return { problems, links, warnings, tree };
}

/**
 * How many numbered paragraphs the page will show (the `para-N` anchors a collection item's
 * `paragraph` points at): the body's top-level paragraphs and block quotes, which
 * src/lib/markdown/paragraph-numbers.ts numbers in the HTML rendered from the same tree.
 * tests/unit/paragraph-count.test.ts checks the count against the renderer for every entry.
 */
export function countNumberedParagraphs(tree: Root): number {
  return tree.children.filter((node) => node.type === 'paragraph' || node.type === 'blockquote').length;
}

/** Only https:/http: links, site paths (/cases/…/) and same-page anchors (#para-4). */
function linkProblem(url: string): string | undefined {
  if (url.startsWith('#')) return undefined;
  if (url.startsWith('//')) return `link "${url}" has no scheme: write https://${url.slice(2)}`;
  if (url.startsWith('/')) return undefined;
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) {
    const problem = webUrlProblem(url);
    return problem ? `${problem} (in link "${url.slice(0, 60)}")` : undefined;
  }
  return `relative link "${url}": link to another entry by its site path, e.g. /cases/<id>/, or give a full https:// address`;
}

function checkCaseSections(tree: Root, at: (n: Nodes) => { line: number; column: number }, firstLine: number): Located[] {
  const problems: Located[] = [];
  const names: string[] = CASE_SECTIONS.map((s) => s.heading);
  const found: { name: string; node: Heading; index: number }[] = [];
  const first = tree.children[0];
  if (first && !(first.type === 'heading' && first.depth === 2) && first.type !== 'html') {
    problems.push({ ...at(first), message: 'text before the first section: begin the body with ## Facts' });
  }
  tree.children.forEach((node, index) => {
    if (node.type !== 'heading' || node.depth !== 2) return;
    const text = toString(node).trim();
    const name = names.find((n) => n.toLowerCase() === text.toLowerCase());
    if (!name) {
      const guess = suggest(text, names);
      problems.push({
        ...at(node),
        message: `unknown section "## ${text}"` + (guess ? ` (did you mean "## ${guess}"?)` : ''),
        hint: `case sections, in this order: ${names.map((n) => `## ${n}`).join(', ')}`,
      });
      return;
    }
    if (name !== text) problems.push({ ...at(node), message: `write the section heading as "## ${name}"` });
    if (found.some((f) => f.name === name)) {
      problems.push({ ...at(node), message: `section "## ${name}" appears twice: merge the two` });
      return;
    }
    const previous = found[found.length - 1];
    if (previous && names.indexOf(name) < names.indexOf(previous.name)) {
      problems.push({ ...at(node), message: `section "## ${name}" must come before "## ${previous.name}"`, hint: `order: ${names.join(', ')}` });
    }
    const isComment = (n: Nodes) => n.type === 'html' && /^<!--[\s\S]*-->$/.test(n.value.trim());
    const end = tree.children.findIndex((n, i) => i > index && n.type === 'heading' && n.depth <= 2);
    const content = tree.children.slice(index + 1, end === -1 ? undefined : end).filter((n) => !isComment(n));
    if (content.length === 0)
      problems.push({ ...at(node), message: `section "## ${name}" is empty: write it, or remove the heading if the section is optional` });
    found.push({ name, node, index });
  });
  const lastLine = (tree.position?.end.line ?? 1) + firstLine - 1;
  for (const section of CASE_SECTIONS) {
    if (section.required && !found.some((f) => f.name === section.heading)) {
      problems.push({
        line: lastLine,
        column: 1,
        message: `the required section "## ${section.heading}" is missing`,
        hint: `case sections, in this order: ${names.map((n) => `## ${n}`).join(', ')}`,
      });
    }
  }
  return problems;
}
