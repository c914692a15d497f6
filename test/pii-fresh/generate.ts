// The set: per language 50 sensitive documents, 25 hard negatives and 25 plain negatives. A share of each kind is
// built around a real sentence (a carrier) from Debian's documentation.
import { Rng } from '../pii-independent/rng.ts';
import type { Carrier } from './carriers.ts';
import { DocBuilder, render, type Doc, type Lang } from './doc.ts';
import { fillers } from './fillers.ts';
import type { NamePools } from './names.ts';
import { DE, EN, type Phrasings } from './phrasings-en-de.ts';
import { ES, FR } from './phrasings-fr-es.ts';
import { EXTRA } from './phrasings-extra.ts';
import { IT, NL } from './phrasings-it-nl.ts';

export const LANGS: readonly Lang[] = ['en', 'de', 'fr', 'es', 'it', 'nl'];
export const PER_LANG = { pos: 50, hard: 25, neg: 25 } as const;
const PHRASINGS: Record<Lang, Phrasings> = { en: EN, de: DE, fr: FR, es: ES, it: IT, nl: NL };

/** Phrasings around a real sentence: sensitive ones name someone or add a value, negative ones only ask about it. */
const CARRIER_PHRASINGS: Record<Lang, { pos: string[]; neg: string[] }> = {
  en: {
    pos: [
      'Forward this to {{P}} with a one-line intro:\n\n{{CARRIER}}',
      '"{{CARRIER}}" {{G}} pasted this from the docs. Is it still true?',
      '{{CARRIER}}\n\nAdd a note that questions go to {{EMAIL}}.',
    ],
    neg: ['Summarise in one sentence: {{CARRIER}}', 'Explain this to a beginner:\n\n{{CARRIER}}'],
  },
  de: {
    pos: [
      'Leite das an {{P}} weiter, mit einem Satz Einleitung:\n\n{{CARRIER}}',
      '„{{CARRIER}}“ Das hat {{G}} aus der Doku kopiert. Stimmt das noch?',
      '{{CARRIER}}\n\nErgänze, dass Fragen an {{EMAIL}} gehen.',
    ],
    neg: ['Fasse in einem Satz zusammen: {{CARRIER}}', 'Erkläre das für Einsteiger:\n\n{{CARRIER}}'],
  },
  fr: {
    pos: [
      'Transfère ceci à {{P}} avec une phrase d’introduction :\n\n{{CARRIER}}',
      '« {{CARRIER}} » {{G}} a copié ça de la doc. Est-ce toujours vrai ?',
      '{{CARRIER}}\n\nAjoute que les questions vont à {{EMAIL}}.',
    ],
    neg: ['Résume en une phrase : {{CARRIER}}', 'Explique ceci à un débutant :\n\n{{CARRIER}}'],
  },
  es: {
    pos: [
      'Reenvía esto a {{P}} con una frase de introducción:\n\n{{CARRIER}}',
      '«{{CARRIER}}» Lo copió {{G}} de la documentación. ¿Sigue siendo cierto?',
      '{{CARRIER}}\n\nAñade que las dudas van a {{EMAIL}}.',
    ],
    neg: ['Resume en una frase: {{CARRIER}}', 'Explícaselo a un principiante:\n\n{{CARRIER}}'],
  },
  it: {
    pos: [
      'Inoltra questo a {{P}} con una frase di presentazione:\n\n{{CARRIER}}',
      '«{{CARRIER}}» L’ha copiato {{G}} dalla documentazione. È ancora vero?',
      '{{CARRIER}}\n\nAggiungi che le domande vanno a {{EMAIL}}.',
    ],
    neg: ['Riassumi in una frase: {{CARRIER}}', 'Spiegalo a un principiante:\n\n{{CARRIER}}'],
  },
  nl: {
    pos: [
      'Stuur dit door naar {{P}} met een korte inleiding:\n\n{{CARRIER}}',
      '"{{CARRIER}}" Dit heeft {{G}} uit de documentatie geplakt. Klopt het nog?',
      '{{CARRIER}}\n\nVoeg toe dat vragen naar {{EMAIL}} gaan.',
    ],
    neg: ['Vat samen in één zin: {{CARRIER}}', 'Leg dit uit aan een beginner:\n\n{{CARRIER}}'],
  },
};

type Kind = 'pos' | 'hard' | 'neg';

function templatesFor(lang: Lang, kind: Kind, rng: Rng): string[] {
  const p = PHRASINGS[lang];
  const c = CARRIER_PHRASINGS[lang];
  const x = EXTRA[lang];
  const own = rng.shuffle(kind === 'pos' ? [...p.pos, ...x.pos] : kind === 'hard' ? [...p.hard, ...x.hard] : p.easy);
  const withCarrier = kind === 'pos' ? c.pos : kind === 'neg' ? c.neg : [];
  const n = PER_LANG[kind];
  const carrierShare = kind === 'pos' ? 14 : kind === 'neg' ? 13 : 0;
  const out: string[] = [];
  for (let i = 0; i < n - carrierShare; i++) out.push(own[i % own.length]!);
  for (let i = 0; i < carrierShare; i++) out.push(withCarrier[i % withCarrier.length]!);
  return rng.shuffle(out);
}

function langDocs(lang: Lang, rng: Rng, pools: NamePools, carriers: readonly Carrier[]): Doc[] {
  const queue = rng.shuffle(carriers.filter((c) => c.lang === lang));
  const nextCarrier = () => {
    const c = queue.shift();
    if (!c) throw new Error(`out of ${lang} carrier sentences`);
    return c.text;
  };
  const fill = fillers(pools, nextCarrier);
  const docs: Doc[] = [];
  for (const kind of ['pos', 'hard', 'neg'] as const)
    templatesFor(lang, kind, rng).forEach((t, i) => {
      const id = `fresh-${lang}-${String(i + 1).padStart(3, '0')}-${kind}`;
      docs.push(render(new DocBuilder(), t, fill, rng, lang).done(id, lang));
    });
  return docs;
}

export function generate(seed: number, pools: NamePools, carriers: readonly Carrier[]): Doc[] {
  const rng = new Rng(seed);
  return LANGS.flatMap((lang) => langDocs(lang, rng, pools, carriers));
}
