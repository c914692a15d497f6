import { describe, expect, it } from 'vitest';
import { scanText } from '../pii/detect.ts';
import { gluedNumbers, scatteredCardNumbers } from './scattered-digits.ts';
import { scanBody } from './scan.ts';

const typesRead = (readings: string[]) => new Set(readings.flatMap((r) => scanText(r).types));
const chat = (...contents: string[]) => ({ model: 'm', messages: contents.map((content) => ({ role: 'user', content })) });

describe('scatteredCardNumbers: a card number whose groups are set apart by words', () => {
  it('reads the groups together when a few words stand between them, in any language', () => {
    expect(typesRead(scatteredCardNumbers('4539 then 1488 then 0343 then 6467 is my card'))).toContain('CREDIT_CARD');
    expect(typesRead(scatteredCardNumbers('Die Karte: 4539, dann 1488, danach 0343 und zuletzt 6467.'))).toContain('CREDIT_CARD');
    expect(typesRead(scatteredCardNumbers('the card is 4539-1488 — the rest: 0343-6467.'))).toContain('CREDIT_CARD');
  });

  it('reads a card glued to letters, its check digit deciding', () => {
    expect(typesRead(scatteredCardNumbers('card4539148803436467exp0927'))).toContain('CREDIT_CARD');
    expect(scatteredCardNumbers('card4539148803436468exp0927')).toEqual([]); // fails Luhn
  });

  it('leaves numbers a card is not made of: fields of a record, a hash, a short product code, a number written whole', () => {
    // digits of different fields, quotes and braces between them
    expect(scatteredCardNumbers('"stock": 422, "ean": "4539148803436467", "updatedAt": "2023-07-05"')).toEqual([]);
    expect(scatteredCardNumbers('{"a": "4539 1488", "b": "0343 6467"}')).toEqual([]);
    // a UUID's and a hash's digit runs
    expect(scatteredCardNumbers('id 4539148e-8034-3646-7abc-0123456789ab and 45391488a03436467f')).toEqual([]);
    // more than four words between two groups
    expect(scatteredCardNumbers('In 4539 we sold a lot of very old bikes and 1488 0343 6467 cars')).toEqual([]);
    // the card detector's own: the number as written
    expect(scatteredCardNumbers('card: 4539 1488 0343 6467')).toEqual([]);
  });

  it('finds a card split over two messages with words between the pieces', () => {
    expect(scanBody(chat('card first half 4539 1488 (rest follows)', 'rest: 0343 6467')).piiTypes).toContain('CREDIT_CARD');
    // a group split by the words, two short pieces side by side
    expect(scanBody(chat('My card number is 5398  67 (rest follows)', 'the rest: 49  9072  2044, please charge it.')).piiTypes).toContain(
      'CREDIT_CARD',
    );
    // the same words around a Luhn-invalid number: nothing
    expect(scanBody(chat('card first half 4539 1488 (rest follows)', 'rest: 0343 6468')).piiTypes).toEqual([]);
  });
});

describe('gluedNumbers: a number glued into a path, a file name or its cue word', () => {
  it('sets the number apart, so the detectors see it as written', () => {
    expect(typesRead(gluedNumbers('GET /hosts/81.169.145.67/ping'))).toContain('IP_ADDRESS');
    expect(typesRead(gluedNumbers('GET /api/cards/4539-1488-0343-6467/charge'))).toContain('CREDIT_CARD');
    expect(typesRead(gluedNumbers('GET /call/+4915123456789/start'))).toContain('PHONE');
    expect(typesRead(gluedNumbers('attached: ssn434282453'))).toContain('SSN');
    expect(typesRead(gluedNumbers('file card_4539148803436467_scan.pdf'))).toContain('CREDIT_CARD');
  });

  it('leaves a mask after a slash, a code between capitals and the digits of a UUID', () => {
    expect(gluedNumbers('allow_cidr: 169.254.0.0/16')).toEqual([]);
    expect(gluedNumbers('parcel VJ631967585DE is held')).toEqual([]);
    expect(gluedNumbers('request_id=8819dc22-34bc-4b30-b018-7958828ee019')).toEqual([]);
  });
});
