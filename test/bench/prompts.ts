// Deterministic synthetic prompts for benchmarks: the mix people send (prose, code, logs, a table) with a
// few PII values, so detectors do realistic work. No data set needed.

const PROSE = [
  'The steering committee asked for a clearer view of the benefits, so this report adds a table per site.',
  'Die Lieferung verzögert sich um zwei Wochen, weil der Zulieferer seine Produktion umgestellt hat.',
  "Le comité a décidé de reporter la réunion afin d'inclure les nouveaux chiffres du trimestre.",
  'Training for shift leads took longer than planned because sessions had to be split into smaller groups.',
  'El equipo de soporte respondió a todas las solicitudes pendientes antes del cierre del mes.',
  'Returns processing is still the slowest part of the flow and is the focus for the next quarter.',
];
const CODE =
  'function retry(fn, attempts = 3) {\n  for (let i = 0; i < attempts; i++) {\n    try { return fn(); } catch (e) { if (i === attempts - 1) throw e; }\n  }\n}\n';
const LOG = '2026-03-04T10:15:02Z INFO worker-2 processed batch 1734 in 48 ms (queue=12, version 4.2.1)\n';
const TABLE = '| Site | Orders | On-time | Returns |\n|---|---|---|---|\n| North | 18234 | 97.1 % | 2.3 % |\n';
const PII = [
  'Please reply to maria.keller@example.org before Friday.',
  'Call me on +44 20 7946 0958 if anything is unclear.',
  'Refund to IBAN DE93 3705 0198 1234 5678 90, thanks.',
];

/** A prompt of about `bytes` characters; `withPii` mixes in one PII sentence per ~1 KB. */
export function makePrompt(bytes: number, withPii: boolean, seed = 1): string {
  let s = '';
  let i = seed;
  while (s.length < bytes) {
    const pick = i++ % 10;
    if (withPii && pick === 7) s += PII[i % PII.length] + ' ';
    else if (pick === 3) s += CODE;
    else if (pick === 5) s += LOG;
    else if (pick === 8) s += TABLE;
    else s += PROSE[i % PROSE.length] + ' ';
  }
  return s.slice(0, bytes);
}
