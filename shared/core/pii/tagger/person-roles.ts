// Names in the roles a story gives people, found without the model, beside the grammar passes (person-grammar.ts):
//   - the name someone gave: "the other driver left his name, ratymyr ignovski, and …", "op mijn naam, Anna Berg."
//   - the one paid: "überweisen Sie 2.889,36 € … an Faina Ilievska, IBAN …", "pagué la fianza … a Angja Točko el …"
//   - the one married, and the one born: "married Venko Gjorgjevski in 1961", "- Tanas Mironski, geboren am …"
//   - the ones who quarrelled: "Gligor Romochko und Cvetan Gigov haben sich gestern … gestritten"
//   - the one who will miss school or had to step in: "explaining that Daleslava will miss …", "Naum tuvo que separarlos"
//   - the one who reported or noticed a bug, typed in lower case: "fix bug reported by afanasii", "volče lyndyk
//     noticed the …"
//   - the one a support agent apologises to: "I'm sorry about that, Rostyslav.", "Lo siento mucho, Galaba."
//   - the one who signs, the one an ad says to call, the writer "from me", two people who love someone, a name with
//     its number in a contact list, the subject of an item of minutes, a post's author, a manager, a relative "of"
// Each in the six languages, each one search for its cue (a first search for all the cue words costs more). Every
// name part rare (name-runs.ts); brands and public names never. Pure.
import {
  endsPhrase,
  lowerCaseNameAt,
  nameAfter,
  nameEndingAt,
  oneRareWordAt,
  namesAfter,
  personAt,
  personIn,
  words,
  type Reading,
} from './name-runs.ts';
import { GREETINGS } from '../detectors/names-context.ts';
import { fromCapitals } from '../detectors/names-structured.ts';
import { mayBeGermanNoun } from './person-grammar.ts';
import { caseInsensitiveLatin } from '../unicode-case.ts';
import { blanksBefore, matchesFromCore, type CoreFirst } from './core-first.ts';
import type { TextSpan } from './windows.ts';

/** The names the passes below find in `text`, in no particular order (the caller sorts and dedupes). */
export function roleNames(text: string, reading: Reading): TextSpan[] {
  // every pass is one search for its cue; a first search for all the cue words cost more (measured: ×2 at 16 KB)
  return [
    ...namesGiven(text, reading),
    ...introducedWithAge(text, reading),
    ...payees(text, reading),
    ...spouses(text, reading),
    ...quarrellers(text, reading),
    ...absentOrSteppingIn(text, reading),
    ...reporters(text, reading),
    ...apologisedTo(text, reading),
    ...signedLast(text, reading),
    ...peopleToCall(text, reading),
    ...pairsWhoLove(text, reading),
    ...writerNamed(text, reading),
    ...peopleWithTheirNumber(text, reading),
    ...minutesSubjects(text, reading),
    ...afterPersonPhrases(text, reading),
    ...signedAtEnd(text, reading),
    ...cvHolders(text, reading),
    ...namesWithHonorifics(text, reading),
    ...withTheirFamily(text, reading),
    ...callersIntroduced(text, reading),
    ...withTheirRoleToMe(text, reading),
    ...forTheAttentionOf(text, reading),
    ...partiesToACase(text, reading),
    ...phoneMessages(text, reading),
  ];
}

/**
 * A phone message's heading, the one it is for, and the caller it names: "Phone message for X: Y rang about …",
 * "Telefonnotiz für X: Y hat …", "Recado para X: ha llamado Y", "Messaggio per X: ha chiamato Y", "Telefoonnotitie voor
 * X: Y belde …".
 */
const MESSAGE_FOR_RE =
  /(?<![\p{L}])(?:(?:phone )?message|telefonnotiz|nachricht|notiz|message téléphonique|recado|mensaje|messaggio|telefoonnotitie|bericht)[ \t]+(?:for|für|pour|para|per|voor)[ \t]+(?=\p{Lu})/giu;
/** After the heading's colon: the caller, before or after a verb of calling. */
const CALLER_FIRST_RE = /^:[ \t]+(?=\p{Lu}[^\n]{0,60}?\b(?:rang|called|phoned|hat|belde|heeft|a appelé|a téléphoné)\b)/u;
const CALLER_AFTER_RE = /^:[ \t]+(?:ha llamado|ha chiamato|a appelé|hat angerufen|called|rang|belde)[ \t]+(?=\p{Lu})/u;

function phoneMessages(text: string, reading: Reading): TextSpan[] {
  const found: TextSpan[] = [];
  for (const m of text.matchAll(MESSAGE_FOR_RE)) {
    const recipient = personAt(text, m.index + m[0].length, reading);
    if (!recipient) continue;
    found.push(recipient);
    const rest = text.slice(recipient.end, recipient.end + 80);
    const lead = CALLER_FIRST_RE.exec(rest) ?? CALLER_AFTER_RE.exec(rest);
    const caller = lead && personAt(text, recipient.end + lead[0].length, reading);
    if (caller) found.push(caller);
  }
  return found;
}

/** A court, a case or a summons, in the six languages: what makes "gegen X", "contra X" a party's name. */
const COURT_WORDS = caseInsensitiveLatin(
  /court|tribunal|gericht|strafsache|ladung|juzgado|procedimiento|citaci[oó]n|tribunale|procedimento|rechtbank|dagvaarding|summons|affaire/iu,
);
/** Where a case names the party it is against: "R v X", "State v. X", "c/ X", "gegen X", "contra X", "contro X", "tegen X". */
const CASE_PARTY_RE =
  /(?:(?<![\p{L}])(?:R|State|People|Crown)[ \t]+v\.?|(?<![\p{L}])c\/|(?<![\p{L}])(?:gegen|contra|contre|contro|tegen|a carico di))[ \t]+(?=\p{Lu})/gu;

