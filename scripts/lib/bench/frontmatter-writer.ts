/**
 * Writes frontmatter the way contributors do (short lists in brackets, lists of groups as
 * `- key: value` blocks, quotes only where YAML needs them), byte-for-byte the same every run.
 */
export type YamlValue = string | number | boolean | YamlValue[] | { [key: string]: YamlValue | undefined };

const RESERVED = /^(true|false|yes|no|on|off|y|n|null|~)$/i;

/** Plain where it cannot be misread, else a JSON string (a valid YAML double-quoted scalar). */
export function scalar(value: string | number | boolean): string {
  if (typeof value !== 'string') return String(value);
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  if (/^[A-Za-z][A-Za-z0-9 .-]*$/.test(value) && !RESERVED.test(value) && !value.endsWith(' ')) return value;
  return JSON.stringify(value);
}

const isGroup = (v: YamlValue | undefined): v is { [key: string]: YamlValue | undefined } => typeof v === 'object' && v !== null && !Array.isArray(v);

function mapping(object: { [key: string]: YamlValue | undefined }, indent: number): string[] {
  const pad = ' '.repeat(indent);
  const lines: string[] = [];
  for (const [key, value] of Object.entries(object)) {
    if (value === undefined || (isGroup(value) && Object.values(value).every((v) => v === undefined))) continue;
    if (Array.isArray(value)) {
      if (value.every((v) => !isGroup(v) && !Array.isArray(v))) {
        lines.push(`${pad}${key}: [${value.map((v) => scalar(v as string)).join(', ')}]`);
      } else {
        lines.push(`${pad}${key}:`);
        for (const item of value) {
          const inner = mapping(item as { [key: string]: YamlValue }, indent + 4);
          inner[0] = `${pad}  - ${inner[0].slice(indent + 4)}`;
          lines.push(...inner);
        }
      }
    } else if (isGroup(value)) {
      lines.push(`${pad}${key}:`, ...mapping(value, indent + 2));
    } else lines.push(`${pad}${key}: ${scalar(value)}`);
  }
  return lines;
}

/** A whole entry file: comment, frontmatter between --- lines, blank line, body. */
export function entryFile(comment: string, data: { [key: string]: YamlValue | undefined }, body: string): string {
  return ['---', `# ${comment}`, ...mapping(data, 0), '---', '', body.trimEnd(), ''].join('\n');
}
