// Names in a person slot, found without the model: the grammar of the six languages puts a person after some
// words — a beneficiary ("for", "für", "pour", "para", "per", "voor"), an agent ("signed by", "von", "par",
// "por", "door"), a source ("laut", "selon", "según", "secondo", "volgens"), a responsibility ("liegt bei"), a
// companion after a talking word ("spoke with", "hablé con"), a recipient after a writing or sending word ("an
// e-mail to", "transmis à", "doorgestuurd naar"), a dative pronoun ("ich schicke sie …") or a person's field
// label ("Owner:", "Solicitante:", "Submitted for:"). After such a slot, a run of two or more name parts none of
// which is a common word of those languages is a name far more often than anything else: "for Abhijit Capper",
// "aan D. Voon", "Richiedente: STEENSRUD Dindo", "mit wojtek kanter". The run must be a name's shape:
//   - an initial and a capitalised word ("G. Hannula"),
//   - two to four capitalised words, particles allowed between ("Masatake von Tarrio"),
//   - a word in capitals beside a capitalised one, form style ("ROUBERT Shlomi"; not a model code "Mustek MDC"),
//   - two lower-case words, uninflected, in a text that otherwise writes capitals (a name typed in lower case) —
//     after a slot word that also leads to things only where the pair ends its field ("für wojmir kanteska:"),
// and end where the phrase ends (punctuation, a common word, the line's end). Common words ("New York", "Visual
// Studio", "Den Haag"), words with inner capitals or digits ("GitLab", "S3"), place and company words
// ("Station", "GmbH", "…\nUniversity"), brands and public figures (the rules' gazetteers) keep it clean.
// Also an initial and a rare surname opening a clause before a lower-case word: a subject ("G. Hannula will").
// The names a message's own grammar places (a quote's speaker, an owner, "Vosmira and I", "my manager Vosmira" …)
// are person-grammar.ts's; reading a name run at a position is name-runs.ts's.
// Cost: one regex pass for the slot words (a look at the word after each, and more only where it could open a
// name), one for initials, a scan for colons, the grammar's passes — about 15–80 µs per KB of prose in Node.
import { CREATIVE_WORKS, inAcquisition, LABELS, THING_FRAMES } from '../detectors/names-context.ts';
import { tableNameCells } from '../detectors/names-structured.ts';
import { transcriptSpeakers } from '../detectors/names-transcripts.ts';
import { isLetter } from '../chars.ts';
import { overlapTest } from '../spans.ts';
import { encyclopaedic } from '../detectors/names.ts';
import {
  byFirstLetter,
  endsPhrase,
  INFLECTED,
  nameAfter,
  oneRareWord,
  personAt,
  surnameCommaGivenAt,
  words,
  type Reading,
  type Slot,
} from './name-runs.ts';
import { grammarNames } from './person-grammar.ts';
import { handlesAndListedNames } from './person-handles.ts';
import { contactNames } from './person-contacts.ts';
import { rosterNames } from './person-rosters.ts';
import { roleNames } from './person-roles.ts';
import type { TextSpan } from './windows.ts';

/**
 * Words after which a person is named, in the six languages (lower case): a beneficiary, an agent, a source.
 * They also lead to things ("for heap snapshots", "by default"): a lower-case pair after them must end its field.
 */
const SLOT_WORDS = `for für pour para per voor by von par por door bei`;
/** Sources: "laut", "selon", "según", "secondo", "volgens" (and "according to") name a person or a document. */
const SOURCE_WORDS = `laut selon según segun secondo volgens`;
/**
 * Role nouns a name follows without a colon: "Kundin Anna Berg meldet …", "la cliente anna berg", "titular
 * anna berg.", "account holder Anna Berg", "Empfängerin Prawit Tantiwong", "Io sottoscritto/a Lwin Pyae Thet" (the
 * rules' labels need a colon or a name they know).
 */
