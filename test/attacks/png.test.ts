// The image attack's picture is a real PNG: signature, chunks with valid CRCs, an IDAT that zlib inflates to
// exactly the declared greyscale scanlines, ink where the text is, and the text in an iTXt chunk.
import { crc32, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pngWithText } from './png.ts';

interface Chunk {
  type: string;
  data: Buffer;
}

function chunks(png: Buffer): Chunk[] {
  const out: Chunk[] = [];
  for (let at = 8; at < png.length;) {
    const len = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + len);
    expect(png.readUInt32BE(at + 8 + len), `${type} CRC`).toBe(crc32(png.subarray(at + 4, at + 8 + len)));
    out.push({ type, data });
    at += 12 + len;
  }
  return out;
}

describe('pngWithText', () => {
  const text = 'My passport number is C01X00T47, it expires next year.';
  const png = Buffer.from(pngWithText(text));
  const parts = chunks(png);

  it('is a PNG: signature, IHDR first, IEND last, CRCs valid', () => {
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(parts[0]!.type).toBe('IHDR');
    expect(parts.at(-1)!.type).toBe('IEND');
  });

  it('inflates to one filter byte and `width` grey pixels per row, with ink on paper', () => {
    const ihdr = parts[0]!.data;
    const width = ihdr.readUInt32BE(0);
    const height = ihdr.readUInt32BE(4);
    expect([ihdr[8], ihdr[9]]).toEqual([8, 0]); // 8-bit greyscale
    const raw = inflateSync(Buffer.concat(parts.filter((c) => c.type === 'IDAT').map((c) => c.data)));
    expect(raw.length).toBe(height * (width + 1));
    const ink = [...raw].filter((b, i) => i % (width + 1) !== 0 && b === 0).length;
    expect(ink).toBeGreaterThan(text.length * 4);
    expect(ink).toBeLessThan((width * height) / 2);
  });

  it('carries the text as an iTXt comment', () => {
    const itxt = parts.find((c) => c.type === 'iTXt')!;
    expect(itxt.data.toString('utf8')).toBe(`Comment\0\0\0\0\0${text}`);
  });
});
