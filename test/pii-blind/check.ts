// Validation of blind.jsonl: record shape, unique ids, exact non-overlapping spans of the types docs/pii-labels.md
// defines, PERSON tokens that are neither ordinary words nor names of the other sets, check digits verified with
// the project's validators, and negatives free of check-digit-valid look-alikes.
import * as ck from '../../shared/core/pii/checksums.ts';
import { checkDocs } from '../pii-fresh/check.ts';
import { LANGS } from './doc.ts';
import { nameTokens } from './names.ts';

const NATIONAL = [ck.nhs, ck.deSteuerId, ck.frNir, ck.esDniNie, ck.itCodiceFiscale, ck.nlBsn];
/** The particles nameForm may put before a surname: shared with everyone's names, not a name of their own. */
export const PARTICLES = new Set(['van', 'de', 'da', 'du', 'di', 'von', 'ter', 'del', 'ben']);

export interface NameRules {
  common: Set<string>;
  otherSets: Set<string>;
}

function personProblem(value: string, rules: NameRules): string | undefined {
  for (const t of nameTokens(value)) {
    if (t.length === 1 || PARTICLES.has(t)) continue;
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

/** Every problem in the set's JSON lines; empty when the set is valid (the fresh set's checker, these values). */
export function checkSet(jsonl: string, rules: NameRules): string[] {
  return checkDocs(jsonl, LANGS, (type, value) => valueProblem(type, value, rules));
}
