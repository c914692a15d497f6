import { describe, expect, it } from 'vitest';
import { numberWordsToDigits } from '../pii/spoken-digits.ts';
import { BINARY_RUN_MIN, decodeEmbedded, decodeEscapes, normalizeText } from './normalize.ts';

const EMAIL = 'jane.doe@example.com';

describe('normalizeText: a value reads as a reader would read it', () => {
  it.each([
    ['zero-width characters inside', 'ja\u200bne.d\u200doe@exa\u2060mple.com'],
    ['soft hyphens', 'jane.d\u00adoe@ex\u00adample.com'],
    ['bidi controls and a BOM', '\u202ejane.doe\u202c@\ufeffexample.com'],
    ['combining marks that compose nothing', 'j\u0332a\u0332n\u0332e\u0332.doe@example.com'],
    ['fullwidth forms', 'ｊａｎｅ．ｄｏｅ＠ｅｘａｍｐｌｅ．ｃｏｍ'],
    ['mathematical letters', '𝚓𝚊𝚗𝚎.𝚍𝚘𝚎@𝚎𝚡𝚊𝚖𝚙𝚕𝚎.𝚌𝚘𝚖'],
    ['numeric HTML entities', 'jane.doe&#64;example&#x2e;com'],
    ['named HTML entities', 'jane&period;doe&commat;example.com'],
    ['entities of entities', 'jane.doe&amp;#64;example.com'],
    ['percent-encoding', 'jane.doe%40example%2Ecom'],
    ['percent-encoding twice', 'jane.doe%2540example.com'],
    ['\\u escapes', 'jane.doe\\u0040example\\u002ecom'],
    ['Cyrillic look-alikes inside a Latin word', 'jаne.dое@exаmple.com'],
  ])('%s', (_, input) => {
    expect(normalizeText(input)).toBe(EMAIL);
  });

  it('keeps ordinary accented text as it is (composed, not stripped)', () => {
    expect(normalizeText('Müller, José, Ærø, straße')).toBe('Müller, José, Ærø, straße');
    expect(normalizeText('Mu\u0308ller')).toBe('Müller'); // decomposed input composes
  });

  it('reads digits of every script as 0-9', () => {
    expect(normalizeText('٤٩٩٤ ४४७२ ২৪১৫ ５')).toBe('4994 4472 2415 5');
  });

  it('re-joins digits spaced out one by one, but leaves short lists and grouped numbers', () => {
    expect(normalizeText('card 4 9 9 4 4 4 7 2 2 4 1 5 5')).toBe('card 4994447224155');
    expect(normalizeText('4-9-9-4-4-4-7-2')).toBe('49944472');
    expect(normalizeText('call 0-1-5-1 2-3-4-5 6-7-8-9')).toBe('call 0151 2345 6789');
    expect(normalizeText('4 , 9 , 9 , 4 , 4 , 4')).toBe('499444');
    expect(normalizeText('born on 0 7.1 0.1 9 9 2')).toBe('born on 07.10.1992');
    expect(normalizeText('IBAN BE5 7 2 6 8 2 7 1 7 5 8 9 3 5')).toBe('IBAN BE57268271758935');
    expect(normalizeText('options 1, 2, 3 and 4')).toBe('options 1, 2, 3 and 4');
    expect(normalizeText('call 030 1234 5678')).toBe('call 030 1234 5678');
  });

  it('leaves whole words of Greek or Cyrillic alone', () => {
    expect(normalizeText('Γιάννης Παπαδόπουλος')).toBe('Γιάννης Παπαδόπουλος');
    expect(normalizeText('Иван Петров')).toBe('Иван Петров');
  });

  it('decodes one layer per escape kind and stops on text without escapes', () => {
    expect(decodeEscapes('50% off & more')).toBe('50% off & more');
    expect(decodeEscapes('a&unknownentity;b')).toBe('a&unknownentity;b');
    expect(decodeEscapes('bad %zz and \\u12')).toBe('bad %zz and \\u12');
  });
});

