// Names written the way systems and lists write them, in lower case, found without the model:
//   - a handle made of two names, "shen.kuoying", "zicheng-peng", "xia_guoqin", where a system or a profile puts
//     an account: a login's or an owner's key ("user=zicheng-peng", `user: "qin.jing"`), an SSH log's "password for
//     jiaqi.zhuang from", a mention ("@aristeidis.konstantinou"), who reported or was assigned something, a social
//     profile ("Insta: xia.guoqin", "Su Instagram sono chenyang.shi");
//   - a list of people with a value each, typed in lower case: a class's marks ("jia xinpeng: 2-", "tzu-hsuan hsieh
//     B"), three such lines in a row at least.
// Neither part of a handle and no word of a listed name may be a common word of the six languages (so "user=app-svc",
// "build-bot", "next steps: none" stay out). Pure.
import { VOWEL_RE } from '../detectors/names-transcripts.ts';
import { caseInsensitiveLatin } from '../unicode-case.ts';
import type { Reading } from './name-runs.ts';
import type { TextSpan } from './windows.ts';

/** The handles and listed names of `text`, in text order. */
export function handlesAndListedNames(text: string, reading: Reading): TextSpan[] {
  return [
    ...handlesInAccountSlots(text, reading),
    ...loginsInAccountSlots(text, reading),
    ...accessLogUsers(text, reading),
    ...listedLowerCaseNames(text, reading),
  ].sort((a, b) => a.start - b.start);
}

/**
 * A web server's access log (the Common Log Format: `host ident user [time] "request" status size`): its third
 * field, the user the request was authenticated as ("192.168.12.136 - bumo.chokyi [2025-01-27T22:11:25Z] "POST
 * …"), and a person's key in the request's query ("GET /refills?patient=nuurtoa"). A login, not a service's
 * account: no common word, a vowel.
 */
