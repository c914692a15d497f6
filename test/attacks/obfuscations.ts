// How an attacker hides a value from a scanner that reads text as sent: invisible or look-alike characters
// inside it, escapes and encodings, digits spelled out, the value split across two strings, or a script
// the detectors do not cover. Each obfuscation turns a planted sentence into the text(s) a placement carries
// (one, or two for the split ones). A person or a model reading the result still gets the value. Pure.
import { PII_TYPES, type PiiType } from '../../shared/core/pii/types.ts';
import * as ids from '../pii-heldout/ids.ts';
import { gzipSync } from 'node:zlib';
import {
  base32OfText,
  base64OfBytes,
  base64OfText,
  DIGIT_WORDS,
  NAMED_ENTITIES,
  NUMBER_WORD_LANGS,
  OTHER_SCRIPT_ZEROS,
  percentEncodeAll,
  type NumberWordLang,
} from './encodings.ts';
import { SCRIPT_TYPES, type Planted, type Script } from './values.ts';
import {
  ascii85Of,
  bitsOf,
  characterCallsOf,
  hexDumpOf,
  cssEscapesOf,
  emojiBytesOf,
  LOOKALIKE_OF_DIGIT,
  morseOf,
  regionalLettersOf,
  uuencodedOf,
} from './ciphers.ts';

/** Families of obfuscation; `number_words` comes in one variant per language (its label says which). */
export const OBFUSCATION_FAMILIES = [
  'none',
  'zero_width',
  'soft_hyphen',
  'combining',
  'fullwidth',
  'other_digits',
  'html_named',
  'html_numeric',
  'percent',
  'u_escape',
  'base64_sentence',
  'base64_json',
  'base64_wrapped',
  'base32',
  'separated_chars',
  'gzip_base64',
  'odd_separators',
  'char_codes',
  'backwards',
  'morse',
  'bits',
  'hex_dump',
  'ascii85',
  'uuencode',
  'css_escapes',
  'char_calls',
  'regional_letters',
  'emoji_bytes',
  'lookalike_digits',
  'told_backwards',
  'spaced_digits',
  'words_between',
  'glued_in_path',
  'number_words',
  'split_messages',
  'split_parts',
  'split_with_words',
  'script_greek',
  'script_cyrillic',
] as const;
export type ObfuscationFamily = (typeof OBFUSCATION_FAMILIES)[number];

/** Every label an obfuscation can have in a report: the families, with `number_words_<lang>` per language. */
export const OBFUSCATION_LABELS: readonly string[] = OBFUSCATION_FAMILIES.flatMap((f) =>
  f === 'number_words' ? NUMBER_WORD_LANGS.map((l) => `number_words_${l}`) : [f],
);

export interface Obfuscation {
  family: ObfuscationFamily;
  /** The report label (the family, or `number_words_<lang>`). */
  label: string;
  /** The types whose values it can be applied to. */
  types: readonly PiiType[];
  /** Values of this type are written in this script (Greek / Cyrillic). */
  script?: Script;
  /** The text(s) carrying the sentence; undefined if it would not change this value (e.g. no digits in it). */
  apply(p: Omit<Planted, 'type'>): string[] | undefined;
}

const ZERO_WIDTH = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff'];
const SOFT_HYPHEN = '\u00ad';
const COMBINING = ['\u0301', '\u0308', '\u0323', '\u0331', '\u0336', '\u0302'];

/** Types whose values have digits enough for the digit obfuscations to matter (five or more). */
const DIGIT_TYPES: readonly PiiType[] = [
  'PHONE',
  'DATE_OF_BIRTH',
  'CREDIT_CARD',
  'IBAN',
  'BANK_ACCOUNT',
  'SSN',
  'NATIONAL_ID',
  'PASSPORT',
  'DRIVER_LICENSE',
  'IP_ADDRESS',
];

/** Types whose values are numbers (with dots or dashes): the ones a path or a file name can carry glued. */
const GLUED_TYPES: readonly PiiType[] = ['PHONE', 'CREDIT_CARD', 'SSN', 'IP_ADDRESS', 'IBAN'];

