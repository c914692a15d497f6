import { describe, expect, it } from 'vitest';
import { bankDetector } from './bank.ts';

// Through the bank detector, as the scan sees them: IBANs and labelled accounts are not found twice.
const found = (t: string) => bankDetector.detect(t).map((f) => [f.type, t.slice(f.start, f.end)]);
const one = (value: string) => [['BANK_ACCOUNT', value]];

describe('ES CCC (20 digits, two mod-11 control digits)', () => {
  it('printed 4-4-2-10 with spaces or dashes: no cue needed', () => {
    expect(found('Puedes hacer el ingreso en 0049 1500 06 2712345678, gracias.')).toEqual(one('0049 1500 06 2712345678'));
    expect(found('Datos: 2085-1234-05-0330123456')).toEqual(one('2085-1234-05-0330123456'));
  });
  it('run together or in fours: with a bank word near, in six languages', () => {
    expect(found('Wire it to 00491500062712345678 by Friday.')).toEqual(one('00491500062712345678'));
    expect(found('Die Überweisung geht an 00491500062712345678 (Sabadell).')).toEqual(one('00491500062712345678'));
    expect(found('Virement vers 0049 1500 0627 1234 5678 reçu.')).toEqual(one('0049 1500 0627 1234 5678'));
    expect(found('Mi CCC es 01822370490201500123')).toEqual(one('01822370490201500123'));
    expect(found('Bonifico su 00491500062712345678 entro lunedì.')).toEqual(one('00491500062712345678'));
    expect(found('Graag overmaken naar 00491500062712345678.')).toEqual(one('00491500062712345678'));
  });
  it('hard negatives: failed check, no cue, an order or tracking number, inside an IBAN, the documented example', () => {
    expect(found('Cuenta: 0049 1500 07 2712345678')).toEqual(one('0049 1500 07 2712345678')); // labelled: the label path's call
    expect(found('Referencia 0049 1500 07 2712345678')).toEqual([]);
    expect(found('Datos: 0049-1500-06-2712345679')).toEqual([]);
    expect(found('Session 00491500062712345678 expired')).toEqual([]);
    expect(found('Pedido nº 00491500062712345678 pagado por transferencia')).toEqual([]);
    expect(found('Tracking number 00491500062712345678 — paid by bank transfer')).toEqual([]);
    expect(found('IBAN ES49 0049 1500 0627 1234 5678')).toEqual([['IBAN', 'ES49 0049 1500 0627 1234 5678']]);
    expect(found('Formato del CCC, p. ej. 2100 0418 45 0200051332')).toEqual([]);
  });
});

describe('FR RIB (bank 5 + guichet 5 + account 11 + clé 2, mod 97)', () => {
  it('printed in groups, account with or without letters', () => {
    expect(found('Voici mes coordonnées : 30003 01234 00012345678 54')).toEqual(one('30003 01234 00012345678 54'));
    expect(found('10207 01234 00A12345678 38')).toEqual(one('10207 01234 00A12345678 38'));
  });
  it('run together near a bank word', () => {
    expect(found('RIB 102070123400A1234567838')).toEqual(one('102070123400A1234567838'));
    expect(found('ref 102070123400A1234567838')).toEqual([]);
  });
  it('a wrong clé is not a RIB', () => {
    expect(found('Voici mes coordonnées : 30003 01234 00012345678 55')).toEqual([]);
  });
});

describe('IT BBAN (CIN + ABI 5 + CAB 5 + account 12)', () => {
  it('printed in groups, or run together near a bank word', () => {
    expect(found('Coordinate: O 03069 09606 100000012345')).toEqual(one('O 03069 09606 100000012345'));
    expect(found('Per il bonifico: E0200812345000100123456')).toEqual(one('E0200812345000100123456'));
  });
  it('run together after the word BBAN, in any language', () => {
    expect(found('Il mio BBAN è T0306911884000012345678.')).toEqual(one('T0306911884000012345678'));
    expect(found('BBAN: V0538712902000000457019')).toEqual(one('V0538712902000000457019'));
    expect(found('BBAN S0200801633000104789111')).toEqual([]); // the CIN does not match
  });
  it('a wrong CIN, or no cue for the run-together form: nothing', () => {
    expect(found('Coordinate: A 03069 09606 100000012345')).toEqual([]);
    expect(found('Codice prodotto E0200812345000100123456')).toEqual([]);
  });
});

