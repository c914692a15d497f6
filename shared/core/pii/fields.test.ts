import { describe, expect, it } from 'vitest';
import { cellAt, fieldCells, fieldKind, fieldKindAt, keyBefore, normKey } from './fields.ts';

describe('normKey', () => {
  it('splits camel, snake, kebab, upper and dotted keys into lower-case words', () => {
    expect(normKey('passportNumber')).toBe('passport number');
    expect(normKey('DL_NUMBER')).toBe('dl number');
    expect(normKey('driving-licence.no')).toBe('driving licence no');
    expect(normKey('Führerschein-Nr.')).toBe('führerschein nr');
    expect(normKey('SSNValue')).toBe('ssn value');
  });
});

describe('fieldKind', () => {
  it('maps key vocabularies of six languages to types', () => {
    const k = (s: string) => fieldKind(normKey(s));
    expect(k('passport')).toBe('PASSPORT');
    expect(k('PASSPORT_NO')).toBe('PASSPORT');
    expect(k('reisepassNummer')).toBe('PASSPORT');
    expect(k('numero_pasaporte')).toBe('PASSPORT');
    expect(k('paspoortnummer')).toBe('PASSPORT');
    expect(k('driver_license')).toBe('DRIVER_LICENSE');
    expect(k('driving_licence_no')).toBe('DRIVER_LICENSE');
    expect(k('dl_number')).toBe('DRIVER_LICENSE');
    expect(k('DL-Nr')).toBe('DRIVER_LICENSE');
    expect(k('fuehrerscheinNr')).toBe('DRIVER_LICENSE');
    expect(k('permis_de_conduire')).toBe('DRIVER_LICENSE');
    expect(k('carnetConducir')).toBe('DRIVER_LICENSE');
    expect(k('numeroPatente')).toBe('DRIVER_LICENSE');
    expect(k('rijbewijsnummer')).toBe('DRIVER_LICENSE');
    expect(k('nir')).toBe('NATIONAL_ID');
    expect(k('codiceFiscale')).toBe('NATIONAL_ID');
    expect(k('socialSecurityNumber')).toBe('NATIONAL_ID');
    expect(k('routingnumber')).toBe('ROUTING');
    expect(k('sortCode')).toBe('SORT_CODE');
    expect(k('accountNumber')).toBe('BANK_ACCOUNT');
    expect(k('kontonummer')).toBe('BANK_ACCOUNT');
    expect(k('numero_cuenta')).toBe('BANK_ACCOUNT');
    expect(k('telefono_movil')).toBe('PHONE');
    expect(k('mobileNumber')).toBe('PHONE');
    expect(k('fechaNac')).toBe('DOB');
    expect(k('GEBDAT')).toBe('DOB');
    expect(k('date_naiss')).toBe('DOB');
  });
  it('ignores keys about the document rather than its number, and unrelated keys', () => {
    const k = (s: string) => fieldKind(normKey(s));
    expect(k('passport_expiry')).toBeNull();
    expect(k('passportCountry')).toBeNull();
    expect(k('dl_class')).toBeNull();
    expect(k('password')).toBeNull();
    expect(k('pass')).toBeNull();
    expect(k('license')).toBeNull();
    expect(k('customer_account')).toBeNull();
    expect(k('id')).toBeNull();
    expect(k('created_at')).toBeNull();
    expect(k('place_of_birth')).toBeNull();
    expect(k('phone_model')).toBeNull();
  });
});

describe('keyBefore', () => {
  it('finds the key of .env, JSON, YAML, SQL and XML values', () => {
    const at = (t: string, v: string) => keyBefore(t, t.indexOf(v));
    expect(at('DL_NUMBER=S1234567', 'S12')).toBe('DL_NUMBER');
    expect(at('{"passportNumber": "K8812345"}', 'K88')).toBe('passportNumber');
    expect(at('  fuehrerschein_nr: B072RRE2I55', 'B07')).toBe('fuehrerschein_nr');
    expect(fieldKind(normKey(at("WHERE dl_number = 'X123'", 'X12')))).toBe('DRIVER_LICENSE');
    expect(at('<passport_no>X123</passport_no>', 'X12')).toBe('passport_no');
    expect(at('no key here X123', 'X12')).toBe('');
  });
});

describe('fieldCells', () => {
  it('names the cells of CSV, TSV and Markdown tables by their header', () => {
    const csv = 'name,passport,country\nAnna Berg,X1234567,SE\n"Vos, Jan",NW4K12345,NL';
    expect(cellAt(csv, csv.indexOf('X1234567'))?.col).toBe('passport');
    expect(cellAt(csv, csv.indexOf('NW4K'))?.col).toBe('passport');
    const md = '| nombre | dl_number |\n|---|---|\n| Luis | 12345678Z |';
    expect(cellAt(md, md.indexOf('12345678Z'))?.col).toBe('dl_number');
  });
  it('names the values of SQL INSERT tuples by their column', () => {
    const sql = "INSERT INTO customers (customerId, passportNumber, city) VALUES (42, 'K8812345', 'Rome'),\n  (43, 'YA7654321', 'It''s');";
    expect(cellAt(sql, sql.indexOf('K88'))).toMatchObject({ col: 'passportNumber', sql: true });
    expect(cellAt(sql, sql.indexOf('YA7'))?.col).toBe('passportNumber');
    expect(cellAt(sql, sql.indexOf('43'))?.col).toBe('customerId');
    expect(fieldCells('no tables, just prose.')).toEqual([]);
  });
  it('fieldKindAt combines keys and columns', () => {
    const t = 'id;nom;nir\n1;Dupont;284057512345672';
    expect(fieldKindAt(t, t.indexOf('2840'))).toBe('NATIONAL_ID');
    expect(fieldKindAt('PASSPORT_NO=C01X00T47', 12)).toBe('PASSPORT');
  });
});

describe('birth columns named by the participle', () => {
  it('"nato", "nacida", "née", "geboren" name a date of birth', () => {
    for (const key of ['nato', 'nata', 'nacido', 'nacida', 'née', 'geboren']) expect(fieldKind(normKey(key)), key).toBe('DOB');
    expect(fieldKind(normKey('nee'))).toBe(null);
  });
});
