// Sentence templates around real carrier sentences, per language, in two disjoint sets: TRAIN and HELDOUT
// (the held-out split uses only its own, so its figures say something about unseen phrasings). Slots:
// {S} a carrier sentence, {PER} a person's name, {TPER} a name after a title, {FIRST} a first name alone,
// {ADDR} a street address, {ORG} a company, {CITY} a city alone, {STREET} a street without number,
// {CHAR} a fictional character, {COUNTRY} a country, {PRODUCT} a product, {BRAND} a brand, {TITLE} a book's
// title. Only PER/TPER/FIRST and ADDR are entities; the rest are hard negatives, as are the imperative verbs
// that open a prompt (capitalised by grammar, no name).
import type { Lang } from './corpus.ts';

export type Split = 'train' | 'heldout';

export interface TemplateSet {
  /** Templates with at least one entity slot. */
  entity: string[];
  /** Templates whose slots are hard negatives only. */
  negative: string[];
  titles: string[];
}

const TRAIN: Record<Lang, TemplateSet> = {
  en: {
    entity: [
      'Hi {FIRST}, {S}',
      '{S} Best regards, {PER}',
      '{PER} wrote: {S}',
      'I talked with {PER} about this. {S}',
      'Please forward this to {TPER}. {S}',
      '{S} My address is {ADDR}.',
      'Ship to: {PER}, {ADDR}',
      '{PER} lives at {ADDR}.',
      '{S} Ask {FIRST} if unsure.',
      '{"name": "{PER}", "city": "{CITY}"}',
    ],
    negative: [
      'Summarize this: {S}',
      'Shorten the following text. {S}',
      'Rephrase: {S}',
      'Proofread please: {S}',
      'Translate to French: {S}',
      'The {PRODUCT} from {BRAND} arrived in {COUNTRY}. {S}',
      '{S} I just finished reading {TITLE}.',
      '{ORG} announced that {S}',
      '{S} (see the {ORG} docs)',
      'We moved the servers to {CITY}. {S}',
      '{CHAR} would say: {S}',
      '{STREET} is closed today. {S}',
    ],
    titles: ['Mr.', 'Ms.', 'Dr.', 'Mrs.'],
  },
  de: {
    entity: [
      'Hallo {FIRST}, {S}',
      '{S} Viele Grüße, {PER}',
      '{PER} schrieb: {S}',
      'Ich habe mit {PER} darüber gesprochen. {S}',
      'Bitte leite das an {TPER} weiter. {S}',
      '{S} Meine Adresse ist {ADDR}.',
      'Lieferadresse: {PER}, {ADDR}',
      '{PER} wohnt in der {ADDR}.',
    ],
    negative: [
      'Fasse das zusammen: {S}',
      'Kürze diesen Absatz: {S}',
      'Übersetze ins Englische: {S}',
      'Korrigiere bitte: {S}',
      'Schreib das freundlicher: {S}',
      'Das {PRODUCT} von {BRAND} ist in {COUNTRY} ausverkauft. {S}',
      '{S} Kennst du das Buch {TITLE}?',
      '{ORG} hat angekündigt: {S}',
      '{S} (siehe {ORG})',
      'Die Server stehen jetzt in {CITY}. {S}',
      '{CHAR} sagt: {S}',
    ],
    titles: ['Herr', 'Frau', 'Dr.'],
  },
  fr: {
    entity: [
      'Bonjour {FIRST}, {S}',
      '{S} Cordialement, {PER}',
      '{PER} a écrit : {S}',
      "J'en ai parlé avec {PER}. {S}",
      'Merci de transmettre à {TPER}. {S}',
      '{S} Mon adresse est {ADDR}.',
      'Livraison : {PER}, {ADDR}',
    ],
    negative: [
      'Résume ceci : {S}',
      'Traduis en anglais : {S}',
      'Corrige ce texte : {S}',
      'Raccourcis : {S}',
      'Reformule plus poliment : {S}',
      'Le {PRODUCT} de {BRAND} est arrivé en {COUNTRY}. {S}',
      '{S} Tu as lu {TITLE} ?',
      '{ORG} a annoncé que {S}',
      '{S} (voir {ORG})',
      'Nos serveurs sont à {CITY}. {S}',
      '{CHAR} dirait : {S}',
    ],
    titles: ['M.', 'Mme', 'Dr'],
  },
  es: {
    entity: [
      'Hola {FIRST}, {S}',
      '{S} Saludos, {PER}',
      '{PER} escribió: {S}',
      'Lo hablé con {PER}. {S}',
      'Por favor, reenvíalo a {TPER}. {S}',
      '{S} Mi dirección es {ADDR}.',
      'Enviar a: {PER}, {ADDR}',
    ],
    negative: [
      'Resume esto: {S}',
      'Traduce al inglés: {S}',
      'Corrige el texto: {S}',
      'Acorta este párrafo: {S}',
      'Reformula: {S}',
      'El {PRODUCT} de {BRAND} llegó a {COUNTRY}. {S}',
      '{S} ¿Has leído {TITLE}?',
      '{ORG} anunció que {S}',
      '{S} (ver {ORG})',
      'Los servidores están en {CITY}. {S}',
      '{CHAR} diría: {S}',
    ],
    titles: ['Sr.', 'Sra.', 'Dr.'],
  },
  it: {
    entity: [
      'Ciao {FIRST}, {S}',
      '{S} Cordiali saluti, {PER}',
      '{PER} ha scritto: {S}',
      'Ne ho parlato con {PER}. {S}',
      'Per favore inoltra a {TPER}. {S}',
      '{S} Il mio indirizzo è {ADDR}.',
      'Spedire a: {PER}, {ADDR}',
    ],
    negative: [
      'Riassumi: {S}',
      'Traduci in inglese: {S}',
      'Correggi il testo: {S}',
      'Accorcia: {S}',
      'Riformula con garbo: {S}',
      'Il {PRODUCT} di {BRAND} è arrivato in {COUNTRY}. {S}',
      '{S} Hai letto {TITLE}?',
      '{ORG} ha annunciato che {S}',
      '{S} (vedi {ORG})',
      'I server sono a {CITY}. {S}',
      '{CHAR} direbbe: {S}',
    ],
    titles: ['Sig.', 'Sig.ra', 'Dott.'],
  },
  nl: {
    entity: [
      'Hoi {FIRST}, {S}',
      '{S} Met vriendelijke groet, {PER}',
      '{PER} schreef: {S}',
      'Ik heb het met {PER} besproken. {S}',
      'Stuur dit door naar {TPER}. {S}',
      '{S} Mijn adres is {ADDR}.',
      'Verzenden naar: {PER}, {ADDR}',
    ],
    negative: [
      'Vat samen: {S}',
      'Vertaal naar het Engels: {S}',
      'Verbeter deze tekst: {S}',
      'Maak korter: {S}',
      'Herschrijf beleefder: {S}',
      'De {PRODUCT} van {BRAND} is in {COUNTRY} uitverkocht. {S}',
      '{S} Heb je {TITLE} gelezen?',
      '{ORG} heeft aangekondigd dat {S}',
      '{S} (zie {ORG})',
      'De servers staan in {CITY}. {S}',
      '{CHAR} zou zeggen: {S}',
    ],
    titles: ['dhr.', 'mevr.', 'Dr.'],
  },
};

