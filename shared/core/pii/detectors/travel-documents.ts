// The passengers of an airline booking and the travel document it gives for each: its SSR DOCS element (IATA's advance passenger
// information), "SSR DOCS LH HK1/P/GBR/548120937/GBR/12JUL76/M/20NOV29/SMITH/JOHN" — after "/P/" (a passport)
// the issuing country, the document's number, the nationality, the birth date, the sex, the expiry date and the
// names. Booking tools and exports write the fields loosely (a country's name, an ISO date, fields left out), so
// the fields are read by their shape: the first with digits and letters or digits alone is the number, the first
// date after it the birth date (the second is the expiry). And the passengers' names, as the booking lists them. Pure.
import type { Detector, Finding } from '../types.ts';

/** The element's head and its fields, to the line's end. */
const SSR_DOCS_RE = /\bSSR[ \t]+DOCS[ \t]+[A-Z0-9]{2}[ \t]+[A-Z]{2}\d{1,2}\/P\/([^\n]{4,200})/g;
/** A passport's number: six to fifteen letters and digits, a digit among them, no date. */
const DOCUMENT_NUMBER = /^(?=[A-Z]*\d)[A-Z0-9]{6,15}$/;
/** The dates the element is written with: "12JUL76", "1976-07-12", "12.07.1976", "12/07/1976". */
const DATE = /^(?:\d{2}[A-Z]{3}\d{2}(?:\d{2})?|\d{4}-\d{2}-\d{2}|\d{1,2}[./-]\d{1,2}[./-]\d{4})$/;

/**
 * A booking's passenger name element: the name's number, the name (surname first, maybe "/" before the given
 * names), the title — "1.1YESHI UGYEN MR", "2.1TSUKAMOTO Yūka MRS", "1.1SMITH/JOHN MR".
 */
const PASSENGER_NAME_RE =
  /^[ \t]*\d{1,2}\.\d{1,2}(\p{Lu}[\p{L}\p{M}'’-]*(?:[ /]\p{L}[\p{L}\p{M}'’-]*){0,4}) (?:MR|MRS|MS|MISS|MSTR|MME|MLLE|DR|CHD|INF)[ \t]*$/gmu;

export function findTravelDocuments(text: string): Finding[] {
  const out: Finding[] = [];
  for (const m of text.matchAll(PASSENGER_NAME_RE)) {
    const start = m.index + m[0].indexOf(m[1]!);
    out.push({ type: 'PERSON', start, end: start + m[1]!.length, score: 0.85, detector: 'travel-documents' });
  }
  if (!text.includes('DOCS')) return out;
  for (const m of text.matchAll(SSR_DOCS_RE)) {
    let at = m.index + m[0].length - m[1]!.length;
    let numberSeen = false;
    for (const field of m[1]!.split('/')) {
      const value = field.trim();
      const start = at + field.indexOf(value);
      at += field.length + 1;
      if (!numberSeen && DOCUMENT_NUMBER.test(value) && !DATE.test(value)) {
        out.push({ type: 'PASSPORT', start, end: start + value.length, score: 0.9, detector: 'travel-documents' });
        numberSeen = true;
      } else if (numberSeen && DATE.test(value)) {
        out.push({ type: 'DATE_OF_BIRTH', start, end: start + value.length, score: 0.9, detector: 'travel-documents' });
        break; // the next date is the document's expiry
      }
    }
  }
  return out;
}

export const travelDocumentDetector: Detector = {
  name: 'travel-documents',
  types: ['PERSON', 'PASSPORT', 'DATE_OF_BIRTH'],
  detect: findTravelDocuments,
};