/**
 * The party a court case is against, in a summons or a court's letter: "to give evidence in R v Marimo", "in der
 * Strafsache gegen X", "Ministère public c/ X", "el procedimiento seguido contra X".
 */
function partiesToACase(text: string, reading: Reading): TextSpan[] {
  return COURT_WORDS(text).test(text) ? namesAfter(text, CASE_PARTY_RE, reading) : [];
}

/**
 * A caller naming themselves after a greeting, as a voicemail or a message opens: "Hi, this is Tovan again",
 * "Hallo, hier ist nochmal Tovan", "Bonjour, c'est encore Tovan", "Salve, sono di nuovo Tovan", "Hoi, met Tovan".
 * Read from the comma (the greeting before it is checked after): a pass over every greeting word costs more.
 */
const CALLER_AFTER_COMMA_RE =
  /[,!][ \t]*(?:this is|it['’]s|it is|hier ist|c['’]est|ici|soy|habla|sono|qui è|met|hier is)(?:[ \t]+(?:again|nochmal|noch mal|wieder|encore|otra vez|de nuevo|di nuovo|ancora|weer))?[ \t]+(?=\p{L})/giu;
/**
 * The greeting opening the line, a quotation or a colon's text before the comma ("Voicemail, 0:42: \"Hi, this is …"),
 * maybe with the name of the one called ("Hallo Maciu, hier ist …").
 */
