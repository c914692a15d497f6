import { describe, expect, it } from 'vitest';
import type { CarrierSentence } from './corpus.ts';
import { teach } from './teacher.ts';

const sentence = (lang: CarrierSentence['lang'], text: string): CarrierSentence => ({ lang, source: 'handbook', text });
const names = (s: ReturnType<typeof teach>) => s.spans.map((x) => s.text.slice(x.start, x.end));

describe('the rule teacher', () => {
  it('labels a full name the rules are certain of (a strong cue, the shape of a name)', () => {
    const taught = teach(sentence('en', 'We thank our proofreaders: Daniel Phillips, Gerold Rupprecht and Gordon Dey.'));
    expect(taught.verdict).toBe('positive');
    expect(names(taught)).toContain('Gordon Dey');
  });

  it('leaves out sentences where the rules found something they are not sure of', () => {
    expect(teach(sentence('de', 'Lieber Glück im Spiel als Pech in der Liebe.')).verdict).not.toBe('positive');
  });

  it('marks a given name used as an ordinary word, in a sentence the rules found nothing in, as a hard negative', () => {
    expect(teach(sentence('nl', 'We controleren elke maand de back-ups van de database.')).verdict).toBe('hard-negative');
    expect(teach(sentence('it', 'Il file si trova nella cartella principale del progetto.')).verdict).toBe('hard-negative');
  });

  it('calls plain prose without a name a negative', () => {
    expect(teach(sentence('fr', 'Le noyau gère les permissions de chaque processus.')).verdict).toBe('negative');
  });
});