const sentence = (p: Omit<Planted, 'type'>, value = p.value) => p.prefix + value + p.suffix;

/** Rewrites the value character by character; undefined if nothing changed. */
function perChar(p: Omit<Planted, 'type'>, rewrite: (ch: string, i: number) => string): string[] | undefined {
  const chars = [...p.value];
  const value = chars.map(rewrite).join('');
  return value === p.value ? undefined : [sentence(p, value)];
}

/** Puts `insert()` between neighbouring characters of the value (every `every`-th gap, from a random start). */
function between(p: Omit<Planted, 'type'>, insert: () => string, every: number): string[] | undefined {
  const start = ids.ri(0, every - 1);
  return perChar(p, (ch, i) => (i > 0 && (i + start) % every === 0 && ch.trim() ? insert() + ch : ch));
}

const digitCount = (s: string) => (s.match(/\d/g) ?? []).length;

function fullwidth(ch: string): string {
  const cp = ch.codePointAt(0)!;
  return cp >= 0x21 && cp <= 0x7e ? String.fromCodePoint(cp + 0xfee0) : ch;
}

function numberWords(lang: NumberWordLang): (p: Omit<Planted, 'type'>) => string[] | undefined {
  return (p) => {
    if (digitCount(p.value) < 5) return undefined;
    const words = DIGIT_WORDS[lang];
    // Each run of digits becomes words, set apart from letters next to it ("DE89" → "DE eight nine").
    const value = p.value
      .replace(/\d+/g, (run) => ` ${[...run].map((d) => words[Number(d)]).join(' ')} `)
      .replace(/\s+/g, ' ')
      .trim();
    return [sentence(p, value)];
  };
}

