import { describe, expect, it } from 'vitest';
import {
  aadhaar,
  abaRouting,
  beBankAccount,
  cccControlDigit,
  esCcc,
  frRib,
  itBban,
  nlBankAccount,
  atSvnr,
  deRvnr,
  esNss,
  frSpi,
  beNationalNumber,
  caSin,
  chAhv,
  deIdCardNumber,
  deKvnr,
  deSteuerId,
  esDniNie,
  frNir,
  iban,
  icaoCheckDigit,
  iso7064Mod11_10,
  itCodiceFiscale,
  itin,
  jmbg,
  jpMyNumber,
  luhn,
  nhs,
  nino,
  nlBsn,
  plPesel,
  sePersonnummer,
  fiHetu,
  clRut,
  nzIrd,
  noFodselsnummer,
  noBankAccount,
  ssn,
  verhoeff,
  iePps,
  krRrn,
  cnRic,
} from './checksums.ts';

describe('luhn', () => {
  it('accepts valid and rejects altered numbers', () => {
    expect(luhn('4539148803436467')).toBe(true);
    expect(luhn('378282246310005')).toBe(true);
    expect(luhn('4539148803436468')).toBe(false);
    expect(luhn('4539148803436476')).toBe(false); // transposition
    expect(luhn('')).toBe(false);
    expect(luhn('4539 1488')).toBe(false); // digits only
  });
});

describe('iban', () => {
  it('validates mod-97 with spacing and any case', () => {
    expect(iban('DE89370400440532013000')).toBe(true);
    expect(iban('DE89 3704 0044 0532 0130 00')).toBe(true);
    expect(iban('fr14 2004 1010 0505 0001 3m02 606')).toBe(true);
    expect(iban('NL91ABNA0417164300')).toBe(true);
    expect(iban('BE68539007547034')).toBe(true);
    expect(iban('IT60X0542811101000000123456')).toBe(true);
    expect(iban('ES9121000418450200051332')).toBe(true);
  });
  it('rejects wrong check digits, wrong country length and unknown countries', () => {
    expect(iban('DE88370400440532013000')).toBe(false);
    expect(iban('DE8937040044053201300')).toBe(false); // 21 chars, DE needs 22
    expect(iban('NL91ABNA04171643001')).toBe(false);
    expect(iban('XX89370400440532013000')).toBe(false);
    expect(iban('DE00370400440532013000')).toBe(false);
  });
});

describe('US numbers', () => {
  it('ssn area/group/serial rules', () => {
    expect(ssn('536-22-8751')).toBe(true);
    expect(ssn('536228751')).toBe(true);
    expect(ssn('000-22-8751')).toBe(false);
    expect(ssn('666-22-8751')).toBe(false);
    expect(ssn('912-22-8751')).toBe(false);
    expect(ssn('536-00-8751')).toBe(false);
    expect(ssn('536-22-0000')).toBe(false);
    expect(ssn('078-05-1120')).toBe(false); // the Woolworth sample card
    expect(ssn('53622875')).toBe(false);
  });
  it('itin ranges', () => {
    expect(itin('912-78-1234')).toBe(true);
    expect(itin('912-93-1234')).toBe(false);
    expect(itin('812-78-1234')).toBe(false);
  });
  it('ABA routing checksum and prefix', () => {
    expect(abaRouting('021000021')).toBe(true);
    expect(abaRouting('111000614')).toBe(true);
    expect(abaRouting('322074426')).toBe(true);
    expect(abaRouting('021000022')).toBe(false);
    expect(abaRouting('991000021')).toBe(false); // prefix 99 not assigned
  });
  it('Canadian SIN', () => {
    expect(caSin('130 729 056')).toBe(true);
    expect(caSin('523-412-344')).toBe(true);
    expect(caSin('130729057')).toBe(false);
    expect(caSin('046454286')).toBe(false); // leading 0 is not issued
  });
});

