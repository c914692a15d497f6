// Training-only placements of an entity INSIDE or around a real sentence, beyond the fixed templates, so the
// tagger learns names and addresses from their context in real text rather than from a few phrasings:
// a pronoun subject replaced by a name, a name after "with"-like prepositions or at any word boundary, a
// vocative, opening and closing cue words, a signature line, an address in the text or under it. Each returns undefined where the sentence does not allow it.
import type { Lang } from './corpus.ts';
import type { EntityLabel, Span } from './labels.ts';

export interface Placed {
  text: string;
  spans: Span[];
}

const PRONOUN_SUBJECT: Record<Lang, RegExp> = {
  en: /^(He|She|I|We|They)\b/u,
  de: /^(Er|Sie|Ich|Wir)\b/u,
  fr: /^(Il|Elle|Je|Nous)\b/u,
  es: /^(Él|Ella|Yo|Nosotros)\b/u,
  it: /^(Lui|Lei|Io|Noi)\b/u,
  nl: /^(Hij|Zij|Ik|Wij)\b/u,
};
const WITH: Record<Lang, RegExp> = {
  en: /\b(with|for|by|to) /u,
  de: /\b(mit|für|von|an) /u,
  fr: /\b(avec|pour|par|à) /u,
  es: /\b(con|para|por|a) /u,
  it: /\b(con|per|da|a) /u,
  nl: /\b(met|voor|door|aan) /u,
};

/** Openings and closings around a name, per language: cue words for the tagger to learn, not a list of names.
 *  (The held-out templates' own openings — Dear, Gentile, Estimado, Beste, Chère, Sehr geehrte — are not here.) */
const OPENINGS: Record<Lang, string[]> = {
  en: ['Hello', 'Hey', 'Good morning', 'Morning', 'Hi there', 'Thanks'],
  de: ['Guten Tag', 'Moin', 'Servus', 'Liebe', 'Lieber', 'Guten Morgen'],
  fr: ['Salut', 'Coucou', 'Bonsoir', 'Cher', 'Bonjour à tous et à'],
  es: ['Buenos días', 'Buenas', 'Querida', 'Querido', 'Hola de nuevo'],
  it: ['Buongiorno', 'Salve', 'Caro', 'Cara', 'Buonasera'],
  nl: ['Hallo', 'Goedemorgen', 'Lieve', 'Dag', 'Goedemiddag'],
};
const CLOSINGS: Record<Lang, string[]> = {
  en: ['Regards', 'Kind regards', 'Best', 'Sincerely', 'Thank you', 'All the best'],
  de: ['Beste Grüße', 'Mit freundlichen Grüßen', 'LG', 'Gruß', 'Bis bald'],
  fr: ['Bien à vous', 'À bientôt', 'Amitiés', 'Bonne journée', 'Salutations'],
  es: ['Un abrazo', 'Atentamente', 'Hasta pronto', 'Un saludo', 'Muchas gracias'],
  it: ['Un saluto', 'A presto', 'Distinti saluti', 'Buona giornata', 'Saluti'],
  nl: ['Groetjes', 'Hartelijke groet', 'Tot ziens', 'Groet', 'Fijne dag'],
};

const at = (label: EntityLabel, start: number, value: string): Span => ({ label, start, end: start + value.length });

function replaceSubject(sentence: string, lang: Lang, name: string): Placed | undefined {
  const m = PRONOUN_SUBJECT[lang].exec(sentence);
  if (!m) return undefined;
  return { text: name + sentence.slice(m[0].length), spans: [at('PER', 0, name)] };
}

function afterPreposition(sentence: string, lang: Lang, name: string): Placed | undefined {
  const m = WITH[lang].exec(sentence);
  if (!m) return undefined;
  const start = m.index + m[0].length;
  return { text: `${sentence.slice(0, start)}${name} ${sentence.slice(start)}`, spans: [at('PER', start, name)] };
}