const ROLE_NOUN_WORDS = `customer client holder kunde kundin klant klantin cliente clienta titular intestatario intestataria titulaire
  patient patientin paciente paziente patiënt patiënte
  beneficiary empfänger empfängerin bénéficiaire beneficiario beneficiaria begunstigde
  invité invitée huésped ospite subscriber abonné abonnée abonado abonada abbonato abbonata
  undersigned unterzeichnete unterzeichneter soussigné soussignée sottoscritto sottoscritta sottoscritto/a ondergetekende`;
/** "between X and Y": a pair of names joined by "and" in the six languages. */
const BETWEEN_WORDS = `between zwischen entre tra fra tussen`;
/**
 * Words before a beneficiary or agent word that make it take a person: an act done by someone ("submitted by",
 * "im Auftrag von", "firmato da"), a form filled in for someone ("un modulo per").
 */
const PERSON_BEFORE_SLOT = new Set(
  words(`submitted signed approved requested reviewed prepared assigned reported filed issued auftrag eingereicht unterschrieben
  unterzeichnet beantragt signé soumis demandé approuvé déposé firmado solicitado aprobado presentado firmato richiesto
  approvato presentato ondertekend ingediend aangevraagd goedgekeurd form formular formulaire formulario modulo formulier`),
);
/** Words after which only a person stands: "cc", "schreib …". */
const PERSON_SLOT_WORDS = `cc schreib schreibe schrijf`;
/** Words that name a companion only after a talking word ("spoke with", "hablé con"; "a pilot with" is a company). */
const COMPANION_WORDS = `with mit avec con met`;
/** Words that name a recipient only after a writing or sending word ("a" and "à" also lead to places and times). */
const RECIPIENT_WORDS = `to an à a aan naar`;
/** Pronouns before a dative name: "ich schicke sie K. Tricoli", "ich muss es SIMONS Vizi erklären". */
const PRONOUN_WORDS = `es sie ihn ihm`;

/** Talking words: a companion word after (or, verb last, before) one of them names a person. */
const TALKING_WORDS = `spoke spoken talked talk met meeting called chatted discussed sprach gesprochen getroffen telefoniert besprochen
  parlé discuté rencontré hablé hablado reunido parlato discusso incontrato gesproken besproken gebeld afgesproken speak
  sprechen parler hablar parlare spreken`;
const TALKING = new Set(words(TALKING_WORDS));
/** Writing and sending words: a recipient word a few words after one of them names a person ("an e-mail to"). */
const SENDING = new Set(
  words(`e-mail email mail message note letter reply write send sent forward forwarded sende senden nachricht brief envoie envoyer
  envoyé transmis transmets rédige lettre courriel envía enviar enviado envié reenvié reenviado mensaje correo carta invia
  inviare inviato inoltrato girato lettera messaggio schrijf schrijven stuur sturen gestuurd doorgestuurd bericht`),
);
/** Stems of writing and sending verbs, whatever their ending: "schreibe", "schickst", "écrivez", "escribe", "scrivi". */
const SENDING_STEMS = ['schreib', 'schick', 'écri', 'escrib', 'scriv', 'transf', 'reenv', 'inoltr', 'stuur', 'leite'];
/** Stems of the verbs that pass a message on, in the imperative: the recipient after them is a person's slot. */
const FORWARDING_STEMS = ['forward', 'weiterleit', 'leite', 'transf', 'reenv', 'inoltr', 'stuur'];
/** Compounds naming a message: "Dankesmail", "Sprachnachricht", "Dankesbrief", "e-mail". */
const MESSAGE_ENDINGS = ['mail', 'nachricht', 'brief', 'bericht'];
/** Words of the clause read on each side of a companion or recipient word. */
const CLAUSE_WORDS = 8;

const SLOT_WORD_LIST = [
  SLOT_WORDS,
  SOURCE_WORDS,
  ROLE_NOUN_WORDS,
  BETWEEN_WORDS,
  PERSON_SLOT_WORDS,
  COMPANION_WORDS,
  RECIPIENT_WORDS,
  PRONOUN_WORDS,
].flatMap(words);
/**
 * A slot word in lower case or capitalised after a blank, a bracket or a quote, maybe a colon after it, then a
 * word: one pass, no case folding, no look-behind (each halves its cost).
 */
