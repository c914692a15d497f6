// Validation of blind4.jsonl with this set's own rules and validators (values.ts): record shape and unique ids and
// texts, ids ending in -pos/-hard/-neg that agree with the labels, spans in range, non-empty, not overlapping, of a
// docs/pii-labels.md type, without surrounding whitespace or punctuation, values valid for their type (Luhn, mod 97,
// national check digits, account check digits, ABA, SSN ranges, phone digits or digit words), PERSON tokens of three
// letters or more that no other set's PERSON spans hold, and no Luhn- or mod-97-valid look-alike left unlabelled.
// The rules are test/pii-blind/set-check.ts's (this set has no passport or licence shapes).
import { checkRecords, unlabelled, valueRules } from '../pii-blind/set-check.ts';
import * as names from './names.ts';
import * as v from './values.ts';

export { TYPES } from '../pii-blind/set-check.ts';

/** Every problem in the set's JSON lines; empty when the set is valid. */
export function checkSet(jsonl: string, others: Set<string>): string[] {
  return checkRecords(jsonl, valueRules(v, names, others), (d) => unlabelled(d, v));
}