describe('numberWordsToDigits: numbers read out as words', () => {
  it.each([
    ['en', 'call me on four one five, five five five, two six seven one', 'call me on 4155552671'],
    ['de', 'Ruf mich an: null eins sieben sechs, vier zwei drei acht', 'Ruf mich an: 01764238'],
    ['de compounds', 'Nummer vierundzwanzig achtunddreißig zwölf elf', 'Nummer 24381211'],
    ['it', 'chiamami al tre tre nove uno due tre quattro', 'chiamami al 3391234'],
    ['it elision', 'ventuno trentotto quarantadue novantanove', '21384299'],
    ['fr pairs', 'appelez le zéro six, douze, trente-quatre, soixante-dix-huit', 'appelez le 06123478'],
    ['fr 71 and 91', 'soixante-et-onze quatre-vingt-onze quatre-vingts dix', '719180' + '10'],
    ['es', 'mi número es seis uno dos, treinta y cuatro, cinco seis', 'mi número es 6123456'],
    ['nl', 'bel nul zes een twee drieëntwintig', 'bel 0612' + '23'],
  ])('%s', (_, input, expected) => {
    expect(numberWordsToDigits(input)).toBe(expected);
  });

  it('leaves prose with a few number words alone', () => {
    for (const s of ['one or two things', 'Ich habe eine Frage und ein Problem', 'tre cose e due idee', 'een man en een vrouw'])
      expect(numberWordsToDigits(s)).toBe(s);
  });
});

describe('decodeEmbedded: texts hidden in base64 and hex', () => {
  const b64 = (s: string) => btoa(String.fromCharCode(...new TextEncoder().encode(s)));

  it('finds base64 (standard and URL alphabet, padded or not) and hex that decode to text', () => {
    const json = JSON.stringify({ email: EMAIL, note: 'ünïcödé' });
    expect(decodeEmbedded(`decode: ${b64(json)}`).texts).toEqual([json]);
    expect(decodeEmbedded(`x=${b64(json).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')};`).texts).toEqual([json]);
    const hex = [...new TextEncoder().encode(`mail ${EMAIL}`)].map((b) => b.toString(16).padStart(2, '0')).join('');
    expect(decodeEmbedded(`payload ${hex} end`).texts).toEqual([`payload mail ${EMAIL} end`]); // a short run: with its cue words
  });

  it('ignores hashes, keys and words; reports long runs of non-text bytes as binary', () => {
    const sha = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';
    expect(decodeEmbedded(`sha256 ${sha}, id AKIAIOSFODNN7EXAMPLE, word internationalization`)).toEqual({ texts: [], binary: false });
    const noise = Array.from({ length: 300 }, (_, i) => (i * 7919) % 256);
    const blob = btoa(String.fromCharCode(...noise));
    expect(blob.length).toBeGreaterThanOrEqual(BINARY_RUN_MIN);
    expect(decodeEmbedded(`file: ${blob}`).binary).toBe(true);
    expect(decodeEmbedded(`short: ${blob.slice(0, 40)}`).binary).toBe(false);
  });
});

describe('decodeEmbedded: invisible carriers', () => {
  it('reads tag characters as the ASCII they mirror (in normalizeText)', () => {
    const hidden = [...EMAIL].map((c) => String.fromCodePoint(0xe0000 + c.charCodeAt(0))).join('');
    expect(normalizeText(`hello ${hidden}`)).toBe(`hello ${EMAIL}`);
  });

  it('decodes bytes smuggled in variation selectors behind an emoji', () => {
    const bytes = new TextEncoder().encode(`mail ${EMAIL}`);
    const smuggled = '😀' + [...bytes].map((b) => String.fromCodePoint(b < 16 ? 0xfe00 + b : 0xe0100 + b - 16)).join('');
    expect(decodeEmbedded(normalizeText(smuggled), smuggled).texts).toContain(`mail ${EMAIL}`);
    expect(decodeEmbedded('I ❤️ this', 'I ❤️ this').texts).toEqual([]);
  });

  it('reads text under a right-to-left override in display order', () => {
    const raw = `mail \u202e${[...EMAIL].reverse().join('')}\u202c now`;
    expect(decodeEmbedded(normalizeText(raw), raw).texts).toContain(EMAIL);
  });

  it('strips markup tags and Markdown marks from inside a value, not addresses in angle brackets', () => {
    expect(decodeEmbedded('mail jane.doe<b></b>@exam<span class="x">ple.com').texts).toContain(`mail ${EMAIL}`);
    expect(decodeEmbedded(`Jane <${EMAIL}>`).texts).toEqual([]);
    expect(decodeEmbedded('mail jane.**doe**@`example`.com').texts).toContain(`mail ${EMAIL}`);
  });

  it('calls a long run of zero-width characters unreadable', () => {
    const bits = Array.from({ length: 64 }, (_, i) => (i % 3 ? '\u200b' : '\u200c')).join('');
    expect(decodeEmbedded(normalizeText(`ok${bits}`), `ok${bits}`).binary).toBe(true);
    expect(decodeEmbedded('a\u200db', 'a\u200db').binary).toBe(false);
  });

  it('joins characters spaced out one by one', () => {
    expect(normalizeText('j a n e . d o e @ e x a m p l e . c o m')).toBe(EMAIL);
    expect(normalizeText('I am a big fan')).toBe('I am a big fan');
  });

  it('reads characters set apart by other gaps as another reading; a different gap is a word break', () => {
    expect(decodeEmbedded('Please write to K a r l a  E b e r t today').texts).toContain('Please write to Karla Ebert today');
    expect(decodeEmbedded('j\na\nn\ne\n.\nd\no\ne').texts).toContain('jane.doe');
    expect(decodeEmbedded('j,a,n,e,.,d,o,e').texts).toContain('jane.doe');
    expect(decodeEmbedded('options a, b and c').texts).toEqual([]);
  });

  it('reads a rewritten run with its cue words around it, not the whole text again', () => {
    const filler = 'The quarterly review covers the onboarding process and the release checklist. '.repeat(20);
    const texts = decodeEmbedded(`${filler}My card is 4539🔹1488🔹0343🔹6467, thanks. ${filler}`).texts;
    expect(texts.some((t) => t.includes('the release checklist. My card is 4539 1488 0343 6467, thanks. The quarterly'))).toBe(true);
    for (const t of texts) expect(t.length).toBeLessThan(200);
  });

  it('reads base64 in groups of one width and base32; words of prose are neither', () => {
    const b64 = btoa('Please write to jane.doe@example.com');
    expect(decodeEmbedded(b64.replace(/(.{8})/g, '$1 ')).texts).toContain('Please write to jane.doe@example.com');
    expect(decodeEmbedded('JBSWY3DPEBLW64TMMQ======').texts).toContain('Hello World');
    expect(decodeEmbedded('Some more text here, okay then').texts).toEqual([]);
  });
});

