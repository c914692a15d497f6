import { describe, expect, it } from 'vitest';
import { identityDocumentDetector } from './documents.ts';

const found = (t: string) => identityDocumentDetector.detect(t).map((f) => [f.type, t.slice(f.start, f.end)]);

describe('passports', () => {
  it('labels numbers given as passport numbers in six languages', () => {
    expect(found('passport no: 533401372')).toEqual([['PASSPORT', '533401372']]);
    expect(found('Mein Reisepass (Nr. C01X00T47) ist weg')).toEqual([['PASSPORT', 'C01X00T47']]);
    expect(found('Numéro de passeport : 12AB34567')).toEqual([['PASSPORT', '12AB34567']]);
    expect(found('número de pasaporte PAA123456')).toEqual([['PASSPORT', 'PAA123456']]);
    expect(found('il mio passaporto n. YA1234567')).toEqual([['PASSPORT', 'YA1234567']]);
    expect(found('paspoortnummer NW4K12345')).toEqual([['PASSPORT', 'NW4K12345']]);
    expect(found('{"type": "passport",\n "number": "X9876543"}')).toEqual([['PASSPORT', 'X9876543']]);
  });
  it('offsets after emoji and accents', () => {
    const t = '✈️ Réservation — passeport n° 19FV45678';
    const [f] = identityDocumentDetector.detect(t);
    expect(f).toMatchObject({ type: 'PASSPORT', start: t.indexOf('19FV'), end: t.length });
  });
  it('ignores passport talk without a number, dates and short numbers', () => {
    expect(found('My passport expires on 12/05/2030')).toEqual([]);
    expect(found('passport photo 35x45 mm')).toEqual([]);
    expect(found('I renewed my passport in 2019')).toEqual([]);
    expect(found('the passport office is open')).toEqual([]);
  });
});

describe('driving licences', () => {
  it('labels licence numbers in six languages and formats', () => {
    expect(found('driving licence number MORGA753116SM9IJ')).toEqual([['DRIVER_LICENSE', 'MORGA753116SM9IJ']]);
    expect(found("driver's license #: D123-4567-8901")).toEqual([['DRIVER_LICENSE', 'D123-4567-8901']]);
    expect(found('DL number 099 711 634')).toEqual([['DRIVER_LICENSE', '099 711 634']]);
    expect(found('Führerscheinnummer B072RRE2I55')).toEqual([['DRIVER_LICENSE', 'B072RRE2I55']]);
    expect(found('n° de permis de conduire 123456789012')).toEqual([['DRIVER_LICENSE', '123456789012']]);
    expect(found('permiso de conducir nº 12345678-Z')).toEqual([['DRIVER_LICENSE', '12345678-Z']]);
    expect(found('numero di patente U1A23B456C')).toEqual([['DRIVER_LICENSE', 'U1A23B456C']]);
    expect(found('rijbewijsnummer 5012345678')).toEqual([['DRIVER_LICENSE', '5012345678']]);
  });
  it('software licence keys and plates are not driving licences', () => {
    expect(found('license key ABCD-1234-EFGH')).toEqual([]);
    expect(found('license plate B-AB 1234')).toEqual([]);
    expect(found('MIT license, version 2.0')).toEqual([]);
  });
});
