// The people a chat message speaks to, found without the model (person-grammar.ts's other passes place the people
// it speaks of): the writer's companion ("Vosmira and I"), the one addressed ("Vosmira, can you …", a quoted message
// to rework opening with its addressee), the one told, asked or reminded ("Tell Vosmira …", "kannst du adigun sagen
// dass …"), and the one greeted ("Hi Vosmira,", "coucou amalija !", "Dear INKA ZDRAVČEVIĆ,"). Each in the six
// languages. Pure.
import { GREETINGS, isFormOfAddress } from '../detectors/names-context.ts';
import { isGivenName } from '../detectors/names-gazetteer.ts';
import { titleCase } from '../detectors/names-structured.ts';
import { isKnownNotPersonName } from './evidence.ts';
import {
  byFirstLetter,
  eitherCaseByFirstLetter,
  endsPhrase,
  isRareNamePart,
  lowerCaseNameAt,
  lowerWordAt,
  oneRareWordAnyCaseAt,
  oneRareWordAt,
  personAt,
  personIn,
  VOWEL,
  words,
  type Reading,
} from './name-runs.ts';
import { atCore, matchesFromCore, type CoreFirst } from './core-first.ts';
import type { TextSpan } from './windows.ts';

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
/**
 * The join of WITH_THE_WRITER_RE and what follows it — a capital (any non-ASCII code unit may be one) or the writer's
 * pronoun — looked for first without `u`: most texts have none, and the full pass tries every position.
 */
