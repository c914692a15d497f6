import { describe, expect, it } from 'vitest';
import { checkedNationalIds } from './checked-ids.ts';
import { scanText } from '../detect.ts';

function ids(text: string): string[] {
  const found: string[] = [];
  checkedNationalIds(text, (start, end) => found.push(text.slice(start, end)));
  return found;
}

describe('checkedNationalIds', () => {
  it.each([
    ['Henkilötunnus: 131052-308T', '131052-308T'],
    ['syntynyt 2.1.1994, hetu 010594Y9021', '010594Y9021'],
    ['Mi RUN es 12.345.678-5.', '12.345.678-5'],
    ['RUT 12345678-5', '12345678-5'],
    ['Rol Único Tributario: 7654321-6', '7654321-6'],
    ['My IRD number is 49-091-850.', '49-091-850'],
    ['IRD no. 136410132', '136410132'],
    ['Fødselsnummer: 150765 00565', '150765 00565'],
    ['fnr. 15076500565', '15076500565'],
  ])('finds the number in %j', (text, value) => {
    expect(ids(text)).toEqual([value]);
    expect(scanText(text).types).toContain('NATIONAL_ID');
  });

  it.each([
    ['a wrong check character', 'Henkilötunnus: 131052-308U'],
    ['a shape without its name', 'Order 12345678-5 shipped'],
    ['a wrong RUT check digit', 'RUT 12.345.678-4'],
    ['an IRD number out of range', 'IRD 9125568'],
    ['an IRD number with a wrong check', 'IRD 49-091-851'],
    ['an undated fødselsnummer', 'fnr. 45136500565'],
    ['digits without the number’s name', 'Invoice 15076500565'],
  ])('ignores %s', (_why, text) => {
    expect(ids(text)).toEqual([]);
  });
});
