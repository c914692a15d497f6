import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CALLING_PLAN } from '../../core/pii/detectors/phone-plan.ts';
import { COUNTRY_NAMES } from '../../core/pii/detectors/country-names.ts';
import { TABLES } from './build.ts';

describe('the generated lookup tables', () => {
  it('are committed as their sources give them today', () => {
    for (const { file, module } of TABLES) expect(readFileSync(file, 'utf8'), file).toBe(module());
  });

  it('know every country calling code, with the lengths of its personal numbers', () => {
    expect(Object.keys(CALLING_PLAN).length).toBeGreaterThan(200);
    expect(CALLING_PLAN['233']).toEqual([9, 9]); // Ghana: 050 493 8002 without its trunk 0
    expect(CALLING_PLAN['389']).toEqual([8, 8]); // North Macedonia
    expect(CALLING_PLAN['998']).toEqual([9, 9]); // Uzbekistan
  });

  it('name the countries in the six languages', () => {
    for (const name of ['Sri Lanka', 'Madagaskar', 'Îles Féroé', 'Burkina Faso', 'Costa Rica', 'Nuova Zelanda'])
      expect(COUNTRY_NAMES.has(name), name).toBe(true);
  });
});
