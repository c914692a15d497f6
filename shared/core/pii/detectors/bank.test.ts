import { describe, expect, it } from 'vitest';
import { bankDetector } from './bank.ts';

const found = (t: string) => bankDetector.detect(t).map((f) => [f.type, t.slice(f.start, f.end)]);

describe('IBAN', () => {
  it('finds valid IBANs with any spacing and case', () => {
    expect(found('Bitte überweisen Sie auf DE44 5001 0517 5407 3249 31.')).toEqual([['IBAN', 'DE44 5001 0517 5407 3249 31']]);
    expect(found('iban=nl44rabo0123456789')).toEqual([['IBAN', 'nl44rabo0123456789']]);
    expect(found('<IBAN>FR1230003012340001234567842</IBAN>')).toEqual([['IBAN', 'FR1230003012340001234567842']]);
    expect(found('IBAN: BE97 0012 3456 7890 BIC GEBABEBB')).toEqual([['IBAN', 'BE97 0012 3456 7890']]);
  });
  it('skips the well-known documentation example IBANs', () => {
    expect(found('e.g. DE89 3704 0044 0532 0130 00 or GB82 WEST 1234 5698 7654 32')).toEqual([]);
  });
  it('offsets count UTF-16 units (emoji before)', () => {
    const t = '🏦 Überweisung an ES60 0049 1500 0512 3456 7892';
    const [f] = bankDetector.detect(t);
    expect(f).toMatchObject({ type: 'IBAN', start: t.indexOf('ES60'), end: t.length });
  });
  it('rejects wrong check digits and wrong lengths', () => {
    expect(found('IBAN DE45 5001 0517 5407 3249 31')).toEqual([]);
    expect(found('IBAN NL44RABO012345678')).toEqual([]);
    expect(found('IBAN DE44500105175407324931123')).toEqual([]); // runs on
  });
});

describe('BANK_ACCOUNT', () => {
  it('UK sort code + account: two spans; sort code alone: nothing', () => {
    expect(found('sort code 20-00-00, account number 12345678')).toEqual([
      ['BANK_ACCOUNT', '20-00-00'],
      ['BANK_ACCOUNT', '12345678'],
    ]);
    expect(found('Our sort code is 20-00-00.')).toEqual([]);
  });
  it('US routing (ABA-valid) + account', () => {
    expect(found('routing number 021000021, account 483920117')).toEqual([
      ['BANK_ACCOUNT', '021000021'],
      ['BANK_ACCOUNT', '483920117'],
    ]);
    expect(found('routing number 021000022, account 483920117')).toEqual([['BANK_ACCOUNT', '483920117']]);
    expect(found('ABA routing 021000021 for Chase')).toEqual([]);
  });
  it('account-number words in six languages', () => {
    expect(found('Kontonummer 1234567890 bei der Sparkasse')).toEqual([['BANK_ACCOUNT', '1234567890']]);
    expect(found('mon numéro de compte : 00012345678')).toEqual([['BANK_ACCOUNT', '00012345678']]);
    expect(found('Mi número de cuenta es 0049 1500 05 1234567892')).toEqual([['BANK_ACCOUNT', '0049 1500 05 1234567892']]);
    expect(found('Il mio numero di conto corrente è 000012345678')).toEqual([['BANK_ACCOUNT', '000012345678']]);
    expect(found('Mijn rekeningnummer is 123456789.')).toEqual([['BANK_ACCOUNT', '123456789']]);
    expect(found('Please send the wire to bank account number 7712345601')).toEqual([['BANK_ACCOUNT', '7712345601']]);
  });
  it('table columns and JSON keys', () => {
    const csv = 'payee,routing_number,account_number\nAcme Ltd,021000021,483920117\n';
    expect(found(csv)).toEqual([
      ['BANK_ACCOUNT', '021000021'],
      ['BANK_ACCOUNT', '483920117'],
    ]);
    expect(found('{"sort_code": "20-00-00", "account_number": "12345678"}')).toEqual([
      ['BANK_ACCOUNT', '20-00-00'],
      ['BANK_ACCOUNT', '12345678'],
    ]);
    expect(found('{"account_number": "12345678", "plan": "basic"}')).toEqual([]);
  });
  it('non-bank accounts are not labelled', () => {
    expect(found('Your customer account number 55512345 has been updated')).toEqual([]);
    expect(found('account number 88812345 for your electricity plan')).toEqual([]);
  });
});

describe('account cue words in six languages and fields', () => {
  it('UK sort code and US routing number with account words', () => {
    expect(found('Sort Code 20-00-00, Kontonummer 12345678')).toEqual([
      ['BANK_ACCOUNT', '20-00-00'],
      ['BANK_ACCOUNT', '12345678'],
    ]);
    expect(found('Routing-Nummer 026009593 und Konto 4820193756')).toEqual([
      ['BANK_ACCOUNT', '026009593'],
      ['BANK_ACCOUNT', '4820193756'],
    ]);
    expect(found('Número de ruta 021000021, número de cuenta 123456789012')).toEqual([
      ['BANK_ACCOUNT', '021000021'],
      ['BANK_ACCOUNT', '123456789012'],
    ]);
    expect(found('codice sort 40-47-84, numero di conto 71234568')).toEqual([
      ['BANK_ACCOUNT', '40-47-84'],
      ['BANK_ACCOUNT', '71234568'],
    ]);
    expect(found('routing 026009593, compte 4820193756')).toEqual([
      ['BANK_ACCOUNT', '026009593'],
      ['BANK_ACCOUNT', '4820193756'],
    ]);
    expect(found('sort code 60-16-13 rekening 31926819')).toEqual([
      ['BANK_ACCOUNT', '60-16-13'],
      ['BANK_ACCOUNT', '31926819'],
    ]);
  });
  it('columns and keys in any casing', () => {
    expect(found('holder,accountNumber,routingNumber\nBob,000123456789,026009593')).toEqual([
      ['BANK_ACCOUNT', '000123456789'],
      ['BANK_ACCOUNT', '026009593'],
    ]);
    expect(found("INSERT INTO payees (name, sort_code, account_no) VALUES ('Bob', '200000', '31926819');")).toEqual([
      ['BANK_ACCOUNT', '200000'],
      ['BANK_ACCOUNT', '31926819'],
    ]);
  });
  it('hard negatives: amounts, customer accounts, a routing number alone', () => {
    expect(found('sul conto 125000 euro di spese')).toEqual([]);
    expect(found('customer_account,plan\n12345678,pro')).toEqual([]);
    expect(found('Routing-Nummer 026009593')).toEqual([]);
    expect(found('Benutzerkonto 12345678')).toEqual([]);
  });
});

