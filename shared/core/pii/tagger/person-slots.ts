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
// Cost: one regex pass for the slot words (a look at the word after each, and more only where it could open a
// name), one for initials, a scan for colons — about 15 µs per KB of prose in Node.
import { ARTICLE_PARTICLES, CREATIVE_WORKS, LABELS, PARTICLES, PLACE_SUFFIX, RELATIONS } from '../detectors/names-context.ts';
import { NOT_NAME_WORDS } from '../detectors/names-gazetteer.ts';
import { tableNameCells } from '../detectors/names-structured.ts';
import { transcriptSpeakers } from '../detectors/names-transcripts.ts';
import { isLetter } from '../chars.ts';
import type { TextSpan } from './windows.ts';
import { isKnownNotPerson } from './evidence.ts';

function words(list: string): string[] {
  return list.split(/\s+/u).filter(Boolean);
}

/**
 * Words after which a person is named, in the six languages (lower case): a beneficiary, an agent, a source.
 * They also lead to things ("for heap snapshots", "by default"): a lower-case pair after them must end its field.
 */
const SLOT_WORDS = `for für pour para per voor by von par por door bei`;
/** Sources: "laut", "selon", "según", "secondo", "volgens" (and "according to") name a person or a document. */
const SOURCE_WORDS = `laut selon según segun secondo volgens`;
/**
 * Role nouns a name follows without a colon: "Kundin Anna Berg meldet …", "la cliente anna berg", "titular
 * anna berg.", "account holder Anna Berg" (the rules' labels need a colon or a name they know).
 */
const ROLE_NOUN_WORDS = `customer client holder kunde kundin klant klantin cliente clienta titular intestatario intestataria titulaire
  patient patientin paciente paziente patiënt patiënte`;
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

/** Words as one alternation grouped by their first letter: the engine tries one branch per position, not every word. */
function byFirstLetter(list: readonly string[]): string {
  const tails = new Map<string, string[]>();
  for (const w of list) tails.set(w[0]!, [...(tails.get(w[0]!) ?? []), w.slice(1)]);
  return [...tails]
    .map(([first, rest]) => {
      const longestFirst = rest.filter(Boolean).sort((a, b) => b.length - a.length);
      return longestFirst.length === 0 ? first : `${first}(?:${longestFirst.join('|')})${rest.includes('') ? '?' : ''}`;
    })
    .join('|');
}

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