describe('identifiers in disguise', () => {
  it('reads a letter with a diacritic inside an identifier as the plain letter; words keep their accents', () => {
    expect(normalizeText('passport H\u0301C\u0308PZCZ6S\u03231')).toBe('passport HCPZCZ6S1');
    expect(normalizeText('Calle de Alcalá 12, José Müller')).toBe('Calle de Alcalá 12, José Müller');
  });

  it('reads number words and the code letters between them as one code, keeping its punctuation', () => {
    // The group before the first digits stays apart (it may be a label: "IP acht null …"); the spaced-code
    // variant of decodeEmbedded joins it when it is a prefix.
    const licence = normalizeText('licence A huit six cinq HMS cinq WV un.');
    expect(licence).toBe('licence A 865HMS5WV1.');
    expect(decodeEmbedded(licence).texts).toContain('licence A865HMS5WV1.');
    expect(normalizeText('IBAN DE tre uno uno cinque zero cinque')).toBe('IBAN DE 311505');
    expect(normalizeText('from IP acht null . sieben null . eins fünf sieben . sieben fünf')).toBe('from IP 80.70.157.75');
    expect(normalizeText('mobile ( twee twee zes ) negen negen vijf - negen zes drie vier')).toBe('mobile (226) 995-9634');
    expect(normalizeText('born on twee nul / nul zeven / een negen negen vijf')).toBe('born on 20/07/1995');
    expect(normalizeText('My SSN is six trois deux - zéro neuf - cinq deux trois zéro, I need it')).toBe(
      'My SSN is 632-09-5230, I need it',
    );
    expect(decodeEmbedded(normalizeText('licence GRSS negen zes nul twee twee twee twee XX drie ZW.')).texts).toContain(
      'licence GRSS9602222XX3ZW.',
    );
    expect(normalizeText('call + drie drie drie een zeven zeven')).toBe('call +333177');
  });

  it('joins an identifier written in groups, in an extra text that keeps its cue words', () => {
    expect(decodeEmbedded('codice fiscale CLMDVD6 4B5 4D5 4 9U.').texts).toContain('codice fiscale CLMDVD64B54D549U.');
    expect(decodeEmbedded('to IBAN ES 3915 4652 1011').texts).toContain('to IBAN ES391546521011');
    expect(decodeEmbedded('to IBAN IT8 1 S9175798').texts).toContain('to IBAN IT81S9175798');
    // an address in leetspeak, not a package at its version
    expect(decodeEmbedded('mail me: k4rl4.3b3rt@p0st30.d3').texts).toContain('mail me: karla.ebert@posteo.de');
    expect(decodeEmbedded('While resolving: web@0.17.18').texts).toEqual([]);
    // wrapped over lines, as copied from a narrow column
    expect(decodeEmbedded('IBAN:\nDE44 5001\n0517 5407\n3249 31').texts).toContain('IBAN:\nDE44500105175407324931');
    expect(decodeEmbedded('from IP 2a0 3:7dd:db3e:5 6 1c:9c5 6:2 7ad').texts).toContain('from IP 2a03:7dd:db3e:561c:9c56:27ad');
    expect(decodeEmbedded('WE MET AT THE PARK').texts).toEqual([]);
  });

  it('adds a variant without diacritics when a text has Latin letters the six languages do not use', () => {
    expect(decodeEmbedded('employee Ḏańịelle Ĺéfévre').texts).toContain('employee Danielle Lefevre');
    expect(decodeEmbedded('Calle de Alcalá, José Müller, Françoise').texts).toEqual([]);
  });
});

