// PERSON names that a chat log's or a transcript's structure makes certain: the speaker of a line. The shapes:
//   - a time before the speaker: "[09:14] Anna: …", "09:14 <Anna> …", "12/03/2024, 09:14 - Anna: …" (WhatsApp),
//     "[12.03.24, 09:14:22] Anna Berg: …";
//   - a time after it: "Anna (10:02): …", a nickname's bare ("anna 10:02: …");
//   - an IRC line: "<Anna> …";
//   - a plain "Anna: …" line, when two or more speakers take turns over consecutive lines (a transcript);
//   - a nickname in lower case ("daromyr: ich nehm den grill mit"), in turns where a nickname speaks on two lines or
//     more (a key of YAML or a form speaks once), or on a timed line beside another nickname.
// The structure is the cue, so one word is enough — where the speaker is name-shaped (capitalised, up to three
// words) and is not a role ("User", "Assistant", "Kunde", "Q" …, six languages), a word the name lists know as
// no name, a brand or a public figure. "Note: …", YAML keys, HTTP headers and log levels ("INFO: …") are no
// speakers: they are lower case, in capitals, hyphenated, or common words. Without the common-word list (the
// rules alone) only timed or IRC lines with two speakers count; a caller that has the list (the person-slot
// pass) passes it and also reads plain transcripts and a single timed line.
// Cost: one look per line (sticky regexes at its start), nothing per word.
import { BRANDS, FAMOUS_FULL_NAMES, FAMOUS_SURNAMES, isGivenName, NAME_LIKE_BRANDS, NOT_NAME_WORDS } from './names-gazetteer.ts';

/** A speaker span and how its line names it. */
export interface Speaker {
  start: number;
  end: number;
  /** The line carries a time or is an IRC line ("<Anna> …"): a chat log's line, not a label. */
  timed: boolean;
  /** The line index, to find turns on consecutive lines. */
  line: number;
  /** The speaker is one word in lower case: a chat nickname, or a key ("name: …", "kernel: …"). */
  lower: boolean;
}