describe('an IBAN read out with its country code apart', () => {
  it('capitals, a space, then the check digits', () => {
    expect(found('IBAN: DE 62 3704 0044 0532 0130 01')).toEqual([['IBAN', 'DE 62 3704 0044 0532 0130 01']]);
    expect(found('Meet at 10 am, room 3704 0044 0532')).toEqual([]);
    expect(found('DE 63 3704 0044 0532 0130 01')).toEqual([]); // wrong check digits
  });
});

describe('account labels said as a sentence, six languages', () => {
  it('a copula and an article between label and number', () => {
    expect(found('Il mio conto corrente è il 000041278803 presso la banca.')).toEqual([['BANK_ACCOUNT', '000041278803']]);
    expect(found('Mon numéro de compte est le 00041278803.')).toEqual([['BANK_ACCOUNT', '00041278803']]);
    expect(found('Meine Kontonummer lautet 0419327706.')).toEqual([['BANK_ACCOUNT', '0419327706']]);
    expect(found('Die Nummer meines Kontos ist 0419327706.')).toEqual([['BANK_ACCOUNT', '0419327706']]);
    expect(found('Bankverbindung: Kto. 0419327706, BLZ 370 400 44')).toEqual([
      ['BANK_ACCOUNT', '0419327706'],
      ['BANK_ACCOUNT', '370 400 44'],
    ]);
  });
  it('the number named before its label', () => {
    expect(found('0419327706 ist meine Kontonummer bei der Sparkasse.')).toEqual([['BANK_ACCOUNT', '0419327706']]);
    expect(found('000041278803 è il mio conto corrente.')).toEqual([['BANK_ACCOUNT', '000041278803']]);
    expect(found('00041278803 est mon numéro de compte.')).toEqual([['BANK_ACCOUNT', '00041278803']]);
    expect(found('41278803 is mijn rekeningnummer.')).toEqual([['BANK_ACCOUNT', '41278803']]);
    expect(found('41278803 is my bank account number.')).toEqual([['BANK_ACCOUNT', '41278803']]);
  });
  it('hard negatives: a login account, a balance, a follower count', () => {
    expect(found('41278803 is my account number at the gym.')).toEqual([]);
    expect(found('Das Konto hat 41278803 Follower.')).toEqual([]);
    expect(found('account balance 41278803 EUR')).toEqual([]);
    expect(found('Kundenkonto 41278803 wurde angelegt.')).toEqual([]);
  });
});

describe('prose lines with commas are no table', () => {
  it('a number on the line below an account is not taken for a cell of its column', () => {
    const text = 'Compte : sort code 56-98-54, numéro de compte 60082905.\nLe colis est parti, numéro de suivi 00009988776655443321.';
    expect(found(text)).toEqual([
      ['BANK_ACCOUNT', '56-98-54'],
      ['BANK_ACCOUNT', '60082905'],
    ]);
  });
});

describe('the short label "acc", and hex ids', () => {
  it('"acc" names an account beside a sort code or a bank word, not a variable in code', () => {
    expect(found('NI ER 71 78 76 D / sort code 88-18-04 / acc 24704093')).toEqual([
      ['BANK_ACCOUNT', '88-18-04'],
      ['BANK_ACCOUNT', '24704093'],
    ]);
    expect(found('let acc = 1000000; for (const x of xs) acc += x;')).toEqual([]);
  });
  it('an IBAN-shaped tail of a UUID is none', () => {
    expect(found("l'identifiant de requête f13f7843-e2b8-4532-be76-dacca2b49cc7 n'est plus journalisé")).toEqual([]);
  });
});

describe('IBANs of countries outside the SWIFT registry (lengths from ibantools)', () => {
  it("Iran's and Madagascar's, compact and grouped", () => {
    expect(found('Please wire it to IR062960000000100324200001 by Friday.')).toEqual([['IBAN', 'IR062960000000100324200001']]);
    expect(found('IBAN: MG46 0000 5030 0101 0191 4016 056')).toEqual([['IBAN', 'MG46 0000 5030 0101 0191 4016 056']]);
    expect(found('Please wire it to IR062960000000100324200002 by Friday.')).toEqual([]); // check digits fail
  });
});

describe('an account named by its country (issue 14)', () => {
  it("the label's noun, the country's adjective, the number", () => {
    expect(found('merci de restituer la caution sur le compte japonais 766-2109477 (compte ordinaire)')).toEqual([
      ['BANK_ACCOUNT', '766-2109477'],
    ]);
    expect(found('devolved la fianza a la cuenta japonesa 609-4681356')).toEqual([['BANK_ACCOUNT', '609-4681356']]);
  });
});
