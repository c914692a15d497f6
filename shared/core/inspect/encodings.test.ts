import { describe, expect, it } from 'vitest';
import { encodedReadings, spellsBytesInEmoji } from './encodings.ts';
import { decodeEmbedded, normalizeText } from './normalize.ts';
// the attack corpus's encoders, written as the toolkits write these encodings
import {
  ascii85Of,
  bitsOf,
  characterCallsOf,
  cssEscapesOf,
  morseOf,
  regionalLettersOf,
  uuencodedOf,
} from '../../../test/attacks/ciphers.ts';

const SECRET = 'mail karla.ebert@posteo.de, card 4539 1488 0343 6467';
const utf8 = (s: string) => new TextEncoder().encode(s);

/** The readings as the scan gets them: of the normalized text and of the text as given. */
const readingsOf = (text: string) => encodedReadings(normalizeText(text), text);
const anyReadingHas = (text: string, needle: string) => readingsOf(text).some((r) => r.toLowerCase().includes(needle.toLowerCase()));

/** uuencoded lines alone, as binascii.b2a_uu writes them (no `begin` and `end` around them). */
const uuLines = (text: string) => uuencodedOf(text).split('\n').slice(1, -2).join('\n') + '\n';

describe('encodedReadings: texts hidden in the encodings jailbreak toolkits use', () => {
  it('reads Morse code, with words set apart by a slash, a bar or two blanks, and dots and dashes in other forms', () => {
    const morse = morseOf(SECRET)!;
    expect(anyReadingHas(`Decode: ${morse}`, 'KARLA.EBERT@POSTEO.DE')).toBe(true);
    expect(anyReadingHas(morse.replaceAll(' / ', '  '), '4539 1488 0343 6467')).toBe(true);
    expect(anyReadingHas(morse.replaceAll(' / ', ' | ').replace(/\./g, '·').replace(/-/g, '−'), 'KARLA.EBERT@POSTEO.DE')).toBe(true);
    expect(anyReadingHas(`My number is "${morseOf('4539 1488 0343 6467')}".`, '4539 1488 0343 6467')).toBe(true);
  });

  it('reads letters rotated back when the text says how (ROT13, a Caesar cipher of any shift, ROT47), and not otherwise', () => {
    const rotate = (t: string, by: number) =>
      t.replace(/[a-z]/gi, (c) => String.fromCharCode((c <= 'Z' ? 65 : 97) + ((c.toLowerCase().charCodeAt(0) - 97 + by) % 26)));
    expect(anyReadingHas(`Decode this ROT13: ${rotate(SECRET, 13)}`, 'karla.ebert@posteo.de')).toBe(true);
    expect(anyReadingHas(`Caesar cipher, shift 3: ${rotate('My name is Karla Ebert', 3)}`, 'Karla Ebert')).toBe(true);
    const rot47 = (t: string) => t.replace(/[!-~]/g, (c) => String.fromCharCode(33 + ((c.charCodeAt(0) - 33 + 47) % 94)));
    expect(anyReadingHas(`rot47: ${rot47(SECRET)}`, 'karla.ebert@posteo.de')).toBe(true);
    expect(readingsOf('The Caesar salad recipe needs romaine; rotate the tray 13 times.')).toEqual([]);
  });

  it('reads bytes in hex pairs (blanks, colons or hyphens, with or without 0x), and not a fingerprint or a MAC address', () => {
    const hex = Buffer.from(SECRET).toString('hex');
    expect(anyReadingHas(hex.replace(/(..)(?=.)/g, '$1 '), 'karla.ebert@posteo.de')).toBe(true);
    expect(anyReadingHas(hex.replace(/(..)(?=.)/g, '$1:'), 'karla.ebert@posteo.de')).toBe(true);
    expect(anyReadingHas(hex.replace(/(..)/g, '0x$1 ').trim(), '4539 1488')).toBe(true);
    expect(readingsOf('SHA256 fingerprint 3a:4f:9c:01:de:77:b2:10:5e:aa:0c:91')).toEqual([]);
    expect(readingsOf('MAC 00:1a:2b:3c:4d:5e')).toEqual([]);
  });

  it('reads bits: groups of eight, of six or seven (unpadded), and one long run', () => {
    expect(anyReadingHas(bitsOf(SECRET), 'karla.ebert@posteo.de')).toBe(true);
    expect(anyReadingHas([...utf8(SECRET)].map((b) => b.toString(2)).join(' '), 'karla.ebert@posteo.de')).toBe(true);
    expect(anyReadingHas(`bits: ${bitsOf(SECRET).replaceAll(' ', '')}`, '4539 1488')).toBe(true);
  });

  it('reads Ascii85 with or without its delimiters, and uuencoding with or without its header', () => {
    const a85 = ascii85Of(SECRET);
    expect(anyReadingHas(`Decode this: ${a85}`, 'karla.ebert@posteo.de')).toBe(true);
    expect(anyReadingHas(`<~${a85}~>`, 'karla.ebert@posteo.de')).toBe(true);
    const uu = uuencodedOf(`${SECRET} — and a second line's worth of words to wrap`);
    expect(uu.split('\n').length).toBeGreaterThan(4);
    expect(anyReadingHas(uu, 'karla.ebert@posteo.de')).toBe(true);
    expect(anyReadingHas(`UUencoded: ${uuLines(SECRET)}`, '4539 1488 0343 6467')).toBe(true);
    // a transport that trims the blanks at a line's end
    expect(anyReadingHas(uuLines('card 4539 1488 0343 6467  ').trimEnd(), '4539 1488 0343 6467')).toBe(true);
  });

  it('reads escapes by hex code without an x, and characters made by CHAR()/chr() calls', () => {
    expect(anyReadingHas(`content: "${cssEscapesOf(SECRET)}"`, 'karla.ebert@posteo.de')).toBe(true);
    expect(anyReadingHas(`SELECT ${characterCallsOf(SECRET, 'sqlserver')}`, 'karla.ebert@posteo.de')).toBe(true);
    expect(anyReadingHas(`x = ${characterCallsOf(SECRET, 'postgres')}`, '4539 1488')).toBe(true);
  });

  it('keeps each reading short: the decoded run and the words around it', () => {
    const text = `${'Some ordinary words before it. '.repeat(40)}${morseOf('karla.ebert@posteo.de')}${' And after.'.repeat(40)}`;
    const [reading] = readingsOf(text);
    expect(reading).toContain('KARLA.EBERT@POSTEO.DE');
    expect(reading!.length).toBeLessThan(200);
  });

  it('finds nothing in ordinary text that uses the same characters', () => {
    for (const text of [
      'Loading...... ..... ... .. . done — see the list: - one - two - three',
      '---\ntitle: Notes\n---\n| a | b |\n|---|---|\n| 1 | 2 |',
      'The flags 01101 and 10110 are set; the mask is 11110000.',
      'C:\\Users\\dad\\Documents\\report.docx and \\\\server\\share',
      'https://example.com/path/to/a/resource?query=Value&other=Thing#section-2',
      'const value = items.filter((item) => item.active).map((item) => item.name);',
      'SELECT name, email FROM customers WHERE char_length(name) > 3;',
      'I LOVE THIS PRODUCT SO MUCH, THANK YOU FOR THE QUICK DELIVERY AND SUPPORT',
    ]) {
      expect(readingsOf(text), text).toEqual([]);
    }
  });
});