/** Speakers that are roles, not people, in the six languages (lower case). */
const ROLES = new Set(
  `user users assistant system bot chatbot ai human model llm gpt prompt response answer question moderator mod host guest
  q a note agent support client customer caller operator admin administrator staff team me you narrator speaker
  interviewer interviewee journalist reporter teacher student doctor patient nurse lawyer judge witness chair secretary
  sales service helpdesk desk bot system sys server console output input error warning info debug trace
  kunde kundin berater beraterin sprecher sprecherin anrufer anruferin erzähler ich du sie wir lehrer lehrerin schüler
  schülerin arzt ärztin patientin anwalt anwältin richter richterin zeuge zeugin frage antwort mitarbeiter mitarbeiterin
  moderatorin gast vorsitz vorsitzender vorsitzende
  conseiller conseillère appelant appelante narrateur moi vous élève professeur médecin avocat avocate juge témoin
  réponse intervieweur journaliste animateur animatrice invité invitée président présidente secrétaire
  cliente asesor asesora agente usuario usuaria sistema asistente yo tú usted profesor profesora alumno alumna médico
  médica abogado abogada juez jueza testigo pregunta respuesta entrevistador entrevistadora entrevistado entrevistada
  periodista presentador presentadora invitado invitada presidente secretario secretaria
  utente assistente operatore operatrice consulente io tu lei noi docente studente studentessa medico avvocato
  avvocata giudice testimone domanda risposta intervistatore intervistatrice intervistato intervistata giornalista
  conduttore conduttrice ospite segretario segretaria
  klant gebruiker medewerker medewerkster adviseur beller verteller ik jij u wij leraar lerares leerling arts dokter
  advocaat rechter getuige vraag antwoord interviewer geïnterviewde journalist presentator presentatrice gast
  voorzitter secretaris`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Endings of agent and thing nouns ("Scheduler", "Worker", "Backup", "Deployment", "Bemerkung", "Citation",
 * "Observación", "Opmerking"): a log's components and a form's labels, seldom a one-word name the gazetteer lacks.
 */
const THING_ENDING =
  /(?:er|or|ion|ión|ione|ment|ing|ung|ity|ness|ance|ence|ics|ure|age|ism|ist|log|up|ade|eur|ore|aire|ario|ente|ante|eit|ief|ijk|que|aat|tà|té|dad)$/;

/** A time on a chat line: "09:14", "9.14", "09:14:22", "9:14 PM". */
const TIME = String.raw`\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?`;
/** A date before the time: "12/03/2024,", "2024-03-12", "12.03.24,". */
const DATE = String.raw`\d{1,4}[./-]\d{1,2}[./-]\d{1,4},?[ \t]+`;
/** A line's timestamp: bracketed ("[09:14]", "[12/03/2024, 09:14:22]") or bare with an optional dash after it. */
const STAMP_RE = new RegExp(
  String.raw`[ \t]*(?:\[(?:${DATE})?${TIME}\]|(?:${DATE})?\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?(?:[ \t]+[-–—])?)[ \t]+`,
  'y',
);

/** A name part: capitalised ("Anna", "Koss-Ortiz", "O'Neill"). */
const PART = String.raw`\p{Lu}[\p{Ll}\p{M}]+(?:[-'’]\p{Lu}?[\p{Ll}\p{M}]+)*`;
/** Particles inside a speaker's name ("Anna van der Berg"). */
const PARTICLE = String.raw`(?:van|von|der|den|de|del|della|di|da|du|la|le|ten|ter|dos|das)`;
/** One to three name parts, particles between. */
const NAME = String.raw`${PART}(?:[ \t](?:${PARTICLE}[ \t]){0,2}${PART}){0,2}`;
/**
 * A time after the speaker, before the colon: "Anna (10:02): …"; bare after a nickname ("bunthoeun 07:17: …", a chat
 * export), where after a capitalised word it is an agenda's as often ("Standup 09:00: …").
 */
const TIME_AFTER = String.raw`(?:[ \t]*\(${TIME}\)|[ \t]+${TIME})`;
/** The speaker after the timestamp: "<Anna> …", "Anna: …", "Anna (10:02): …", "Anna : …" (French spacing). */
const SPEAKER_RE = new RegExp(String.raw`[ \t]*(?:<(${NAME})>|(${NAME})(?:[ \t]*\(${TIME}\))?[ \t]*:)[ \t]+(?=\S)`, 'uy');
/**
 * A speaker in lower case: one word of letters, short syllables joined ("daromyr: …", "jeong-min: …"; not "v2:"), or
 * a handle of two names joined by a dot, an underscore or a hyphen ("shen.kuoying: …", "hexuan-liao: …").
 */
const LOWER_SPEAKER_RE = new RegExp(
  String.raw`[ \t]*(\p{Ll}[\p{Ll}\p{M}]{2,}|\p{Ll}[\p{Ll}\p{M}]{0,4}-\p{Ll}[\p{Ll}\p{M}]{1,4}|\p{Ll}[\p{Ll}\p{M}]{1,11}[._-]\p{Ll}[\p{Ll}\p{M}]{1,11})(${TIME_AFTER})?[ \t]*:[ \t]+(?=\S)`,
  'uy',
);
/** A handle's parts (joined by '.', '_' or a hyphen after a part longer than a syllable): each must be no word. */
const HANDLE_RE = /^([\p{Ll}\p{M}]+)(?:[._]|-(?=[\p{Ll}\p{M}]{6})|(?<=[\p{Ll}\p{M}]{6})-)([\p{Ll}\p{M}]+)$/u;
/** A nickname's vowel: "vasilij", "krste"; not "ssh", "mtr" (a handle's parts too: person-handles.ts). */
export const VOWEL_RE = /[aeiouyàáâäèéêëìíîïòóôöùúûü]/;
/** A time after the name: the line is timed even without a timestamp before it. */
const TIME_AFTER_RE = new RegExp(String.raw`${TIME_AFTER}[ \t]*:`);
/** A closing or self-closing tag on the line. */
const MARKUP_RE = /<\/|\/>/;
/** The message after a plain "Anna: " is speech: two words at least, letters in it. */
const SPEECH_RE = /^[^\n]*\p{L}[^\n]*\s+\S/u;

/** How far into its line a speaker's ':' or '<' may stand (a timestamp, a date, three name parts). */
const SPEAKER_REACH = 120;

/** The speakers of the text's chat lines, in order (one per line at most). */
export function speakerLines(text: string): Speaker[] {
  const out: Speaker[] = [];
  let line = 0;
  // the next ':' and '<' at or after a line's start, found once for all the lines before them
  let colon = text.indexOf(':');
  let angle = text.indexOf('<');
  for (let start = 0; start <= text.length; line++) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (colon >= 0 && colon < start) colon = text.indexOf(':', start);
    if (angle >= 0 && angle < start) angle = text.indexOf('<', start);
    // a speaker's ':' or '<' stands near its line's start: most lines of prose are left at once
    const near = Math.min(end, start + SPEAKER_REACH);
    const speaker = (colon >= start && colon < near) || (angle >= start && angle < near) ? speakerAt(text, start, end, line) : undefined;
    if (speaker) out.push(speaker);
    start = end + 1;
  }
  return out;
}

