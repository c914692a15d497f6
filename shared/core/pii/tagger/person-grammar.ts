// Names a chat message's own grammar places, found without the model, beside the person slots (person-slots.ts)
// — one given name alone as often as a full name:
//   - a quote's speaker: «"…," said Vosmira», «Vosmira wrote: "…"», «"…" — Vosmira»
//   - the owner of a person's things: "Vosmira's cover letter", "Vosmiras Bewerbung", "la lettre de motivation de Vosmira"
//   - the one a review, a card or a gift is for: "a performance review for Vosmira"
//   - a surname in capitals before a given name, as forms write it: "KAZLAUSKIENE Jurgita"
//   - a list written with initials: "J. Novak, K. Horvat", "Novak, J.; Horvat, K."
//   - beside the writer, addressed, told, greeted: "Vosmira and I", "Vosmira, can you …", "Tell Vosmira …", "Hi
//     Vosmira," (person-addressed.ts)
//   - in places only a person stands in: "my manager Vosmira", "bei der Nachbarin bernadette", "my neighbour, leah,
//     who …", "lunch with Vosmira", "Vosmira is out sick", "Levan komt morgen later"
//   - the source of what is said: "As T. Patel noted", "bref nevenka gibbs dit que …"
//   - thanked: "Grazie mille Vosmira!"; referred to as a person: "Is Vosmira's estimate realistic? She says …"
//   - met, called or contacted: "I met Vosmira at the conference", "conocí a Vosmira", "call Vosmira after lunch"
//   - a subject the clause around places: "The school wrote that Vosmira missed …", "Darf Vosmira das Auto nehmen?"
//   - a given name and an initial inside a sentence: "Danke an Vosmira T. für …"
//   - a full name in a sentence of private life: "Tevita Latu und Mele Fifita unterschrieben den Mietvertrag"
//     (private-life.ts)
// Each in the six languages. Every name part rare (name-runs.ts); brands and public names never. Pure.
import { OTHERS_POSSESSIVES, OWN_POSSESSIVES, PLACE_SUFFIX, RELATIONS, SERVICE_RELATIONS } from '../detectors/names-context.ts';
import { isGivenName } from '../detectors/names-gazetteer.ts';
import { isKnownNotPerson, isKnownNotPersonName } from './evidence.ts';
import {
  afterWordOf,
  byFirstLetter,
  eitherCaseByFirstLetter,
  endsPhrase,
  INFLECTED,
  isRareNamePart,
  nameAfter,
  givenNameInSlotAt,
  knownGivenNameAt,
  lowerCaseNameAt,
  namesAfter,
  oneRareWordAnyCaseAt,
  oneRareWord,
  oneRareWordAt,
  personAt,
  personIn,
  words,
  type Reading,
} from './name-runs.ts';
import { isLetter } from '../chars.ts';
import { addressedPeople, peopleGreeted } from './person-addressed.ts';
import { peopleOfPrivateLife } from './private-life.ts';
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
    ...peopleGreeted(text, reading),
    ...givenNamesWithInitial(text, reading),
    ...subjectsOfReportedClauses(text, reading),
    ...peopleMetOrCalled(text, reading),
    ...questionSubjects(text, reading),
    ...peopleInTheirPlaces(text, reading),
    ...reportedSpeakers(text, reading),
    ...peopleThanked(text, reading),
    ...peopleReferredTo(text, reading),
    ...peopleMet(text, reading),
    ...peopleOfPrivateLife(text, reading),
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
  return namesAfter(text, SPEAKER_AFTER_QUOTE_RE, reading);
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
 * What is written, judged or given for a person (six languages): a review, a reference, a card, a gift, a speech,
 * a message of congratulations or condolences.
 * The one it is for may be named by a given name alone: "a performance review for Devadatt".
 */