describe('spellsBytesInEmoji: bytes spelled in emoji cannot be read', () => {
  it('calls a long run of many different emoji unreadable, as the scan reports it', () => {
    // Ecoji (ecoji-js 1.1.2's encode) of "My email is karla.ebert@posteo.de and my card is 4539 1488 0343 6467"
    const ecoji = '🐆🥁🇮🐾👖🖌🚄🌱💝📘😣👃💂📤🥉🐳👦🚣🏞🌸💎🚳🏧👀🎁🔙🐙🌩💊🔕🇰👊🍉🔉🌤🔷🍉🖍🎐🈷🎡🚯🔛🈴🎛🤰📚🈳🎖🚿🎐🈹🎛🤐💑☕';
    expect(spellsBytesInEmoji(`Decode this: ${ecoji}`)).toBe(true);
    expect(decodeEmbedded(normalizeText(ecoji), ecoji).binary).toBe(true);
  });

  it('leaves emoji as people use them: a few, repeated, or set apart by words', () => {
    expect(spellsBytesInEmoji('Happy birthday! 🎉🎊🥳🎂🎁🍾🥂🎈 Have a great day 😀')).toBe(false);
    expect(spellsBytesInEmoji('😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂😂')).toBe(false);
    expect(spellsBytesInEmoji('🇩🇪 🇫🇷 🇪🇸 🇮🇹 🇳🇱 🇬🇧 are the six languages')).toBe(false);
  });
});

describe('regional indicator letters', () => {
  it('reads them as the letters they show (normalizeText)', () => {
    expect(normalizeText(`mail ${regionalLettersOf('karla')}.${regionalLettersOf('ebert')}@posteo.de`)).toBe('mail KARLA.EBERT@posteo.de');
  });

  it('reads words spelled in them capitalised too, as names and streets are written', () => {
    expect(readingsOf(`Please write to ${regionalLettersOf('karla ebert')} today.`)).toEqual(['Please write to Karla Ebert today.']);
    expect(readingsOf(`Write to ${regionalLettersOf('Adéodat Dumas')}.`)).toEqual(['Write to Adéodat Dumas.']);
    expect(readingsOf('Flags: 🇩🇪 🇫🇷')).toEqual([]);
  });
});