// Each fast path skips only work that finds nothing: these fail if one skipped a real case.
describe('fast paths: what they skip finds nothing', () => {
  it('treats a text as plain Latin only when every step for other characters leaves it as it is', () => {
    // A character outside plain Latin (a CJK one, which no step changes) sends the text down the full path: a
    // character the fast path let through wrongly would be normalised there and not on the fast path.
    for (let c = 0; c < 0x300; c++) {
      const ch = String.fromCharCode(c);
      expect(normalizeText(`x${ch}y 字`), `U+${c.toString(16)}`).toBe(`${normalizeText(`x${ch}y`)} 字`);
    }
    expect(normalizeText('Straße Nº 5, ² ½ ﬁle Ⅻ ｊａｎｅ')).toBe('Straße No 5, 2 1⁄2 file XII jane');
  });

  it('joins codes in groups wherever they start, lines broken with CR LF too', () => {
    expect(decodeEmbedded('AB CD EF GHx A1 B2 C3').texts).toEqual(['AB CD EF GHx A1B2C3']);
    expect(decodeEmbedded('REF AB12 CD34 and IBAN:\r\nDE44 5001\r\n0517 5407\r\n3249 31').texts).toEqual([
      'REF AB12CD34 and IBAN:\r\nDE44 5001\r\n0517 5407\r\n3249 31',
      'REF AB12 CD34 and IBAN:\r\nDE44500105175407324931',
    ]);
  });

  it('joins an IPv6 address in groups after other hex with colons, and only one with a colon and a blank', () => {
    expect(decodeEmbedded('ab:cd 12 34 56:78 from IP 2a0 3:7dd:db3e:5 6 1c:9c5 6:2 7ad').texts).toEqual([
      'ab:cd123456:78 from IP 2a0 3:7dd:db3e:5 6 1c:9c5 6:2 7ad',
      'ab:cd 12 34 56:78 from IP 2a03:7dd:db3e:561c:9c56:27ad',
    ]);
    expect(decodeEmbedded('ok fe80: :4014 6d04 then x:y z').texts).toEqual([]);
  });

  it('finds digits written as look-alike letters before, after and between digits', () => {
    expect(decodeEmbedded('x4539 l488 O343 6467 and S0I O2/ll/l9Bl').texts).toContain('x4539 1488 0343 6467 and S0I O2/ll/l9Bl');
    expect(decodeEmbedded('x4539 l488 O343 6467 and S0I O2/ll/l9Bl').texts).toContain('x4539 l488 O343 6467 and 501 02/11/1981');
  });

  it('reads character codes in hex after commas, and pieces joined by a plus between quotes', () => {
    expect(decodeEmbedded('codes 0x6b, 0x61, 0x72, 0x6c, 0x61, 0x40 end').texts).toEqual(['codes karla@ end']);
    expect(decodeEmbedded("card '4539 1488' + ' 0343 6467'").texts).toEqual(["card '4539 1488 0343 6467'"]);
  });

  it('reads base64 in lines and in groups of four, padded or in the URL alphabet', () => {
    const b64 = btoa('Please write to jane.doe@example.com, thanks a lot!');
    expect(decodeEmbedded(`mime\n${b64.match(/.{1,16}/g)!.join('\n')}`).texts).toContain(
      'Please write to jane.doe@example.com, thanks a lot!',
    );
    expect(decodeEmbedded(`groups ${b64.match(/.{1,4}/g)!.join(' ')}`).texts).toEqual([
      'Please write to jane.doe@example.com, thanks a lot!',
    ]);
    expect(decodeEmbedded(`padded ${btoa(EMAIL)} end`).texts).toEqual([`padded ${EMAIL} end`]);
    expect(decodeEmbedded('key=amFuZS5kb2VAZXhhbXBsZS5jb20').texts).toEqual([`key=${EMAIL}`]);
  });

  it('reads characters set apart by hyphens, four one-character words in a row being the first test', () => {
    expect(decodeEmbedded('k-a-r-l-a e-b-e-r-t').texts).toEqual(['karla ebert']);
    expect(decodeEmbedded('a-b-c d-e').texts).toEqual([]);
  });
});
