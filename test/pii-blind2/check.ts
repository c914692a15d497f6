// Validation of blind2.jsonl: the fresh set's record, id and span checks (shape, unique ids, exact non-overlapping
// spans of docs/pii-labels.md's types, no Luhn- or mod-97-valid look-alike in a negative), with this set's value
// rules: check digits verified by the project's validators, PERSON tokens that are neither ordinary words nor
// names of any other set.
import * as ck from '../../shared/core/pii/checksums.ts';
import { PARTICLES } from '../pii-blind/check.ts';
import { LANGS } from '../pii-blind/doc.ts';
import { checkDocs } from '../pii-fresh/check.ts';
import { nameTokens } from './names.ts';

export { PARTICLES };

// The schemes values.ts draws from; a NATIONAL_ID span must pass one of them.
const NATIONAL = [
  ck.nhs,
  ck.nino,
  ck.deSteuerId,
  ck.atSvnr,
  ck.chAhv,
  ck.frNir,
  ck.beNationalNumber,
  ck.esDniNie,
  ck.itCodiceFiscale,
  ck.nlBsn,
];

export interface NameRules {
  common: Set<string>;
  otherSets: Set<string>;
}

function personProblem(value: string, rules: NameRules): string | undefined {
  for (const t of nameTokens(value)) {
    if (t.length === 1 || PARTICLES.has(t)) continue;
    if (t.length < 3) return `token shorter than three letters: ${t}`;
    if (rules.common.has(t)) return `ordinary word: ${t}`;
    if (rules.otherSets.has(t)) return `a name of another set: ${t}`;
  }
  return undefined;
}

function valueProblem(type: string, value: string, rules: NameRules): string | undefined {
  if (type === 'CREDIT_CARD') return ck.luhn(ck.digitsOf(value)) ? undefined : 'Luhn';
  if (type === 'IBAN') return ck.iban(value) ? undefined : 'mod-97';
  if (type === 'NATIONAL_ID') return NATIONAL.some((f) => f(value)) ? undefined : 'no national scheme validates it';
  if (type === 'PERSON') return personProblem(value, rules);
  return undefined;
}

/** Every problem in the set's JSON lines; empty when the set is valid. */
export function checkSet(jsonl: string, rules: NameRules): string[] {
  return checkDocs(jsonl, LANGS, (type, value) => valueProblem(type, value, rules));
}