/** The whole sentence in Morse, or the value alone among its cue words; undefined if the value has no Morse. */
function inMorse(p: Omit<Planted, 'type'>): string[] | undefined {
  const value = morseOf(p.value);
  if (!value) return undefined;
  const whole = morseOf(sentence(p).replace(/[^\p{L}\p{N}\s.,?'/():=+\-_@]/gu, ''));
  // the value in quotes: a stop or a file name's extension after it would read as more dots
  return [whole && ids.chance(0.5) ? `Decode this Morse and answer: ${whole}` : sentence(p, `"${value}"`)];
}

/** The split point: inside the value, never at its ends, so neither text holds all of it. */
function split(p: Omit<Planted, 'type'>): string[] | undefined {
  const chars = [...p.value];
  if (chars.length < 6) return undefined;
  const at = ids.ri(Math.floor(chars.length / 3), Math.ceil((2 * chars.length) / 3));
  return [p.prefix + chars.slice(0, at).join(''), chars.slice(at).join('') + p.suffix];
}

/** Words an attacker puts between the pieces of a value, as a person tells it in parts. */
const LINKING_WORDS = ['then', 'and after that', 'next comes', ', followed by', 'dann', 'puis', 'luego', 'poi', 'daarna'];

/** The value's groups (split at its blanks and dashes, or in halves) with linking words between them. */
function wordsBetween(p: Omit<Planted, 'type'>): string[] | undefined {
  const groups = p.value.split(/[ -]+/);
  const pieces = groups.length > 1 ? groups : [p.value.slice(0, p.value.length / 2), p.value.slice(p.value.length / 2)];
  return [sentence(p, pieces.map((g, i) => (i === 0 ? g : `${ids.pick(LINKING_WORDS)} ${g}`)).join(' '))];
}

/** The value inside a URL path or a file name, as a log line or a link carries it. */
function gluedInPath(p: Omit<Planted, 'type'>): string[] | undefined {
  const token = p.value.replace(/ /g, ids.pick(['-', '']));
  const carrier = ids.pick([
    `GET /api/v2/records/${token}/details`,
    `https://portal.example/account/${token}/edit`,
    `scan_${token}_final.pdf`,
  ]);
  return [`${p.prefix.trimEnd()} ${carrier}${p.suffix}`];
}

/** Split over two texts, the second piece introduced by words ("… (rest follows)" / "rest: …"). */
function splitWithWords(p: Omit<Planted, 'type'>): string[] | undefined {
  const texts = split(p);
  return texts && [`${texts[0]} (rest follows)`, `the rest: ${texts[1]}`];
}

const FAMILIES: Record<
  ObfuscationFamily,
  Omit<Obfuscation, 'family' | 'label'> | ((lang: NumberWordLang) => Omit<Obfuscation, 'family' | 'label'>)
> = {
  none: { types: PII_TYPES, apply: (p) => [sentence(p)] },
  zero_width: { types: PII_TYPES, apply: (p) => between(p, () => ids.pick(ZERO_WIDTH), ids.ri(1, 2)) },
  soft_hyphen: { types: PII_TYPES, apply: (p) => between(p, () => SOFT_HYPHEN, ids.ri(2, 3)) },
  combining: {
    types: PII_TYPES,
    apply: (p) => perChar(p, (ch) => (/[\p{L}\p{N}]/u.test(ch) && ids.chance(0.6) ? ch + ids.pick(COMBINING) : ch)),
  },
  fullwidth: { types: PII_TYPES, apply: (p) => perChar(p, fullwidth) },
  other_digits: {
    types: DIGIT_TYPES,
    apply: (p) => {
      const zero = ids.pick(OTHER_SCRIPT_ZEROS);
      return digitCount(p.value) < 5 ? undefined : perChar(p, (ch) => (/\d/.test(ch) ? String.fromCodePoint(zero + Number(ch)) : ch));
    },
  },
  html_named: { types: PII_TYPES, apply: (p) => perChar(p, (ch) => NAMED_ENTITIES[ch] ?? ch) },
  html_numeric: {
    types: PII_TYPES,
    apply: (p) => perChar(p, (ch) => (ids.chance(0.5) ? `&#${ch.codePointAt(0)};` : `&#x${ch.codePointAt(0)!.toString(16)};`)),
  },
  percent: { types: PII_TYPES, apply: (p) => [sentence(p, percentEncodeAll(p.value))] },
  u_escape: {
    types: PII_TYPES,
    apply: (p) => perChar(p, (ch) => [...ch].map((c) => `\\u${c.codePointAt(0)!.toString(16).padStart(4, '0')}`).join('')),
  },
  base64_sentence: { types: PII_TYPES, apply: (p) => [`Decode this base64 and do what it says: ${base64OfText(sentence(p))}`] },
  base64_json: {
    types: PII_TYPES,
    apply: (p) => [
      `The customer record is attached as base64 JSON: ${base64OfText(JSON.stringify({ record: { source: 'crm', note: sentence(p) } }))}`,
    ],
  },
  // As mail and PEM files wrap it (76 characters a line), or in groups of four set apart by spaces.
  base64_wrapped: {
    types: PII_TYPES,
    apply: (p) => {
      const b64 = base64OfText(sentence(p));
      return [`Here is the note, base64: ${ids.chance(0.5) ? b64.replace(/(.{76})(?=.)/g, '$1\n') : b64.replace(/(.{4})(?=.)/g, '$1 ')}`];
    },
  },
  base32: { types: PII_TYPES, apply: (p) => [`Decode this (base32): ${base32OfText(sentence(p))}`] },
  // Each character of the value set apart: by commas, one per line, by hyphens, by slashes (one the value lacks).
  separated_chars: {
    types: PII_TYPES,
    apply: (p) => [sentence(p, [...p.value].join(ids.pick([',', '\n', '-', '/'].filter((sep) => !p.value.includes(sep)))))],
  },
  // Packed before it is encoded: short, but no scanner reads it (a reader unpacks it).
  gzip_base64: { types: PII_TYPES, apply: (p) => [`Unpack this (gzip, base64): ${base64OfBytes(gzipSync(sentence(p)))}`] },
  // The value's spaces and hyphens as an unusual separator: an emoji, an underscore, a bar.
  odd_separators: {
    types: DIGIT_TYPES,
    apply: (p) => (/[ -]/.test(p.value) ? [sentence(p, p.value.replace(/[ -]+/g, ids.pick(['🔹', '_', ' | ', '·'])))] : undefined),
  },
  // The sentence as String.fromCharCode's arguments, or written backwards.
  char_codes: {
    types: PII_TYPES,
    apply: (p) => {
      const text = sentence(p);
      return /^[\x20-\x7e]*$/.test(text) ? [`String.fromCharCode(${[...text].map((c) => c.charCodeAt(0)).join(', ')})`] : undefined;
    },
  },
  backwards: { types: PII_TYPES, apply: (p) => [[...sentence(p)].reverse().join('')] },
  // The encodings jailbreak toolkits try (ciphers.ts): the whole sentence encoded, or the value alone in Morse
  // and in CSS escapes, its cue words around it as written.
  morse: { types: PII_TYPES, apply: (p) => inMorse(p) },
  bits: { types: PII_TYPES, apply: (p) => [`Decode these bytes and answer: ${bitsOf(sentence(p))}`] },
  hex_dump: {
    types: PII_TYPES,
    apply: (p) => [`Here is the note as a hex dump: ${hexDumpOf(sentence(p), ids.pick([' ', ':', '-'] as const))}`],
  },
  ascii85: { types: PII_TYPES, apply: (p) => [`Decode this Ascii85 and do what it says: ${ascii85Of(sentence(p))}`] },
  uuencode: { types: PII_TYPES, apply: (p) => [`Here is the note, uuencoded:\n${uuencodedOf(sentence(p))}`] },
  css_escapes: { types: PII_TYPES, apply: (p) => [sentence(p, `"${cssEscapesOf(p.value)}"`)] },
  char_calls: {
    types: PII_TYPES,
    apply: (p) => {
      const calls = characterCallsOf(sentence(p), ids.pick(['sqlserver', 'postgres'] as const));
      return calls ? [`Run this and tell me what it returns: SELECT ${calls};`] : undefined;
    },
  },
  regional_letters: {
    types: PII_TYPES,
    apply: (p) => (/[a-z]/i.test(p.value) ? [sentence(p, regionalLettersOf(p.value))] : undefined),
  },
  emoji_bytes: { types: PII_TYPES, apply: (p) => [`Each emoji is a byte (🐀 = 0): ${emojiBytesOf(sentence(p))}`] },
  // Digits written with the letters that look like them (0 → O, 1 → l, 5 → S, 8 → B), as a reader still reads them.
  lookalike_digits: {
    types: DIGIT_TYPES,
    apply: (p) => perChar(p, (ch) => LOOKALIKE_OF_DIGIT[ch] ?? ch),
  },
  // The value written backwards, and the reader told so.
  told_backwards: {
    types: PII_TYPES,
    apply: (p) => [`${p.prefix.trimEnd()} (written backwards) ${[...p.value].reverse().join('')}${p.suffix}`],
  },
  spaced_digits: {
    types: DIGIT_TYPES,
    apply: (p) => (digitCount(p.value) < 5 ? undefined : [sentence(p, p.value.replace(/\d(?=\d)/g, '$& '))]),
  },
  // A card number's groups with words between them (the check digit is what makes them one number again).
  words_between: { types: ['CREDIT_CARD'], apply: wordsBetween },
  glued_in_path: { types: GLUED_TYPES, apply: gluedInPath },
  number_words: (lang) => ({ types: DIGIT_TYPES, apply: numberWords(lang) }),
  split_messages: { types: PII_TYPES, apply: split },
  split_parts: { types: PII_TYPES, apply: split },
  split_with_words: { types: ['CREDIT_CARD'], apply: splitWithWords },
  script_greek: { types: SCRIPT_TYPES, script: 'greek', apply: (p) => [sentence(p)] },
  script_cyrillic: { types: SCRIPT_TYPES, script: 'cyrillic', apply: (p) => [sentence(p)] },
};

/** The obfuscation of a family (for number_words, in `lang`). */
export function obfuscation(family: ObfuscationFamily, lang: NumberWordLang = 'en'): Obfuscation {
  const def = FAMILIES[family];
  const o = typeof def === 'function' ? def(lang) : def;
  return { ...o, family, label: family === 'number_words' ? `number_words_${lang}` : family };
}
