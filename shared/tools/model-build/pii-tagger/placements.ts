// Training-only placements of an entity INSIDE or around a real sentence, beyond the fixed templates, so the
// tagger learns names and addresses from their context in real text rather than from a few phrasings:
// a pronoun subject replaced by a name, a name after "with"-like prepositions or at any word boundary, a
// vocative, opening and closing cue words, a signature line, an address in the text or under it, the speakers of
// a chat log, the person a quoted sentence is attributed to, a name in a table's cell. Each returns undefined
// where the sentence does not allow it.
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

/** Verbs of reported speech and of passing text on, as they follow or precede their subject (a person). */
const ATTRIBUTION: Record<Lang, { after: string[]; before: string[] }> = {
  en: { after: ['said', 'wrote', 'asked', 'pasted this', 'sent this', 'forwarded this', 'noted'], before: ['wrote', 'says', 'asked'] },
  de: {
    after: ['hat das geschrieben', 'hat das geschickt', 'hat gefragt', 'meinte das', 'hat das kopiert'],
    before: ['schreibt', 'sagt', 'fragt'],
  },
  fr: { after: ['a écrit ça', 'a envoyé ça', 'a demandé', 'a collé ça', 'l’a dit'], before: ['écrit', 'dit', 'demande'] },
  es: { after: ['lo escribió', 'lo envió', 'preguntó', 'lo pegó aquí', 'lo dijo'], before: ['escribe', 'dice', 'pregunta'] },
  it: { after: ['l’ha scritto', 'l’ha mandato', 'ha chiesto', 'l’ha incollato', 'l’ha detto'], before: ['scrive', 'dice', 'chiede'] },
  nl: { after: ['schreef dit', 'stuurde dit', 'vroeg', 'plakte dit', 'zei dit'], before: ['schrijft', 'zegt', 'vraagt'] },
};