describe('UK numbers', () => {
  it('NHS mod 11', () => {
    expect(nhs('943 476 5919')).toBe(true);
    expect(nhs('4010232137')).toBe(true);
    expect(nhs('9434765918')).toBe(false);
    expect(nhs('1234567890')).toBe(false); // check would be 10
  });
  it('NINO prefix and suffix rules', () => {
    expect(nino('AB123456C')).toBe(true);
    expect(nino('AB 12 34 56 C')).toBe(true);
    expect(nino('AB123456')).toBe(true);
    expect(nino('QQ123456C')).toBe(false); // Q never first
    expect(nino('AO123456C')).toBe(false); // O never second
    expect(nino('GB123456C')).toBe(false); // excluded prefix
    expect(nino('AB123456E')).toBe(false); // suffix A–D only
  });
});

describe('German numbers', () => {
  it('Steuer-ID check digit and repetition rule', () => {
    expect(iso7064Mod11_10('8609574271')).toBe(9);
    expect(deSteuerId('86095742719')).toBe(true);
    expect(deSteuerId('86 095 742 719')).toBe(true);
    expect(deSteuerId('86095742718')).toBe(false); // check digit
    expect(deSteuerId('12345678901')).toBe(false); // no repeated digit
    expect(deSteuerId('06095742719')).toBe(false); // leading zero
    expect(deSteuerId('11145678901')).toBe(false); // three in a row
  });
  it('KVNR and ID-card check digits', () => {
    expect(deKvnr('A123456780')).toBe(true);
    expect(deKvnr('T987654328')).toBe(true);
    expect(deKvnr('A123456781')).toBe(false);
    expect(icaoCheckDigit('T22000129')).toBe(3);
    expect(deIdCardNumber('T220001293')).toBe(true);
    expect(deIdCardNumber('T220001294')).toBe(false);
  });
});

describe('other European numbers', () => {
  it('FR NIR incl. Corsica', () => {
    expect(frNir('185077512345608')).toBe(true);
    expect(frNir('2 92 01 99 001 001 76')).toBe(true);
    expect(frNir('2 84 05 2A 004 034 47')).toBe(true);
    expect(frNir('185077512345609')).toBe(false);
    expect(frNir('2 84 05 2B 004 034 47')).toBe(false); // 2B uses another key
    expect(frNir('585077512345608')).toBe(false); // sex digit
  });
  it('ES DNI and NIE letters', () => {
    expect(esDniNie('12345678Z')).toBe(true);
    expect(esDniNie('87654321-X')).toBe(true);
    expect(esDniNie('X1234567L')).toBe(true);
    expect(esDniNie('Y-7654321-G')).toBe(true);
    expect(esDniNie('12345678A')).toBe(false);
    expect(esDniNie('X1234567A')).toBe(false);
  });
  it('IT codice fiscale', () => {
    expect(itCodiceFiscale('RSSMRA85T10A562S')).toBe(true);
    expect(itCodiceFiscale('bncgli92e51f205s')).toBe(true);
    expect(itCodiceFiscale('RSSMRA85T10A562T')).toBe(false);
    expect(itCodiceFiscale('RSSMRA85Z10A562S')).toBe(false); // Z is no month letter
  });
  it('NL BSN 11-proof', () => {
    expect(nlBsn('123456782')).toBe(true);
    expect(nlBsn('2345.67.892')).toBe(true);
    expect(nlBsn('123456783')).toBe(false);
    expect(nlBsn('000000000')).toBe(false);
  });
  it('BE national number, before and after 2000', () => {
    expect(beNationalNumber('85.07.30-123.35')).toBe(true);
    expect(beNationalNumber('05031512367')).toBe(true);
    expect(beNationalNumber('85073012336')).toBe(false);
  });
  it('PL PESEL with century-coded month', () => {
    expect(plPesel('90021501237')).toBe(true);
    expect(plPesel('02213104566')).toBe(true); // born 2002-01-31
    expect(plPesel('90021501238')).toBe(false);
    expect(plPesel('90023001230')).toBe(false); // 30 February (and a wrong check)
  });
  it('SE personnummer with and without century, - and +', () => {
    expect(sePersonnummer('850709-1232')).toBe(true);
    expect(sePersonnummer('8507091232')).toBe(true);
    expect(sePersonnummer('19850709-1232')).toBe(true);
    expect(sePersonnummer('850709+1232')).toBe(true);
    expect(sePersonnummer('19121212-1212')).toBe(true);
    expect(sePersonnummer('850709-1233')).toBe(false);
    expect(sePersonnummer('851309-1232')).toBe(false); // month 13
  });
  it('CH AHV and AT SV-Nummer', () => {
    expect(chAhv('756.1234.5678.97')).toBe(true);
    expect(chAhv('756.1234.5678.98')).toBe(false);
    expect(chAhv('757.1234.5678.97')).toBe(false);
    expect(atSvnr('1237 010180')).toBe(true);
    expect(atSvnr('4568150392')).toBe(true);
    expect(atSvnr('1238010180')).toBe(false);
  });
});