const ACCESS_LOG_LINE_RE = /^[0-9A-Fa-f:.]+ \S+ ([^\s[\]"]+) \[[^\]\n]{8,40}\] "(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) ([^"\s]*)/gm;
const PERSON_QUERY_KEY_RE =
  /[?&](?:user(?:name)?|login|patient|client|customer|kunde|cliente|klant|utente|usuario|utilisateur|benutzer|gebruiker)=([^&#\s"]+)/giu;

function accessLogUsers(text: string, { isCommonWord }: Reading): TextSpan[] {
  const out: TextSpan[] = [];
  if (!text.includes('] "')) return out;
  const isLogin = (login: string) =>
    /^\p{Ll}[\p{Ll}\p{M}.\-_]{2,30}$/u.test(login) && VOWEL_RE.test(login) && !login.split(/[._-]/).every((part) => isCommonWord(part));
  for (const m of text.matchAll(ACCESS_LOG_LINE_RE)) {
    const user = m[1]!;
    if (user !== '-' && isLogin(user)) {
      const start = m.index + m[0].indexOf(` ${user} [`) + 1;
      out.push({ start, end: start + user.length });
    }
    const pathAt = m.index + m[0].length - m[2]!.length;
    for (const q of m[2]!.matchAll(PERSON_QUERY_KEY_RE)) {
      if (!isLogin(q[1]!)) continue;
      const start = pathAt + q.index + q[0].length - q[1]!.length;
      out.push({ start, end: start + q[1]!.length });
    }
  }
  return out;
}

/**
 * Two names in lower case joined by a dot, an underscore or a hyphen, each two to sixteen letters, not inside an
 * address or a path (a sentence's full stop may follow).
 */
const HANDLE_RE = /(?<![\p{L}\p{N}._%+/-])\p{Ll}[\p{Ll}\p{M}]{1,15}[._-]\p{Ll}[\p{Ll}\p{M}]{1,15}(?![\p{L}\p{N}_@/-]|\.[\p{L}\p{N}])/gu;
/**
 * Where an account's handle stands, read back from the handle: after a login's or an owner's key or the word "user"
 * ("for user tatev-gabrielyan", "# owner: avet.abrahamyan"), between an SSH log's "for" and "from", after "@" (a
 * mention), after who reported, was assigned or owned something ("Reported by khizana-kovzadze", "gehörte
 * panagiota.dimitriou", "je l'assigne à ashot-kirakosyan"), after a social network's name and up to two short words
 * ("Insta :", "Su Instagram sono").
 */
/** The keys of who wrote or owns a ticket or a report, in the six languages. */
const AUTHOR_KEYS = 'reporter|assignee|author|requester|melder|autor|auteur|rapporteur|autore';
/** The keys of who owns or answers for a service in its configuration ("owner: kanjanasaetang", "eigenaar: khine.phyu"). */
const OWNER_KEYS =
  'owner|eigentümer|besitzer|verantwortlich|propriétaire|responsable|propietario|dueño|responsabile|referente|proprietario|eigenaar|verantwoordelijke';
/** An SSH log's login: "Accepted password for … from", "Failed publickey for invalid user …". */
const SSH_LOGIN_SLOT = String.raw`\b(?:password|publickey|keyboard-interactive/pam) for (?:invalid user )?`;
const ACCOUNT_SLOT_BEFORE_RE = new RegExp(
  String.raw`(?:\b(?:user(?:name)?|login|uid|benutzer(?:name)?|utilisateur|usuario|utente|gebruiker(?:snaam)?|${OWNER_KEYS}|${AUTHOR_KEYS})["'*]*[ \t]*[=:]?[ \t*]*["']?` +
    `|${SSH_LOGIN_SLOT}` +
    String.raw`|(?<![\p{L}\p{N}._%+-])@` +
    String.raw`|\b(?:(?:reported|assigned|opened|created|closed|owned|filed) by|gemeldet von|signalé par|reportado por|segnalato da|gemeld door|gehörte|appartenait à|pertenecía a|apparteneva a|behoorde toe aan)[ \t]+` +
    String.raw`|\b(?:assign(?:ed|ing)?(?: it)? to|l'assigne à|le paso el ticket a|lo asigno a|lo assegno a|wijs ik toe aan|übergebe an|weise ich zu)[ \t]+` +
    String.raw`|\b(?:insta(?:gram)?|tiktok|twitter|threads|snapchat|mastodon|bluesky)\b[ \t:]*(?:\p{Ll}{1,5}[ \t]+){0,2}@?)$`,
  'iu',
);
/**
 * Two lower-case letters, a dot, an underscore or a hyphen, then a lower-case letter, as every handle has — looked for
 * first, without `u` (any non-ASCII code unit stands in for a lower-case letter or mark beyond ASCII): most texts have
 * none ("e-mail", "On-time"), and HANDLE_RE tries every position.
 */
const JOINED_LOWER_CASE = /[a-z\x80-\uffff]{2}[._-][a-z\x80-\uffff]/;
/** Characters before a handle its slot may take. */
const SLOT_REACH = 48;

/** Each handle whose parts are no words (and have a vowel: not "svc", "db"), then its slot: most texts have few handles and fewer of names. */
function handlesInAccountSlots(text: string, { isCommonWord }: Reading): TextSpan[] {
  const out: TextSpan[] = [];
  if (!JOINED_LOWER_CASE.test(text)) return out;
  for (const m of text.matchAll(HANDLE_RE)) {
    if (m[0].split(/[._-]/).some((part) => isCommonWord(part) || !VOWEL_RE.test(part))) continue;
    if (ACCOUNT_SLOT_BEFORE_RE.test(text.slice(Math.max(0, m.index - SLOT_REACH), m.index)))
      out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/**
 * One word in lower case where a person's login stands — a chat export's `"user":"thamaras"` beside its message's
 * `"text"`, an SSH log's "Accepted password for vagnurb from" and "session opened for user rannvam", sudo's
 * "vagnurb :", "Reporter: konoy" — five letters or more with a vowel, no common or technical
 * word ("root", "deploy", "here"); a hyphen or an underscore may join an initial ("randriambololona-m"). Not a
 * configuration's `user=` or `DB_USER:`, where service accounts stand ("postgres", "jenkins"), nor a mention, where
 * teams and duties stand ("@devops", "@piket", "@astreinte").
 */
const LOGIN_RE = /(?<![\p{L}\p{N}._%+/-])\p{Ll}[\p{Ll}\p{M}]{4,19}(?:[-_]\p{Ll})?(?![\p{L}\p{N}_@/.-])/gu;
const LOGIN_SLOT_BEFORE_RE = caseInsensitiveLatin(
  new RegExp(
    String.raw`(?:${SSH_LOGIN_SLOT}|\bsession (?:opened|closed) for user |\bsudo(?:\[\d+\])?:[ \t]+` +
      String.raw`|\b(?:${AUTHOR_KEYS}|${OWNER_KEYS})["'*]*[ \t]*[=:][ \t*]*["']?)$`,
    'iu',
  ),
);
/** A chat export's message: its user field, where the text has messages' text fields. */
const MESSAGE_USER_BEFORE_RE = /"user(?:name)?"[ \t]*:[ \t]*"$/;
/** An event log's user field ("auth login ok user=kritsadarattanawong ip=…"), on a line that also gives an address. */
const EVENT_USER_KEYS = 'user(?:name)?|benutzer|utilisateur|usuario|utente|gebruiker';
const EVENT_USER_BEFORE_RE = caseInsensitiveLatin(new RegExp(String.raw`\b(?:${EVENT_USER_KEYS})=$`, 'iu'));
const EVENT_ADDRESS_RE = caseInsensitiveLatin(/\b(?:ip|src|client|remote(?:_addr)?)=/iu);
/**
 * What every slot of LOGIN_SLOT_BEFORE_RE and EVENT_USER_BEFORE_RE holds, without the word boundaries (the text
 * before a login is cut where a boundary may be none in the whole text), looked for first in the whole text: a text
 * without any has no login slot, and most texts have none (the pass reads every lower-case word).
 */
const LOGIN_SLOT_WORDS_RE = caseInsensitiveLatin(
  new RegExp(
    String.raw`(?:password|publickey|keyboard-interactive/pam) for |session (?:opened|closed) for user |sudo(?:\[\d+\])?:` +
      String.raw`|(?:${AUTHOR_KEYS}|${OWNER_KEYS})["'*]*[ \t]*[=:]|(?:${EVENT_USER_KEYS})=`,
    'iu',
  ),
);

function loginsInAccountSlots(text: string, { isCommonWord }: Reading): TextSpan[] {
  const out: TextSpan[] = [];
  const messages = text.includes('"text"');
  // the same regex for every slice of the text: `caseInsensitiveLatin` judges the whole text once
  const [slotWords, slotBefore, eventUserBefore] = [LOGIN_SLOT_WORDS_RE(text), LOGIN_SLOT_BEFORE_RE(text), EVENT_USER_BEFORE_RE(text)];
  if (!slotWords.test(text) && !(messages && text.includes('"user'))) return out;
  for (const m of text.matchAll(LOGIN_RE)) {
    const word = m[0].replace(/[-_]\p{Ll}$/u, '');
    if (isCommonWord(word) || !VOWEL_RE.test(word) || text.startsWith(' user ', m.index + m[0].length)) continue; // "for invalid user …"
    const before = text.slice(Math.max(0, m.index - SLOT_REACH), m.index);
    if (
      slotBefore.test(before) ||
      (messages && MESSAGE_USER_BEFORE_RE.test(before)) ||
      eventLogUser(text, m.index, before, eventUserBefore)
    )
      out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The login at `at` is an event log's user: a service's configuration (`user=postgres host=db`) gives no client address. */
function eventLogUser(text: string, at: number, before: string, userBefore: RegExp): boolean {
  if (!userBefore.test(before)) return false;
  const lineEnd = text.indexOf('\n', at);
  const line = text.slice(text.lastIndexOf('\n', at) + 1, lineEnd < 0 ? text.length : lineEnd);
  return EVENT_ADDRESS_RE(text).test(line);
}

/**
 * A line of a list of people in lower case: two or three words (a hyphen may join syllables), then a colon or a
 * wide gap, then a short value ("jia xinpeng: 2-", "tzu-hsuan hsieh   B", "luo xiaoxiao: 5,2 (herkansing …)").
 */
const LISTED_LINE_RE =
  /^[ \t]*(\p{Ll}[\p{Ll}\p{M}]*(?:-\p{Ll}[\p{Ll}\p{M}]*)?(?: \p{Ll}[\p{Ll}\p{M}]*(?:-\p{Ll}[\p{Ll}\p{M}]*)?){1,2})(?:[ \t]*:[ \t]*| {2,}|\t+)\S[^\n]{0,60}$/gmu;
/** Lines of a list in a row: fewer would as often be a pair of a form's fields. */
const MIN_LISTED = 3;

interface ListedLine {
  line: number;
  span: TextSpan;
  /** How many of its words are common words (a hyphen's parts all common count as one). */
  common: number;
  words: number;
}

function listedLowerCaseNames(text: string, { isCommonWord }: Reading): TextSpan[] {
  // a word a hyphen joins is a word only when each part is ("tzu-hsuan": neither part is one)
  const isWord = (w: string) => w.length < 2 || isCommonWord(w) || w.split('-').every(isCommonWord);
  const out: TextSpan[] = [];
  let block: ListedLine[] = [];
  let line = 0;
  let scanned = 0;
  for (const m of text.matchAll(LISTED_LINE_RE)) {
    line += count(text, '\n', scanned, m.index);
    scanned = m.index;
    if (block.length > 0 && block.at(-1)!.line !== line - 1) block = flushList(block, out);
    const name = m[1]!;
    const words = name.split(' ');
    const start = m.index + m[0].indexOf(name);
    block.push({ line, span: { start, end: start + name.length }, common: words.filter(isWord).length, words: words.length });
  }
  flushList(block, out);
  return out;
}

/**
 * A block of three list lines or more is a list of people when two in three of its keys at least hold no word of
 * the lexicon; then every key with a name's part in it is a name ("ching-chi shen" beside "luo xiaoxiao" …).
 */
function flushList(block: readonly ListedLine[], out: TextSpan[]): ListedLine[] {
  const rare = block.filter((l) => l.common === 0).length;
  if (block.length >= MIN_LISTED && rare * 3 >= block.length * 2) for (const l of block) if (l.common < l.words) out.push(l.span);
  return [];
}

function count(text: string, c: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf(c, from); i >= 0 && i < to; i = text.indexOf(c, i + 1)) n++;
  return n;
}