const HELDOUT: Record<Lang, TemplateSet> = {
  en: {
    entity: [
      'Dear {PER}, {S}',
      '{S} Cheers, {FIRST}',
      'Can you check with {TPER} whether this is right? {S}',
      'Our office moved to {ADDR}. {S}',
      '{S} (contact: {PER})',
    ],
    negative: [
      'Condense: {S}',
      'Explain simply: {S}',
      'Turn into bullet points: {S}',
      '{BRAND} opened a plant in {COUNTRY}. {S}',
      'The {ORG} support team replied: {S}',
      'Greetings from {CITY}! {S}',
      '{S} Just like {CHAR}.',
    ],
    titles: ['Prof.', 'Mr', 'Ms'],
  },
  de: {
    entity: [
      'Sehr geehrte {TPER}, {S}',
      '{S} Danke, {FIRST}',
      'Kannst du {PER} fragen? {S}',
      'Wir sind umgezogen: {ADDR}. {S}',
      '{S} (Ansprechpartner: {PER})',
    ],
    negative: [
      'Erkläre kurz: {S}',
      'Gliedere in Stichpunkte: {S}',
      'Vereinfache: {S}',
      '{BRAND} baut ein Werk in {COUNTRY}. {S}',
      'Der Support von {ORG} meinte: {S}',
      'Grüße aus {CITY}! {S}',
      '{S} Wie bei {CHAR}.',
    ],
    titles: ['Frau', 'Herr', 'Prof.'],
  },
  fr: {
    entity: [
      'Chère {FIRST}, {S}',
      '{S} Merci, {PER}',
      'Peux-tu demander à {TPER} ? {S}',
      'Nous avons déménagé au {ADDR}. {S}',
      '{S} (contact : {PER})',
    ],
    negative: [
      'Explique simplement : {S}',
      'Simplifie : {S}',
      'Mets en liste : {S}',
      '{BRAND} ouvre une usine en {COUNTRY}. {S}',
      "Le support d'{ORG} a répondu : {S}",
      'Bonjour de {CITY} ! {S}',
      '{S} Comme {CHAR}.',
    ],
    titles: ['Mme', 'M.', 'Pr'],
  },
  es: {
    entity: [
      'Estimado {PER}, {S}',
      '{S} Gracias, {FIRST}',
      '¿Puedes preguntar a {TPER}? {S}',
      'Nos mudamos a {ADDR}. {S}',
      '{S} (contacto: {PER})',
    ],
    negative: [
      'Explica brevemente: {S}',
      'Simplifica: {S}',
      'Enumera los puntos: {S}',
      '{BRAND} abre una fábrica en {COUNTRY}. {S}',
      'El soporte de {ORG} respondió: {S}',
      '¡Saludos desde {CITY}! {S}',
      '{S} Como {CHAR}.',
    ],
    titles: ['Sra.', 'Sr.', 'Dra.'],
  },
  it: {
    entity: [
      'Gentile {PER}, {S}',
      '{S} Grazie, {FIRST}',
      'Puoi chiedere a {TPER}? {S}',
      'Ci siamo trasferiti in {ADDR}. {S}',
      '{S} (referente: {PER})',
    ],
    negative: [
      'Spiega in breve: {S}',
      'Semplifica: {S}',
      'Elenca i punti: {S}',
      '{BRAND} apre uno stabilimento in {COUNTRY}. {S}',
      'Il supporto di {ORG} ha risposto: {S}',
      'Saluti da {CITY}! {S}',
      '{S} Come {CHAR}.',
    ],
    titles: ['Dott.ssa', 'Sig.', 'Ing.'],
  },
  nl: {
    entity: [
      'Beste {PER}, {S}',
      '{S} Bedankt, {FIRST}',
      'Kun je het aan {TPER} vragen? {S}',
      'We zijn verhuisd naar {ADDR}. {S}',
      '{S} (contactpersoon: {PER})',
    ],
    negative: [
      'Leg kort uit: {S}',
      'Vereenvoudig: {S}',
      'Zet in punten: {S}',
      '{BRAND} opent een fabriek in {COUNTRY}. {S}',
      'De support van {ORG} antwoordde: {S}',
      'Groeten uit {CITY}! {S}',
      '{S} Net als {CHAR}.',
    ],
    titles: ['mevrouw', 'meneer', 'Dr.'],
  },
};