const GREETING_BEFORE_RE = /(?:^|[\n"“„«:])[ \t]*(\p{L}+)(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]*)?[ \t]*$/u;

function callersIntroduced(text: string, reading: Reading): TextSpan[] {
  const found: TextSpan[] = [];
  for (const m of text.matchAll(CALLER_AFTER_COMMA_RE)) {
    const greeting = GREETING_BEFORE_RE.exec(text.slice(Math.max(0, m.index - 24), m.index))?.[1];
    if (greeting === undefined || !GREETINGS.has(greeting.toLowerCase())) continue;
    const run = personAt(text, m.index + m[0].length, reading);
    if (run) found.push(run);
  }
  return found;
}

/**
 * A name, then after its comma the writer's relation to that person: "Sonam Rinchen, mi anterior responsable",
 * "Tovan Merisk, my former manager", "Tovan Merisk, mijn vorige leidinggevende" — an apposition only a person has.
 * Read from the comma, the name back from it. Not French "ma": it is Italian "but" (", ma il suo vero nome …").
 */
const ROLE_TO_ME_RE = /,[ \t]+(?:my|mi|mis|mon|mes|mein|meine|meinen|meinem|mijn|il mio|la mia|i miei|le mie)[ \t]+\p{Ll}/gu;

function withTheirRoleToMe(text: string, reading: Reading): TextSpan[] {
  const found: TextSpan[] = [];
  for (const m of text.matchAll(ROLE_TO_ME_RE)) {
    const run = nameEndingAt(text, m.index, reading);
    if (run && /\s/u.test(text.slice(run.start, run.end))) found.push(run); // a full name: "Oye, mi amor" is none
  }
  return found;
}

/** The addressee a letter or a transfer is for: "t.n.v. Tovan Merisk", "z. H. Tovan Merisk", "Attn: …", "c/o …". */
const FOR_ATTENTION_RE =
  /(?<![\p{L}\p{M}])(?:t\.[ \t]?n\.[ \t]?v\.|t\.[ \t]?a\.[ \t]?v\.|z\.[ \t]?H(?:d)?\.|zu Händen(?: von)?|attn\.?:?|c\/o|à l['’]attention de|a la atención de|all['’]attenzione di|ten name van|in the name of|au nom de|a nombre de|a nome di|auf den namen(?: von)?)[ \t]+(?=\p{Lu})/giu;

/** The words of FOR_ATTENTION_RE, looked for first without folding case: most texts have none. */
const FOR_ATTENTION_GATE =
  /t\. ?[na]\. ?v\.|z\. ?Hd?\.|Händen|[Aa]ttn|c\/o|attention de|atención de|attenzione di|name (?:van|of)|nom de|nombre de|nome di|Namen/;

function forTheAttentionOf(text: string, reading: Reading): TextSpan[] {
  return FOR_ATTENTION_GATE.test(text) ? namesAfter(text, FOR_ATTENTION_RE, reading) : [];
}

/** A CV's heading, then on the next line the one it is about: "LEBENSLAUF⏎AWIL JAMA⏎Mariahilfer Straße 15/10 …". */
const CV_HEADING_RE =
  /^[ \t#*]*(?:curriculum vitae|cv|résumé|resume|lebenslauf|currículum(?: vitae)?|curriculum)[ \t*]*:?[ \t]*\r?\n[ \t#*]*(?=\p{Lu})/gimu;

function cvHolders(text: string, reading: Reading): TextSpan[] {
  const found: TextSpan[] = [];
  for (const m of text.matchAll(CV_HEADING_RE)) {
    const at = m.index + m[0].length;
    const lineEnd = text.indexOf('\n', at);
    const line = text.slice(at, lineEnd < 0 ? text.length : lineEnd).trimEnd();
    // the name alone on its line, as a CV writes it: in capitals or in title case
    const asName = line === line.toUpperCase() ? line.replace(/\p{Lu}+/gu, fromCapitals) : line;
    const run = personIn(asName, 0, asName, reading);
    if (run && run.end === asName.length && /\s/u.test(line)) found.push({ start: at, end: at + line.length });
  }
  return found;
}

/**
 * A name with the honorific its language puts after it: Japanese "-san", "-sama", "-sensei", "-kun", "-chan",
 * Tibetan "-la" after a full name ("Ueno-sama", "Dorjee Choden-la"; Italian joins "-la" to a verb: "Prendiamo-la");
 * the honorific stays out of the span.
 */
const HONORIFIC_AFTER_RE =
  /(?<![\p{L}\p{M}])(\p{Lu}[\p{Ll}\p{M}]+(?: \p{Lu}[\p{Ll}\p{M}]+)?)-(?:san|sama|sensei|kun|chan)(?![\p{L}\p{M}-])|(?<![\p{L}\p{M}])(\p{Lu}[\p{Ll}\p{M}]+ \p{Lu}[\p{Ll}\p{M}]+)-la(?![\p{L}\p{M}-])/gu;

function namesWithHonorifics(text: string, reading: Reading): TextSpan[] {
  const found: TextSpan[] = [];
  if (!text.includes('-')) return found;
  for (const m of text.matchAll(HONORIFIC_AFTER_RE)) {
    const run = personIn(text, m.index, m[1] ?? m[2]!, reading);
    if (run) found.push(run);
  }
  return found;
}

/** A name and the family coming with that person: "kommen Palden Pasang und Familie", "Yamaguchi Tamaki et sa famille". */
const AND_FAMILY_RE =
  /(\p{Lu}[\p{L}\p{M}'’-]+(?: \p{Lu}[\p{L}\p{M}'’-]+){1,3}) (?:and (?:his |her |their )?family|und (?:seine |ihre )?Familie|et (?:sa |leur )?famille|y (?:su )?familia|e (?:la sua )?famiglia|en (?:zijn |haar )?(?:familie|gezin))(?![\p{L}])/gu;

const FAMILY_WORD = caseInsensitiveLatin(/famil|gezin/iu);

function withTheirFamily(text: string, reading: Reading): TextSpan[] {
  const found: TextSpan[] = [];
  if (!FAMILY_WORD(text).test(text)) return found; // most texts have none: the full pass reads every capital
  for (const m of text.matchAll(AND_FAMILY_RE)) {
    const run = personIn(text, m.index, m[1]!, reading);
    if (run) found.push(run);
  }
  return found;
}

/** A name typed in either case: a run of name parts (two lower-case words count here), or one rare capitalised word. */
function anyCaseNameAt(text: string, from: number, reading: Reading): TextSpan | undefined {
  return nameAfter(text, from, 'any', { ...reading, capitalsElsewhere: true }) ?? oneRareWordAt(text, from, reading);
}

/** "his name, X,", "seinen Namen gegeben, X,", "son nom, X", "su nombre, X", "il suo nome, X", "zijn naam, X". */
const NAME_GIVEN_RE =
  /(?:^|[^\p{L}\p{M}])(?:his|her|their|my|your|seinen|ihren|meinen|deinen|sein|ihr|mein|son|mon|ton|su|mi|tu|suo|mio|tuo|zijn|haar|mijn|jouw) (?:full )?(?:name|namen|nom|nombre|nome|naam)(?: (?:gegeben|genannt|gesagt|gegeven|genoemd|given|donné|dado|dato))?[ \t]*[,:][ \t]*/giu;

function namesGiven(text: string, reading: Reading): TextSpan[] {
  const found: TextSpan[] = [];
  for (const m of text.matchAll(NAME_GIVEN_RE)) {
    const run = anyCaseNameAt(text, m.index + m[0].length, reading);
    if (run && endsPhrase(text, run.end)) found.push(run);
  }
  return found;
}

/**
 * A self-introduction with the age after the name, as a profile opens: "I'm Jingyang, 31,", "hey i'm hsiu-chieh, 29",
 * "ich bin …, 31", "je suis …, 28", "soy …, 30", "sono …, 27", "ik ben …, 30" ("I'm Italian, 30" is a word).
 */
const INTRODUCED_WITH_AGE_RE =
  /(?:^|[^\p{L}\p{M}])(?:i'm|i’m|i am|ich bin|je suis|soy|sono|ik ben)[ \t]+(?=[\p{L}][^,\n]{1,40},[ \t]*\d{1,2}\b)/giu;

function introducedWithAge(text: string, reading: Reading): TextSpan[] {
  const found: TextSpan[] = [];
  for (const m of text.matchAll(INTRODUCED_WITH_AGE_RE)) {
    const from = m.index + m[0].length;
    const run = syllablesAt(text, from, reading) ?? anyCaseNameAt(text, from, reading) ?? lowerCaseNameAt(text, from, reading);
    if (run && /^[ \t]*,[ \t]*\d{1,2}\b/u.test(text.slice(run.end, run.end + 8))) found.push(run);
  }
  return found;
}

/** Short syllables a hyphen joins, in lower case, not all of them words ("hsiu-chieh"; not "well-read", "well-rested"). */
function syllablesAt(text: string, from: number, { isCommonWord }: Reading): TextSpan | undefined {
  const word = /\p{Ll}{1,5}(?:-\p{Ll}{1,5})+(?![\p{L}\p{M}-])/uy;
  word.lastIndex = from;
  const w = word.exec(text)?.[0];
  return w && !w.split('-').every(isCommonWord) ? { start: from, end: from + w.length } : undefined;
}

/** Stems of paying and transferring money, in the six languages ("überweisen", "versé", "pagué", "bonifico"). */
const PAYING = caseInsensitiveLatin(
  /(?:paid|pay|transferr|wire|sent|überw|bezahl|zahl|vers[ée]|pay[ée]|vir[ée]|pag[uóa]|abon|transfer|bonific|versat|betaal|overgemaakt|overmak)/iu,
);
/** The one paid: "to", "an", "à", "a", "aan" before a run of two name parts or more. */
const PAID_TO_RE = / (?:to|an|à|a|aan)[ \t]+(?=\p{Lu})/gu;
/** An account's number: an IBAN's country and check digits, or ten digits and more. */
const ACCOUNT_RE = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,}|\d{10,}|IBAN/u;
/** How far back in its sentence the verb of paying may stand. */
const PAYING_REACH = 140;

/** The one paid: a full name after "to" in a sentence about a transfer from or to an account. */
function payees(text: string, reading: Reading): TextSpan[] {
  const found: TextSpan[] = [];
  for (const m of text.matchAll(PAID_TO_RE)) {
    const run = nameAfter(text, m.index + m[0].length, 'any', reading);
    if (!run || !/\s/u.test(text.slice(run.start, run.end))) continue; // one word after "a" or "à" is a place as often
    const before = text.slice(Math.max(0, m.index - PAYING_REACH), m.index);
    const sentence = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'), 0));
    const after = text.slice(run.end, run.end + 40);
    // a transfer names an account on one side: "depuis mon compte FR68 …", "…, IBAN ES06 …" ("à Crédit Agricole" alone is a bank)
    if (PAYING(sentence).test(sentence) && (ACCOUNT_RE.test(sentence) || ACCOUNT_RE.test(after))) found.push(run);
  }
  return found;
}

/** "married X", "heiratete X", "a épousé X", "se casó con X", "ha sposato X", "trouwde met X". */
const MARRIED_RE =
  /(?:^|[^\p{L}\p{M}])(?:married|heiratete|geheiratet|épous[ée]|épousa|se casó con|casada con|casado con|sposò|sposato|sposata|trouwde met|getrouwd met)[ \t]+(?=\p{Lu})/giu;
function spouses(text: string, reading: Reading): TextSpan[] {
  return namesAfter(text, MARRIED_RE, reading);
}

/** Verbs of quarrelling after two people joined by "and": "haben sich … gestritten", "se sont disputés", "discutieron". */
const QUARREL =
  /(?:argued|quarrel+ed|fought|had a (?:fight|row|argument)|gestritten|streiten|zerstritten|disputés|disputées|disputé|engueulés|discutieron|pelearon|discutido|peleado|litigato|litigano|ruzie|gekibbeld)(?![\p{L}\p{M}])/u;
const AND_RE = / (?:and|und|et|y|e|en) (?=\p{Lu})/gu;
/** Words between the second name and the verb of quarrelling: "haben sich gestern in der Kantine gestritten". */
const QUARREL_REACH = 60;

function quarrellers(text: string, reading: Reading): TextSpan[] {
  const found: TextSpan[] = [];
  for (const m of text.matchAll(AND_RE)) {
    const second = nameAfter(text, m.index + m[0].length, 'any', reading);
    if (!second) continue;
    const clause = /^[^.!?\n]*/u.exec(text.slice(second.end, second.end + QUARREL_REACH))![0];
    if (!QUARREL.test(clause)) continue;
    const first = nameEndingAt(text, m.index, reading);
    if (first) found.push(first, second);
  }
  return found;
}

/** What only a person does, after its subject (and maybe a day: "Koce venerdì non verrà"), searched first. */
const ONLY_A_PERSON_CORE = String.raw` (?:will miss (?:\S+ ){0,2}?(?:school|class|classes|lessons?|trip|excursion|practice|training|work|meeting|appointment|game|match)|won't be (?:at|in|coming)|will be absent|is absent|had to (?:step in|intervene|separate)|musste (?:dazwischengehen|eingreifen|schlichten)|sera absente?|ne (?:viendra|pourra) pas|a dû (?:intervenir|s'interposer|les séparer)|no (?:irá|podrá|vendrá|asistirá)|tuvo que (?:intervenir|separarlos|mediar)|faltará|non (?:verrà|potrà|parteciperà)|è dovut[oa] intervenire|sarà assente|moest tussenbeide|is afwezig|picks you up|will pick you up|holt dich|viendra te chercher|te recogerá|ti viene a prendere|haalt je op|pasted (?:this|that|it)|hat aus Versehen|a collé|pegó|ha incollato|plakte|has the spare|hat den Ersatzschlüssel|a le double|tiene la llave|ha (?:la copia|il doppione)|heeft de reservesleutel|(?:kann|kan)(?: [\p{L}\p{M}]+){1,6} (?:nicht|niet))(?![\p{L}\p{M}])`;
const ONLY_A_PERSON_RE = new RegExp(String.raw`(?: [\p{Ll}\p{M}]+)?${ONLY_A_PERSON_CORE}`, 'gu');
/** A blank and a lower-case word ending right before `q` (the core's blank), at or after `from`. */
const LOWER_WORD_TO_END = /^ [\p{Ll}\p{M}]+$/u;

/**
 * Where ONLY_A_PERSON_RE's optional word before its core at `q` starts: the blank before a run of lower-case letters
 * and marks ending at `q` (the core opens with a blank, so no other start reaches it), else `q`.
 */
function lowerWordBefore(text: string, q: number, from: number): number {
  const blank = text.lastIndexOf(' ', q - 1);
  return blank >= from && LOWER_WORD_TO_END.test(text.slice(blank, q)) ? blank : q;
}
/** ONLY_A_PERSON_RE found by its core, without the word it may open with (core-first.ts). */
export const ONLY_A_PERSON: CoreFirst = {
  re: ONLY_A_PERSON_RE,
  core: new RegExp(ONLY_A_PERSON_CORE, 'gu'),
  openingStart: lowerWordBefore,
};
/** The subject right before: one capitalised word opening a clause, or after "that", "and" and the like. */
const SUBJECT_BEFORE_RE =
  /(?:^|[.!?:,\n][ \t]*|(?:^|[^\p{L}\p{M}])(?:that|dass|que|qu['’]|che|dat|and|und|et|y|e|en) )(\p{Lu}[\p{L}\p{M}]+)$/u;

/** Endings of German and Dutch abstract nouns: "Heizung kann … nicht", "Sicherheit kan … niet". */
const ABSTRACT_NOUN = /(?:ung|heit|keit|schaft|ion|tät|ling|nis|tum|ismus|ment|ing|teit)$/u;
/** German and Dutch subject pronouns, which stand after the modal when something else opens the clause. */
const SUBJECT_PRONOUNS = new Set(words(`ich du er sie es man wir ihr dies das ik je jij hij zij ze het we wij men dit dat`));

/**
 * One word opening a clause (or after "that" or a comma), then what only a person does: miss school or a trip, be
 * absent, step in between others, pick someone up, paste something by mistake, hold the spare key ("explaining that Zdravka will miss Friday's trip", "Vasilka kann am Mittwoch …
 * nicht", "Gligor sera absent mardi", "Naum tuvo que separarlos", "Briachyslav è dovuto intervenire", "Zemyslav kan
 * vrijdag niet mee", "en Yulian moest tussenbeide komen"), maybe a day between ("Koce venerdì non verrà"). A German
 * noun before "kann … nicht" is none ("Die Heizung kann … nicht").
 */
function absentOrSteppingIn(text: string, reading: Reading): TextSpan[] {
  const found: TextSpan[] = [];
  for (const m of matchesFromCore(text, ONLY_A_PERSON)) {
    const subject = SUBJECT_BEFORE_RE.exec(text.slice(Math.max(0, m.index - 48), m.index));
    if (!subject) continue;
    const word = subject[1]!;
    const modal = /^(?: [\p{Ll}\p{M}]+)? (?:kann|kan) (\p{L}+)/u.exec(m[0]);
    // "Österreicher kann er nicht sein": a pronoun after the modal is its subject, the word before it no person
    if (modal && (ABSTRACT_NOUN.test(word) || SUBJECT_PRONOUNS.has(modal[1]!))) continue;
    const run = oneRareWordAt(text, m.index - word.length, reading);
    if (run) found.push(run);
  }
  return found;
}

/**
 * Who reported or saw a bug (a tool finds one as often: "found by asan"): "reported by afanasii", "signalé par sofronij", "segnalato da gjoko", "que vio
 * yukhym", "bug von valentyna gefixt", "bug van makedon opgelost" — a name in lower case, where it ends its phrase; and
 * a full name in lower case opening a line before a verb of noticing ("volče lyndyk noticed …", "avrelii maiboroda
 * hat gemerkt …").
 */
const REPORTED_BY_RE =
  /(?:^|[^\p{L}\p{M}])(?:(?:reported|raised|signalée?|remontée?|gemeldet|reportad[oa]|segnalat[oa]|gemeld) (?:by|par|von|por|da|door)|que (?:vio|reportó)|(?:bug|fehler|fout|bogue) (?:von|van)|(?:bug report|fehlerbericht|fehlermeldung|rapport de bogue|rapport de bug|informe de error|segnalazione|foutmelding|bugrapport) (?:from|von|de|di|da|van))[ \t]+/giu;
const NOTICED =
  /^ (?:noticed|saw|found|spotted|discovered|realised|realized|hat (?:gemerkt|bemerkt|gesehen|entdeckt|gefunden)|merkte|a (?:vu|remarqué|trouvé|découvert|constaté)|se dio cuenta|vio|encontró|descubrió|ha (?:visto|notato|trovato|scoperto)|zag|ontdekte|vond|heeft (?:gezien|gemerkt|ontdekt))(?![\p{L}\p{M}])/u;
const LINE_OPENS_LOWER_PAIR = /(?:^|\n)[ \t]*(?=\p{Ll})/gu;

function reporters(text: string, reading: Reading): TextSpan[] {
  const found: TextSpan[] = [];
  for (const m of text.matchAll(REPORTED_BY_RE)) {
    const from = m.index + m[0].length;
    const run = personAt(text, from, reading) ?? lowerCaseNameAt(text, from, reading);
    if (run && /bot$/iu.test(text.slice(run.start, run.end))) continue; // "bug von dependabot gefixt"
    // "bug von valentyna gefixt" ends its phrase with the verb after the name
    if (run && (endsPhrase(text, run.end) || /^ \p{Ll}+(?:[.,;:!?]|\s*$|\n)/u.test(text.slice(run.end, run.end + 24)))) found.push(run);
  }
  for (const m of text.matchAll(LINE_OPENS_LOWER_PAIR)) {
    const from = m.index + m[0].length;
    const given = lowerCaseNameAt(text, from, reading);
    if (!given || text[given.end] !== ' ') continue;
    const surname = lowerCaseNameAt(text, given.end + 1, reading);
    if (surname && NOTICED.test(text.slice(surname.end, surname.end + 24))) found.push({ start: from, end: surname.end });
  }
  return found;
}

/**
 * The one a reply apologises or sympathises with, named after a comma and ending the phrase: "I'm sorry about that,
 * Rostyslav.", "Das tut mir leid, Ljupka,", "Je suis désolé, Vanče,", "Lo siento mucho, Galaba.", "Mi dispiace,
 * Liudomyla,", "Vervelend, Rahela."
 */
const SORRY_RE =
  /(?:^|[^\p{L}\p{M}])(?:sorry(?: about that| to hear that)?|tut mir (?:sehr )?leid|désolée?|navrée?|lo siento(?: mucho)?|lo lamento|siento mucho|mi dispiace(?: molto)?|spiacente|vervelend|het spijt me)[ \t]*,[ \t]*(?=\p{Lu})/giu;

function apologisedTo(text: string, reading: Reading): TextSpan[] {
  const found: TextSpan[] = [];
  for (const m of text.matchAll(SORRY_RE)) {
    const run = oneRareWordAt(text, m.index + m[0].length, reading);
    if (run && /^[ \t]*[,.!]/u.test(text.slice(run.end, run.end + 3))) found.push(run);
  }
  return found;
}

/**
 * The one who signs a quoted message: one rare word after a closing formula, or after the last sentence of a quote
 * that reads as a message (long, in the first person), right before the
 * closing quote ("… me lo reclama cada día. Un saludo, Zemyslav"", "… tous les jours. Krste »"); not a title's name
 * ("Mrs. Dalloway"") nor a word before an opening quote ("Teclea "win" …").
 */
const SIGNED_LAST_RE =
  /(?:[.!?](?<!(?<![\p{L}\p{M}])(?:Mr|Mrs|Ms|Dr|St|Prof|Mme|Sr|Sra|Hr|Fr)\.)|(?:regards|cheers|best|thanks|grüße|gruß|lg|cordialement|bises|amitiés|saludos|un saludo|abrazos|saluti|un saluto|ciao|groeten|groetjes),)[ \t]+(?=\p{Lu}[\p{L}\p{M}]+[ \t]*[”"»](?:[\s,.;:!?)]|$))/giu;

/** The quote that ends at `end` reads as a message: long, and its writer speaks of themselves ("me lo reclama", "I"). */
function isLetterLike(text: string, end: number): boolean {
  const open = Math.max(text.lastIndexOf('"', end), text.lastIndexOf('“', end), text.lastIndexOf('«', end), text.lastIndexOf('\n\n', end));
  const quote = text.slice(Math.max(open, end - 600), end);
  return quote.length >= 60 && FIRST_PERSON_RE.test(quote);
}
const FIRST_PERSON_RE =
  /(?:^|[^\p{L}\p{M}])(?:I|me|my|ich|mich|mir|mein|je|moi|mon|ma|mes|yo|mi|mis|io|mio|mia|ik|mij|mijn)(?![\p{L}\p{M}])/u;

function signedLast(text: string, reading: Reading): TextSpan[] {
  const found: TextSpan[] = [];
  for (const m of text.matchAll(SIGNED_LAST_RE)) {
    const run = oneRareWordAt(text, m.index + m[0].length, reading);
    if (run && (m[0].includes(',') || isLetterLike(text, m.index))) found.push(run);
  }
  return found;
}

/** The one a classified ad says to call at a number (a company's is called as often, outside ads): "Chiamare Zynovii al 02-…", "call Vadym on 0160 …", "Bei Interesse Vadym anrufen: 0160 …". */
const CALL_AT_RE =
  /(?:^|[^\p{L}\p{M}])(?:[Cc]all|[Rr]ing|[Tt]ext|[Cc]hiamare|[Cc]hiama|[Aa]ppeler|[Aa]ppelez|[Ll]lamar|[Ll]lame|[Ll]lama|[Bb]ellen|[Bb]el) (\p{Lu}[\p{L}\p{M}]+) (?:at|on|al|au|op|a)(?= ?[+(\d])|(?<![\p{L}\p{M}])(\p{Lu}[\p{L}\p{M}]+) (?:anrufen|kontaktieren|bellen)(?=[: ]+[+(\d])/gu;

/** Words of a classified ad, in the six languages: a number to call there is a private seller's. */
const ADVERT_RE = caseInsensitiveLatin(
  /annunci|anzeige|inserat|advert|for sale|verkaufen|abzugeben|abholung|à vendre|annonce|se vende|vendo|anuncio|vendita|vendesi|te koop|advertentie|ritiro|pick-?up/iu,
);

function peopleToCall(text: string, reading: Reading): TextSpan[] {
  const found: TextSpan[] = [];
  if (!ADVERT_RE(text).test(text)) return found;
  for (const m of text.matchAll(CALL_AT_RE)) {
    const word = m[1] ?? m[2]!;
    if (m[2] !== undefined && mayBeGermanNoun(word)) continue; // "Bei Interesse Hausverwaltung anrufen: …"
    const run = oneRareWordAt(text, m.index + m[0].indexOf(word), reading);
    if (run) found.push(run);
  }
  return found;
}

/**
 * Two people who love someone, named together before the verb, one maybe in lower case: "samuil und Oleksii haben
 * sie geliebt", "bozhemyr et Mokryna l'adoraient", "antin y Yeremii la adoran", "makedonka e Blage le vogliono bene",
 * "mechyslava en Rahela zijn dol op haar", "vseslava and Stojna adored her".
 */
const PAIR_WHO_LOVE_RE =
  / (?:and|und|et|y|e|en) (\p{Lu}[\p{L}\p{M}]+)(?= (?:(?:loved|adored|adore|love) (?:her|him|them)|(?:haben|hatten) (?:sie|ihn) (?:geliebt|vergöttert)|lieben (?:sie|ihn)|l['’](?:adoraient|adorent|aimaient|aiment)|(?:la|lo|le) (?:adoran|adoraban|quieren|querían)|(?:le|gli) (?:vogliono|volevano) bene|(?:la|lo|l['’]) ?(?:adorano|adoravano)|(?:zijn|waren) (?:dol op|gek op) (?:haar|hem))(?![\p{L}\p{M}]))/gu;
/** The word ending right before the conjunction. */
const WORD_BEFORE_RE = /(?:^|[^\p{L}\p{M}])([\p{L}\p{M}]+)$/u;

function pairsWhoLove(text: string, reading: Reading): TextSpan[] {
  const found: TextSpan[] = [];
  for (const m of text.matchAll(PAIR_WHO_LOVE_RE)) {
    const before = WORD_BEFORE_RE.exec(text.slice(Math.max(0, m.index - 40), m.index));
    if (!before) continue;
    const firstAt = m.index - before[1]!.length;
    const first = /^\p{Lu}/u.test(before[1]!) ? oneRareWordAt(text, firstAt, reading) : lowerCaseNameAt(text, firstAt, reading);
    const second = oneRareWordAt(text, m.index + m[0].length - m[1]!.length, reading);
    if (first && second) found.push(first, second);
  }
  return found;
}

/** The writer naming themselves after "me": "sign it from me, Hlib Čemerski,", "von mir, Anna Berg.", "de ma part, …". */
const FROM_ME_RE =
  /(?:^|[^\p{L}\p{M}])(?:from me|von mir|de moi|de mi parte|da parte mia|da me|van mij|namens mij)[ \t]*,[ \t]*(?=\p{L})/giu;

function writerNamed(text: string, reading: Reading): TextSpan[] {
  const found: TextSpan[] = [];
  for (const m of text.matchAll(FROM_ME_RE)) {
    const run = anyCaseNameAt(text, m.index + m[0].length, reading);
    if (run && endsPhrase(text, run.end)) found.push(run);
  }
  return found;
}

/**
 * A full name with a phone number right after it, as contact lists write them: "Usaamaa Luqumaan – +82 10-2356-2850",
 * "Angehörige: Ha-yun Kyung (+49 176 …)", "Baek Suho: 0151 …". Two name parts or more ("Berlin – +49 30 …" is an
 * office), not a life's years ("Harvey Fletcher (1884-1981)"). The numbers are looked for first, the name read back.
 */
const NUMBER_AFTER_DASH_RE = /[ \t]*(?:[–—-]|:|\()[ \t]*[+(]?\d[\d \t()./-]{6,}/g;
/** NUMBER_AFTER_DASH_RE found by its core, without the blanks before its mark (core-first.ts). */
export const NUMBER_AFTER_DASH: CoreFirst = {
  re: NUMBER_AFTER_DASH_RE,
  core: /(?:[–—-]|:|\()[ \t]*[+(]?\d[\d \t()./-]{6,}/g,
  openingStart: blanksBefore,
};

function peopleWithTheirNumber(text: string, reading: Reading): TextSpan[] {
  const found: TextSpan[] = [];
  for (const m of matchesFromCore(text, NUMBER_AFTER_DASH)) {
    // a phone's seven digits or more, not a span of years ("(1996-2000 …)") nor measures ("90-60-90")
    if ((m[0].match(/\d/g)?.length ?? 0) < 7 || /^\D*\d{4}[ \t]*[–—-][ \t]*\d{4}(?!\d)/.test(m[0])) continue;
    const run = nameEndingAt(text, m.index, reading);
    if (run && /\s/u.test(text.slice(run.start, run.end))) found.push(run);
  }
  return found;
}

/**
 * The one who reports, asks or acts in an item of minutes: a numbered or bulleted item, or a clause after a
 * semicolon, opened by one rare word and a verb of the meeting ("2. Ye-seul fragt nach dem Busfahrplan; Lutufee
 * klärt das", "1. Anjal reported that …", "Daon signale des infiltrations ; Tibaab contacte l'assureur", "Vadhees
 * llamará al seguro"). A German noun before such a verb is none ("TOP 3: Haushalt wird …" has no such verb).
 */
const MINUTES_SUBJECT_RE =
  /(?:(?:^|\n)[ \t]*(?:\d+[.)]|TOP \d+:|[-*•])[ \t]+|;[ \t]+)(\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Ll}[\p{Ll}\p{M}]*)?)(?= (?:reported|reports|raised|raises|asked|asks|proposed|proposes|presented|explained|informed|will contact|will call|agreed|berichtet|fragt|klärt|schlägt|informiert|meldet|stellt|erklärt|ruft|kontaktiert|signale|annonce|informe|contacte|demande|propose|présente|explique|appellera|contactera|informa|denuncia|llamará|propone|pregunta|presenta|explica|contactará|segnala|chiede|contatterà|chiamerà|spiega|meldt|vraagt|informeert|belt|bespreekt|licht)(?![\p{L}\p{M}]))/gu;

function minutesSubjects(text: string, reading: Reading): TextSpan[] {
  const found: TextSpan[] = [];
  for (const m of text.matchAll(MINUTES_SUBJECT_RE)) {
    const run = oneRareWordAt(text, m.index + m[0].length - m[1]!.length, reading);
    if (run) found.push(run);
  }
  return found;
}

/**
 * Phrases only a person follows, the name maybe in lower case where it ends its phrase: a post's author ("posted by
 * jihu", "Beitrag von dawon", "message de eunbi"), a manager ("reports to Taeyeong Eun"), the one texted ("SMS an
 * Si-won:", "SMS à Je-i au …"), met for an interview ("Entretien prévu avec Si-hyeon Heo"), an emergency contact's
 * person ("Contact d'urgence pour Ji-hyo :"), the one relatives name ("mother of Naseebaa", "wife of the late …").
 */
const PERSON_PHRASE_RE =
  /(?:^|[^\p{L}\p{M}])(?:(?:posted|sent) by|beitrag von|nachricht von|message de|mensaje de|messaggio di|bericht van|gepost door|publié par|publicado por|pubblicato da|scritto da|reports to|berichtet an|rend compte à|reporta a|riporta a|rapporteert aan|(?:sms|whatsapp) (?:an|à|a|to|aan|naar)|(?:entretien|gespräch|gesprek|colloquio|entrevista|interview)(?: [\p{L}\p{M}]+)? (?:avec|mit|met|con|with)|(?:contact d['’]urgence|notfallkontakt|emergency contact|contacto de emergencia|contatto di emergenza|noodcontact) (?:pour|für|for|para|per|voor)|(?:mother|father|wife|husband|son|daughter|sister|brother|grandmother|grandfather|widow|widower) of(?: the late)?)[ \t]+/giu;

const RELATIVE_OF = / of(?: the late)?[ \t]+$/u;

function afterPersonPhrases(text: string, reading: Reading): TextSpan[] {
  const found: TextSpan[] = [];
  for (const m of text.matchAll(PERSON_PHRASE_RE)) {
    const from = m.index + m[0].length;
    // a relative's name is written with capitals ("daughter of delights" is a poem's)
    const run = personAt(text, from, reading) ?? (RELATIVE_OF.test(m[0]) ? undefined : lowerCaseNameAt(text, from, reading));
    if (run && (/^\p{Lu}/u.test(text[from]!) || endsPhrase(text, run.end))) found.push(run);
  }
  return found;
}

/**
 * The one who signs a message at its very end: after a dash ("… near the library – So-yun"), after thanks ("Merci !
 * Jiseong", "¡Gracias! Yu-min"), after any sentence's end on the same line ("Fijne vakantie! Xiulan", "Please refund
 * one of them. Yu-hsi"), or on the line after a closing formula ending in a comma ("Bien confraternellement,\n Ahn
 * Ho-jun"). A run of name parts or one rare word, and nothing after it but punctuation.
 */
const SIGNED_AT_END_RE =
  /(?:[ \t][–—][ \t]|(?:thanks|thank you|cheers|merci|gracias|grazie|danke|bedankt|dank je|dank u)[ \t]*[!.]|,[ \t]*\r?\n)[ \t]*(?=\p{Lu}[^\n]{0,40}$)/giu;
/** A sentence's end (a word of two small letters or more, not an initial or a title) then the last words of the text. */
const AFTER_SENTENCE_END_RE = /\p{Ll}{2}[.!?][ \t]+(?=\p{Lu}[^\n]{0,40}$)/gu;
/** A text in a language that does not capitalise its nouns, as German does (a Spanish text's "– Phatcharin" is no noun). */
const OTHER_LANGUAGE_WORD = /(?<![\p{L}])(?:the|and|de|het|een|el|los|las|que|le|les|et|il|che|di|è)(?![\p{L}])/iu;
/** A quotation's attribution line ("\t\t-- R. W. Hamming"): a public figure's name, no signature. */
const ATTRIBUTION_LINE_RE = /^[ \t]*(?:--|—|―)/;

function signedAtEnd(text: string, reading: Reading): TextSpan[] {
  const tail = text.trimEnd();
  const from = Math.max(0, tail.length - 160);
  const signed = lastMatchFrom(SIGNED_AT_END_RE, tail, from);
  const last = signed ?? afterLastSentence(tail, from);
  if (!last) return [];
  const at = last.index + last[0].length;
  const run = personAt(tail, at, reading);
  // one word after a dash is a riddle's answer as often ("– Hasenbluten"): a German noun's shape is none
  const oneGermanNoun =
    run !== undefined &&
    !/\s/u.test(tail.slice(run.start, run.end)) &&
    mayBeGermanNoun(tail.slice(run.start, run.end)) &&
    !OTHER_LANGUAGE_WORD.test(tail);
  // after a plain sentence's end a signature ends the text bare ("Bonsai!", "Lasc…" are a punchline, a cut word)
  const after = run ? tail.slice(run.end) : '';
  return run && !oneGermanNoun && (signed ? /^[ \t.!]*$/u.test(after) : after === '') ? [run] : [];
}

function lastMatchFrom(re: RegExp, text: string, from: number): RegExpExecArray | null {
  re.lastIndex = from;
  let last: RegExpExecArray | null = null;
  for (let m = re.exec(text); m; m = re.exec(text)) last = m;
  return last;
}

/** The end of the last sentence on the text's last line, unless that line attributes a quotation. */
function afterLastSentence(tail: string, from: number): RegExpExecArray | null {
  const line = tail.slice(tail.lastIndexOf('\n') + 1);
  return ATTRIBUTION_LINE_RE.test(line) ? null : lastMatchFrom(AFTER_SENTENCE_END_RE, tail, from);
}