function vocative(sentence: string, first: string): Placed {
  // "Anna, you can …": the sentence's capital goes, unless the first word is an acronym or a name of its own.
  const rest =
    /^\p{Lu}\p{Ll}/u.test(sentence) && !/^\S*\p{Lu}\S*\p{Lu}/u.test(sentence) ? sentence[0]!.toLowerCase() + sentence.slice(1) : sentence;
  return { text: `${first}, ${rest}`, spans: [at('PER', 0, first)] };
}

function signature(sentence: string, name: string): Placed {
  const prefix = `${sentence}\n\n`;
  return { text: prefix + name, spans: [at('PER', prefix.length, name)] };
}

function addressLine(sentence: string, name: string, address: string): Placed {
  const prefix = `${sentence}\n`;
  const text = `${prefix}${name}\n${address}`;
  return { text, spans: [at('PER', prefix.length, name), at('ADDR', prefix.length + name.length + 1, address)] };
}

function opening(sentence: string, lang: Lang, name: string, pick: number): Placed {
  const words = OPENINGS[lang];
  const prefix = `${words[Math.floor(pick * words.length)]!} `;
  return { text: `${prefix}${name}, ${sentence}`, spans: [at('PER', prefix.length, name)] };
}

function closing(sentence: string, lang: Lang, name: string, pick: number): Placed {
  const words = CLOSINGS[lang];
  const prefix = `${sentence} ${words[Math.floor(pick * words.length)]!}${pick < 0.5 ? ',' : ''}\n`;
  return { text: prefix + name, spans: [at('PER', prefix.length, name)] };
}

function addressAfterPreposition(sentence: string, lang: Lang, address: string): Placed | undefined {
  const m = WITH[lang].exec(sentence);
  if (!m) return undefined;
  const start = m.index + m[0].length;
  return { text: `${sentence.slice(0, start)}${address}, ${sentence.slice(start)}`, spans: [at('ADDR', start, address)] };
}

/** The name at a word boundary chosen by `pick`: names occur anywhere, not only where a cue word stands. */
function anywhere(sentence: string, name: string, pick: number): Placed | undefined {
  const boundaries = [...sentence.matchAll(/ (?=\p{L})/gu)].map((m) => m.index + 1);
  if (boundaries.length === 0) return undefined;
  const start = boundaries[Math.floor(pick * boundaries.length)]!;
  return { text: `${sentence.slice(0, start)}${name} ${sentence.slice(start)}`, spans: [at('PER', start, name)] };
}

export interface Fillers {
  name: string;
  first: string;
  address: string;
}

/** One of the placements, chosen by `roll` in [0, 1) (`pick` chooses a cue word); undefined when it does not fit. */
export function place(sentence: string, lang: Lang, f: Fillers, roll: number, pick: number): Placed | undefined {
  if (roll < 0.1) return replaceSubject(sentence, lang, f.name);
  if (roll < 0.2) return afterPreposition(sentence, lang, f.name);
  if (roll < 0.38) return anywhere(sentence, pick < 0.3 ? f.first : f.name, pick);
  if (roll < 0.46) return vocative(sentence, f.first);
  if (roll < 0.58) return opening(sentence, lang, pick < 0.5 ? f.first : f.name, pick);
  if (roll < 0.7) return closing(sentence, lang, pick < 0.3 ? f.first : f.name, pick);
  if (roll < 0.75) return signature(sentence, f.name);
  if (roll < 0.87) return addressAfterPreposition(sentence, lang, f.address);
  return addressLine(sentence, f.name, f.address);
}

/** The placements without a cue word (the held-out split's share of them): a name where a pronoun subject or a
 *  preposition's object stood or at any word boundary, an address after a preposition. */
export function placeCueless(sentence: string, lang: Lang, f: Fillers, roll: number, pick: number): Placed | undefined {
  if (roll < 0.25) return replaceSubject(sentence, lang, f.name) ?? anywhere(sentence, f.name, pick);
  if (roll < 0.5) return afterPreposition(sentence, lang, pick < 0.3 ? f.first : f.name);
  if (roll < 0.8) return anywhere(sentence, pick < 0.3 ? f.first : f.name, pick);
  return addressAfterPreposition(sentence, lang, f.address);
}
