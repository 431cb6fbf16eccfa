/**
 * Bytes to text the way contributors' editors write it: UTF-8 required, a byte-order mark and
 * CRLF line ends tolerated (CRLF → LF keeps every line and column number as the editor shows it).
 */
export type SourceText = { ok: true; text: string } | { ok: false; line: number; column: number; message: string };

const decoder = new TextDecoder('utf-8', { fatal: true });

export function decodeSource(bytes: Uint8Array): SourceText {
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    const { line, column, offset } = firstInvalidByte(bytes);
    return {
      ok: false,
      line,
      column,
      message: `the file is not valid UTF-8 (byte 0x${bytes[offset].toString(16).padStart(2, '0')} at byte ${offset}): save it as UTF-8 in your editor`,
    };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { ok: true, text: text.replace(/\r\n?/g, '\n') };
}

/** Where the first byte that breaks UTF-8 is, as a line and column of the valid text before it. */
function firstInvalidByte(bytes: Uint8Array): { line: number; column: number; offset: number } {
  let offset = 0;
  while (offset < bytes.length) {
    const b = bytes[offset];
    const length = b < 0x80 ? 1 : b >> 5 === 0b110 ? 2 : b >> 4 === 0b1110 ? 3 : b >> 3 === 0b11110 ? 4 : 0;
    if (length === 0 || offset + length > bytes.length) break;
    let valid = true;
    for (let i = 1; i < length; i++) if (bytes[offset + i] >> 6 !== 0b10) valid = false;
    if (!valid) break;
    offset += length;
  }
  const before = new TextDecoder().decode(bytes.subarray(0, offset));
  const lines = before.split('\n');
  return { line: lines.length, column: [...lines[lines.length - 1]].length + 1, offset };
}
