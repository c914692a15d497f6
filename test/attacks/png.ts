// A real binary image that carries a sentence: the text drawn in its pixels (a 3×5 bitmap font, upper case,
// as a screenshot or a photographed form would carry it) and in an iTXt "Comment" chunk (as image metadata
// would). An 8-bit greyscale PNG, deflate "stored" blocks (valid, uncompressed), CRC-32 and Adler-32 by
// hand: no image library, no Node APIs.

// Glyphs: 5 rows of 3 pixels, top to bottom, '1' = ink.
const FONT: Record<string, string> = {
  A: '010101111101101',
  B: '110101110101110',
  C: '011100100100011',
  D: '110101101101110',
  E: '111100110100111',
  F: '111100110100100',
  G: '011100101101011',
  H: '101101111101101',
  I: '111010010010111',
  J: '001001001101010',
  K: '101101110101101',
  L: '100100100100111',
  M: '101111111101101',
  N: '110101101101101',
  O: '010101101101010',
  P: '110101110100100',
  Q: '010101101110011',
  R: '110101110101101',
  S: '011100010001110',
  T: '111010010010010',
  U: '101101101101111',
  V: '101101101101010',
  W: '101101111111101',
  X: '101101010101101',
  Y: '101101010010010',
  Z: '111001010100111',
  '0': '111101101101111',
  '1': '010110010010111',
  '2': '110001010100111',
  '3': '110001010001110',
  '4': '101101111001001',
  '5': '111100110001110',
  '6': '011100111101111',
  '7': '111001010010010',
  '8': '111101111101111',
  '9': '111101111001110',
  ' ': '000000000000000',
  '.': '000000000000010',
  ',': '000000000010100',
  ':': '000010000010000',
  '-': '000000111000000',
  '+': '000010111010000',
  '/': '001001010100100',
  '@': '111101111100011',
  _: '000000000000111',
  "'": '010010000000000',
  '(': '010100100100010',
  ')': '010001001001010',
  '?': '110001010000010',
  '!': '010010010000010',
  '#': '101111101111101',
  '=': '000111000111000',
  '&': '010101010101011',
  '*': '101010101000000',
  $: '011110010011110',
  '%': '101001010100101',
};
const SCALE = 2;
const GLYPH_W = 4; // 3 pixels + 1 of spacing
const MAX_CHARS_PER_LINE = 48;

function glyph(ch: string): string {
  const plain = ch.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase();
  return FONT[plain] ?? FONT['?']!;
}

function wrap(text: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > MAX_CHARS_PER_LINE) {
      lines.push(line);
      line = '';
    }
    line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** Greyscale pixels (0 ink, 255 paper), one byte per pixel, row by row. */
function render(text: string): { width: number; height: number; pixels: Uint8Array } {
  const lines = wrap(text);
  const cols = Math.max(...lines.map((l) => [...l].length));
  const width = (cols * GLYPH_W + 2) * SCALE;
  const height = (lines.length * 7 + 1) * SCALE;
  const pixels = new Uint8Array(width * height).fill(255);
  lines.forEach((line, row) => {
    [...line].forEach((ch, col) => {
      const bits = glyph(ch);
      for (let gy = 0; gy < 5; gy++)
        for (let gx = 0; gx < 3; gx++) {
          if (bits[gy * 3 + gx] !== '1') continue;
          const x0 = (1 + col * GLYPH_W + gx) * SCALE;
          const y0 = (1 + row * 7 + gy) * SCALE;
          for (let dy = 0; dy < SCALE; dy++) pixels.fill(0, (y0 + dy) * width + x0, (y0 + dy) * width + x0 + SCALE);
        }
    });
  });
  return { width, height, pixels };
}

const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (const x of bytes) {
    a = (a + x) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

const u32 = (n: number) => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];

function concat(parts: readonly (Uint8Array | number[])[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const typed = concat([new TextEncoder().encode(type), data]);
  return concat([u32(data.length), typed, u32(crc32(typed))]);
}

/** A zlib stream of "stored" deflate blocks (no compression: valid for every decoder, simple to write). */
function zlibStored(raw: Uint8Array): Uint8Array {
  const parts: (Uint8Array | number[])[] = [[0x78, 0x01]];
  for (let at = 0; at < raw.length; at += 65535) {
    const block = raw.subarray(at, at + 65535);
    const final = at + 65535 >= raw.length ? 1 : 0;
    parts.push([final, block.length & 0xff, block.length >>> 8, ~block.length & 0xff, (~block.length >>> 8) & 0xff], block);
  }
  parts.push(u32(adler32(raw)));
  return concat(parts);
}

/** A PNG showing `text` (and carrying it as an iTXt comment). */
export function pngWithText(text: string): Uint8Array {
  const { width, height, pixels } = render(text);
  const scanlines = new Uint8Array(height * (width + 1)); // each row: filter type 0, then the pixels
  for (let y = 0; y < height; y++) scanlines.set(pixels.subarray(y * width, (y + 1) * width), y * (width + 1) + 1);
  const header = concat([u32(width), u32(height), [8, 0, 0, 0, 0]]); // 8-bit, greyscale, deflate, filter 0, no interlace
  const comment = concat([new TextEncoder().encode('Comment'), [0, 0, 0, 0, 0], new TextEncoder().encode(text)]);
  return concat([
    [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    chunk('IHDR', header),
    chunk('iTXt', comment),
    chunk('IDAT', zlibStored(scanlines)),
    chunk('IEND', new Uint8Array(0)),
  ]);
}
