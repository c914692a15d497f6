// A document assembled piece by piece: each labelled value's span is recorded as it is appended, so offsets are
// exact by construction (UTF-16 code units, end exclusive).
import type { Rng } from '../pii-independent/rng.ts';

export type Lang = 'en' | 'de' | 'fr' | 'es' | 'it' | 'nl';
export interface Span {
  type: string;
  start: number;
  end: number;
}
export interface Doc {
  id: string;
  text: string;
  lang: Lang;
  entities: Span[];
}
/** What fills a slot: the text, and its label when it is personal data (null for a hard-negative filler). */
export interface Fill {
  text: string;
  type: string | null;
}
export type Filler = (rng: Rng, lang: Lang) => Fill;

export class DocBuilder {
  private text = '';
  readonly entities: Span[] = [];

  add(piece: string): this {
    this.text += piece;
    return this;
  }

  addFill(fill: Fill): this {
    const start = this.text.length;
    this.text += fill.text;
    if (fill.type) this.entities.push({ type: fill.type, start, end: this.text.length });
    return this;
  }

  done(id: string, lang: Lang): Doc {
    return { id, text: this.text, lang, entities: this.entities };
  }
}

/** Renders a template whose slots are written `{{NAME}}`, filling each slot from `fillers`. */
export function render(b: DocBuilder, template: string, fillers: Record<string, Filler>, rng: Rng, lang: Lang): DocBuilder {
  const parts = template.split(/\{\{(\w+)\}\}/);
  parts.forEach((part, i) => {
    if (i % 2 === 0) return void b.add(part);
    const filler = fillers[part];
    if (!filler) throw new Error(`no filler for slot ${part}`);
    b.addFill(filler(rng, lang));
  });
  return b;
}