/** A name part: capitalised, lower case after the first letter (inner hyphens and apostrophes allowed). */
const CAPITALISED = /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*$/u;
const CAPITALS = /^\p{Lu}{2,}(?:[-'’]\p{Lu}{2,})*$/u;
const LOWER = /^\p{Ll}{2,}(?:[-'’]\p{Ll}{2,})*$/u;
const INITIAL = /^\p{Lu}$/u;
/**
 * Lower-case words ending as the six languages inflect verbs and derive nouns (-ing, -ed, -ment, -iert, -ung,
 * -den, -are, -ers, -é, -isch, -mente, -ción, -ione, -anti, ge…t …) or elided ("un'auto"): prose words the common-word list lacks, seldom names.
 */
const INFLECTED =
  /(?:ing|ment|ments|tion|tions|ness|ly|iert|ierte|ung|ungen|heit|keit|lich|den|ers|are|ere|ire|ato|ata|ati|ate|ando|endo|ado|ada|ados|adas|ido|ida|é|ée|és|ées|eur|euse|eren|elen|atie|ië|isch|ische|mente|ción|ciones|sión|siones|idad|idades|ores|ione|ioni|anti|enti|ità|enen)$|^ge\p{Ll}{3,}(?<![dh])t$|^\p{Ll}{1,2}['’]/u;
/** Punctuation after a word that ends the run. */
const ENDS_RUN = /[,;:.!?()[\]{}"“”„«»<>|/\\]/u;

type Part = 'initial' | 'capitalised' | 'capitals' | 'lower' | 'particle' | 'other';

/** How many words after a slot a name may take. */
const MAX_PARTS = 4;
/** Characters after a slot read for its name (a name's line ends it before that). */
const READ_AHEAD = 96;

/**
 * What a slot admits: any name shape; a lower-case pair only where it ends its field (`loose`: "for heap
 * snapshots", "mail a bronzed artichoke" are prose); neither a lower-case pair nor a pair of capitalised words
 * (`marked`: after a pronoun, where German capitalises nouns and Spanish "es" is "is"); `pair`: as `any`, for
 * "between": the first name must be joined to a second by "and" ("between anna berg and tom ruiz").
 */
type Slot = 'any' | 'loose' | 'marked' | 'pair';

/** Between two names of a list: "Anna Berg and Tom Ruiz", "MOLARO Aiet, lindita zak". */
const LIST_JOIN = /^(?:,? (?:and|und|et|y|e|en|&) |, )/u;
/** "between X and Y": the join after the first name. */
const PAIR_JOIN = /^ (?:and|und|et|y|e|en|&) /u;

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
  for (const from of labelValueStarts(text)) if (mayOpenName(text, from, reading)) takeNames(text, from, 'any', reading, found, taken);
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
    ...speakersAfterQuotes(text, reading),
    ...possessors(text, reading),
    ...beneficiaries(text, reading),
    ...surnamesFirst(text, reading),
    ...initialLists(text, reading),
    ...addressedPeople(text, reading),
    ...peopleInTheirPlaces(text, reading),
  ];
  for (const run of subjects.sort((a, b) => a.start - b.start)) {
    if (overlapsFound(run) || (last !== undefined && run.start < last.end)) continue;
    found.push(run);
    last = run;
  }
  // a chat log's speakers (names-transcripts.ts): with the common words, plain transcripts and single timed lines too
  for (const speaker of transcriptSpeakers(text, isCommonWord)) found.push(speaker);
  return found;
}

/**
 * Whether a span overlaps one of `spans`, by binary search over them sorted by start with the furthest end so far
 * (a text with thousands of slots is not searched once per candidate).
 */
function overlapTest(spans: readonly TextSpan[]): (span: TextSpan) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  for (const [i, s] of sorted.entries()) reach.push(Math.max(s.end, i > 0 ? reach[i - 1]! : -1));
  return (span) => {
    let lo = 0;
    let hi = sorted.length; // the first index whose start is at or after the span's end
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.start < span.end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && reach[lo - 1]! > span.start;
  };
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

/** Longest field label read before a colon. */
const MAX_LABEL = 24;

/** Where the value after each person's field label starts ("Owner: …", "Solicitante : …"); colons are few in prose. */
function labelValueStarts(text: string): number[] {
  const starts: number[] = [];
  for (let colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
    let from = colon + 1;
    while (text[from] === ' ' || text[from] === '\t') from++;
    if (from === colon + 1) continue; // "12:30", "https://": no blank after the colon
    let end = colon;
    while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
    let start = end;
    while (start > 0 && end - start < MAX_LABEL && isLetter(text.charCodeAt(start - 1))) start--;
    const label = text.slice(start, end).toLowerCase();
    if (LABELS.has(label) || OWNER_LABELS.has(label)) starts.push(from);
  }
  return starts;
}

/** An initial and a capitalised word: "G. Hannula". */
const INITIAL_NAME_RE = /(?<![\p{L}\p{N}.-])\p{Lu}\. (?=\p{Lu}\p{Ll})/gu;
/** What may stand before a clause's first word: its line's start, a sentence's end, a colon, a quote, a bullet. */
const CLAUSE_OPENER = /(?:^|\n|[.!?:•*–—»”-][ \t]|[«“„"‘(])[ \t]*$/u;

/**
 * An initial and a surname opening a clause, a lower-case word after them: the subject of a verb ("G. Hannula
 * will take over", "G. Hyden reprend le ticket"). A second pass, for a pattern rare in prose.
 */
function subjectNames(text: string, reading: Reading): TextSpan[] {
  const found: TextSpan[] = [];
  for (const m of text.matchAll(INITIAL_NAME_RE)) {
    if (!CLAUSE_OPENER.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    const run = nameAfter(text, m.index, 'marked', reading);
    // a rare surname: an outline's "A. Introduction to …" is no name
    const surname = run && text.slice(text.lastIndexOf(' ', run.end - 1) + 1, run.end);
    if (run && !reading.isCommonWord(surname!) && /^ \p{Ll}/u.test(text.slice(run.end, run.end + 2))) found.push(run);
  }
  return found;
}

/**
 * Verbs of what only a person does — says, asks, writes, pastes, answers, takes over — read after their subject,
 * in the six languages (a participle after its auxiliary: "a demandé", "ha chiesto", "heeft gevraagd").
 */
const ACT_WORDS = words(`said says asked asks wrote writes pasted copied replied answered answers told tells mentioned suggested
  explained confirmed complained promised emailed texted added insisted
  sagte sagt fragte fragt schrieb schreibt meinte meint antwortete antwortet erklärte bestätigte übernimmt kopierte
  demandé écrit copié répondu répond reprend signale confirmé expliqué ajouté
  dijo preguntó escribió copió pegó respondió contesta encarga confirmó explicó comentó añadió
  detto chiesto chiede scritto copiato incollato risposto risponde occupa confermato spiegato disse aggiunto
  zei zegt vroeg vraagt schreef gevraagd gezegd geschreven geplakt gekopieerd antwoordde reageert bevestigde`);
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
      // … or the quote it introduces after the verb ("Vosmira wrote: \"…\"")
      const introducesQuote = QUOTE_AFTER_VERB.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4));
      const alone =
        introducesQuote || AFTER_SENTENCE.test(text.slice(Math.max(0, start - 4), start))
          ? oneRareWord(text, start, end, reading)
          : undefined;
      const run = nameAfter(text, start, 'any', reading) ?? alone;
      if (run && run.end === end) found.push(run);
      break;
    }
  }
  return found;
}

/** After a verb of saying, the quote it introduces: "wrote: "…", "meinte: „…", "a répondu : « …". */
const QUOTE_AFTER_VERB = /^[ \t]*[:,]?[ \t]*[«“„"‘]/u;

/**
 * A quote's speaker named after it: ""…," said Vosmira.", "„…", sagte Vosmira.", "« … », a dit Vosmira", "—
 * "…" dijo Vosmira", ""…" — Vosmira Tadeova, Monday". A closing quote, maybe a comma, then a verb of saying
 * (maybe after its auxiliary) or a dash, then the speaker: a run of name parts, or one rare capitalised word.
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
    const from = m.index + m[0].length;
    const run = nameAfter(text, from, 'any', reading) ?? oneRareWordAt(text, from, reading);
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
    const owner = apostrophe ? m[1]! : m[1]!.slice(0, -1);
    if (isRareOwner(text, m.index, owner, reading)) found.push({ start: m.index, end: m.index + owner.length });
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
    const from = m.index + m[0].length;
    const run = nameAfter(text, from, 'any', reading) ?? oneRareWordAt(text, from, reading);
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

/** Every word of the owner's name (one or two) is rare, and together they are no public name. */
function isRareOwner(text: string, start: number, owner: string, reading: Reading): boolean {
  const parts = [...owner.matchAll(/[^ -]+/gu)];
  const rare = parts.every((p) => oneRareWord(text, start + p.index, start + p.index + p[0].length, reading) !== undefined);
  return rare && !isKnownNotPerson(parts.map((p) => p[0]));
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
 *   - the object of an order to tell, ask, remind or ping them, opening a clause ("Tell Vosmira the build is
 *     green", "Frag mal Vosmira, ob …", "Demande à Vosmira si …", "Pregúntale a Vosmira", "Chiedi a Vosmira")
 * The name: a run of name parts, or one rare capitalised word.
 */
const WITH_THE_WRITER_RE =
  /(?<![\p{L}\p{M}])(?:(?:[Mm]e|I|[Ii]ch|[Mm]oi|[Yy]o|[Ii]o|[Ii]k) (?:and|und|et|y|e|en) (?=\p{Lu})|(\p{Lu}[\p{L}\p{M}]+(?:[ -]\p{Lu}[\p{L}\p{M}]+)?) (?:and|und|et|y|e|en) (?:I|me|ich|mich|mir|moi|yo|mí|io|me|ik|mij)(?![\p{L}\p{M}]))/gu;
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
/** An order to tell, ask, remind or ping someone, then (in French, Spanish, Italian) "à"/"a": the person follows. */
const ORDER_TO_RE =
  /(?:^|[.!?:\n][ \t]*|[«“„"‘(])(?:Tell|Ask|Remind|Ping|Thank|Frag(?: mal)?|Sag|Erinnere|Demande à|Dis à|Rappelle à|Pregúntale a|Pregunta a|Dile a|Recuérdale a|Chiedi a|Di' a|Dì a|Ricorda a|Vraag|Zeg tegen|Herinner) (?=\p{Lu})/gu;

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
  for (const m of text.matchAll(ORDER_TO_RE)) {
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
 *   - after an order or a question to tell, ask or remind someone inside a sentence ("How do I tell Vosmira …",
 *     "remind Vosmira twice", "Comment dire à Vosmira …", "¿Cómo le digo a Vosmira …", "Come dico a Vosmira …")
 *   - as the subject of a state only a person is in, opening a clause ("Vosmira is out sick", "Vosmira ist
 *     heute krank", "Vosmira est en congé", "Vosmira está enferma", "Vosmira oggi è malata", "Vosmira is ziek")
 */
const POSSESSIVES = `my our your his her mein meine meinen meiner unser unsere ma mon mes notre mi mis nuestro nuestra mio mia il_mio la_mia nostro nostra mijn onze`;
const RELATION_RE = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:${words(POSSESSIVES)
    .map((w) => w.replace('_', ' '))
    .join('|')}) (\\p{L}+)[ \\t]+(?=\\p{Lu})`,
  'giu',
);
const GIVEN_TO = new Set(words(`feedback apology thanks congratulations reply answer compliment`));
const TO_RE = / (?:to|an|à|a|aan)[ \t]+(?=\p{Lu})/gu;
const MET_WITH = new Set(
  words(`lunch lunched dinner dined breakfast coffee drinks call meeting chat date walk déjeuné dîné déjeuner dîner café comí comido
  cené almorcé almorzado desayuné pranzato cenato pranzo cena caffè`),
);
const WITH_RE = / (?:with|avec|con|met)[ \t]+(?=\p{Lu})/gu;
const TELL_RE =
  /(?<![\p{L}\p{M}])(?:tell|ask|remind|ping|thank|text|invite|hire|hiring|sage ich|sag|erzähle|frage ich|dire à|dis à|demander à|rappeler à|digo a|decirle a|preguntarle a|dico a|dire a|chiedere a|zeg ik tegen|zeggen tegen)[ \t]+(?=\p{Lu})/gu;
/** One leaves a team or a company, and has a birthday: "Vosmira verlässt am Freitag das Team", "Vosmira for her birthday". */
const LEAVES_RE =
  /(?:^|[.!?:\n][ \t]*|[«“„"‘(])(\p{Lu}[\p{L}\p{M}]+) (?:leaves|is leaving|verlässt|quitte|deja|lascia|verlaat)(?: \S+){0,3}? (?:the |das |die |l['’]|el |la |il |het )?(?:team|Team|company|Firma|Unternehmen|équipe|entreprise|equipo|empresa|azienda|bedrijf)(?![\p{L}\p{M}])/gu;
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
  for (const m of text.matchAll(TELL_RE)) {
    const run = personAt(text, m.index + m[0].length, reading);
    if (run) found.push(run);
  }
  for (const re of [LEAVES_RE, BIRTHDAY_RE])
    for (const m of text.matchAll(re)) {
      const run = oneRareWordAt(text, m.index + m[0].indexOf(m[1]!), reading);
      if (run) found.push(run);
    }
  for (const m of text.matchAll(PERSON_STATE_RE)) {
    const start = m.index + m[0].length - m[1]!.length;
    const run = oneRareWordAt(text, start, reading);
    if (run) found.push(run);
  }
  return found;
}

/** The name at `from`: a run of name parts, or one rare capitalised word. */
function personAt(text: string, from: number, reading: Reading): TextSpan | undefined {
  return nameAfter(text, from, 'any', reading) ?? oneRareWordAt(text, from, reading);
}

/** `words` (one or two, at `start`) as a name: every part rare, together no public name. */
function personIn(text: string, start: number, name: string, reading: Reading): TextSpan | undefined {
  return isRareOwner(text, start, name, reading) ? { start, end: start + name.length } : undefined;
}

/** Neither a common word (any part of a hyphenated one), nor a word that never names a person, nor a brand. */
function isRareNamePart(word: string, reading: Reading): boolean {
  return word.split(/[-'’]/u).every((part) => !reading.isCommonWord(part) && !NOT_NAME_WORDS.has(part)) && !isKnownNotPerson([word]);
}

/** oneRareWord on the word at `from`, without the punctuation after it. */
function oneRareWordAt(text: string, from: number, reading: Reading): TextSpan | undefined {
  WORD_AT.lastIndex = from;
  const word = WORD_AT.exec(text)?.[0].replace(TRAILING_PUNCTUATION, '');
  return word ? oneRareWord(text, from, from + word.length, reading) : undefined;
}

/**
 * German and Dutch put the subject after the auxiliary when the clause opens with its object ("Das hat Anna aus
 * der Doku kopiert", "Dit heeft Anna uit de documentatie geplakt"); a person's act ends the clause as a participle.
 */
const V2_OBJECTS = ['Das ', 'Dies ', 'Es ', 'Dit ', 'Dat ', 'Het '];
const V2_SUBJECT_RE = /(?:Das|Dies|Es|Dit|Dat|Het)\s+(?:hat|hatte|heeft|had)\s+(?=\p{Lu})/gu;
const PERSON_PARTICIPLE =
  /^[^.!?,\n]{0,60}?\s(?:kopiert|geschrieben|gesagt|gefragt|geantwortet|eingefügt|geschickt|gemeldet|geplakt|gekopieerd|geschreven|gezegd|gevraagd|gestuurd|gemeld)\b/u;

/** The subjects after the auxiliary of a clause opened by its object, where a person's act ends it (see above). */
function v2Subjects(text: string, reading: Reading): TextSpan[] {
  const found: TextSpan[] = [];
  // the object words, by a plain search first: most texts have none, and the pass costs more than the search
  if (!V2_OBJECTS.some((object) => text.includes(object))) return found;
  for (const m of text.matchAll(V2_SUBJECT_RE)) {
    if (!CLAUSE_OPENER.test(text.slice(Math.max(0, m.index - 4), m.index))) continue; // the object opens the clause
    const from = m.index + m[0].length;
    const run = nameAfter(text, from, 'any', reading) ?? oneRareWordAt(text, from, reading);
    if (run && PERSON_PARTICIPLE.test(text.slice(run.end, run.end + 80))) found.push(run);
  }
  return found;
}

/** A clitic object before the verb: the subject follows it ("Lo copió Ana de …", "L’ha copiato Ugo dalla …"). */
const INVERTED_BEFORE = /(?:^|[\s«“"(])(?:lo|la|le|l['’]ha|l['’]hanno|lo ha|la ha)$/iu;
/** What follows an inverted subject: a preposition of where from or where, or the clause's end. */
const AFTER_INVERTED = /^(?:[ \t]+(?:de|del|desde|en|da|dal|dalla|dallo|dai|dagli|di|in|su|per)\b|[,.;:!?)»”"])/u;
const WORD_AT = /\S+/uy;

/** The subject after a verb with a clitic object before it: a run of name parts, or one rare capitalised word. */
function invertedSubject(text: string, afterVerb: number, reading: Reading): TextSpan | undefined {
  const from = afterBlanks(text, afterVerb);
  if (from === afterVerb) return undefined;
  const run = nameAfter(text, from, 'any', reading) ?? oneRareWordAt(text, from, reading);
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

/** One capitalised word that is no common word, known public name or brand: a one-word subject ("Darinka"). */
function oneRareWord(text: string, start: number, end: number, reading: Reading): TextSpan | undefined {
  const word = text.slice(start, end);
  if (!CAPITALISED.test(word) || reading.isCommonWord(word) || NOT_NAME_WORDS.has(word) || isKnownNotPerson([word])) return undefined;
  return { start, end };
}

/**
 * What the matched word makes of the words after it: a slot word; a pronoun; a companion word after a talking
 * word; a recipient word after a writing, sending or talking word. undefined: no slot.
 */
function slotOf(text: string, at: number, word: string, label: boolean): Slot | undefined {
  if (SLOT.has(word)) {
    const before = clauseWords(text, at, -1)[0] ?? '';
    if (CREATIVE_WORKS.has(before)) return undefined; // "the novels by …": an author, an encyclopaedic question
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

interface Piece extends TextSpan {
  part: Part;
}

interface Reading {
  isCommonWord(letters: string): boolean;
  /** The text uses capitals: a lower-case name in it is one typed in lower case. */
  capitalsElsewhere: boolean;
}

/** The name run starting at `from` when it has a name's shape and ends its phrase, else undefined. */
function nameAfter(text: string, from: number, slot: Slot, reading: Reading): TextSpan | undefined {
  const pieces: Piece[] = [];
  const to = Math.min(from + READ_AHEAD, text.length);
  let at = from; // where the next word must start: one space after the last
  while (at < to && pieces.length <= MAX_PARTS) {
    NON_BLANK_AT.lastIndex = at;
    const raw = NON_BLANK_AT.exec(text)?.[0];
    if (raw === undefined) break;
    const core = raw.replace(TRAILING_PUNCTUATION, '');
    const part = partOf(raw, core, reading.isCommonWord, pieces.at(-1), text);
    if (part === 'other' || changesCase(pieces, part)) break;
    const length = part === 'initial' ? 2 : core.length;
    pieces.push({ start: at, end: at + length, part });
    if (ENDS_RUN.test(raw.slice(length)) || text[at + raw.length] !== ' ') break;
    at += raw.length + 1;
  }
  const run = trimParticles(pieces);
  if (pieces.length > MAX_PARTS || run.length === 0 || organisationAfter(text, run.at(-1)!.end)) return undefined;
  const lowerCaseAllowed =
    reading.capitalsElsewhere &&
    (slot === 'any' || slot === 'pair' || (slot === 'loose' && endsLooseField(text.slice(run.at(-1)!.end, run.at(-1)!.end + 16))));
  return shapedRun(text, run, slot, lowerCaseAllowed);
}

/** The end of a field: a colon, a dash between two fields, the text's end, or a line's end not going on in lower case. */
const FIELD_END = /^[ \t]*(?::|[-–—][ \t]|\r?\n(?![ \t]*\p{Ll})|$)/u;
/** A message's topic after its recipient: "a message to anna berg about …", "an anna berg wegen …", "a anna berg sobre …". */
const TOPIC_AFTER =
  /^ (?:about|regarding|that|wegen|über|bezüglich|dass|sobre|acerca|que|concernant|riguardo|che|over|betreffende|dat)(?![\p{L}])/u;

/** After a loose slot's lower-case pair: the end of its field, or the topic of the message it was sent (see above). */
function endsLooseField(after: string): boolean {
  return FIELD_END.test(after) || TOPIC_AFTER.test(after);
}
const NEXT_WORD = /^\s+(\p{L}+)/u;

/** An organisation's or a place's word follows, on this line or the next: "Carnegie Mellon\nUniversity". */
function organisationAfter(text: string, end: number): boolean {
  const next = NEXT_WORD.exec(text.slice(end, end + 24))?.[1];
  return next !== undefined && PLACE_SUFFIX.has(next);
}

/** The word at a position: the characters up to the next blank. */
const NON_BLANK_AT = /\S+/uy;

/** A lower-case word after a capitalised one or the reverse: a name is typed in one case ("lindita zak Avísame"). */
function changesCase(pieces: readonly Piece[], part: Part): boolean {
  const last = pieces.findLast((p) => p.part !== 'particle');
  return last !== undefined && (last.part === 'lower') !== (part === 'lower');
}

const TRAILING_PUNCTUATION = /[,;:.!?()[\]{}"“”„«»<>|/\\]+$/u;

/** What a word can be in a name; after an initial, a capitalised common word too ("J. Bacon"). */
function partOf(raw: string, core: string, isCommonWord: (w: string) => boolean, previous: Piece | undefined, text: string): Part {
  if (core.length === 1 && raw[1] === '.' && INITIAL.test(core)) return 'initial';
  if (PARTICLES.has(core) && core === raw) return isParticleHere(core, previous, text) ? 'particle' : 'other';
  const afterInitial = previous?.part === 'initial';
  if (NOT_NAME_WORDS.has(core) || PLACE_SUFFIX.has(core)) return 'other';
  if (afterInitial && CAPITALISED.test(core)) return 'capitalised';
  if (isCommonWord(core)) return 'other';
  if (CAPITALISED.test(core)) return 'capitalised';
  if (CAPITALS.test(core)) return 'capitals';
  if (LOWER.test(core) && !INFLECTED.test(core)) return 'lower';
  return 'other';
}

/**
 * German articles and "zu" join nouns in prose ("von Serverabsturz zu Serverabsturz", "Wohltätigkeit der
 * Vorsehung"): inside a name they follow another particle ("van der Berg", "von und zu"), never a name part.
 */
function isParticleHere(particle: string, previous: Piece | undefined, text: string): boolean {
  return !ARTICLE_PARTICLES.has(particle) || (previous?.part === 'particle' && PARTICLES.has(text.slice(previous.start, previous.end)));
}

function trimParticles(pieces: Piece[]): Piece[] {
  let end = pieces.length;
  while (end > 0 && pieces[end - 1]!.part === 'particle') end--;
  return pieces[0]?.part === 'particle' ? [] : pieces.slice(0, end);
}

/** A short word in capitals after a capitalised one is a product's model or an acronym ("Mustek MDC"), not a surname. */
function modelCode(names: readonly Piece[]): boolean {
  const second = names[1]!;
  return second.part === 'capitals' && second.end - second.start < 4;
}

/** The run as a name span when its parts make one of the shapes above and it is not a known public name. */
function shapedRun(text: string, pieces: readonly Piece[], slot: Slot, lowerCaseAllowed: boolean): TextSpan | undefined {
  const names = pieces.filter((p) => p.part !== 'particle' && p.part !== 'initial');
  const count = (part: Part) => pieces.filter((p) => p.part === part).length;
  if (names.length === 0 || pieces.length > MAX_PARTS) return undefined;
  const initials = count('initial');
  const shaped =
    (initials >= 1 && initials <= 2 && names.length === 1 && names[0]!.part === 'capitalised' && pieces.at(-1)!.part === 'capitalised') ||
    (initials === 0 && slot !== 'marked' && names.length >= 2 && names.every((p) => p.part === 'capitalised')) ||
    (initials === 0 && names.length === 2 && count('capitals') === 1 && count('capitalised') === 1 && !modelCode(names)) ||
    (initials === 0 && lowerCaseAllowed && pieces.length === 2 && count('lower') === 2);
  if (!shaped) return undefined;
  if (isKnownNotPerson(names.map((p) => text.slice(p.start, p.end)))) return undefined;
  return { start: pieces[0]!.start, end: pieces.at(-1)!.end };
}