const FOR_A_PERSON = new Set(
  words(`review feedback evaluation appraisal reference recommendation card gift present speech toast message wishes
  congratulations condolences
  beurteilung zeugnis referenz empfehlung karte geschenk rede glückwunsch glückwünsche nachricht
  évaluation recommandation carte cadeau discours félicitations vœux voeux condoléances
  evaluación reseña recomendación tarjeta regalo discurso felicitación felicitaciones mensaje pésame
  valutazione referenza raccomandazione biglietto regalo discorso auguri messaggio condoglianze
  beoordeling aanbeveling kaart kaartje cadeau toespraak felicitatie felicitaties gelukwens gelukwensen bericht`),
);
const FOR_RE = / (?:for|für|pour|para|per|voor)[ \t]+(?=\p{L})/gu;
/** An order to translate for someone: "Translate this into English for Rhonda", "Traduis en anglais pour Rhonda". */
const TRANSLATE_FOR_RE =
  /(?<![\p{L}\p{M}])(?:[Tt]ranslate|[Tt]raduis(?:ez)?|[Tt]raduce|[Tt]raduzca|[Tt]raduci|[Üü]bersetze?|[Vv]ertaal)(?![\p{L}\p{M}])[^.!?\n]{0,60}? (?:for|pour|para|für|per|voor)[ \t]+(?=\p{Lu})/gu;
/** German joins the noun to what it is: "Arbeitszeugnis", "Geburtstagskarte", "Abschiedsrede". */
const GERMAN_COMPOUND_TAILS = ['zeugnis', 'beurteilung', 'referenz', 'empfehlung', 'karte', 'geschenk', 'rede'];

/**
 * The one a review, a card, a gift … is for (FOR_A_PERSON): a run of name parts, or one word in capitals or a
 * known given name that ends its phrase ("Arbeitszeugnis für Majda:", "Carta de recomendación para GRIL:"); the
 * one a text is translated for.
 */
