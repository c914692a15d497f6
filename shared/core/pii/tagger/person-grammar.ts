// Names a chat message's own grammar places, found without the model, beside the person slots (person-slots.ts)
// — one given name alone as often as a full name:
//   - a quote's speaker: «"…," said Vosmira», «Vosmira wrote: "…"», «"…" — Vosmira»
//   - the owner of a person's things: "Vosmira's cover letter", "Vosmiras Bewerbung", "la lettre de motivation de Vosmira"
//   - the one a review, a card or a gift is for: "a performance review for Vosmira"
//   - a surname in capitals before a given name, as forms write it: "KAZLAUSKIENE Jurgita"
//   - a list written with initials: "J. Novak, K. Horvat", "Novak, J.; Horvat, K."
//   - beside the writer, addressed, told: "Vosmira and I", "Vosmira, can you …", "Tell Vosmira …"
//   - in places only a person stands in: "my manager Vosmira", "lunch with Vosmira", "Vosmira is out sick"
// Each in the six languages. Every name part rare (name-runs.ts); brands and public names never. Pure.
import { PLACE_SUFFIX, RELATIONS } from '../detectors/names-context.ts';
import { isKnownNotPerson } from './evidence.ts';
import { byFirstLetter, isRareNamePart, oneRareWordAt, personAt, personIn, words, type Reading } from './name-runs.ts';
import { isLetter } from '../chars.ts';
import type { TextSpan } from './windows.ts';

/** The names the grammar passes below find in `text`, in no particular order (the caller sorts and dedupes). */
export function grammarNames(text: string, reading: Reading): TextSpan[] {
  return [
    ...speakersAfterQuotes(text, reading),
    ...possessors(text, reading),
    ...beneficiaries(text, reading),
    ...surnamesFirst(text, reading),
    ...initialLists(text, reading),
    ...addressedPeople(text, reading),
    ...peopleInTheirPlaces(text, reading),
  ];
}

/**
 * A quote's speaker named after it: «"…," said Vosmira.», «„…", sagte Vosmira.», «« … », a dit Vosmira», «"…" dijo
 * Vosmira», «"…" — Vosmira Tadeova, Monday». A closing quote, maybe a comma, then a verb of saying (maybe after its
 * auxiliary) or a dash, then the speaker: a run of name parts, or one rare capitalised word.
 */
const SPEAKER_AFTER_QUOTE_RE = new RegExp(
  `[”"»][ \\t]*,?[ \\t]*(?:(?:(?:a|ha|hat|heeft|has)[ \\t]+)?(?:${byFirstLetter(
    words(`said says asked replied answered wrote added
  sagte meinte fragte schrieb antwortete dit demandé répondu écrit ajouté dijo preguntó respondió escribió comentó añadió
  detto disse chiesto risposto scritto aggiunto zei vroeg schreef antwoordde`),
  )})|[—–])[ \\t]+(?=\\p{L})`,
  'gu',
);

function speakersAfterQuotes(text: string, reading: Reading): TextSpan[] {
  const found: TextSpan[] = [];
  for (const m of text.matchAll(SPEAKER_AFTER_QUOTE_RE)) {
    const run = personAt(text, m.index + m[0].length, reading);
    if (run) found.push(run);
  }
  return found;
}

/**
 * Nouns for what belongs to a person alone — kin, a CV, a birthday, a salary, a diagnosis — after which (English
 * "X's …") or before which ("… de X", "… van X", German "Xs …") their owner is named.
 */
