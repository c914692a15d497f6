import { describe, expect, it } from 'vitest';
import { scanText } from './detect.ts';

const phones = (t: string) =>
  scanText(t)
    .entities.filter((e) => e.type === 'PHONE')
    .map((e) => t.slice(e.start, e.end));

describe('a phone number right after a person’s name, no phone word', () => {
  it('after a dash, a comma or an opening parenthesis', () => {
    expect(phones('Anna Berg – 686 482 603')).toEqual(['686 482 603']);
    expect(phones('Avisar a: Baek Eun-jun, 676 798 812.')).toEqual(['676 798 812']);
    expect(phones('Groet, Tovan Merisk – 01-4287963 – tovan@example.org')).toEqual(['01-4287963']);
    expect(phones('In copia Anna Berg (340 694 3921).')).toEqual(['340 694 3921']);
  });
  it('not a date, an amount, a span of years, a short number, nor a number after no name', () => {
    expect(phones('Anna Berg, 12.03.1987')).toEqual([]);
    expect(phones('Anna Berg, 1 234 567 €')).toEqual([]);
    expect(phones('Anna Berg (2019-2023)')).toEqual([]);
    expect(phones('Anna Berg – 4821 93')).toEqual([]);
    expect(phones('Total – 686 482 603')).toEqual([]);
  });
  it('a long roster of names and numbers is read once, not once per name', () => {
    const roster = 'Anna Berg – 686 482 603\n'.repeat(5000);
    expect(phones(roster).length).toBe(5000);
  });
});