function beneficiaries(text: string, reading: Reading): TextSpan[] {
  const found: TextSpan[] = [];
  for (const m of text.matchAll(FOR_RE)) {
    const noun = wordEndingAt(text, m.index).toLowerCase();
    if (!FOR_A_PERSON.has(noun) && !GERMAN_COMPOUND_TAILS.some((tail) => noun.length > tail.length && noun.endsWith(tail))) continue;
    const from = m.index + m[0].length;
    // one word in lower case only as a known given name: "modelos de rede para isso:" is Portuguese
    const capitalised = { ...reading, capitalsElsewhere: false };
    const run = personAt(text, from, reading);
    if (run) found.push(run);
    else {
      // a word in capitals or a known given name must end the phrase: "für Majda:", "para GRIL:"
      const word = oneRareWordAnyCaseAt(text, from, capitalised) ?? knownGivenNameAt(text, from, reading);
      if (word && endsPhrase(text, word.end)) found.push(word);
    }
  }
  found.push(...namesAfter(text, TRANSLATE_FOR_RE, reading));
  return found;
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
    if (isKnownNotPersonName([surname, given]) || isKnownNotPerson([given]) || PLACE_SUFFIX.has(given)) continue;
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
 * A given name and the initial of a surname inside a sentence that goes on after them: "Danke an Lilit A. für …",
 * "Thanks to Perry M. for …", "whether Eystathios A. already paid". The word must be rare, of a given name's
 * length, and stand after a lower-case word ("Plan B." is common words, "Einhängungspunkt B. Der …" a noun and
 * its letter, "Sonraki A. 10." a heading).
 */
const GIVEN_AND_INITIAL_RE = /(?<=\p{Ll}[ \t]+)(\p{Lu}\p{Ll}{1,11}(?:-\p{Lu}\p{Ll}+)?) \p{Lu}\.(?=[ \t]+\p{Ll})/gu;

/** The initial and the lower-case word after it, looked for first: most texts have none, and the full pass costs more. */
const INITIAL_THEN_LOWER_RE = / \p{Lu}\.[ \t]+\p{Ll}/u;

function givenNamesWithInitial(text: string, reading: Reading): TextSpan[] {
  const found: TextSpan[] = [];
  if (!INITIAL_THEN_LOWER_RE.test(text)) return found;
  for (const m of text.matchAll(GIVEN_AND_INITIAL_RE)) {
    if (isRareNamePart(m[1]!, reading) && !isKnownNotPerson([m[1]!])) found.push({ start: m.index, end: m.index + m[0].length });
  }
  return found;
}

/**
 * The subject of a clause a message reports, after a verb of saying or writing and "that": one rare capitalised
 * word, then the clause's verb in lower case — "The school wrote that Dalton missed …", "El colegio dice que Davit
 * ha faltado", "La scuola scrive che Lilit …" (not "glauben, dass Umkehr …", "meglio … che Riposare"). German and
 * Dutch capitalise nouns ("schreibt, dass Elektroautos teurer sind"): after "dass"/"dat" only a short word, no
 * noun's ending, or a known given name.
 */
const REPORTED_SUBJECT_RE = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:${byFirstLetter(
    words(`said says say wrote writes told tells reported reports mentioned claims
  sagt sagte schreibt schrieb meint meinte berichtet erzählt dit écrit écrivent raconte dice dijo escribe escribió cuenta
  scrive ha_scritto detto racconta zegt zei schrijft schreef meldt vertelt`).map((w) => w.replace('_', ' ')),
  )}),?[ \\t]+(that|dass|que|qu['’]|che|dat)[ \\t]+(\\p{Lu}\\p{Ll}+)(?=[ \\t]+\\p{Ll})`,
  'gu',
);
const NOUN_ENDING = /(?:ung|heit|keit|schaft|ion|tät|ling|nis|tum|ismus|ment|er|en|e|s)$/u;

/**
 * A capitalised word German or Dutch grammar may have capitalised as a noun: long, or with a noun's ending
 * ("Projektleitung", "Elektroautos"), and no known given name.
 */
export function mayBeGermanNoun(word: string): boolean {
  return !isGivenName(word) && (word.length > 8 || NOUN_ENDING.test(word));
}

/** "that" and a capitalised word, looked for first: most texts have none, and the full pass costs more. */
const THAT_THEN_CAPITAL_RE = /(?:that|dass|que|qu['’]|che|dat)[ \t]+\p{Lu}\p{Ll}/u;

function subjectsOfReportedClauses(text: string, reading: Reading): TextSpan[] {
  const found: TextSpan[] = [];
  if (!THAT_THEN_CAPITAL_RE.test(text)) return found;
  for (const m of text.matchAll(REPORTED_SUBJECT_RE)) {
    const word = m[2]!;
    if ((m[1] === 'dass' || m[1] === 'dat') && mayBeGermanNoun(word)) continue;
    const start = m.index + m[0].length - word.length;
    const run = oneRareWord(text, start, start + word.length, reading);
    if (run) found.push(run);
  }
  return found;
}

/**
 * The one met or called, one word before where or when: "We are meeting Tsiala at the station", "Wir treffen Vazha
 * morgen", "on retrouve wade à la gare" (in lower case in a text with no capitals), "Remind me to call Romaine after
 * lunch" (not "they call Alabama the Crimson Tide"). Not "see": one sees places ("zien we Parijs in de zomer").
 * German capitalises nouns: after its verbs only a short word, no noun's ending, or a known given name ("Wir treffen
 * Projektpartner morgen").
 */
export const MEETING_WORDS = [
  ...words(`meeting meet call ring phone treffen treffe anrufen retrouve retrouvons appelle appeler incontro incontriamo chiamo
  ontmoeten bellen`),
  ...['quedamos con', 'veo a', 'vemos a', 'llamo a', 'spreken we'],
];
const MEETING_RE = new RegExp(`(?<![\\p{L}\\p{M}])(?:${eitherCaseByFirstLetter(MEETING_WORDS)})[ \\t]+(?=\\p{L})`, 'gu');
const GERMAN_VERB = /^(?:treffen|treffe|anrufen|ontmoeten|spreken|bellen)/iu;
const WHERE_OR_WHEN_AT =
  /[ \t]+(?:at|in|on|tomorrow|today|tonight|after|before|later|back|am|im|um|morgen|heute|nach|à|au|demain|après|ce|en|mañana|hoy|después|a|domani|oggi|stasera|dopo|op|bij|vandaag|vanavond|na|straks)(?![\p{L}\p{M}])/uy;

function peopleMetOrCalled(text: string, reading: Reading): TextSpan[] {
  const found: TextSpan[] = [];
  for (const m of text.matchAll(MEETING_RE)) {
    const from = m.index + m[0].length;
    const name = /\p{Lu}/u.test(text[from]!)
      ? oneRareWordAt(text, from, reading)
      : reading.capitalsElsewhere
        ? undefined
        : lowerCaseNameAt(text, from, reading);
    if (!name) continue;
    const word = text.slice(name.start, name.end);
    if (GERMAN_VERB.test(m[0]) && /^\p{Lu}/u.test(word) && mayBeGermanNoun(word)) continue;
    WHERE_OR_WHEN_AT.lastIndex = name.end;
    if (WHERE_OR_WHEN_AT.test(text)) found.push(name);
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
/** Articles before a relation: "bei der Nachbarin …", "de buurvrouw, …", "chez la voisine …". */
const ARTICLES = words(`the der die den dem das la le el il lo de het`);
const POSSESSIVE: ReadonlySet<string> = new Set([...OWN_POSSESSIVES, ...OTHERS_POSSESSIVES]);
/**
 * A relation (RELATIONS; German capitalises it: "Nachbarin"), or one who serves the writer or the reader
 * (SERVICE_RELATIONS: "mi fisioterapeuta"), maybe a comma, searched from the blank before it (a blank first is quick
 * to scan for); the possessive or article before it is read after.
 */
const RELATION_RE = new RegExp(`[ \\t](${byFirstLetter([...RELATIONS, ...SERVICE_RELATIONS])})(,?)[ \\t]+(?=\\p{L})`, 'giu');
const POSSESSIVE_OR_ARTICLE: ReadonlySet<string> = new Set([...POSSESSIVE, ...ARTICLES]);
/**
 * After a possessive and a relation, two rare words in lower case are the relative's full name typed so, even in a
 * text all in lower case ("my coworker tamara fomichev keeps …", "ma collègue dimitra makri ne répond plus"); one
 * word is a verb or an adjective as often ("mein Bruder schnarcht", "mio fratello gemello").
 */
function fullNameInLowerCase(text: string, from: number, relationAt: number, reading: Reading): TextSpan | undefined {
  if (!afterWordOf(text, relationAt, POSSESSIVE)) return undefined;
  const run = nameAfter(text, from, 'any', { ...reading, capitalsElsewhere: true });
  return run && /\s/u.test(text.slice(run.start, run.end)) ? run : undefined;
}

/** What closes an apposition after its name: "ma voisine, I.S. Pang, qui …", "my neighbour, leah." */
const CLOSES_APPOSITION = /^(?:[,;:.!?)]|\s*$)/u;

/**
 * The person named after a relation: a run of name parts, one rare word, or a known given name; after a comma (an
 * apposition) the name must close it.
 */
function relatives(text: string, reading: Reading): TextSpan[] {
  const found: TextSpan[] = [];
  for (const m of text.matchAll(RELATION_RE)) {
    const serves = SERVICE_RELATIONS.has(m[1]!.toLowerCase());
    if (!afterWordOf(text, m.index, serves ? OWN_POSSESSIVES : POSSESSIVE_OR_ARTICLE)) continue;
    const from = m.index + m[0].length;
    const apposition = m[2] === ',';
    // a word in lower case right after a relation is an adjective or a verb as often ("mio fratello gemello", "der
    // Mann staunt:"): a name in lower case there only in an apposition, or as a known given name
    let run = personAt(text, from, reading) ?? oneRareWordAnyCaseAt(text, from, reading) ?? knownGivenNameAt(text, from, reading);
    if (!apposition && /^\p{Ll}/u.test(text[from]!))
      run = knownGivenNameAt(text, from, reading) ?? fullNameInLowerCase(text, from, m.index, reading);
    if (run && (!apposition || CLOSES_APPOSITION.test(text.slice(run.end, run.end + 4)))) found.push(run);
  }
  return found;
}
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

/**
 * What only a person does, opening a clause: arrive or come at a time ("Levan komt morgen later", "Guram llega tarde
 * mañana"), pay, approve, sign ("Tamtike has approved the budget"), drive the others ("Romena conduce, le caben
 * cinco"); "Grafana comes with dashboards" is a tool's, and "Linux fährt hoch" no driver.
 */
const PERSON_ACT_RE =
  /(?:^|[.!?:\n][ \t]*|[«“„"‘(])(\p{Lu}[\p{L}\p{M}]+)(?=(?: (?:has|hat|a|ha|heeft|will|wird|va|zal))? (?:(?:arrives|arrived|comes|came|kommt|kam|arrive|arrivera|vient|llega|llegará|viene|arriva|arriverà|komt|kwam) (?:late|later|tomorrow|today|tonight|on|at|morgen|später|heute|spät|demain|en retard|tard|ce|tarde|mañana|hoy|in ritardo|domani|oggi|tardi|te laat|vandaag)|paid|pays|approved|signed|bezahlt|zahlt|genehmigt|unterschrieben|payé|paie|approuvé|signé|pagó|paga|aprobó|firmó|pagato|approvato|firmato|betaald|betaalt|goedgekeurd|getekend|(?:drives|fährt|conduit|conduce|rijdt)(?=[,;]))(?![\p{L}\p{M}]))/gu;

/** A German or Dutch verb of PERSON_ACT_RE after a word that may be a noun: "Projektleitung kommt morgen". */
const GERMAN_ACT_AT =
  /^ (?:(?:hat|wird|heeft|zal) )?(?:kommt|kam|bezahlt|zahlt|genehmigt|unterschrieben|komt|kwam|betaald|betaalt|goedgekeurd|getekend)(?![\p{L}\p{M}])/u;
function germanNounActs(text: string, end: number, word: string): boolean {
  return GERMAN_ACT_AT.test(text.slice(end, end + 32)) && mayBeGermanNoun(word);
}

/**
 * A question opened by a modal or an auxiliary, one rare word its subject, then what a person may, can or must do
 * ("Is Tsiala allowed to …", "Does Gocha know …", "Can Nodar join …", "Darf Tsiala das Auto …", "Mag Tsiala de auto
 * …", "Est-ce que Tsiala peut …", "¿Puede Tsiala …", "Può Tsiala …"); "Is Tbilisi safe?", "Does Lisbon have a
 * metro?" and "Should Postgres run on ZFS?" ask of a place or a tool.
 */
const QUESTION_SUBJECT_RE =
  /(?:^|[.!?:\n][ \t]*|[¿«“„"‘(])(?:(?:Is|Was) (\p{Lu}[\p{L}\p{M}]+)(?= (?:allowed|able|going|coming|joining|ready|available|still|already|back|sick|ill|pregnant|married|single|okay with|aware|in the office|on leave|on holiday)(?![\p{L}\p{M}]))|(?:Does|Did|Can|Could|Will|Would|Should) (\p{Lu}[\p{L}\p{M}]+)(?= (?:know|want|need|like|agree|mind|come|join|attend|help|bring|pick|drive|call|sign|pay|speak|visit|stay|leave|sleep|eat)(?![\p{L}\p{M}]))|(?:Darf|Kann|Muss|Soll|Möchte|Mag|Kan|Moet|Wil|Zal|Puede|Debe|Quiere|Può|Deve|Vuole) (\p{Lu}[\p{L}\p{M}]+)(?= \p{Ll}+(?![\p{L}\p{M}]))|Est-ce que (\p{Lu}[\p{L}\p{M}]+)(?= (?:peut|doit|veut|va|a|est|sait|vient)(?![\p{L}\p{M}])))/gu;

function questionSubjects(text: string, reading: Reading): TextSpan[] {
  const found: TextSpan[] = [];
  for (const m of text.matchAll(QUESTION_SUBJECT_RE)) {
    const word = m[1] ?? m[2] ?? m[3] ?? m[4]!;
    if (mayBeGermanNoun(word) && /^[^\p{L}]*(?:Darf|Kann|Muss|Soll|Möchte|Mag|Kan|Moet|Wil|Zal) /u.test(m[0])) continue;
    const start = m.index + m[0].length - word.length;
    const run = oneRareWord(text, start, start + word.length, reading);
    if (run) found.push(run);
  }
  return found;
}

function peopleInTheirPlaces(text: string, reading: Reading): TextSpan[] {
  const found = relatives(text, reading);
  found.push(...namedAfterNoun(text, TO_RE, GIVEN_TO, reading), ...namedAfterNoun(text, WITH_RE, MET_WITH, reading));
  for (const re of [LEAVES_RE, JOINS_RE, BIRTHDAY_RE, PERSON_STATE_RE, WITH_THEN_MEAL_RE, PERSON_ACT_RE])
    for (const m of text.matchAll(re)) {
      if (re === PERSON_ACT_RE && germanNounActs(text, m.index + m[0].length, m[1]!)) continue;
      const run = oneRareWordAt(text, m.index + m[0].indexOf(m[1]!), reading);
      if (run) found.push(run);
    }
  return found;
}

/** Verbs of saying, writing and noting, in the six languages (lower case). */
const REPORTING_VERBS = new Set(
  words(`said says told tells thinks thought wrote writes noted notes notices observed observes argues argued remarks remarked
  points claims reckons puts explains explained
  sagt sagte meint meinte schreibt schrieb bemerkt bemerkte betont betonte erklärt behauptet denkt findet
  dit disait pense note notait écrit écrivait souligne remarque observe affirme explique estime
  dice dijo decía piensa cree señala señaló observa escribe escribió indica apunta afirma explica
  detto diceva pensa nota osserva scrive sottolinea afferma spiega sostiene
  zegt zei vindt denkt schrijft schreef merkt opmerkt stelt constateert`),
);
/** "As T. Patel noted", "Wie D. Kennedy … schreibt", "Comme le note T. Kunene", "Como señala B. Kwong", "Zoals … opmerkt". */
const AS_RE =
  /(?<![\p{L}\p{M}])(?:[Aa]s|[Ww]ie|[Cc]omme|[Cc]omo|[Cc]ome|[Zz]oals)[ \t]+(?:(?:le|la|lo|l['’]|ya|auch|già|al)[ \t]*)?(?:(\p{Ll}+)[ \t]+)?(?=\p{Lu})/gu;
/** Words after the name read for the clause's verb: "Wie D. Kennedy in ihrem Gutachten schreibt". */
const CLAUSE_VERB_REACH = 6;
/** What opens the reported words after a verb of saying: "that", "que", "dass", "che", "dat". */
const THAT = String.raw`,?(?: that| que| qu['’]| dass| dat| che)`;
/**
 * A verb of saying after a blank, maybe after its auxiliary, then maybe "that" — searched first (a blank, then one
 * branch per first letter), the two words before it read after: "ok so matthew adutwum said …", "bref nevenka
 * gibbs dit que …".
 */
const SAYING_RE = new RegExp(
  `[ \\t](?:a |ha |hat |heeft |has )?(?:${byFirstLetter([...REPORTING_VERBS])})(?![\\p{L}\\p{M}])(${THAT})?`,
  'gu',
);
/** Two words in lower case ending right before a position (the lookbehind keeps "e-mail", "@user", "a.b" out). */
const TWO_LOWER_WORDS_BEFORE = /(?<![\p{L}\p{M}'’.@/_-])(\p{Ll}{2,}) (\p{Ll}{2,})$/u;

/**
 * People named as the source of what is said: "As T. Patel noted …" (the verb before or after the name), and a
 * full name typed in lower case before a verb of saying, "that" after it or its first name a known given name
 * ("so matthew adutwum said the deadline moved"; not "noen av disse programmene": Italian "disse").
 */
function reportedSpeakers(text: string, reading: Reading): TextSpan[] {
  const found: TextSpan[] = [];
  for (const m of text.matchAll(AS_RE)) {
    const from = m.index + m[0].length;
    const run = nameAfter(text, from, 'any', reading); // a name's shape: one word alone is a public figure as often ("as Ovid says")
    if (!run) continue;
    const verbBefore = m[1] !== undefined && REPORTING_VERBS.has(m[1]);
    const after = /^[^,.;:!?\n]*/u
      .exec(text.slice(run.end, run.end + 80))![0]
      .split(/\s+/u)
      .slice(0, CLAUSE_VERB_REACH + 1);
    if (verbBefore || after.some((w) => REPORTING_VERBS.has(w.toLowerCase()))) found.push(run);
  }
  for (const m of text.matchAll(SAYING_RE)) {
    const before = TWO_LOWER_WORDS_BEFORE.exec(text.slice(Math.max(0, m.index - 48), m.index));
    if (!before) continue;
    const parts = [before[1]!, before[2]!].map((w) => w[0]!.toUpperCase() + w.slice(1));
    if (m[1] === undefined && !isGivenName(parts[0]!)) continue;
    if (parts.some((w) => INFLECTED.test(w.toLowerCase()) || !isRareNamePart(w, reading))) continue;
    found.push({ start: m.index - before[0].length, end: m.index });
  }
  return found;
}

/** Thanks with an intensifier and no comma before the one thanked: "Thanks a lot Baaba!", "Grazie mille Baaba!". */
const THANKS_RE =
  /(?<![\p{L}\p{M}])(?:[Tt]hanks (?:a lot|so much|again)|[Tt]hank you(?: so much| again)?|[Mm]any thanks|[Gg]razie (?:mille|tante)|[Vv]ielen [Dd]ank|[Dd]anke (?:schön|sehr)|[Mm]erci (?:beaucoup|bien)|[Mm]uchas gracias|[Hh]artelijk dank|[Dd]ank je wel|[Hh]eel erg bedankt)[ \t]+(?=\p{Lu})/gu;

function peopleThanked(text: string, reading: Reading): TextSpan[] {
  const found: TextSpan[] = [];
  for (const m of text.matchAll(THANKS_RE)) {
    const from = m.index + m[0].length;
    const run = personAt(text, from, reading) ?? givenNameInSlotAt(text, from, reading);
    if (run && endsPhrase(text, run.end)) found.push(run);
  }
  return found;
}

/** Where a possessor or a beneficiary is named, searched first: "'s " after the name, or a preposition before it. */
const OWNER_OR_FOR_RE = /['’]s (?=\p{L})|[ \t](?:de|di|del|van|von|for|für|pour|para|per|voor) (?=\p{Lu})/gu;
const NAME_BEFORE = /(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}]+$/u;
const NAME_AT = /\p{Lu}[\p{L}\p{M}]+(?![\p{L}\p{M}])/uy;
const OWNED_THING_AT = /\p{L}+/uy;
/** The rest of the clause (a few words), its end, then a pronoun only a person takes or a verb of saying. */
const REFERS_TO_PERSON_AT =
  /(?:[ \t]+[\p{L}\p{M}'’-]+){0,4}?[ \t]*[,.?!;][ \t]+(?:(?:she|he|who|sie|er|elle|ella|él|lei|lui|zij|hij|quien)|[¿¡]?(?:She|He|Sie|Er|Elle|Ella|Él|Lei|Lui|Zij|Hij|Ze)[ \t]+(\p{Ll}+)|[¿¡]?(\p{Lu}\p{Ll}+)[ \t]+(?:que|che|dat|dass|that))(?![\p{L}\p{M}])/uy;

/**
 * A name the next words refer to as a person: a possessor or a beneficiary ("Perî's estimate", "el cálculo de
 * Ladislav", "for Rhonda"), then, after the sentence's end or a comma, a pronoun only a person takes or a verb of
 * saying ("She says …", "Dice que …", ", who starts on Monday", ", sie fängt … an").
 */
function peopleReferredTo(text: string, reading: Reading): TextSpan[] {
  const found: TextSpan[] = [];
  for (const m of text.matchAll(OWNER_OR_FOR_RE)) {
    const name = /^['’]/u.test(m[0]) ? ownerBefore(text, m.index) : nameAt(text, m.index + m[0].length);
    if (!name) continue;
    REFERS_TO_PERSON_AT.lastIndex = name.clauseFrom;
    const tail = REFERS_TO_PERSON_AT.exec(text);
    const verb = tail?.[1] ?? tail?.[2];
    if (!tail || (verb !== undefined && !REPORTING_VERBS.has(verb.toLowerCase()))) continue;
    const run = oneRareWord(text, name.start, name.end, reading);
    if (run) found.push(run);
  }
  return found;
}

/** The owner before "'s" (`at`), and where its clause goes on: after the thing owned ("Perî's estimate …"). */
function ownerBefore(text: string, at: number): (TextSpan & { clauseFrom: number }) | undefined {
  const owner = NAME_BEFORE.exec(text.slice(Math.max(0, at - 40), at));
  OWNED_THING_AT.lastIndex = at + 3;
  const thing = OWNED_THING_AT.exec(text);
  return owner && thing ? { start: at - owner[0].length, end: at, clauseFrom: thing.index + thing[0].length } : undefined;
}

/** The capitalised word at `from` and where its clause goes on. */
function nameAt(text: string, from: number): (TextSpan & { clauseFrom: number }) | undefined {
  NAME_AT.lastIndex = from;
  const name = NAME_AT.exec(text);
  return name ? { start: from, end: from + name[0].length, clauseFrom: from + name[0].length } : undefined;
}

/**
 * Verbs whose object is a person, in the past as chat messages tell of them: "I met Carminho at the conference",
 * "I interviewed D. Grady", "j'ai rencontré …", "conocí a …", "ho incontrato …", "ik ontmoette …". "met" after its
 * subject or auxiliary only (Dutch "met" is "with": "de pilot met Adyen"); "called" names files and functions
 * too; German puts the participle last ("Ich habe … getroffen").
 */
const MET_RE =
  /[ \t](met|phoned|emailed|e-mailed|messaged|texted|interviewed|hired|contacted|rencontré|contacté|conocí a|contacté a|entrevisté a|ho incontrato|ho contattato|ho sentito|ontmoette|heb ontmoet|sprak)[ \t]+(?=\p{L})/gu;
/** The words "met" follows when it is the English verb. */
const MET_AFTER = new Set(words(`I we We he He she She they They you You have had has just finally never`));

function peopleMet(text: string, reading: Reading): TextSpan[] {
  const found: TextSpan[] = [];
  for (const m of text.matchAll(MET_RE)) {
    if (m[1] === 'met' && !MET_AFTER.has(wordEndingAt(text, m.index))) continue;
    const run = personAt(text, m.index + m[0].length, reading);
    if (run) found.push(run);
  }
  return found;
}