/** The speaker of the line [start, end), or undefined. */
function speakerAt(text: string, start: number, end: number, line: number): Speaker | undefined {
  STAMP_RE.lastIndex = start;
  const stamped = STAMP_RE.test(text) && STAMP_RE.lastIndex <= end;
  const from = stamped ? STAMP_RE.lastIndex : start;
  SPEAKER_RE.lastIndex = from;
  const m = SPEAKER_RE.exec(text);
  if (!m || SPEAKER_RE.lastIndex > end) return lowerSpeakerAt(text, from, end, line, stamped);
  const name = m[1] ?? m[2]!;
  const at = m.index + m[0].indexOf(name);
  const irc = m[1] !== undefined;
  // markup, not a chat line: "<Button> Save </Button>", "<Header> Welcome <br/>"
  if (irc && MARKUP_RE.test(text.slice(SPEAKER_RE.lastIndex, end))) return undefined;
  const timed = stamped || irc || TIME_AFTER_RE.test(m[0]);
  if (!timed && !SPEECH_RE.test(text.slice(SPEAKER_RE.lastIndex, Math.min(end, SPEAKER_RE.lastIndex + 80)))) return undefined;
  return { start: at, end: at + name.length, timed, line, lower: false };
}

/** A nickname in lower case speaking on the line: "daromyr: ich nehm den grill mit", "[18:02] solohub: ok so …". */
function lowerSpeakerAt(text: string, from: number, end: number, line: number, timed: boolean): Speaker | undefined {
  LOWER_SPEAKER_RE.lastIndex = from;
  const m = LOWER_SPEAKER_RE.exec(text);
  if (!m || LOWER_SPEAKER_RE.lastIndex > end || !VOWEL_RE.test(m[1]!)) return undefined;
  if (!SPEECH_RE.test(text.slice(LOWER_SPEAKER_RE.lastIndex, Math.min(end, LOWER_SPEAKER_RE.lastIndex + 80)))) return undefined;
  const at = m.index + m[0].indexOf(m[1]!);
  return { start: at, end: at + m[1]!.length, timed: timed || m[2] !== undefined, line, lower: true };
}

/** Not a person: a role, a word the name lists know as no name, a brand, a public figure. */
function notAPerson(words: readonly string[], isCommonWord: ((w: string) => boolean) | undefined, thingEndings: boolean): boolean {
  if (words.length === 1) {
    const w = words[0]!;
    if (ROLES.has(w.toLowerCase()) || NOT_NAME_WORDS.has(w) || BRANDS.has(w) || FAMOUS_SURNAMES.has(w)) return true;
    // a handle ("shen.kuoying", "build-bot", "ops_team"): a person's only where neither part is a word or a role
    const handle = HANDLE_RE.exec(w);
    if (handle) return [handle[1]!, handle[2]!].some((part) => ROLES.has(part) || isCommonWord?.(part) !== false);
    if (isCommonWord?.(w) || (thingEndings && !isGivenName(w) && THING_ENDING.test(w))) return true;
  }
  const joined = words.join('_');
  if (FAMOUS_FULL_NAMES.has(joined) || NAME_LIKE_BRANDS.has(joined)) return true;
  // a phrase of common words ("Next Steps:", "Action Items:") is a heading
  return isCommonWord !== undefined && words.every((w) => isCommonWord(w) || ROLES.has(w.toLowerCase()));
}