const SLOT_RE = new RegExp(`(?:^|[\\s(«“„"‘'*•>])(${byFirstLetter(SLOT_WORD_LIST)})[ \\t]*:?(?=[ \\t]+\\p{L})`, 'giu');

const SLOT = new Set(words(SLOT_WORDS));
const SOURCE = new Set(words(SOURCE_WORDS));
const ROLE_NOUNS = new Set(words(ROLE_NOUN_WORDS));
const BETWEEN = new Set(words(BETWEEN_WORDS));
const PERSON_SLOT = new Set(words(PERSON_SLOT_WORDS));
const COMPANION = new Set(words(COMPANION_WORDS));
/**
 * Owners named in configuration and forms, beside the rules' field labels; an address's label, whose value opens
 * with the addressee's name ("Lieferadresse: anna berg, Talstraße 9").
 */
const OWNER_LABELS = new Set(
  words(`owner eigentümer besitzer propriétaire propietario dueño proprietario eigenaar
  address adresse lieferadresse rechnungsadresse anschrift livraison facturation envío envio spedizione afleveradres factuuradres`),
);
const RECIPIENT = new Set(words(RECIPIENT_WORDS));
const PRONOUNS = new Set(words(PRONOUN_WORDS));

/** Between two names of a list: "Anna Berg and Tom Ruiz", "MOLARO Aiet, lindita zak". */
const LIST_JOIN = /^(?:,? (?:and|und|et|y|e|en|&) |, )/u;
/** "between X and Y": the join after the first name. */
const PAIR_JOIN = /^ (?:and|und|et|y|e|en|&) /u;