describe('BE account (123-4567890-02, mod 97)', () => {
  it('printed 3-7-2; twelve digits near a bank word', () => {
    expect(found('Storting op 310-1234567-37 graag.')).toEqual(one('310-1234567-37'));
    expect(found('Virement sur 735012345660 avant vendredi.')).toEqual(one('735012345660'));
  });
  it('a wrong key, or twelve digits with no bank word: nothing', () => {
    expect(found('Storting op 310-1234567-38 graag.')).toEqual([]);
    expect(found('Build 735012345660 passed')).toEqual([]);
  });
});

describe('NL pre-IBAN account (9 digits, elfproef), only near a bank-account word', () => {
  it('plain or as 12.34.56.789, with account words in six languages', () => {
    expect(found('Mijn oude rekening bij de ING: 53.12.34.568')).toEqual(one('53.12.34.568'));
    expect(found('my old Dutch bank account at ING was 531234576.')).toEqual(one('531234576'));
    expect(found('Mein altes Konto bei der ING: 5312.34.584')).toEqual(one('5312.34.584'));
    expect(found('mon ancien compte néerlandais : 53.12.34.568')).toEqual(one('53.12.34.568'));
    expect(found('mi antigua cuenta holandesa: 531234568')).toEqual(one('531234568'));
    expect(found('il mio vecchio conto olandese: 53 12 34 568')).toEqual(one('53 12 34 568'));
  });
  it('hard negatives: no account word, a login account, an order or phone number, the elfproef fails, an amount', () => {
    expect(found('Bel me op 531234568')).toEqual([]);
    expect(found('AWS account ID 531234568')).toEqual([]);
    expect(found('Gebruikersaccount / klantrekening 531234568')).toEqual([]);
    expect(found('Bestelnummer 531234568, betaald van mijn rekening')).toEqual([]);
    expect(found('Mijn oude rekening bij de ING: 53.12.34.567')).toEqual([]);
    expect(found('Op de rekening stond 531234568 euro')).toEqual([]);
    expect(found('mijn rekening: 123.456.789')).toEqual([]); // thousands, not an account shape
    expect(found('rekening bij de ING: 12.34.56.789')).toEqual([]); // a counting placeholder
  });
});

describe('US ABA routing number with the account next to it', () => {
  it('routing + account a separator apart, near a bank word in six languages', () => {
    const pair = [
      ['BANK_ACCOUNT', '026009593'],
      ['BANK_ACCOUNT', '4820193756'],
    ];
    expect(found('Wire to Chase 021000021 483920117.')).toEqual([
      ['BANK_ACCOUNT', '021000021'],
      ['BANK_ACCOUNT', '483920117'],
    ]);
    expect(found('Überweisung in die USA: 026009593 4820193756')).toEqual(pair);
    expect(found('Virement aux États-Unis : 026009593 / 4820193756')).toEqual(pair);
    expect(found('Transferencia a EE. UU.: 026009593, 4820193756')).toEqual(pair);
    expect(found('Bonifico negli USA: 026009593 4820193756')).toEqual(pair);
    expect(found('Overschrijving naar de VS: 026009593 en 4820193756')).toEqual(pair);
    expect(found('routing number 021000021 483920117')).toEqual([
      ['BANK_ACCOUNT', '021000021'],
      ['BANK_ACCOUNT', '483920117'],
    ]);
  });
  it('hard negatives: ABA check fails, no bank word, an order number', () => {
    expect(found('Wire to Chase 021000022 483920117.')).toEqual([]);
    expect(found('Call 021000021 483920117 after 5pm')).toEqual([]);
    expect(found('Order no. 021000021 483920117 paid by wire')).toEqual([]);
  });
});

