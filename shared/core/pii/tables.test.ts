import { describe, expect, it } from 'vitest';
import { count, inDelimitedLine, inTableColumn, TABLE_DELIM_RE, tableIndex } from './tables.ts';

const phoneIndex = (text: string) =>
  tableIndex(
    text,
    (line) => /phone/i.test(line),
    (cell) => /phone/i.test(cell),
  );

describe('tables', () => {
  it('finds delimiters on the line around a position, with the caller’s set', () => {
    const text = 'plain line\nf(x) = 1\na;b';
    expect(inDelimitedLine(text, 2, TABLE_DELIM_RE)).toBe(false);
    expect(inDelimitedLine(text, text.indexOf('x'), TABLE_DELIM_RE)).toBe(false);
    expect(inDelimitedLine(text, text.indexOf('x'), /[,;\t|(]/)).toBe(true);
    expect(inDelimitedLine(text, text.length, TABLE_DELIM_RE)).toBe(true);
  });

  it('indexes header cells that name a column, and blank lines', () => {
    const text = 'name,phone\nAnn,0612345678\n\nid|Phone 2|phone\n';
    const index = phoneIndex(text);
    // "Phone 2" carries a digit: no column name; the line with digits is no header either
    expect(index.headers).toEqual([{ dl: ',', col: 1, pos: 0 }]);
    expect(index.blanks).toEqual([text.indexOf('\n\n') + 1, text.length]);
  });

  it('places a value in a named column of the same block only', () => {
    const text = 'name;phone\nAnn;0612345678\nBob;0612345679\n\nAnn;0612345670';
    const index = phoneIndex(text);
    expect(inTableColumn(text, text.indexOf('0612345678'), index)).toBe(true);
    expect(inTableColumn(text, text.indexOf('0612345679'), index)).toBe(true);
    expect(inTableColumn(text, text.indexOf('Bob'), index)).toBe(false);
    expect(inTableColumn(text, text.indexOf('0612345670'), index)).toBe(false); // after a blank line
    expect(inTableColumn(text, 0, index)).toBe(false); // the header itself
  });

  it('counts a character', () => {
    expect(count('a,b,,c', ',')).toBe(3);
    expect(count('abc', ',')).toBe(0);
  });
});