/**
 * The speakers that are people. Timed lines count alone when the caller knows common words, else when two or more
 * people speak on them; plain "X: …" lines only with the common words, in a run of consecutive lines where two or
 * more speakers take turns.
 */
export function transcriptSpeakers(text: string, isCommonWord?: (w: string) => boolean): { start: number; end: number }[] {
  const lines = nicknamesThatRecur(text, speakerLines(text), isCommonWord !== undefined);
  if (lines.length === 0) return [];
  const person = (s: Speaker, thingEndings: boolean) => !notAPerson(text.slice(s.start, s.end).split(/[ \t]+/), isCommonWord, thingEndings);
  // a timed line's one-word speaker ending as nouns do ("Egor", "Nestor") is a person where the common words say
  // it is no word; a plain "X:" line's is a form's label as often ("Citation:", "Bemerkung:")
  const timed = lines.filter((s) => s.timed && person(s, isCommonWord === undefined));
  const people = lines.filter((s) => person(s, true));
  const out = new Set<Speaker>();
  if (isCommonWord !== undefined || distinctNames(text, timed) >= 2) for (const s of timed) out.add(s);
  if (isCommonWord !== undefined) for (const s of plainTurns(text, lines, people)) out.add(s);
  return [...out].sort((a, b) => a.start - b.start).map(({ start, end }) => ({ start, end }));
}

/**
 * The lines, without lower-case speakers unless the caller knows common words (a nickname is a common word as
 * often: "kernel: …") and the nickname speaks on two lines or more, or on timed lines with another nickname.
 */
function nicknamesThatRecur(text: string, lines: Speaker[], knowsWords: boolean): Speaker[] {
  if (!lines.some((s) => s.lower)) return lines;
  const nameOf = (s: Speaker) => text.slice(s.start, s.end);
  const spoken = new Map<string, number>(); // how many lines each nickname speaks on
  for (const s of lines) if (s.lower) spoken.set(nameOf(s), (spoken.get(nameOf(s)) ?? 0) + 1);
  // on timed lines, two nicknames or more make a chat log whether or not each speaks again
  const timedNicknames = new Set(lines.filter((s) => s.lower && s.timed).map(nameOf)).size;
  // a nickname that speaks once is in a chat when another one of its run of consecutive lines speaks again
  const inChat = new Set<Speaker>();
  for (const run of consecutiveRuns(lines)) if (run.some((s) => s.lower && spoken.get(nameOf(s))! >= 2)) for (const s of run) inChat.add(s);
  const keep = (s: Speaker) => (s.timed && timedNicknames >= 2) || inChat.has(s);
  return lines.filter((s) => !s.lower || (knowsWords && keep(s)));
}

/** The lines grouped into runs of consecutive lines. */
function consecutiveRuns(lines: readonly Speaker[]): Speaker[][] {
  const runs: Speaker[][] = [];
  for (const s of lines) {
    const run = runs.at(-1);
    if (run && run.at(-1)!.line === s.line - 1) run.push(s);
    else runs.push([s]);
  }
  return runs;
}

function distinctNames(text: string, speakers: readonly Speaker[]): number {
  return new Set(speakers.map((s) => text.slice(s.start, s.end))).size;
}

/** People among runs of two or more consecutive speaker lines where two or more distinct people speak. */
function plainTurns(text: string, lines: readonly Speaker[], people: readonly Speaker[]): Speaker[] {
  const isPerson = new Set(people);
  const out: Speaker[] = [];
  for (const run of consecutiveRuns(lines)) {
    const speaking = run.filter((s) => isPerson.has(s));
    if (run.length >= 2 && distinctNames(text, speaking) >= 2) out.push(...speaking);
  }
  return out;
}