describe('UK sort code + account (no check: a cue and the exact shape)', () => {
  it('dd-dd-dd then eight digits, with sort-code or account words in six languages', () => {
    const pair = [
      ['BANK_ACCOUNT', '40-47-84'],
      ['BANK_ACCOUNT', '71234568'],
    ];
    expect(found('UK bank details: 40-47-84 71234568')).toEqual(pair);
    expect(found('Bankverbindung in London: 40-47-84 71234568')).toEqual(pair);
    expect(found('Compte au Royaume-Uni : 40-47-84 / 71234568')).toEqual(pair);
    expect(found('Cuenta británica: 40-47-84 71234568')).toEqual(pair);
    expect(found('Conto nel Regno Unito: 40-47-84, 71234568')).toEqual(pair);
    expect(found('Britse rekening: 40-47-84 71234568')).toEqual(pair);
    expect(found('Sort code / account: 404784 71234568')).toEqual([
      ['BANK_ACCOUNT', '404784'],
      ['BANK_ACCOUNT', '71234568'],
    ]);
  });
  it('hard negatives: no cue, a phone number, the wrong shape', () => {
    expect(found('Ticket 40-47-84 71234568 closed')).toEqual([]);
    expect(found('Tel. 40-47-84 71234568, account manager Jo')).toEqual([]);
    expect(found('UK bank details: 40-47-84 7123456')).toEqual([]);
  });
});

describe('NZ account (bank 2 + branch 4 + account 7 + suffix 2 or 3)', () => {
  it('in its national grouping, with a bank word near', () => {
    expect(found('Account: 12-3140-0123456-00')).toEqual(one('12-3140-0123456-00'));
    expect(found('Please wire the bond to 01-0242-0100194-000 (ANZ).')).toEqual(one('01-0242-0100194-000'));
    expect(found('Konto: 12 3140 0123456 00')).toEqual(one('12 3140 0123456 00'));
  });
  it('not without a bank word, nor with a bank number New Zealand does not have, nor a customer account', () => {
    expect(found('Order 12-3140-0123456-00 shipped')).toEqual([]);
    expect(found('Account: 99-3140-0123456-00')).toEqual([]);
    expect(found('Customer account 12-3140-0123456-00')).toEqual([]);
  });
});

describe('NO kontonummer (11 digits, 4.2.5, MOD 11) and the AU BSB with its account', () => {
  it('a Norwegian account with a bank word near, in its grouping or run together', () => {
    expect(found('Überweisung an 1234.56.78903 (DNB), danke.')).toEqual(one('1234.56.78903'));
    expect(found('Il mio conto norvegese è 1234.56.78903.')).toEqual(one('1234.56.78903'));
    expect(found('Please wire it to 12345678903 (bank: DNB).')).toEqual(one('12345678903'));
  });
  it('hard negatives: no bank word, a failed check, an order number, the documented example', () => {
    expect(found('Order 1234.56.78903 shipped')).toEqual([]);
    expect(found('Überweisung an 1234.56.78904 (DNB), danke.')).toEqual([]);
    expect(found('Bestellnummer 1234.56.78903, per Überweisung bezahlt')).toEqual([]);
    expect(found('Eksempel: bank 8601.11.17947')).toEqual([]);
  });
  it('a BSB and the account after it, both; not a BSB alone, nor numbers without the word', () => {
    expect(found('Please pay into BSB 062-000, account 1234 5678.')).toEqual([
      ['BANK_ACCOUNT', '062-000'],
      ['BANK_ACCOUNT', '1234 5678'],
    ]);
    expect(found('BSB: 083 004 Acc: 123456789')).toEqual([
      ['BANK_ACCOUNT', '083 004'],
      ['BANK_ACCOUNT', '123456789'],
    ]);
    expect(found('Our BSB training is in room 123 456 on level 2.')).toEqual([]);
    expect(found('Pay 062-000 12345678 by Friday.')).toEqual([]);
  });
});

describe('a UK sort code and account near a bank word', () => {
  it('"bank" names the pair as well as "account" or "sort code" does; a date and a number do not make one', () => {
    expect(found('previous landlord on the phone, bank 42-85-37 32579547, see below')).toEqual([
      ['BANK_ACCOUNT', '42-85-37'],
      ['BANK_ACCOUNT', '32579547'],
    ]);
    expect(found('Train 12-10-24 10345678 departs')).toEqual([]);
  });
});