describe('Aadhaar / Verhoeff', () => {
  it('verhoeff', () => {
    expect(verhoeff('2363')).toBe(true);
    expect(verhoeff('2364')).toBe(false);
  });
  it('aadhaar', () => {
    expect(aadhaar('2341 2341 2346')).toBe(true);
    expect(aadhaar('498765432102')).toBe(true);
    expect(aadhaar('234123412347')).toBe(false);
    expect(aadhaar('134123412346')).toBe(false); // cannot start with 1
  });
});

describe('more schemes', () => {
  it('DE Rentenversicherungsnummer', () => {
    expect(deRvnr('65 170839 J 003')).toBe(true);
    expect(deRvnr('12150380M122')).toBe(true);
    expect(deRvnr('65 170839 J 004')).toBe(false);
    expect(deRvnr('65 174039 J 003')).toBe(false); // month 40
  });
  it('ES Seguridad Social number', () => {
    expect(esNss('28/12345678/40')).toBe(true);
    expect(esNss('28/12345678/41')).toBe(false);
  });
  it('FR numéro fiscal (SPI)', () => {
    expect(frSpi('1234567890066')).toBe(true);
    expect(frSpi('1234567890067')).toBe(false);
    expect(frSpi('5234567890066')).toBe(false);
  });
});

describe('national bank accounts', () => {
  it('ES CCC: both control digits (weights 1,2,4,8,5,10,9,7,3,6 mod 11)', () => {
    expect(cccControlDigit('0021000418')).toBe(4);
    expect(cccControlDigit('0200051332')).toBe(5);
    expect(esCcc('2100 0418 45 0200051332')).toBe(true);
    expect(esCcc('2085-1234-05-0330123456')).toBe(true);
    expect(esCcc('2100 0418 54 0200051332')).toBe(false); // control digits swapped
    expect(esCcc('2100 0418 45 0200051333')).toBe(false);
    expect(esCcc('2100 0418 45 020005133')).toBe(false); // 19 digits
    expect(esCcc('00000000000000000000')).toBe(false);
  });
  it('FR RIB: mod 97 with the letter conversion', () => {
    expect(frRib('20041 01005 0500013M026 06')).toBe(true);
    expect(frRib('30002 00550 0000157845Z 02')).toBe(true);
    expect(frRib('30003 01234 00012345678 54')).toBe(true);
    expect(frRib('30003 01234 00012345678 53')).toBe(false);
    expect(frRib('30002 00550 0000157845Y 02')).toBe(false);
    expect(frRib('3000301234000123456785')).toBe(false); // 22 characters
  });
  it('IT BBAN: the CIN letter', () => {
    expect(itBban('X0542811101000000123456')).toBe(true);
    expect(itBban('O 03069 09606 100000012345')).toBe(true);
    expect(itBban('Y0542811101000000123456')).toBe(false);
    expect(itBban('X0542811101000000123457')).toBe(false);
    expect(itBban('05428111010000001234567')).toBe(false); // no CIN letter
  });
  it('BE account: first ten digits mod 97 (0 as 97)', () => {
    expect(beBankAccount('539-0075470-34')).toBe(true);
    expect(beBankAccount('310-1234567-37')).toBe(true);
    expect(beBankAccount('000-0000097-97')).toBe(true); // remainder 0 reads 97
    expect(beBankAccount('539-0075470-35')).toBe(false);
    expect(beBankAccount('000-0000000-97')).toBe(false);
  });
  it('NL account: elfproef over nine digits (ten with a leading zero)', () => {
    expect(nlBankAccount('41.71.64.300')).toBe(true);
    expect(nlBankAccount('0417164300')).toBe(true);
    expect(nlBankAccount('531234568')).toBe(true);
    expect(nlBankAccount('531234567')).toBe(false);
    expect(nlBankAccount('1417164300')).toBe(false); // ten digits not led by 0
    expect(nlBankAccount('111111111')).toBe(false);
  });
});

