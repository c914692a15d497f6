// Writes the lookup tables the PII detectors import, from the libraries and data made for them (dev time only:
// the Worker bundles the small tables, not libphonenumber-js, ibantools or ICU's full data): the calling plan
// (phone-plan.ts), the country names (country-names.ts), the time zones' city names (city-names.ts) and the IBAN lengths (iban-lengths.ts). `--check` exits non-zero when a committed table differs.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cityNamesModule } from './city-names.ts';
import { countryNamesModule } from './country-names.ts';
import { ibanLengthsModule } from './iban-lengths.ts';
import { planModule } from './phone-plan.ts';

export const TABLES: ReadonlyArray<{ file: string; module: () => string }> = [
  { file: fileURLToPath(new URL('../../core/pii/detectors/phone-plan.ts', import.meta.url)), module: planModule },
  { file: fileURLToPath(new URL('../../core/pii/detectors/country-names.ts', import.meta.url)), module: countryNamesModule },
  { file: fileURLToPath(new URL('../../core/pii/detectors/city-names.ts', import.meta.url)), module: cityNamesModule },
  { file: fileURLToPath(new URL('../../core/pii/iban-lengths.ts', import.meta.url)), module: ibanLengthsModule },
];

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const { file, module } of TABLES) {
    const wanted = module();
    if (!check) {
      writeFileSync(file, wanted);
      console.log(`wrote ${file}`);
    } else if (readFileSync(file, 'utf8') !== wanted) {
      stale++;
      console.log(`${file} differs from its source: run the build`);
    }
  }
  process.exit(stale > 0 ? 1 : 0);
}
