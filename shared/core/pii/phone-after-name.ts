// A phone number a contact line gives right after a person's name, with no phone word: "Anna Berg – 686 482 603",
// "Yu-cheng Shen (340 694 3921)", "Avisar a: Baek Eun-jun, 676 798 812". Grouped digits alone are an amount or a
// reference as often; after a name found by the PERSON rules, with only a dash, a comma or an opening parenthesis
// between, nine to thirteen digits in two to five groups are the person's number. Not a date, nor an amount.
// Pure: it reads the text and the other detectors' findings.
import { overlapTest } from './spans.ts';
import type { Finding } from './types.ts';

/** The separator after the name, then the number: groups of 2–4 digits (the first may carry a +), single-spaced, dotted, hyphenated or slashed. */
const NUMBER_AFTER_NAME = /^(?:[ \t]*[–—-][ \t]*|,[ \t]*|[ \t]*\([ \t]*)(\+?\d{2,4}(?:[ ./-]\d{2,8}){1,4})(?![\d.,/-]?\d)/u;
/** A date, day first or year first ("12.03.1987", "1987-03-12"). */
const DATE = /^(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}[./-]\d{1,2}[./-]\d{1,2})$/;
/** A currency or a unit after it: an amount. */
const AMOUNT_AFTER = /^[ \t]?(?:€|\$|£|%|eur|usd|gbp|chf|kg|km|m²|m2)/i;

/** The phone numbers right after the PERSON findings of `findings` that no finding covers yet (see above). */
export function phonesAfterNames(text: string, findings: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  let overlapsFound: ReturnType<typeof overlapTest> | undefined; // built at the first candidate, once
  for (const person of findings) {
    if (person.type !== 'PERSON') continue;
    const m = NUMBER_AFTER_NAME.exec(text.slice(person.end, person.end + 48));
    if (!m) continue;
    const number = m[1]!;
    const digits = number.replace(/\D/g, '').length;
    const start = person.end + m[0].length - number.length;
    const end = start + number.length;
    if (digits < 9 || digits > 13 || DATE.test(number) || AMOUNT_AFTER.test(text.slice(end, end + 4))) continue;
    overlapsFound ??= overlapTest(findings);
    if (overlapsFound({ start, end })) continue;
    out.push({ type: 'PHONE', start, end, score: 0.6, detector: 'phone-after-name' });
  }
  return out;
}