const PERSONAL_NOUNS = new Set(
  words(`wife husband son daughter mother father mom mum dad brother sister parents children kids partner girlfriend boyfriend
  fiancé fiancée grandmother grandfather aunt uncle cousin birthday wedding funeral cv resume résumé cover application salary
  payslip diagnosis prescription surgery appointment resignation promotion visa laptop phone desk car office flight vacation
  holiday shift calendar inbox
  frau mann sohn tochter mutter vater bruder schwester eltern kinder freundin freund geburtstag hochzeit lebenslauf
  bewerbung gehalt diagnose kündigung beförderung
  femme mari fils fille mère père frère sœur parents enfants anniversaire mariage candidature salaire diagnostic
  démission promotion motivation
  esposa esposo marido mujer hijo hija madre padre hermano hermana hijos cumpleaños boda currículum candidatura salario sueldo
  diagnóstico dimisión presentación
  moglie marito figlio figlia madre padre fratello sorella genitori figli compleanno matrimonio candidatura stipendio diagnosi
  dimissioni presentazione
  vrouw zoon dochter moeder vader broer zus ouders kinderen verjaardag bruiloft sollicitatie sollicitatiebrief salaris
  diagnose ontslag promotie`),
);
/** "Vosmira's cover letter", "Vosmira Tadeova’s wife", "Vosmiras Bewerbung" (German writes the genitive without an apostrophe). */
const POSSESSIVE_RE = /(?<![\p{L}\p{M}])(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?)(?:['’]s|(?<=\p{Ll}s)) (\p{L}+)/gu;
/** "la lettre de motivation de Vosmira", "il marito di Vosmira", "de verjaardag van Vosmira", "die Bewerbung von Vosmira". */
const OWNER_AFTER_RE = / (?:de|di|del|della|van|von|d['’]) ?(?=\p{Lu})/gu;

/** The owners of a person's things (see PERSONAL_NOUNS). */
function possessors(text: string, reading: Reading): TextSpan[] {
  const found: TextSpan[] = [];
  for (const m of text.matchAll(POSSESSIVE_RE)) {
    const apostrophe = /['’]/u.test(text[m.index + m[1]!.length] ?? '');
    // without an apostrophe, a German genitive before a (capitalised) noun: "¿Cuáles son …" is no owner's son
    if (!PERSONAL_NOUNS.has(m[2]!.toLowerCase()) || (!apostrophe && !/^\p{Lu}/u.test(m[2]!))) continue;
    const run = personIn(text, m.index, apostrophe ? m[1]! : m[1]!.slice(0, -1), reading);
    if (run) found.push(run);
  }
  return [...found, ...namedAfterNoun(text, OWNER_AFTER_RE, PERSONAL_NOUNS, reading)];
}

/**
 * The name after each match of `link` (a preposition, searched first: cheaper than every word) where the word
 * before it is one of `nouns`: a run of name parts, or one rare capitalised word.
 */
function namedAfterNoun(text: string, link: RegExp, nouns: ReadonlySet<string>, reading: Reading): TextSpan[] {
  const found: TextSpan[] = [];
  for (const m of text.matchAll(link)) {
    if (!nouns.has(wordEndingAt(text, m.index).toLowerCase())) continue;
    const run = personAt(text, m.index + m[0].length, reading);
    if (run) found.push(run);
  }
  return found;
}

/** The letters right before `end` (at most a long word's). */
function wordEndingAt(text: string, end: number): string {
  let start = end;
  while (start > 0 && end - start < 40 && isLetter(text.charCodeAt(start - 1))) start--;
  return text.slice(start, end);
}

/**
 * What is written, judged or given for a person (six languages): a review, a reference, a card, a gift, a speech.
 * The one it is for may be named by a given name alone: "a performance review for Devadatt".
 */
const FOR_A_PERSON = new Set(
  words(`review feedback evaluation appraisal reference recommendation card gift present speech toast
  beurteilung zeugnis referenz empfehlung karte geschenk rede glückwunsch
  évaluation recommandation carte cadeau discours
  evaluación reseña recomendación tarjeta regalo discurso felicitación
  valutazione referenza raccomandazione biglietto regalo discorso
  beoordeling aanbeveling kaart kaartje cadeau toespraak`),
);
const FOR_RE = / (?:for|für|pour|para|per|voor)[ \t]+(?=\p{Lu})/gu;

/** The one a review, a card, a gift … is for (FOR_A_PERSON). */
function beneficiaries(text: string, reading: Reading): TextSpan[] {
  return namedAfterNoun(text, FOR_RE, FOR_A_PERSON, reading);
}

/**
 * A surname in capitals before a given name, as forms, registers and administrations write a name ("KAZLAUSKIENĖ
 * Jurgita", "DUPONT-MOREAU Anne-Lise"), in a text written in lower case elsewhere: a rare word of capitals, four
 * letters or more (shorter ones are acronyms as often), then a rare capitalised word — neither a common word, a
 * brand, a public name, a place's or an organisation's word.
 */
const SURNAME_FIRST_RE = /(?<![\p{L}\p{M}])(\p{Lu}{2,}(?:[-'’]\p{Lu}{2,})*) (\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}\p{M}'’-])/gu;
const MIN_SURNAME_CAPITALS = 4;

function surnamesFirst(text: string, reading: Reading): TextSpan[] {
  const found: TextSpan[] = [];
  if (!/\p{Ll}/u.test(text)) return found; // a text all in capitals
  for (const m of text.matchAll(SURNAME_FIRST_RE)) {
    const [surname, given] = [m[1]!, m[2]!];
    if (
      surname.replace(/[-'’]/gu, '').length < MIN_SURNAME_CAPITALS ||
      !isRareNamePart(surname, reading) ||
      !isRareNamePart(given, reading)
    )
      continue;
    if (isKnownNotPerson([surname, given]) || isKnownNotPerson([given]) || PLACE_SUFFIX.has(given)) continue;
    found.push({ start: m.index, end: m.index + m[0].length });
  }
  return found;
}

/**
 * A list of two or more people written with initials — authors, attendees, reviewers: "J. Novak, K. Horvat and M.
 * Kovač", "Novak J., Horvat K.", "Novak, J.; Horvat, K.", "J.Novak and K.Horvat". Each surname rare; the list's
 * items joined by a comma, a semicolon or "and" in the six languages. One such name alone is left to the model.
 */
const INITIAL_NAME = String.raw`(?:\p{Lu}\.[ \t]?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?|\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?,?[ \t]\p{Lu}\.)`;
const LIST_JOINER = String.raw`(?:[ \t]*[,;][ \t]*|[ \t]+(?:and|und|et|y|e|en|&)[ \t]+|,[ \t]+(?:and|und|et|y|e|en|&)[ \t]+)`;
const INITIAL_LIST_RE = new RegExp(`(?<![\\p{L}\\p{M}.])${INITIAL_NAME}(?:${LIST_JOINER}${INITIAL_NAME})+`, 'gu');
const INITIAL_NAME_RE_G = new RegExp(INITIAL_NAME, 'gu');

function initialLists(text: string, reading: Reading): TextSpan[] {
  const found: TextSpan[] = [];
  for (const list of text.matchAll(INITIAL_LIST_RE))
    for (const item of list[0].matchAll(INITIAL_NAME_RE_G)) {
      const surname = /\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?/u.exec(item[0])![0];
      if (!isRareNamePart(surname, reading)) continue;
      const start = list.index + item.index;
      found.push({ start, end: start + item[0].length });
    }
  return found;
}

/**
 * People a chat message talks to or about in its own grammar, named by a given name alone as often as not:
 *   - beside the writer: "Vosmira and I", "me and Vosmira", "Vosmira und ich", "moi et Vosmira", "Vosmira y yo" …
 *   - addressed: opening a line before a comma and a word that speaks to them ("Vosmira, can you …", "Vosmira,
 *     kannst du …", "Vosmira, tu peux …")
 *   - told, asked or reminded: "Tell Vosmira the build is green", "How do I tell Vosmira …", "Frag mal Vosmira, ob
 *     …", "Demande à Vosmira si …", "Pregúntale a Vosmira", "Chiedi a Vosmira"
 * The name: a run of name parts, or one rare capitalised word.
 */
const WITH_THE_WRITER_RE =
  /(?<![\p{L}\p{M}])(?:(?:[Mm]e|I|[Ii]ch|[Mm]oi|[Yy]o|[Ii]o|[Ii]k) (?:and|und|et|y|e|en) (?=\p{Lu})|(\p{Lu}[\p{L}\p{M}]+(?:[ -]\p{Lu}[\p{L}\p{M}]+)?) (?:and|und|et|y|e|en) (?:I|me|ich|mich|mir|moi|yo|mí|io|ik|mij)(?![\p{L}\p{M}]))/gu;
/** After a name opening a line and its comma: a word that speaks to the one named. */
const ADDRESSING_WORDS = new Set(
  words(`can could would will please do did are have you your thanks thank
  kannst könntest bitte hast bist du ihr danke
  peux pourrais pouvez tu vous merci est-ce
  puedes podrías tienes gracias
  puoi potresti hai sei grazie
  kun kan heb ben wil je jij bedankt`),
);
const VOCATIVE_RE = /(?:^|\n)[ \t]*(\p{Lu}[\p{L}\p{M}]+(?:[ -]\p{Lu}[\p{L}\p{M}]+)?), (\p{Ll}[\p{L}\p{M}-]*)/gu;
/** Its first letter in either case: a word opening a sentence or inside one. */
const eitherCase = (w: string) => `[${w[0]!.toLowerCase()}${w[0]!.toUpperCase()}]${w.slice(1)}`;

/**
 * Orders and questions to tell, ask, remind or ping someone, in a sentence or opening it (in French, Spanish and
 * Italian with "à"/"a"): the person follows. "Tell Vosmira …", "How do I tell Vosmira …", "Frag mal Vosmira",
 * "Demande à Vosmira", "¿Cómo le digo a Vosmira …", "Chiedi a Vosmira", "Vraag Vosmira".
 */
const TELL_WORDS = [
  ...words(`tell ask remind ping thank text invite hire hiring`),
  ...['frag mal', 'frag', 'sag', 'sage ich', 'frage ich', 'erzähle', 'erinnere'],
  ...['demande à', 'dis à', 'dire à', 'demander à', 'rappelle à', 'rappeler à'],
  ...['pregúntale a', 'pregunta a', 'dile a', 'recuérdale a', 'digo a', 'decirle a', 'preguntarle a'],
  ...['chiedi a', "di' a", 'dì a', 'ricorda a', 'dico a', 'dire a', 'chiedere a'],
  ...['vraag', 'zeg tegen', 'zeg ik tegen', 'zeggen tegen', 'herinner'],
];
const TELL_RE = new RegExp(`(?<![\\p{L}\\p{M}])(?:${TELL_WORDS.map(eitherCase).join('|')})[ \\t]+(?=\\p{Lu})`, 'gu');

function addressedPeople(text: string, reading: Reading): TextSpan[] {
  const found: TextSpan[] = [];
  for (const m of text.matchAll(WITH_THE_WRITER_RE)) {
    const run = m[1] === undefined ? personAt(text, m.index + m[0].length, reading) : personIn(text, m.index, m[1], reading);
    if (run) found.push(run);
  }
  for (const m of text.matchAll(VOCATIVE_RE)) {
    if (!ADDRESSING_WORDS.has(m[2]!.toLowerCase())) continue;
    const run = personIn(text, m.index + m[0].indexOf(m[1]!), m[1]!, reading);
    if (run) found.push(run);
  }
  for (const m of text.matchAll(TELL_RE)) {
    const run = personAt(text, m.index + m[0].length, reading);
    if (run) found.push(run);
  }
  return found;
}

/**
 * Places in a sentence only a person stands in, named by a given name alone as often as not:
 *   - after a relation and a possessive ("my manager Vosmira", "meine Kollegin Vosmira", "ma collègue Vosmira")
 *   - after what one gives or says to someone ("feedback to Vosmira", "an apology to Vosmira")
 *   - after a meal or a meeting with someone ("lunch with Vosmira", "déjeuné avec Vosmira", "comí con Vosmira")
 *   - as the subject of a state only a person is in, opening a clause ("Vosmira is out sick", "Vosmira ist
 *     heute krank", "Vosmira est en congé", "Vosmira está enferma", "Vosmira oggi è malata", "Vosmira is ziek")
 */
const POSSESSIVES = `my our your his her mein meine meinen meiner unser unsere ma mon mes notre mi mis nuestro nuestra mio mia il_mio la_mia nostro nostra mijn onze`;
const RELATION_RE = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:${words(POSSESSIVES)
    .map((w) => eitherCase(w.replace('_', ' ')))
    .join('|')}) (\\p{L}+)[ \\t]+(?=\\p{Lu})`,
  'gu',
);
const GIVEN_TO = new Set(words(`feedback apology thanks congratulations reply answer compliment`));
const TO_RE = / (?:to|an|à|a|aan)[ \t]+(?=\p{Lu})/gu;
const MET_WITH = new Set(
  words(`lunch lunched dinner dined breakfast coffee drinks call meeting chat date walk déjeuné dîné déjeuner dîner café comí comido
  cené almorcé almorzado desayuné pranzato cenato pranzo cena caffè`),
);
const WITH_RE = / (?:with|avec|con|met)[ \t]+(?=\p{Lu})/gu;
/** German and Dutch name the meal after the person: "mit Vosmira beim Mittagessen", "met Vosmira geluncht". */
const WITH_THEN_MEAL_RE =
  /(?<![\p{L}\p{M}])(?:mit|met) (\p{Lu}[\p{L}\p{M}]+)(?= (?:beim |zum |bij de )?(?:Mittagessen|Abendessen|Frühstück|Kaffee|Essen|geluncht|gegeten|ontbeten|koffie)(?![\p{L}\p{M}]))/gu;
/** One leaves a team or a company, and has a birthday: "Vosmira verlässt am Freitag das Team", "Vosmira for her birthday". */
const LEAVES_RE =
  /(?:^|[.!?:,\n][ \t]*|[«“„"‘(])(\p{Lu}[\p{L}\p{M}]+) (?:leaves|is leaving|verlässt|quitte|deja|lascia|verlaat)(?: \S+){0,3}? (?:the |das |die |l['’]|el |la |il |het )?(?:team|Team|company|Firma|Unternehmen|équipe|entreprise|equipo|empresa|azienda|bedrijf)(?![\p{L}\p{M}])/gu;
/** One joins a team, perhaps in a clause after the name: "Vosmira joins the team", "für Vosmira Block, die nächsten Monat ins Team kommt". */
const JOINS_RE =
  /(?<![\p{L}\p{M}])(\p{Lu}[\p{L}\p{M}]+)(?: \p{Lu}[\p{L}\p{M}]+)?,? (?:(?:who|die|der|qui|que|quien|che|dat) )?(?:\S+ ){0,3}?(?:(?:ins|in unser) Team kommt|(?:joins|will join|is joining|rejoint|rejoindra|se une al|se unirá al|entra (?:nel|in)|komt (?:bij|in)) (?:the |our |l['’]|notre |nuestro |el |la |il |nostro |het |ons )?(?:team|équipe|equipo|squadra)(?![\p{L}\p{M}]))/gu;
const BIRTHDAY_RE =
  /(?<![\p{L}\p{M}])(\p{Lu}[\p{L}\p{M}]+) (?:for (?:her|his|their) birthday|zum Geburtstag|pour son anniversaire|para su cumpleaños|per il suo compleanno|voor (?:haar|zijn) verjaardag)/gu;
const PERSON_STATE_RE =
  /(?:^|[.!?:\n][ \t]*|[«“„"‘(])(\p{Lu}[\p{L}\p{M}]+)(?= (?:(?:today|heute|aujourd'hui|hoy|oggi|vandaag) )?(?:is out sick|is off sick|is sick|is ill|is on (?:leave|vacation|holiday|parental leave)|is leaving|ist (?:heute )?(?:krank|im Urlaub|in Elternzeit)|est (?:malade|en congé|en vacances)|está (?:enferm[oa]|de vacaciones|de baja)|(?:oggi )?è (?:malat[oa]|in ferie)|is (?:vandaag )?(?:ziek|op vakantie))(?![\p{L}\p{M}]))/gu;

function peopleInTheirPlaces(text: string, reading: Reading): TextSpan[] {
  const found: TextSpan[] = [];
  for (const m of text.matchAll(RELATION_RE)) {
    if (!RELATIONS.has(m[1]!.toLowerCase())) continue;
    const run = personAt(text, m.index + m[0].length, reading);
    if (run) found.push(run);
  }
  found.push(...namedAfterNoun(text, TO_RE, GIVEN_TO, reading), ...namedAfterNoun(text, WITH_RE, MET_WITH, reading));
  for (const re of [LEAVES_RE, JOINS_RE, BIRTHDAY_RE, PERSON_STATE_RE, WITH_THEN_MEAL_RE])
    for (const m of text.matchAll(re)) {
      const run = oneRareWordAt(text, m.index + m[0].indexOf(m[1]!), reading);
      if (run) found.push(run);
    }
  return found;
}