describe('Irish PPS and Korean resident registration numbers', () => {
  it('iePps: seven digits and the check letter, a second letter counted in', () => {
    expect(iePps('6212619H')).toBe(true);
    expect(iePps('6212619K')).toBe(false);
    expect(iePps('1234567T')).toBe(true);
    expect(iePps('1234567TW')).toBe(true);
    expect(iePps('123456T')).toBe(false);
  });
  it('krRrn: a date, then the check digit over the first twelve', () => {
    expect(krRrn('950116-2356578')).toBe(true);
    expect(krRrn('950116-2356579')).toBe(false);
    expect(krRrn('951316-2356578')).toBe(false); // month 13
  });
  it('cnRic: a birth date, then the MOD 11-2 check character (X for ten)', () => {
    expect(cnRic('11010519491231002X')).toBe(true); // the standard's own example
    expect(cnRic('110105194912310021')).toBe(false);
    expect(cnRic('110105194913310020')).toBe(false); // month 13
  });
});

describe('jmbg (EMBG, JMBG, EMŠO)', () => {
  it('takes a valid birth date and check digit, not a changed digit or an impossible date', () => {
    expect(jmbg('0101006500006')).toBe(true);
    expect(jmbg('2410993411281')).toBe(true);
    expect(jmbg('2410993411282')).toBe(false);
    expect(jmbg('3202993411281')).toBe(false); // 32 February
    expect(jmbg('1111111111111')).toBe(false);
  });
});

describe('jpMyNumber (個人番号)', () => {
  it('passes a number whose twelfth digit checks the eleven before it, and nothing else', () => {
    expect(jpMyNumber('1234 5678 9018')).toBe(true);
    expect(jpMyNumber('123456789018')).toBe(true);
    expect(jpMyNumber('1234 5678 9017')).toBe(false);
    expect(jpMyNumber('1234 5678 901')).toBe(false);
    expect(jpMyNumber('0000 0000 0000')).toBe(false);
  });
});

describe('the checks of checked-ids.ts', () => {
  it('Finnish henkilötunnus: the check character of the date and the individual number, modulo 31', () => {
    expect(fiHetu('131052-308T')).toBe(true); // the Digital and Population Data Services Agency's example
    expect(fiHetu('131052-308U')).toBe(false);
    expect(fiHetu('010594Y9021')).toBe(true); // a 1900s sign of 2023
    expect(fiHetu('310252-308T')).toBe(false); // 31 February
  });

  it('Chilean RUT: weights 2–7 from the right, 10 → K', () => {
    expect(clRut('12.345.678-5')).toBe(true);
    expect(clRut('12345678-4')).toBe(false);
    expect(clRut('111111111')).toBe(true);
    expect(clRut('10.000.013-k')).toBe(true);
  });

  it('New Zealand IRD: the published valid and invalid examples', () => {
    for (const ok of ['49091850', '35-901-981', '49 098 576', '136410132']) expect(nzIrd(ok)).toBe(true);
    expect(nzIrd('136410133')).toBe(false);
    expect(nzIrd('9125568')).toBe(false); // below the range
  });

  it('Norwegian kontonummer: MOD 11 over the first ten digits, a remainder needing 10 is no account', () => {
    expect(noBankAccount('8601.11.17947')).toBe(true); // the account of the Norwegian example IBAN NO93 8601 1117 947
    expect(noBankAccount('8601.11.17948')).toBe(false);
    expect(noBankAccount('1234 56 78903')).toBe(true);
    expect(noBankAccount('1234567890')).toBe(false); // ten digits
  });

  it('Norwegian fødselsnummer: two check digits and a date (a D-number adds 40 to the day)', () => {
    expect(noFodselsnummer('15076500565')).toBe(true);
    expect(noFodselsnummer('150765 00565')).toBe(true);
    expect(noFodselsnummer('15076500566')).toBe(false);
    expect(noFodselsnummer('55076500559')).toBe(true); // a D-number: day 15 + 40
    expect(noFodselsnummer('45136500565')).toBe(false); // month 13
  });
});
