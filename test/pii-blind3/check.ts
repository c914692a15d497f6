// Validation of blind3.jsonl with this set's own rules and validators (values.ts): record shape and unique ids and
// texts, ids ending in -pos/-hard/-neg that agree with the labels, spans in range, non-empty, not overlapping, of a
// docs/pii-labels.md type, without surrounding whitespace or punctuation, values valid for their type (Luhn, mod 97,
// national check digits, ABA, SSN ranges), PERSON tokens of three letters or more that no other set's PERSON spans
// hold, and no Luhn- or mod-97-valid look-alike left unlabelled anywhere. The record and span rules and the look-alike
// scan are test/pii-blind/set-check.ts's; the value rules below are this set's.
import { checkRecords, unlabelled } from '../pii-blind/set-check.ts';
import { nameTokens, PARTICLES } from './names.ts';
import * as v from './values.ts';

export { TYPES } from '../pii-blind/set-check.ts';

function valueProblem(type: string, value: string, others: Set<string>): string | undefined {
  switch (type) {
    case 'CREDIT_CARD':
      return v.luhn(v.digitsOf(value)) && /^[\d .-]+$/.test(value) ? undefined : 'Luhn';
    case 'IBAN':
      return v.ibanValid(value) ? undefined : 'mod 97';
    case 'NATIONAL_ID':
      return v.NATIONAL_VALIDATORS.some((f) => f(value)) ? undefined : 'no national scheme validates it';
    case 'SSN':
      return v.ssnValid(value) ? undefined : 'SSN ranges';
    case 'BANK_ACCOUNT':
      return /^\d{2}-\d{2}-\d{2}$/.test(value) || /^\d{8,12}$/.test(value) ? undefined : 'not a sort code or account number';
    case 'EMAIL':
      return /@|\bat\b|\(at\)|\[at\]/i.test(value) ? undefined : 'no at';
    case 'PHONE':
      return /^[+(\d][\d ()./+-]+\d$/.test(value) && v.digitsOf(value).length >= 9 ? undefined : 'phone shape';
    case 'PERSON':
      for (const t of nameTokens(value)) {
        if (t.length === 1 || PARTICLES.has(t)) continue;
        if (t.length < 3) return `token shorter than three letters: ${t}`;
        if (others.has(t)) return `a name of another set: ${t}`;
      }
      return undefined;
    default:
      return undefined;
  }
}

/** Every problem in the set's JSON lines; empty when the set is valid. */
export function checkSet(jsonl: string, others: Set<string>): string[] {
  return checkRecords(
    jsonl,
    (type, value) => valueProblem(type, value, others),
    (d) => unlabelled(d, v),
  );
}
