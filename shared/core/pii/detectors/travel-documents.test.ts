import { describe, expect, it } from 'vitest';
import { travelDocumentDetector } from './travel-documents.ts';

const found = (t: string) => travelDocumentDetector.detect(t).map((f) => [f.type, t.slice(f.start, f.end)]);

describe('travel documents: an airline booking’s passengers and their SSR DOCS elements', () => {
  it('reads the passport number and the birth date of the APIS element, not its expiry', () => {
    expect(found('SSR DOCS LH HK1/P/GBR/548120937/GBR/12JUL76/M/20NOV29/MERISK/TOVAN')).toEqual([
      ['PASSPORT', '548120937'],
      ['DATE_OF_BIRTH', '12JUL76'],
    ]);
  });

  it('reads the fields by their shape where a booking tool writes them loosely', () => {
    expect(found('SSR DOCS YY HK1/P/Norwegian/PB4790391/1955-01-26')).toEqual([
      ['PASSPORT', 'PB4790391'],
      ['DATE_OF_BIRTH', '1955-01-26'],
    ]);
  });

  it('the passengers of the name element, surname first, with or without a slash', () => {
    expect(found('PNR QX7741\n1.1MERISK/TOVAN MR\n2.1TESKAL Maruvo MRS\n3.1BRUNVALD ILSA MS')).toEqual([
      ['PERSON', 'MERISK/TOVAN'],
      ['PERSON', 'TESKAL Maruvo'],
      ['PERSON', 'BRUNVALD ILSA'],
    ]);
  });

  it('nothing in text that only looks alike', () => {
    expect(found('Version 1.1SP MR released; see DOCS/P/README for the build')).toEqual([]);
  });
});
