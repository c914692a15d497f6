// What the set needs to know about each language: the frames that carry values (around real manual sentences
// and in the styles of prompts), the phrases that introduce each kind of value, neutral and hard-negative
// sentences, and the local formats of addresses, phone numbers and dates. All phrasings are the set's own.
import type { Rng } from '../rng.ts';

/** The kinds of phrase a positive document can carry. Slots: {A} (and {B}) are the values. */
export type PhraseKind =
  | 'PERSON'
  | 'EMAIL'
  | 'EMAIL_SPOKEN'
  | 'PHONE'
  | 'PHONE_WORDS'
  | 'PHONE_SPACED'
  | 'ADDRESS'
  | 'DATE_OF_BIRTH'
  | 'CREDIT_CARD'
  | 'IBAN'
  | 'BANK_NATIONAL'
  | 'BANK_US'
  | 'NATIONAL_ID'
  | 'SSN'
  | 'PASSPORT'
  | 'DRIVER_LICENSE'
  | 'IP_ADDRESS'
  | 'API_KEY'
  | 'PASSWORD'
  | 'PASSPHRASE'
  | 'CONNECTION_STRING';

export interface LangPack {
  /** Frames around real manual sentences. Slots: {C} the sentence, {W} who (a name or a generic addressee), {P} a phrase. */
  carrierFrames: readonly string[];
  /** Frames in the styles of prompts (draft an e-mail, summarise a ticket, fix a config). Slots {W}, {P}, {O} a ticket number. */
  promptFrames: readonly string[];
  /** Who, when it is not a person's name: fits every {W} position. */
  generic: readonly string[];
  /** Sign-off and greeting frames for a given name alone ({A}). */
  addressing: readonly string[];
  phrases: Readonly<Record<PhraseKind, readonly string[]>>;
  /** Sentences with nothing personal in them, for {P} in negatives. */
  neutral: readonly string[];
  /**
   * Hard negatives: text that looks like it might hold personal data and does not. Literal slots, filled with
   * generated non-PII: {D} a date that is not a birth date, {O} an order number, {V} a version, {H} a commit hash,
   * {U} a UUID, {Q} a quantity, {Y} a year, {F} a 16-digit reference that fails Luhn.
   */
  hardNegatives: readonly string[];
  /** Words for passwords and passphrases. */
  words: readonly string[];
  digitWords: readonly string[];
  months: readonly string[];
  /** Country codes for the IBAN, passport and licence values placed in this language. */
  countries: readonly string[];
  address(rng: Rng): string;
  phone(rng: Rng): string;
  /** A birth date written the way this language writes dates. */
  date(rng: Rng, d: { day: number; month: number; year: number }): string;
  /** A national identity number of this language's country. */
  nationalId(rng: Rng): string;
  /** A national (non-IBAN) account number or numbers: one or two values for {A} and {B}. */
  bankNational(rng: Rng): string[];
}
