// The clean prompts the PII tagger bench sends: `plain`, the benchmarks' usual mix (prose, code, a log line, a
// table; test/bench/prompts.ts), where the capitalised words are nouns and sentence openings the evidence gate
// rules out before the model runs; and `named`, business prose full of capitalised pairs (companies, places,
// products, teams) that look like names to the gate, so the tagger reads a window around each — its worst
// clean case. Neither holds PII: the rules and the tagger find nothing in them.
import { makePrompt } from './prompts.ts';

const NAMED = [
  'The pilot with Northwind Traders runs until March, and the Customer Success team reviews it every Friday.',
  'Our San Francisco office moves to the new Market Street building after the Quarterly Business Review.',
  'Die Abteilung Supply Chain Management hat den Bericht für die Geschäftsleitung in Frankfurt am Main fertig.',
  'Le projet Atlas Cloud passe en production après la revue du Comité Technique à Lyon la semaine prochaine.',
  'El equipo de Data Platform migró el clúster de Google Cloud a la región de Madrid sin incidencias.',
  'Release Notes for Visual Studio Code mention that the Remote Development pack now supports Apple Silicon.',
];

export type PromptKind = 'plain' | 'named';
export const PROMPT_KINDS: readonly PromptKind[] = ['plain', 'named'];

/** A clean prompt of `bytes` characters. */
export function cleanPrompt(kind: PromptKind, bytes: number): string {
  if (kind === 'plain') return makePrompt(bytes, false);
  let s = '';
  for (let i = 0; s.length < bytes; i++) s += NAMED[i % NAMED.length] + ' ';
  return s.slice(0, bytes);
}