/** A task named before "please" and a colon, the text to work on after it: "Proofread, please: …", "Korrekturlesen, bitte: …". */
const TASK_BEFORE_PLEASE = /^,[ \t]*(?:please|bitte|s['’]il (?:te|vous) pla[iî]t|por favor|per favore|alsjeblieft|graag)[ \t]*:/iu;

/** The names standing in person slots of `text` (see above). */
export function slotNames(text: string, isCommonWord: (letters: string) => boolean): TextSpan[] {
  const found: TextSpan[] = [];
  const taken = new Set<number>(); // the starts of the names found: a name is taken once
  const reading = { isCommonWord, capitalsElsewhere: /\p{Lu}/u.test(text) };
  SLOT_RE.lastIndex = 0;
  for (let m = SLOT_RE.exec(text); m !== null; m = SLOT_RE.exec(text)) {
    const from = afterBlanks(text, m.index + m[0].length); // the blanks stay for the next slot word: "es para X"
    const word = m[1]!.toLowerCase();
    // "cc anna berg: …" is a name in lower case even in a text written all in lower case, where it ends its field
    const slotReading = PERSON_SLOT.has(word) && !reading.capitalsElsewhere ? { ...reading, capitalsElsewhere: true } : reading;
    if (!mayOpenName(text, from, slotReading)) continue; // most slot words: "for the", "with a"
    const slot = slotOf(text, m.index + m[0].indexOf(m[1]!), word, m[0].endsWith(':'));
    if (slot !== undefined) takeNames(text, from, slotReading === reading ? slot : 'loose', slotReading, found, taken);
  }
  for (const from of labelValueStarts(text)) {
    if (!mayOpenName(text, from, reading)) continue;
    // a form's "Surname, Given" ending its line ("Reviewer 1: Seok, Seo-eun")
    const inverted = surnameCommaGivenAt(text, from, reading);
    if (inverted && ENDS_LINE_AT.test(text.slice(inverted.end, inverted.end + 8)) && !taken.has(from)) {
      found.push(inverted);
      taken.add(from);
    } else takeNames(text, from, 'any', reading, found, taken);
  }
  // a table's owner, assignee, "Verantwortlich", "Responsable" … column holds people
  tableNameCells(text, (from, _value, kind) => {
    if (kind === 'role' && mayOpenName(text, from, reading)) takeNames(text, from, 'any', reading, found, taken);
  });
  const overlapsFound = overlapTest(found);
  // the two subject passes may read the same name ("M. Kervadec reprend …"): in text order, the first one taken
  let last: TextSpan | undefined;
  const subjects = [
    ...subjectNames(text, reading),
    ...actorNames(text, reading),
    ...v2Subjects(text, reading),
    ...grammarNames(text, reading),
    ...roleNames(text, reading),
    ...handlesAndListedNames(text, reading),
    ...rosterNames(text, reading),
    ...contactNames(text, reading),
  ];
  for (const run of subjects.sort((a, b) => a.start - b.start)) {
    if (overlapsFound(run) || (last !== undefined && run.start < last.end)) continue;
    found.push(run);
    last = run;
  }
  // a chat log's speakers (names-transcripts.ts): with the common words, plain transcripts and single timed lines too
  for (const speaker of transcriptSpeakers(text, isCommonWord)) found.push(speaker);
  // a press release's buyer "übernimmt" as a person takes over a ticket: a company, founders' names or not
  // … nor is a public figure in an encyclopaedic sentence, nor a task's verb before "please:" ("Proofread, please: …")
  return found.filter(
    (run) =>
      !inAcquisition(text, run.start, run.end) &&
      !encyclopaedic(text, run.start, run.end) &&
      !TASK_BEFORE_PLEASE.test(text.slice(run.end, run.end + 24)),
  );
}

function afterBlanks(text: string, at: number): number {
  let i = at;
  while (text[i] === ' ' || text[i] === '\t') i++;
  return i;
}

/** The name at `from` and the names listed after it ("… and Tom Ruiz"), into `found`. */
function takeNames(text: string, from: number, slot: Slot, reading: Reading, found: TextSpan[], taken: Set<number>): void {
  let run = nameAfter(text, from, slot, reading);
  if (slot === 'pair' && run !== undefined && !PAIR_JOIN.test(text.slice(run.end, run.end + 5))) return;
  while (run !== undefined && !taken.has(run.start)) {
    found.push(run);
    taken.add(run.start);
    const join = LIST_JOIN.exec(text.slice(run.end, run.end + 6));
    run = join ? nameAfter(text, run.end + join[0].length, slot, reading) : undefined;
  }
}

const LETTERS_AT = /[\p{L}\p{M}]+/uy;

/** The word at `from` could open a name: it is capitalised, or a rare, uninflected word in a text that writes capitals. */
function mayOpenName(text: string, from: number, reading: Reading): boolean {
  const c = text[from]!;
  if (c !== c.toLowerCase()) return true;
  if (!reading.capitalsElsewhere) return false;
  LETTERS_AT.lastIndex = from;
  const word = LETTERS_AT.exec(text)?.[0];
  return word !== undefined && word.length >= 2 && !reading.isCommonWord(word) && !INFLECTED.test(word);
}

/** Nothing but blanks to the line's end. */
const ENDS_LINE_AT = /^[ \t]*(?:\r?\n|$)/u;

/** Longest field label read before a colon. */
const MAX_LABEL = 24;

/** Where the value after each person's field label starts ("Owner: …", "Solicitante : …"); colons are few in prose. */
function labelValueStarts(text: string): number[] {
  const starts: number[] = [];
  for (let colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
    let from = colon + 1;
    while (text[from] === ' ' || text[from] === '\t') from++;
    if (from === colon + 1) continue; // "12:30", "https://": no blank after the colon
    if (isPersonLabel(text.slice(Math.max(0, colon - MAX_LABEL - 8), colon))) starts.push(from);
  }
  return starts;
}

/**
 * The words before a colon name a person's field: "Owner", "Solicitante ", a numbered one ("Reviewer 1",
 * "Reisende/r 2"), or the first of two words ("Passager principal").
 */
const LABEL_BEFORE_COLON = /([\p{L}\p{M}]+)(?:\/(?:r|in|e))?(?:[ \t]+([\p{L}\p{M}]+))?(?:[ \t]+\d{1,2})?[ \t]*$/u;

function isPersonLabel(before: string): boolean {
  const m = LABEL_BEFORE_COLON.exec(before);
  if (!m) return false;
  const isLabel = (w: string | undefined) => w !== undefined && (LABELS.has(w.toLowerCase()) || OWNER_LABELS.has(w.toLowerCase()));
  return m[2] === undefined ? isLabel(m[1]) : isLabel(m[2]) || isLabel(m[1]);
}

/** An initial and a capitalised word: "G. Hannula". */
const INITIAL_NAME_RE = /(?<![\p{L}\p{N}.-])\p{Lu}\. (?=\p{Lu}\p{Ll})/gu;
/** What may stand before a clause's first word: its line's start, a sentence's end, a colon, a quote, a bullet. */
const CLAUSE_OPENER = /(?:^|\n|[.!?:•*–—»”-][ \t]|[«“„"‘(])[ \t]*$/u;

/** A preposition of the six languages right before a position: what an object follows. */
const PREPOSITION_BEFORE =
  /(?:^|[\s(])(?:to|an|à|a|aan|naar|for|für|pour|para|per|voor|with|mit|avec|con|met|von|by|par|por|door|bei|chez|from|de|di|da|van|at|zu|al|del|dal)[ \t]+$/iu;

const ROMANCE_BEFORE = /(?:^|\s)(?:di|da|de|del|dal|in|en)[ \t]+$/iu;

/**
 * An initial and a surname opening a clause, a lower-case word after them: the subject of a verb ("G. Hannula
 * will take over", "G. Hyden reprend le ticket"); or after a preposition, the clause going on or ending after them:
 * an object ("Die Rechnung ging an E. Galstyan statt …", "adressée à E. Daniel au lieu …"). A second pass, for a
 * pattern rare in prose.
 */
function subjectNames(text: string, reading: Reading): TextSpan[] {
  const found: TextSpan[] = [];
  for (const m of text.matchAll(INITIAL_NAME_RE)) {
    const before = text.slice(Math.max(0, m.index - 8), m.index);
    // "S." after a Romance preposition is a saint's: "l'ospedale di S. Paolo", "la notte di S. Silvestro"
    const object = PREPOSITION_BEFORE.test(before) && !(text[m.index] === 'S' && ROMANCE_BEFORE.test(before));
    if (!object && !CLAUSE_OPENER.test(before.slice(-4))) continue;
    const run = nameAfter(text, m.index, 'marked', reading);
    if (!run) continue;
    // a rare surname: an outline's "A. Introduction to …" is no name
    const surname = text.slice(text.lastIndexOf(' ', run.end - 1) + 1, run.end);
    const clauseGoesOn = /^ \p{Ll}/u.test(text.slice(run.end, run.end + 2));
    if (!reading.isCommonWord(surname) && (clauseGoesOn || (object && endsPhrase(text, run.end)))) found.push(run);
  }
  return found;
}

/**
 * Verbs of what only a person does — says, asks, writes, pastes, answers, takes over — read after their subject,
 * in the six languages (a participle after its auxiliary: "a demandé", "ha chiesto", "heeft gevraagd").
 */
const ACT_WORDS = words(`said says asked asks wrote writes pasted copied replied answered answers told tells mentioned suggested
  explained confirmed complained promised emailed texted added insisted reported reports
  sagte sagt fragte fragt schrieb schreibt meinte meint antwortete antwortet erklärte bestätigte übernimmt kopierte klagt
  berichtet
  demandé écrit copié répondu répond reprend signale confirmé expliqué ajouté dit
  dice dijo preguntó refiere escribió copió pegó respondió contesta encarga confirmó explicó comentó añadió
  detto chiesto chiede scritto copiato incollato risposto risponde occupa confermato spiegato disse aggiunto riferisce
  zei zegt vroeg vraagt schreef gevraagd gezegd geschreven geplakt gekopieerd antwoordde reageert bevestigde meldt`);
/** Words between a subject and its verb: an auxiliary, a negation, a reflexive pronoun ("ne répond", "se encarga"). */
const BEFORE_ACT = `a ha hat heeft has had will never ne n'a nunca non se si s'en niet nooit jamais already also ook auch aussi también anche`;
/** A blank, then an act verb ending its word: the subject stands before the match (or before an auxiliary). */
const ACT_RE = new RegExp(`[ \\t](?:${byFirstLetter(ACT_WORDS)})(?![\\p{L}])`, 'gu');
/** The auxiliary before an act verb, read back from it (a pass for the verb alone is a third cheaper). */
const AUX_BEFORE_RE = new RegExp(`[ \\t](?:${byFirstLetter(words(BEFORE_ACT))})$`, 'u');
/** Most words of a subject read back from its verb. */
const MAX_SUBJECT_WORDS = 4;

/**
 * The subject of an act verb, opening its clause: "Anna Berg a demandé si …", "anna berg übernimmt das Ticket",
 * "Darinka pasted this from the docs". A run of name parts (as in a slot), or one rare capitalised word.
 */
function actorNames(text: string, reading: Reading): TextSpan[] {
  const found: TextSpan[] = [];
  ACT_RE.lastIndex = 0;
  for (let m = ACT_RE.exec(text); m !== null; m = ACT_RE.exec(text)) {
    const end = m.index - (AUX_BEFORE_RE.exec(text.slice(Math.max(0, m.index - 8), m.index))?.[0].length ?? 0);
    const inverted = INVERTED_BEFORE.test(text.slice(Math.max(0, end - 8), end))
      ? invertedSubject(text, m.index + m[0].length, reading)
      : undefined;
    if (inverted) {
      found.push(inverted);
      continue;
    }
    for (const start of wordStartsBefore(text, end)) {
      if (!CLAUSE_OPENER.test(text.slice(Math.max(0, start - 4), start))) continue;
      // one word alone needs a sentence or a quote before it on its line: opening a text or a line it is as often a
      // heading's or a tool's name ("Terraform wrote 3 files")
      // … or the quote it introduces after the verb (Vosmira wrote: "…")
      const introducesQuote = QUOTE_AFTER_VERB.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4));
      // opening the text: "Khuta dice que …" (a line's first word may be a wrapped sentence's: "…\nGescheites sagt")
      const reports = /^\s*$/u.test(text.slice(0, start)) && REPORTS_SPEECH.test(text.slice(m.index, m.index + 32));
      const alone =
        introducesQuote || reports || AFTER_SENTENCE.test(text.slice(Math.max(0, start - 4), start))
          ? oneRareWord(text, start, end, reading)
          : undefined;
      const run = nameAfter(text, start, 'any', reading) ?? alone;
      if (run && run.end === end) found.push(run);
      break;
    }
  }
  return found;
}

/**
 * A verb of saying and what it reports: a conjunction, a comma, or an article opening the clause said ("Paraskeyi
 * meint, der Drucker …", "Khuta dice que …", "Chrysoyla said the printer …"); tools print and write, people say.
 */
const REPORTS_SPEECH =
  /^[ \t](?:said|says|sagt|sagte|meint|meinte|dit|dice|dijo|disse|zegt|zei)(?:[ \t]*,|[ \t]+(?:that|the|dass|der|die|das|que|qu['’]|le|la|les|el|los|las|che|il|lo|dat|de|het)(?![\p{L}\p{M}]))/u;

/** After a verb of saying, the quote it introduces: «wrote: "…», «meinte: „…», «a répondu : « …». */
const QUOTE_AFTER_VERB = /^[ \t]*[:,]?[ \t]*[«“„"‘]/u;

/**
 * German and Dutch put the subject after the auxiliary when the clause opens with its object ("Das hat Anna aus
 * der Doku kopiert", "Dit heeft Anna uit de documentatie geplakt"); a person's act ends the clause as a participle.
 */
const V2_OBJECTS = ['Das ', 'Dies ', 'Es ', 'Dit ', 'Dat ', 'Het '];
const V2_SUBJECT_RE = /(?:Das|Dies|Es|Dit|Dat|Het)\s+(?:hat|hatte|heeft|had)\s+(?=\p{Lu})/gu;
const PERSON_PARTICIPLE =
  /^[^.!?,\n]{0,60}?\s(?:kopiert|geschrieben|gesagt|gefragt|geantwortet|eingefügt|geschickt|gemeldet|geplakt|gekopieerd|geschreven|gezegd|gevraagd|gestuurd|gemeld)\b/u;

/**
 * Any clause opener (a time, a place, an object) puts the subject after the auxiliary too: "Gestern hat Izot
 * Kharitonova die Präsentation gehalten", "Gisteren heeft Panagiota Dragoumis de begroting …". Two name parts or
 * more, then an article or a pronoun: German capitalises its nouns, but none stands so between an auxiliary and an
 * article.
 */
const V2_AUXILIARY_RE = /(?:^|[.!?:][ \t]+|\n)\p{Lu}\p{Ll}+[ \t]+(?:hat|hatte|wird|heeft|had|wordt)[ \t]+(?=\p{Lu})/gu;
/** An auxiliary and a capitalised word, looked for first: most texts have none, and the full pass costs more. */
const AUXILIARY_THEN_CAPITAL_RE = / (?:hat|hatte|wird|heeft|had|wordt) \p{Lu}/u;
const ARTICLE_AFTER_SUBJECT =
  /^[ \t]+(?:die|der|das|den|dem|ein|eine|einen|einem|uns|mir|mich|es|sie|de|het|een|ons|mij|me|ze)(?![\p{L}\p{M}])/u;

/** The subjects after the auxiliary of a clause opened by its object, where a person's act ends it (see above). */
function v2Subjects(text: string, reading: Reading): TextSpan[] {
  const found: TextSpan[] = [];
  for (const m of AUXILIARY_THEN_CAPITAL_RE.test(text) ? text.matchAll(V2_AUXILIARY_RE) : []) {
    const run = nameAfter(text, m.index + m[0].length, 'any', reading);
    if (run && /\s/u.test(text.slice(run.start, run.end)) && ARTICLE_AFTER_SUBJECT.test(text.slice(run.end, run.end + 8))) found.push(run);
  }
  // the object words, by a plain search first: most texts have none, and the pass costs more than the search
  if (!V2_OBJECTS.some((object) => text.includes(object))) return found;
  for (const m of text.matchAll(V2_SUBJECT_RE)) {
    if (!CLAUSE_OPENER.test(text.slice(Math.max(0, m.index - 4), m.index))) continue; // the object opens the clause
    const from = m.index + m[0].length;
    const run = personAt(text, from, reading);
    if (run && PERSON_PARTICIPLE.test(text.slice(run.end, run.end + 80))) found.push(run);
  }
  return found;
}

/** A clitic object before the verb: the subject follows it ("Lo copió Ana de …", "L’ha copiato Ugo dalla …"). */
const INVERTED_BEFORE = /(?:^|[\s«“"(])(?:lo|la|le|l['’]ha|l['’]hanno|lo ha|la ha)$/iu;
/** What follows an inverted subject: a preposition of where from or where, or the clause's end. */
const AFTER_INVERTED = /^(?:[ \t]+(?:de|del|desde|en|da|dal|dalla|dallo|dai|dagli|di|in|su|per)\b|[,.;:!?)»”"])/u;

/** The subject after a verb with a clitic object before it: a run of name parts, or one rare capitalised word. */
function invertedSubject(text: string, afterVerb: number, reading: Reading): TextSpan | undefined {
  const from = afterBlanks(text, afterVerb);
  if (from === afterVerb) return undefined;
  const run = personAt(text, from, reading);
  return run && AFTER_INVERTED.test(text.slice(run.end, run.end + 8)) ? run : undefined;
}

const OPENING_MARKS = '«“„"‘(';
/** A sentence's end or a quote before a word on its line. */
const AFTER_SENTENCE = /(?:[.!?:»”][ \t]|[«“„"‘(])[ \t]*$/u;

/** Where the words before `end` start, nearest first, up to MAX_SUBJECT_WORDS, on its line. */
function wordStartsBefore(text: string, end: number): number[] {
  const starts: number[] = [];
  let i = end;
  while (starts.length < MAX_SUBJECT_WORDS && i > 0) {
    let j = i;
    while (j > 0 && text[j - 1] !== ' ' && text[j - 1] !== '\t' && text[j - 1] !== '\n') j--;
    if (j === i) break;
    let opens = j; // a quote or bracket opening the word is not part of it: "«anna berg"
    while (opens < i && OPENING_MARKS.includes(text[opens]!)) opens++;
    starts.push(opens);
    if (j === 0 || text[j - 1] !== ' ') break;
    i = j - 1;
  }
  return starts;
}

/**
 * What the matched word makes of the words after it: a slot word; a pronoun; a companion word after a talking
 * word; a recipient word after a writing, sending or talking word. undefined: no slot.
 */
function slotOf(text: string, at: number, word: string, label: boolean): Slot | undefined {
  if (SLOT.has(word)) {
    const before = clauseWords(text, at, -1)[0] ?? '';
    if (CREATIVE_WORKS.has(before)) return undefined; // "the novels by …": an author, an encyclopaedic question
    if (THING_FRAMES.has(before)) return undefined; // "a recipe for Pasta Carbonara": a dish, a work, a product
    return label || PERSON_BEFORE_SLOT.has(before) ? 'any' : 'loose';
  }
  if (SOURCE.has(word) || PERSON_SLOT.has(word) || ROLE_NOUNS.has(word)) return 'any';
  if (BETWEEN.has(word)) return 'pair';
  if (PRONOUNS.has(word)) return 'marked';
  if (COMPANION.has(word)) {
    const talked =
      clauseWords(text, at, -1).some((w) => TALKING.has(w)) || clauseWords(text, at + word.length, 1).some((w) => TALKING.has(w));
    return talked ? 'any' : undefined;
  }
  if (!RECIPIENT.has(word)) return undefined;
  const before = clauseWords(text, at, -1);
  if (before[0] === 'according') return 'any';
  // "for a colleague"; not the Dutch verb's particle: "stuur dit door naar …"
  const slotWordBefore =
    before[0] !== undefined && before[0] !== 'door' && (SLOT.has(before[0]) || COMPANION.has(before[0]) || RECIPIENT.has(before[0]));
  if (slotWordBefore) return undefined;
  // an order to send: "forward this to", "transfère ceci à", "stuur dit door naar"
  if (before.slice(0, 3).some(isSendingVerb)) return 'any';
  return before.slice(0, 4).some((w) => TALKING.has(w) || isSendingWord(w)) ? 'loose' : undefined;
}

function isSendingWord(w: string): boolean {
  return SENDING.has(w) || SENDING_STEMS.some((stem) => w.startsWith(stem)) || MESSAGE_ENDINGS.some((end) => w.endsWith(end));
}

function isSendingVerb(w: string): boolean {
  return FORWARDING_STEMS.some((stem) => w.startsWith(stem));
}

/**
 * Up to CLAUSE_WORDS words of the clause on one side of `at` (-1: before it, nearest first; 1: after it), in
 * lower case; a line or sentence break ends the clause. By plain scans: this runs for a few words per text.
 */
function clauseWords(text: string, at: number, direction: -1 | 1): string[] {
  const out: string[] = [];
  const step = direction < 0 ? -1 : 0; // the character looked at is text[i + step]
  let i = at;
  const inText = () => (direction < 0 ? i > 0 : i < text.length);
  while (out.length < CLAUSE_WORDS && inText()) {
    for (; inText() && !isWordChar(text.charCodeAt(i + step)); i += direction) if (ENDS_CLAUSE.has(text[i + step]!)) return out;
    const from = i;
    for (; inText() && isWordChar(text.charCodeAt(i + step)); i += direction);
    if (i !== from) out.push((direction < 0 ? text.slice(i, from) : text.slice(from, i)).toLowerCase());
  }
  return out;
}

const ENDS_CLAUSE = new Set(['\n', '.', '!', '?']);
const HYPHEN = 0x2d;
const isWordChar = (c: number) => isLetter(c) || c === HYPHEN;
