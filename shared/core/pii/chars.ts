// Character classes of the PII detectors, by UTF-16 code unit (the detectors scan with charCodeAt: a regex
// per character would cost more). One home for each class; where two classes differ, the name says how:
//   - ASCII only, or Latin letters beyond ASCII too (À–ɏ, U+00C0–U+024F);
//   - whether × and ÷ (U+00D7, U+00F7), which lie inside that range but are not letters, count: the
//     `…InLatinRange` classes take the whole range, the `…Letter` ones leave them out;
//   - `isLetter` reaches further, to every code below U+2000 (Greek, Cyrillic, Hebrew, Arabic …).

const UNDERSCORE = 95;
const HYPHEN = 45;
const DOT = 46;

export function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isAsciiUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

export function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

export function isAsciiAlnum(c: number): boolean {
  return isAsciiDigit(c) || isAsciiLetter(c);
}

/** An ASCII identifier character: a letter, a digit or `_`. */
export function isAsciiWordChar(c: number): boolean {
  return isAsciiAlnum(c) || c === UNDERSCORE;
}

export function isHexDigit(c: number): boolean {
  return isAsciiDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

/** U+00C0–U+024F: the Latin-1 Supplement from À and Latin Extended-A/B, × and ÷ included. */
export function inLatinRange(c: number): boolean {
  return c >= 0xc0 && c <= 0x24f;
}

/** A Latin letter beyond ASCII: U+00C0–U+024F without × and ÷. */
export function isLatinLetter(c: number): boolean {
  return inLatinRange(c) && c !== 0xd7 && c !== 0xf7;
}

/** A letter in the wide sense: ASCII letters and every code from U+00C0 below U+2000 but × and ÷. */
export function isLetter(c: number): boolean {
  return isAsciiLetter(c) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0x2000);
}

/** A word goes on: an ASCII identifier character or any code in the Latin range (× and ÷ included). */
export function isWordCharInLatinRange(c: number): boolean {
  return isAsciiWordChar(c) || inLatinRange(c);
}

/** A character of a key or identifier in ASCII: letters, digits, `_`, `-`, `.` (`api_key`, `x-api-key`, `db.pass`). */
export function isAsciiKeyChar(c: number): boolean {
  return isAsciiWordChar(c) || c === HYPHEN || c === DOT;
}

/** A key character that also takes the Latin range, × and ÷ included (`número_pasaporte`, `führerschein-nr`). */
export function isKeyCharInLatinRange(c: number): boolean {
  return isAsciiKeyChar(c) || inLatinRange(c);
}

/**
 * A character of a field label as written before its value: key characters, Latin letters, spaces, and the
 * number signs `°`, `º`, `#` ("Passport No.", "N° de sécurité sociale", "nº pasaporte", "SSN #").
 */
export function isFieldLabelChar(c: number): boolean {
  return isAsciiKeyChar(c) || isLatinLetter(c) || c === 32 || c === 0xb0 || c === 0xba || c === 35;
}

/** Glues a digit run into a larger ASCII identifier (a card number is not part of `ABC_1234…`, `x/1234…`, `+1234…`). */
export function isAsciiIdGlue(c: number): boolean {
  return isAsciiWordChar(c) || c === DOT || c === 47 || c === 43;
}

/**
 * Glues a number to the token around it, in any word of the Latin range and through the symbols of handles,
 * paths and amounts (`@ # $ % & / \ . + -`): a national id's letter is not glued to anything.
 */
export function isIdGlue(c: number): boolean {
  return (
    isWordCharInLatinRange(c) ||
    c === 64 ||
    c === 35 ||
    c === 36 ||
    c === 37 ||
    c === 38 ||
    c === 47 ||
    c === 92 ||
    c === DOT ||
    c === 43 ||
    c === HYPHEN
  );
}
