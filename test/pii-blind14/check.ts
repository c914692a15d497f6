// Validation of blind14.jsonl with this set's own rules and validators (values.ts): record shape and unique ids and
// texts, ids ending in -pos/-hard/-neg that agree with the labels, spans in range, non-empty, not overlapping, of a
// docs/pii-labels.md type, without surrounding whitespace or punctuation, values valid for their type (Luhn, mod 97,
// national check digits — the Norwegian fødselsnummer, Swedish personnummer, Finnish henkilötunnus, Chilean RUN, New
// Zealand IRD number and Australian tax file number among them —, account numbers, ABA, SSN ranges, phone digits or
// digit words, passport and licence shapes), PERSON tokens of three letters or more that no other set's PERSON spans
// hold, no token of this set's own name pool (as written or without diacritics) outside a span (so every mention is
// labelled and no negative names anyone), and no Luhn- or mod-97-valid look-alike left unlabelled. The rules are
// test/pii-blind/set-check.ts's.
import { checkRecords, unlabelled, valueRules } from '../pii-blind/set-check.ts';
import * as names from './names.ts';
import * as v from './values.ts';

export { TYPES } from '../pii-blind/set-check.ts';

/** Every problem in the set's JSON lines; empty when the set is valid. `poolTokens`: the tokens of this set's own
 * name pool (three letters or more). */
export function checkSet(jsonl: string, others: Set<string>, poolTokens: ReadonlySet<string> = new Set()): string[] {
  return checkRecords(jsonl, valueRules(v, names, others), (d) => unlabelled(d, v, poolTokens, v.TEST_CARDS));
}
