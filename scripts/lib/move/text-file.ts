/**
 * A content file as its author wrote it, edited in place. The corpus parses the text without a
 * byte-order mark and with every line end as \n; edits are found in that text, then applied to
 * the bytes as written, so a BOM, CRLF line ends and everything not edited stay exactly as they were.
 */
import { readFileSync } from 'node:fs';

export interface TextFile {
  /** The file as written (BOM and line ends kept). */
  raw: string;
  /** What the corpus parses: no BOM, every line end \n. Edit offsets are offsets in this text. */
  text: string;
  /** The line end new lines get: the one the file mostly uses. */
  eol: '\n' | '\r\n';
}

/** Replace text[start, end) with `text`; a \n in `text` becomes the file's line end. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

// ignoreBOM: keep a byte-order mark in the text, so that it is written back.
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function readTextFile(absolute: string): TextFile {
  return textFile(decoder.decode(readFileSync(absolute)));
}

export function textFile(raw: string): TextFile {
  const withoutBom = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const crlf = withoutBom.match(/\r\n/g)?.length ?? 0;
  const lf = (withoutBom.match(/\n/g)?.length ?? 0) - crlf;
  return { raw, text: withoutBom.replace(/\r\n?/g, '\n'), eol: crlf > lf ? '\r\n' : '\n' };
}

/** Offsets at which each line starts. */
function lineStarts(text: string, lineEnd: RegExp): number[] {
  const starts = [0];
  for (const match of text.matchAll(lineEnd)) starts.push(match.index + match[0].length);
  return starts;
}

function lineIndex(starts: number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** 1-based line of an offset in `file.text` (the line editors show). */
export function lineAt(file: TextFile, offset: number): number {
  return lineIndex(lineStarts(file.text, /\n/g), offset) + 1;
}

/** The file as written, with the edits applied. Edits must not overlap. */
export function applyEdits(file: TextFile, edits: readonly Edit[]): string {
  const bom = file.raw.length - file.raw.replace(/^\uFEFF/, '').length;
  const normalStarts = lineStarts(file.text, /\n/g);
  const rawStarts = lineStarts(file.raw.slice(bom), /\r\n|\r|\n/g);
  // Same lines in both texts, so an offset keeps its line and its column within the line.
  const rawOffset = (offset: number) => {
    const line = lineIndex(normalStarts, offset);
    return bom + rawStarts[line] + offset - normalStarts[line];
  };
  const sorted = [...edits].sort((a, b) => b.start - a.start);
  let out = file.raw;
  let limit = Infinity;
  for (const edit of sorted) {
    if (edit.end > limit) throw new Error(`overlapping edits at offset ${edit.start}`);
    limit = edit.start;
    out = out.slice(0, rawOffset(edit.start)) + edit.text.replace(/\n/g, file.eol) + out.slice(rawOffset(edit.end));
  }
  return out;
}
