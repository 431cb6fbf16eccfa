/** Reading CSV as RFC 4180 defines it, strictly, for the tests of /data/cases.csv. */

/** An RFC 4180 reader: rows of fields; throws on a stray quote or a line end that is not CRLF. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"' && field === '') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] === '"' && text[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (text[i] === '"') break;
        else field += text[i++];
      }
      i++;
      if (i < text.length && text[i] !== ',' && text[i] !== '\r') throw new Error(`text after a closing quote at ${i}`);
    } else if (text[i] === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (text[i] === '\r') {
      if (text[i + 1] !== '\n') throw new Error(`a CR without LF at ${i}`);
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else if (text[i] === '\n') {
      throw new Error(`a bare LF at ${i}: lines end with CRLF`);
    } else if (text[i] === '"') {
      throw new Error(`a quote inside an unquoted field at ${i}`);
    } else field += text[i++];
  }
  if (field !== '' || row.length) throw new Error('the last line has no CRLF');
  return rows;
}