const JOINED_TO_THE_WRITER = / (?:and|und|et|y|e|en) (?:[A-Z\x80-\uffff]|me|ich|mich|mir|moi|yo|mí|io|ik|mij)/;
/** After a name opening a line and its comma: a word that speaks to the one named. */
const ADDRESSING_WORDS = new Set(
  words(`can could would will please do did are have you your thanks thank
  kannst könntest bitte hast bist du ihr danke
  peux pourrais pouvez tu vous merci est-ce
  puedes podrías tienes gracias
  puoi potresti hai sei grazie
  kun kan heb ben wil je jij bedankt`),
);
const VOCATIVE_RE = /(?:^|\n|[«“„"‘])[ \t]*(\p{Lu}[\p{L}\p{M}]+(?:[ -]\p{Lu}[\p{L}\p{M}]+)?), ([\p{L}\p{M}'’-]+)/gu;
/**
 * Words that speak to someone, anywhere in a sentence: "Adar, je te l'ai déjà dit", "Roşan, ik heb je al gezegd";
 * the verbs of Italian and Spanish, which drop the pronoun ("Hojat, mi devi ancora …", "Decha, todavía me debes …").
 */
const SECOND_PERSON = new Set(
  words(`you your yourself du dir dich dein deine deinen tu te toi ton ta tes vous votre vos ti tuo tua tuoi voi vi jij je jou jouw u uw
  usted ustedes tú tus
  devi hai puoi vuoi ricordi debes tienes eres estás quieres recuerdas`),
);
/** Words of the sentence after a vocative's comma read for a second-person word. */
const VOCATIVE_REACH = 10;

/**
 * A quoted message opens with interjections and forms of address as often as with a name ("Aww, …",
 * "Congratulations, …", "Mister, …"): not those, and a word of three letters or less only as a known given name.
 */
function mayBeVocative(name: string): boolean {
  return !isFormOfAddress(name) && (name.length > 3 || isGivenName(name));
}

/**
 * The writer speaking of themselves right after a vocative's comma: "Floor, I have told you …", "Adar, je te …"; in
 * a quoted message, anywhere in its first sentence.
 */
const FIRST_PERSON = new Set(words(`I je j ich yo io ik`));

/**
 * After "Name," the sentence speaks to the one named: its first word in lower case is one that addresses
 * (ADDRESSING_WORDS), or a second-person word follows in the sentence — on a line of its own only after the
 * writer's "I" ("Lache, und die Welt lacht mit dir" is a proverb), in a quoted message anyway ("«Şîrîn, ya te lo dije»").
 */
function speaksTo(text: string, firstWord: string, from: number, quoted: boolean): boolean {
  if (/^\p{Ll}/u.test(firstWord) && ADDRESSING_WORDS.has(firstWord)) return true;
  if (!quoted && !FIRST_PERSON.has(firstWord.replace(/['’].*$/u, ''))) return false;
  const sentence = /^[^.!?\n»”"]*/u.exec(text.slice(from, from + 120))![0];
  const said = sentence.split(/[^\p{L}\p{M}]+/u).slice(0, VOCATIVE_REACH);
  if (said.some((w) => SECOND_PERSON.has(w.toLowerCase()))) return true;
  // a message the prompt asks to rework speaks of its writer as often: «make this kinder: "Rasheedah, as I have
  // said …"» (in a story's dialogue, "Whooa, I'm …" and "Entschuldige, ich …" open with interjections)
  return quoted && said.some((w) => FIRST_PERSON.has(w) || FIRST_PERSON.has(w.toLowerCase())) && asksToRework(text, from);
}

/**
 * Asking for a message to be reworded, translated or answered, in the six languages: the quoted message after it
 * is the user's own correspondence.
 */
const REWORK_RE =
  /(?<![\p{L}\p{M}])(?:rewrite|rephrase|reword|translate|proofread|polish|soften|shorten|make (?:this|it) (?:sound|more|less|kinder|nicer|friendlier|politer)|sound less|umformulieren|formulier\p{L}*|umschreiben|übersetz\p{L}*|freundlicher|netter|höflicher|reformul\p{L}*|tradui\p{L}*|réécri\p{L}*|traduc\p{L}*|reescrib\p{L}*|riformul\p{L}*|riscriv\p{L}*|tradu[cz]\p{L}*|herschrijf|herformuleer|vertaal|vriendelijker|beleefder|aardiger)(?![\p{L}\p{M}])/iu;
function asksToRework(text: string, quoteAt: number): boolean {
  return REWORK_RE.test(text.slice(Math.max(0, quoteAt - 200), quoteAt));
}

/**
 * Orders and questions to tell, ask, remind, ping or phone someone, in a sentence or opening it (in French, Spanish
 * and Italian with "à"/"a"): the person follows. "Tell Vosmira …", "How do I tell Vosmira …", "Frag mal Vosmira",
 * "Demande à Vosmira", "¿Cómo le digo a Vosmira …", "Chiedi a Vosmira", "Vraag Vosmira", "Ruf Vosmira an"; the one
 * an advert says to contact ("Contact Vosmira after 6pm", "Melden bei Vosmira", "Preguntar por Vosmira"). Not
 * "call", "appeler", "chiamare": they name as often ("they call Alabama the Crimson Tide", "si chiama Tariffa"), nor
 * "ring" ("Ring Lardner").
 */
export const TELL_WORDS = [
  ...words(`tell ask remind ping thank text invite hire hiring contact`),
  ...['frag mal', 'frag', 'sag', 'sage ich', 'frage ich', 'erzähle', 'erinnere', 'ruf', 'rufe', 'melden bei', 'kontaktieren sie'],
  ...['demande à', 'dis à', 'dire à', 'demander à', 'rappelle à', 'rappeler à', 'contacter', 'contactez', 'demander'],
  ...['pregúntale a', 'pregunta a', 'dile a', 'recuérdale a', 'digo a', 'decirle a', 'preguntarle a', 'llama a', 'llamar a'],
  ...['preguntar por', 'pregunte por', 'contactar con', 'contacte con'],
  ...['chiedi a', "di' a", 'dì a', 'ricorda a', 'dico a', 'dire a', 'chiedere a', 'chiedere di', 'chiedete di', 'contattare'],
  ...['vraag', 'zeg tegen', 'zeg ik tegen', 'zeggen tegen', 'herinner', 'bel', 'vragen naar', 'vraag naar'],
];
const TELL_CORE = `(?:${eitherCaseByFirstLetter(TELL_WORDS)})[ \\t]+(?=\\p{L})`;
const TELL_RE = new RegExp(`(?<![\\p{L}\\p{M}])${TELL_CORE}`, 'gu');
/** TELL_RE found by its core, without the look-behind (core-first.ts). */
export const TELL: CoreFirst = { re: TELL_RE, core: new RegExp(TELL_CORE, 'gu'), openingStart: atCore };
/**
 * German puts the verb of telling last: "kannst du Vosmira sagen, dass …", "kannst du adigun fragen ob …" — a
 * pronoun, the one told, the verb, then the clause.
 */
const TOLD_BEFORE_VERB_CORE = String.raw`(?:du|ihr|Sie|ich|wir|man)[ \t]+([\p{L}\p{M}]+)(?=[ \t]+(?:sagen|fragen|ausrichten|erinnern|mitteilen|schreiben)(?:[ \t]*,|[ \t]+(?:dass|ob)(?![\p{L}\p{M}])))`;
const TOLD_BEFORE_VERB_RE = new RegExp(String.raw`(?<![\p{L}\p{M}])${TOLD_BEFORE_VERB_CORE}`, 'gu');
/** TOLD_BEFORE_VERB_RE found by its core, without the look-behind (core-first.ts). */
export const TOLD_BEFORE_VERB: CoreFirst = { re: TOLD_BEFORE_VERB_RE, core: new RegExp(TOLD_BEFORE_VERB_CORE, 'gu'), openingStart: atCore };
/** What follows TOLD_BEFORE_VERB_RE's verb, looked for first by a plain search: most texts have none. */
const toldClauseIn = (text: string) => text.includes(' dass') || text.includes(' ob ') || text.includes('en,');
/**
 * What opens the clause after the one told: a conjunction or a pronoun ("tell adigun that she …", "dire à
 * ekundayo qu'elle …", "digo a valerija que …", "tegen akinlabi dat ze …"); not a comma ("text pla, on …").
 */
const TOLD_CLAUSE_AT =
  /[ \t]+(?:(?:that|if|whether|she|he|they|dass|ob|sie|er|que|si|elle|il|ils|ella|él|che|se|lei|lui|dat|of|ze|zij|hij)(?![\p{L}\p{M}])|qu['’])/uy;

/**
 * The one told, typed in lower case, even in a text with no capitals at all (chat is typed so): one rare word, a
 * name's shape (a vowel, three letters or more, not inflected as prose words are) and the told clause right after
 * it — "tell adigun that …", "come dico a olufunke che …".
 */
function toldInLowerCase(text: string, from: number, reading: Reading, clauseRead = false): TextSpan | undefined {
  if (!clauseRead) {
    // the clause first: a sticky test after the word is cheaper than the word's lookups ("tell the …", "ask a …")
    const word = lowerWordAt(text, from);
    TOLD_CLAUSE_AT.lastIndex = from + (word?.length ?? 0);
    if (!word || !TOLD_CLAUSE_AT.test(text)) return undefined;
  }
  return lowerCaseNameAt(text, from, reading);
}

export function addressedPeople(text: string, reading: Reading): TextSpan[] {
  const found: TextSpan[] = [];
  for (const m of JOINED_TO_THE_WRITER.test(text) ? text.matchAll(WITH_THE_WRITER_RE) : []) {
    const run = m[1] === undefined ? personAt(text, m.index + m[0].length, reading) : personIn(text, m.index, m[1], reading);
    if (run) found.push(run);
  }
  for (const m of text.matchAll(VOCATIVE_RE)) {
    const quoted = /[«“„"‘]/u.test(m[0].slice(0, m[0].indexOf(m[1]!)));
    if (quoted && !mayBeVocative(m[1]!)) continue;
    if (!speaksTo(text, m[2]!, m.index + m[0].length - m[2]!.length, quoted)) continue;
    const run = personIn(text, m.index + m[0].indexOf(m[1]!), m[1]!, reading);
    if (run) found.push(run);
  }
  for (const m of matchesFromCore(text, TELL)) {
    const from = m.index + m[0].length;
    const run = /\p{Lu}/u.test(text[from]!) ? personAt(text, from, reading) : toldInLowerCase(text, from, reading);
    if (run) found.push(run);
  }
  for (const m of toldClauseIn(text) ? matchesFromCore(text, TOLD_BEFORE_VERB) : []) {
    const from = m.index + m[0].length - m[1]!.length;
    const run = /\p{Lu}/u.test(m[1]!) ? oneRareWordAt(text, from, reading) : toldInLowerCase(text, from, reading, true);
    if (run) found.push(run);
  }
  return found;
}

/**
 * A greeting opening a message, a line or a quote, then the one greeted ending the phrase: "coucou amalija !",
 * "hi ojārs,", "Dear INKA ZDRAVČEVIĆ," — in lower case or in capitals too, which the rules leave to a known given
 * name ("Dear HR," and "hallo welt!" are no one).
 */
const GREETING_OPENS_RE = new RegExp(`(?:^|[\\n«“„"‘:])[ \\t]*(?:${byFirstLetter([...GREETINGS])})[ \\t]+(?=\\p{L})`, 'giu');

/** Two words in capitals: a name as forms and mail merges write it. */
const TWO_IN_CAPITALS_AT = /(\p{Lu}{2,}(?:-\p{Lu}{2,})?)[ \t]+(\p{Lu}{2,}(?:-\p{Lu}{2,})?)(?![\p{L}\p{M}])/uy;

/** Greetings that are nothing else: no adjective ("Lieber vorgebeugt") nor noun ("Auguri vivissimi") after them. */
const ONLY_GREETINGS = new Set(words(`hi hey hello hiya heya hallo hoi hola ciao salut coucou bonjour servus moin yo oye ehi hee hej`));

/** One to four words in lower case, then a comma or "!": "Hey ratchanee, …", "Hi moh thet ngwe myo, …". */
const LOWER_NAME_BEFORE_COMMA =
  /[\p{Ll}\p{M}]{2,}(?:[-'’][\p{Ll}\p{M}]+)*(?:[ \t]+[\p{Ll}\p{M}]{2,}(?:[-'’][\p{Ll}\p{M}]+)*){0,3}(?=[ \t]*[,!])/uy;

/** After a capitalised greeting, the one greeted in lower case: each word rare with a vowel ("Hi all," is no one). */
function lowerCaseNameBeforeComma(text: string, from: number, reading: Reading): TextSpan | undefined {
  LOWER_NAME_BEFORE_COMMA.lastIndex = from;
  const name = LOWER_NAME_BEFORE_COMMA.exec(text)?.[0];
  if (name === undefined) return undefined;
  const rare = name.split(/[ \t]+/u).every((w) => VOWEL.test(w) && !twoCommonWords(w, reading) && isRareNamePart(titleCase(w), reading));
  return rare ? { start: from, end: from + name.length } : undefined;
}

/** A team's or a desk's name written as one word: two common words of three letters or more ("devops", "helpdesk"). */
function twoCommonWords(word: string, { isCommonWord }: Reading): boolean {
  for (let cut = 3; cut <= word.length - 3; cut++) if (isCommonWord(word.slice(0, cut)) && isCommonWord(word.slice(cut))) return true;
  return false;
}

export function peopleGreeted(text: string, reading: Reading): TextSpan[] {
  const found: TextSpan[] = [];
  const greeted = { ...reading, capitalsElsewhere: true }; // a greeting is cue enough for a name typed in lower case
  for (const m of text.matchAll(GREETING_OPENS_RE)) {
    const from = m.index + m[0].length;
    TWO_IN_CAPITALS_AT.lastIndex = from;
    const capitals = TWO_IN_CAPITALS_AT.exec(text);
    if (capitals) {
      const asNames = [capitals[1]!, capitals[2]!].map((w) => w.charAt(0) + w.slice(1).toLowerCase());
      const end = from + capitals[0].length;
      if (asNames.every((w) => isRareNamePart(w, reading)) && !isKnownNotPersonName(asNames) && endsPhrase(text, end)) {
        found.push({ start: from, end });
      }
      continue;
    }
    if (/^\p{Lu}\p{Ll}/u.test(text.slice(from, from + 2))) continue; // capitalised: the rules' greeting cue reads it
    // a name in lower case after a greeting typed so ("coucou amalija !"); after a capitalised one, a word in lower
    // case is an adjective or an adverb ("Lieber vorgebeugt, als …", "Auguri vivissimi")
    const greeting = m[0].trimStart().replace(/^[\n«“„"‘:][ \t]*/u, '');
    if (/^\p{Ll}/u.test(text[from]!) && !/^\p{Ll}/u.test(greeting)) {
      const lower = ONLY_GREETINGS.has(greeting.trim().toLowerCase()) ? lowerCaseNameBeforeComma(text, from, reading) : undefined;
      if (lower) found.push(lower);
      continue;
    }
    const run = oneRareWordAnyCaseAt(text, from, greeted);
    if (run && VOWEL.test(text.slice(run.start, run.end))) found.push(run);
  }
  return found;
}
