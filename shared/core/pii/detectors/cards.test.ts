import { describe, expect, it } from 'vitest';
import { creditCardDetector } from './cards.ts';

const found = (t: string) => creditCardDetector.detect(t).map((f) => t.slice(f.start, f.end));

describe('credit cards', () => {
  it('finds Luhn-valid numbers in common groupings', () => {
    expect(found('Please charge my Visa 4539 1488 0343 6467 for the order.')).toEqual(['4539 1488 0343 6467']);
    expect(found('Kartennummer 4539-1488-0343-6467, gültig bis 12/28')).toEqual(['4539-1488-0343-6467']);
    expect(found('ma carte 4539148803436467 a été débitée')).toEqual(['4539148803436467']);
    expect(found('Amex 3712 345678 90120 please')).toEqual(['3712 345678 90120']);
    expect(found('la tarjeta 6011 1234 5678 9019')).toEqual(['6011 1234 5678 9019']);
    expect(found('carta 5523 4567 8901 2342.')).toEqual(['5523 4567 8901 2342']);
  });

  it('reports UTF-16 offsets after emoji and accents', () => {
    const t = '😀 Données: 4917 6123 4567 8904';
    const [f] = creditCardDetector.detect(t);
    expect(f?.type).toBe('CREDIT_CARD');
    expect(f?.start).toBe(t.indexOf('4917'));
    expect(f?.end).toBe(t.length);
  });

  it('rejects Luhn failures and implausible issuers', () => {
    expect(found('card 4539 1488 0343 6468')).toEqual([]);
    expect(found('card 9539 1488 0343 6460')).toEqual([]); // no issuer starts with 9
  });

  it('ignores published test numbers', () => {
    expect(found('Use 4242 4242 4242 4242 in staging')).toEqual([]);
    expect(found('test with 4111-1111-1111-1111')).toEqual([]);
    expect(found('mastercard test 5555 5555 5555 4444')).toEqual([]);
    expect(found('amex 3782 822463 10005')).toEqual([]);
    expect(found('discover 6011111111111117')).toEqual([]);
  });

  it('ignores digits embedded in longer runs and identifiers', () => {
    expect(found('order id 4539148803436467001')).toEqual([]);
    expect(found('tracking 1Z4539148803436467')).toEqual([]);
    expect(found('ref ABC-4539148803436467')).toEqual([]);
    expect(found('v4539148803436467')).toEqual([]);
    expect(found('ean 4006381333931')).toEqual([]);
    expect(found('parcel 9400 4539 1488 0343 6467 00')).toEqual([]); // 4-digit groups continue on both sides
    expect(found('ID 4539-1488-0343-6467-7781')).toEqual([]);
  });
});

describe('irregular separators and order numbers', () => {
  it('accepts double spaces, spaced dashes and dots between groups', () => {
    expect(found('Karte: 4460  3812  4890  6819 bitte')).toEqual(['4460  3812  4890  6819']);
    expect(found('card 4460 - 3812 - 4890 - 6819')).toEqual(['4460 - 3812 - 4890 - 6819']);
    expect(found('tarjeta 4460.3812.4890.6819')).toEqual(['4460.3812.4890.6819']);
    expect(found('carta 5186 0017 0000 8785')).toEqual(['5186 0017 0000 8785']);
    expect(found('carte bancaire 4460\u00a03812\u00a04890\u00a06819')).toEqual(['4460\u00a03812\u00a04890\u00a06819']);
    expect(found('carte 4460\u202f3812\u202f4890\u202f6819')).toEqual(['4460\u202f3812\u202f4890\u202f6819']);
  });
  it('vetoes Luhn-passing order numbers by shape or by the words before them', () => {
    expect(found('Your package 351-9522985-9273068 is on its way')).toEqual([]);
    expect(found('Bestellung 5186 0017 0000 8785 versendet')).toEqual([]);
    expect(found('numéro de commande : 5186001700008785')).toEqual([]);
    expect(found('pedido nº 5186-0017-0000-8785')).toEqual([]);
    expect(found('ordine 5186 0017 0000 8785')).toEqual([]);
    expect(found('bestelling 5186001700008785')).toEqual([]);
    expect(found('Tracking-Nummer 5186 0017 0000 8785')).toEqual([]);
    expect(found('amount 5186.0017.0000.87')).toEqual([]);
    expect(found('id,order_id,amount\n1,5186001700008785,20.00')).toEqual([]);
    expect(found("INSERT INTO t (id, numero_pedido) VALUES (1, '5186001700008785');")).toEqual([]);
    expect(found('id,card_number\n1,5186001700008785')).toEqual(['5186001700008785']);
    expect(found('holder;cc\nAnn;4000123456788')).toEqual(['4000123456788']);
    expect(found('sku;ean\nA1;4000123456788')).toEqual([]);
  });
});