export function templates(split: Split, lang: Lang): TemplateSet {
  return (split === 'train' ? TRAIN : HELDOUT)[lang];
}

/** Fictional characters (not PERSON by the label contract): hard negatives, disjoint per split. */
export const CHARACTERS: Record<Split, string[]> = {
  train: [
    'Sherlock Holmes',
    'Harry Potter',
    'Mickey Mouse',
    'Frodo Baggins',
    'Asterix',
    'Don Quijote',
    'Pippi Langstrumpf',
    'Tintin',
    'Gandalf',
    'Lara Croft',
    'James Bond',
    'Winnie the Pooh',
    'Bugs Bunny',
    'Lucky Luke',
    'Commissario Montalbano',
    'Maigret',
  ],
  heldout: ['Hermione Granger', 'Donald Duck', 'Obelix', 'Pinocchio', 'Bilbo Baggins', 'Nijntje'],
};

/** Code and config lines (negatives): identifiers, placeholders and keys that look like names but are not. */
export const CODE_LINES: Record<Split, string[]> = {
  train: [
    'const userName = await getUser(req.params.id);',
    'password = ${DB_PASSWORD}',
    'export HOME=/home/{word}',
    'SELECT first_name, last_name FROM customers WHERE id = 42;',
    '[db_password]',
    'class {Word}Controller extends BaseController {',
    'if (!street || !houseNumber) throw new Error("address required");',
    'Name: {ORG} Build Pipeline',
    'git commit -m "Fix {Word} parser"',
    'user: ${USER_NAME}',
    'api_key: <YOUR_API_KEY>',
    'Hello {{ customer.first_name }} {{ customer.last_name }}, your order {{ order_id }} has shipped.',
    'logger.info("User %s logged in from %s", username, remoteAddr);',
    'FROM node:20-alpine AS {word}',
  ],
  heldout: [
    'let customerAddress = form.get("address");',
    'DB_USER=<username>',
    'def {word}_handler(event, context):',
    'UPDATE users SET display_name = ? WHERE id = ?',
    'import {Word}Service from "./services";',
    'author = "{ORG}"',
  ],
};