/** Column headers of a table of people, per language (a role or the plain word for name). */
const PERSON_COLUMNS: Record<Lang, string[]> = {
  en: ['name', 'Name', 'Owner', 'Assignee', 'Contact', 'Reviewer', 'Speaker'],
  de: ['Name', 'name', 'Verantwortlich', 'Ansprechpartner', 'Bearbeiter', 'Kontakt'],
  fr: ['nom', 'Nom', 'Responsable', 'Contact', 'Auteur', 'Intervenant'],
  es: ['nombre', 'Nombre', 'Responsable', 'Contacto', 'Autor', 'Encargado'],
  it: ['nome', 'Nome', 'Referente', 'Responsabile', 'Autore', 'Contatto'],
  nl: ['naam', 'Naam', 'Verantwoordelijke', 'Contactpersoon', 'Auteur', 'Eigenaar'],
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

// The placements below make several choices from one `pick`: each scales it by its own odd factor (8.3, 7.1, 997 …)
// before the modulo, so the choices do not move in step (the factors are part of the data's seed: changing one
// changes the training data the model card's hashes describe).
const two = (n: number) => String(n).padStart(2, '0');
const clock = (pick: number) => `${two(8 + Math.floor(pick * 10))}:${two(Math.floor(pick * 997) % 60)}`;

/** The opening of a chat line for `speaker`, in one of the shapes chat tools export. */
function chatPrefix(speaker: string, shape: number, time: string): string {
  if (shape < 0.3) return `[${time}] ${speaker}: `;
  if (shape < 0.45) return `${time} <${speaker}> `;
  if (shape < 0.6) return `${speaker} (${time}): `;
  if (shape < 0.75) return `12/03/2024, ${time} - ${speaker}: `;
  return `${speaker}: `;
}

/**
 * A chat log: the sentence split at a clause or word boundary into two or three lines, each said by a speaker
 * (first names mostly, the way chat tools show them); the speakers are the entities.
 */
function chatLog(sentence: string, speakers: readonly string[], pick: number): Placed | undefined {
  const words = sentence.split(' ');
  if (words.length < 4) return undefined;
  const lines = speakers.length > 2 && words.length >= 6 ? 3 : 2;
  const parts = Array.from({ length: lines }, (_, i) =>
    words.slice(Math.floor((i * words.length) / lines), Math.floor(((i + 1) * words.length) / lines)).join(' '),
  );
  let text = '';
  const spans: Span[] = [];
  parts.forEach((part, i) => {
    const speaker = speakers[i % speakers.length]!;
    const prefix = chatPrefix(speaker, pick, clock((pick + i * 0.13) % 1));
    const start = text.length + prefix.indexOf(speaker);
    spans.push(at('PER', start, speaker));
    text += `${prefix}${part}\n`;
  });
  return { text: text.trimEnd(), spans };
}

/** Speakers of a chat or log that are roles, not people (hard negatives beside the chat logs above). */
const ROLE_SPEAKERS: Record<Lang, string[]> = {
  en: ['User', 'Assistant', 'System', 'Bot', 'Support', 'Agent', 'Customer', 'INFO', 'Note'],
  de: ['Kunde', 'Support', 'Agent', 'Nutzer', 'Bot', 'System', 'Hinweis', 'WARN'],
  fr: ['Client', 'Support', 'Agent', 'Utilisateur', 'Bot', 'Système', 'Remarque', 'ERROR'],
  es: ['Cliente', 'Soporte', 'Agente', 'Usuario', 'Bot', 'Sistema', 'Nota', 'DEBUG'],
  it: ['Cliente', 'Supporto', 'Operatore', 'Utente', 'Bot', 'Sistema', 'Nota', 'INFO'],
  nl: ['Klant', 'Support', 'Medewerker', 'Gebruiker', 'Bot', 'Systeem', 'Opmerking', 'WARN'],
};

/** A chat log whose speakers are roles (User/Assistant, Kunde/Support, log levels): no entity. */
export function roleChat(sentence: string, lang: Lang, pick: number): Placed | undefined {
  const roles = ROLE_SPEAKERS[lang];
  const first = roles[Math.floor(pick * roles.length)]!;
  const second = roles[(Math.floor(pick * roles.length) + 1) % roles.length]!;
  const chat = chatLog(sentence, [first, second], pick);
  return chat && { text: chat.text, spans: [] };
}

/** A quoted sentence and the person who said, wrote or passed it on, after it or before it. */
function attribution(sentence: string, lang: Lang, name: string, pick: number): Placed {
  const verbs = ATTRIBUTION[lang];
  const [open, close] = lang === 'de' ? ['„', '“'] : lang === 'fr' || lang === 'it' || lang === 'es' ? ['«', '»'] : ['"', '"'];
  if (pick < 0.6) {
    const prefix = `${open}${sentence}${close} `;
    return {
      text: `${prefix}${name} ${verbs.after[Math.floor(pick * 8.3) % verbs.after.length]!}.`,
      spans: [at('PER', prefix.length, name)],
    };
  }
  const verb = verbs.before[Math.floor(pick * 7.1) % verbs.before.length]!;
  return { text: `${name} ${verb}: ${open}${sentence}${close}`, spans: [at('PER', 0, name)] };
}

/** A small table (CSV, semicolons or Markdown) whose person column holds the name, the sentence's words beside it. */
function tableRow(sentence: string, lang: Lang, name: string, pick: number): Placed | undefined {
  const words = sentence.split(' ').slice(0, 5).join(' ').replace(/[|;,]/g, '');
  if (!words) return undefined;
  const header = PERSON_COLUMNS[lang][Math.floor(pick * 6.7) % PERSON_COLUMNS[lang].length]!;
  const id = 1 + (Math.floor(pick * 97) % 40);
  const [prefix, suffix] =
    pick < 0.35
      ? [`| ${header} | note |\n|---|---|\n| `, ` | ${words} |`]
      : pick < 0.7
        ? [`id;${header};note\n${id};`, `;${words}`]
        : [`id,${header},note\n${id},`, `,${words}`];
  return { text: `${prefix}${name}${suffix}`, spans: [at('PER', prefix.length, name)] };
}

/** Column headers of tables of places, products and companies, per language (hard negatives). */
const THING_COLUMNS: Record<Lang, string[]> = {
  en: ['City', 'Site', 'Product', 'Vendor', 'Region', 'Item'],
  de: ['Standort', 'Stadt', 'Produkt', 'Lieferant', 'Region', 'Artikel'],
  fr: ['Site', 'Ville', 'Produit', 'Fournisseur', 'Région', 'Article'],
  es: ['Sede', 'Ciudad', 'Producto', 'Proveedor', 'Región', 'Artículo'],
  it: ['Sede', 'Città', 'Prodotto', 'Fornitore', 'Regione', 'Articolo'],
  nl: ['Locatie', 'Stad', 'Product', 'Leverancier', 'Regio', 'Artikel'],
};

/** A table whose first column holds places, products or companies and the rest numbers: no entity. */
export function thingTable(sentence: string, lang: Lang, things: readonly string[], pick: number): Placed {
  const header = THING_COLUMNS[lang][Math.floor(pick * 5.9) % THING_COLUMNS[lang].length]!;
  const number = (i: number) => String(100 + ((i * 7919 + Math.floor(pick * 1e4)) % 9900));
  const markdown = pick < 0.6;
  const rows = things.map((t, i) => (markdown ? `| ${t} | ${number(i)} | ${number(i + 3)} |` : `${t};${number(i)};${number(i + 3)}`));
  const head = markdown ? `| ${header} | n | total |\n|---|---|---|` : `${header};n;total`;
  return { text: `${sentence}\n\n${head}\n${rows.join('\n')}`, spans: [] };
}

export interface Fillers {
  name: string;
  first: string;
  address: string;
  /** Further first names: the other speakers of a chat log. */
  others: readonly string[];
}

/** One of the placements, chosen by `roll` in [0, 1) (`pick` chooses a cue word); undefined when it does not fit. */
export function place(sentence: string, lang: Lang, f: Fillers, roll: number, pick: number): Placed | undefined {
  if (roll < 0.08) return replaceSubject(sentence, lang, pick < 0.4 ? f.first : f.name);
  if (roll < 0.16) return afterPreposition(sentence, lang, f.name);
  if (roll < 0.3) return anywhere(sentence, pick < 0.35 ? f.first : f.name, pick);
  if (roll < 0.36) return vocative(sentence, f.first);
  if (roll < 0.44) return opening(sentence, lang, pick < 0.5 ? f.first : f.name, pick);
  if (roll < 0.52) return closing(sentence, lang, pick < 0.3 ? f.first : f.name, pick);
  if (roll < 0.56) return signature(sentence, f.name);
  if (roll < 0.64) return chatLog(sentence, [f.first, ...f.others], pick);
  if (roll < 0.72) return attribution(sentence, lang, pick < 0.5 ? f.first : f.name, pick);
  if (roll < 0.78) return tableRow(sentence, lang, f.name, pick);
  if (roll < 0.89) return addressAfterPreposition(sentence, lang, f.address);
  return addressLine(sentence, f.name, f.address);
}

/** The placements without a cue word (the held-out split's share of them): a name where a pronoun subject or a
 *  preposition's object stood or at any word boundary, a chat log's speakers, an attributed quote, an address
 *  after a preposition. */
export function placeCueless(sentence: string, lang: Lang, f: Fillers, roll: number, pick: number): Placed | undefined {
  if (roll < 0.2) return replaceSubject(sentence, lang, pick < 0.4 ? f.first : f.name) ?? anywhere(sentence, f.name, pick);
  if (roll < 0.4) return afterPreposition(sentence, lang, pick < 0.3 ? f.first : f.name);
  if (roll < 0.62) return anywhere(sentence, pick < 0.3 ? f.first : f.name, pick);
  if (roll < 0.72) return chatLog(sentence, [f.first, ...f.others], pick);
  if (roll < 0.82) return attribution(sentence, lang, pick < 0.5 ? f.first : f.name, pick);
  return addressAfterPreposition(sentence, lang, f.address);
}
