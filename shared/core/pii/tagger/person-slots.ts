// Names in a person slot, found without the model: the grammar of the six languages puts a person after some
// words — a beneficiary ("for", "für", "pour", "para", "per", "voor"), an agent ("signed by", "von", "par",
// "por", "door"), a companion ("with", "mit", "avec", "con", "met"), a source ("laut", "selon", "según",
// "secondo", "volgens"), a responsibility ("liegt bei"), a recipient after a writing or sending word ("an
// e-mail to", "transmis à", "doorgestuurd naar") or a form field ("Owner:", "Solicitante:", "Submitted for:").
// After such a slot, a run of two or more name parts none of which is a common word of those languages is a
// name far more often than anything else: "for Abhijit Capper", "aan D. Voon", "Richiedente: STEENSRUD Dindo",
// "mit wojtek kanter". The run must be a name's shape:
//   - an initial and a capitalised word ("G. Hannula"),
//   - two to four capitalised words, particles allowed between ("Masatake von Tarrio"),
//   - a word in capitals beside a capitalised one, form style ("ROUBERT Shlomi"),
//   - two lower-case words, in a text that otherwise writes capitals (a name typed in lower case),
// and end where the phrase ends (punctuation, a common word, the line's end). Common words ("New York", "Visual
// Studio", "Den Haag"), words with inner capitals or digits ("GitLab", "S3"), place and company words
// ("Station", "GmbH"), brands and public figures (the rules' gazetteers) keep it clean.
// Cost: one regex pass over the text for the slot words; only a match reads the few words after it.
import { LABELS, PARTICLES, PLACE_SUFFIX } from '../detectors/names-context.ts';
import { NOT_NAME_WORDS } from '../detectors/names-gazetteer.ts';
import type { TextSpan } from './windows.ts';
import { isKnownNotPerson } from './evidence.ts';

/** Words after which a person is named, in the six languages (lower case). */
const SLOT_WORDS = `for für pour para per voor by von par por door laut selon según segun secondo volgens bei cc schreib schreibe
  schrijf`;
/** Words that name a companion only after a talking word ("spoke with", "hablé con"; "a pilot with" is a company). */
const COMPANION_WORDS = `with mit avec con met`;
/** Words that name a recipient only after a writing or sending word ("a" and "à" also lead to places and times). */
const RECIPIENT_WORDS = `to an à a aan naar`;

/** A talking word a few words before a companion word. */
const TALKING_BEFORE =
  /(?<!\p{L})(?:spoke|spoken|talked|talk|met|meeting|called|chatted|discussed|sprach|gesprochen|getroffen|telefoniert|besprochen|parlé|discuté|rencontré|hablé|hablado|reunido|parlato|discusso|incontrato|gesproken|besproken|gebeld|afgesproken)(?!\p{L})[^\n.!?]{0,40}$/iu;
/** A writing or sending word right before a recipient word, at most three words between. */
const SENDING_BEFORE =
  /(?<!\p{L})(?:e-?mail|mail|message|note|letter|reply|write|send|sent|forward|forwarded|schreib\p{L}*|schick\p{L}*|sende|senden|nachricht|brief|écri\p{L}*|envoie|envoyer|envoyé|transmis|transmets|rédige|lettre|courriel|escrib\p{L}*|envía|enviar|enviado|envié|reenvié|reenviado|mensaje|correo|carta|scriv\p{L}*|invia|inviare|inviato|inoltrato|girato|lettera|messaggio|schrijf|schrijven|stuur|sturen|gestuurd|doorgestuurd|bericht)(?!\p{L})[^\p{L}\n]*(?:\p{L}+[^\p{L}\n]+){0,3}$/iu;

const SLOT_RE = new RegExp(
  `(?<![\\p{L}\\p{M}\\p{N}_.@/-])(?:(${[...words(SLOT_WORDS), ...words(COMPANION_WORDS), ...words(RECIPIENT_WORDS)].join('|')})[ \\t]*(:?)|(\\p{L}+)[ \\t]*(:))[ \\t]+(?=\\p{L})`,
  'giu',
);

function words(list: string): string[] {
  return list.split(/\s+/u).filter(Boolean);
}

const SLOT = new Set(words(SLOT_WORDS));
const COMPANION = new Set(words(COMPANION_WORDS));
/** Owners named in configuration and forms, beside the rules' field labels. */
const OWNER_LABELS = new Set(words(`owner eigentümer besitzer propriétaire propietario dueño proprietario eigenaar`));
const RECIPIENT = new Set(words(RECIPIENT_WORDS));

/** A name part: capitalised, lower case after the first letter (inner hyphens and apostrophes allowed). */
const CAPITALISED = /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*$/u;
const CAPITALS = /^\p{Lu}{2,}(?:[-'’]\p{Lu}{2,})*$/u;
const LOWER = /^\p{Ll}{2,}(?:[-'’]\p{Ll}{2,})*$/u;
const INITIAL = /^\p{Lu}$/u;
/**
 * Lower-case words ending as the six languages inflect verbs and derive nouns (-ing, -ed, -ment, -iert, -ung,
 * -den, -are, -ers, -é …) or elided ("un'auto"): prose words the common-word list lacks, seldom names.
 */
const INFLECTED =
  /(?:ing|ment|ments|tion|tions|ness|ly|iert|ierte|ung|ungen|heit|keit|lich|den|ten|ers|are|ere|ire|ato|ata|ati|ate|ando|endo|ado|ada|ados|adas|ido|ida|é|ée|és|ées|eur|euse|eren|elen|atie|ië)$|^\p{Ll}{1,2}['’]/u;
/** Punctuation after a word that ends the run. */
const ENDS_RUN = /[,;:.!?()[\]{}"“”„«»<>|/\\]/u;

type Part = 'initial' | 'capitalised' | 'capitals' | 'lower' | 'particle' | 'other';

/** How many words after a slot a name may take. */
const MAX_PARTS = 4;
/** Characters after a slot read for its name. */
const READ_AHEAD = 96;

/** The names standing in person slots of `text` (see above); none without a common-word list. */
export function slotNames(text: string, isCommonWord: (letters: string) => boolean): TextSpan[] {
  const found: TextSpan[] = [];
  const capitalsElsewhere = /\p{Lu}/u.test(text);
  for (const m of text.matchAll(SLOT_RE)) {
    const word = (m[1] ?? m[3]!).toLowerCase();
    const label = (m[2] ?? m[4]) === ':';
    if (!isSlot(text, m.index, word, label)) continue;
    const run = nameAfter(text, m.index + m[0].length, isCommonWord, capitalsElsewhere);
    if (run && !found.some((f) => f.start === run.start)) found.push(run);
  }
  return found;
}

/** The matched word is a person slot: a slot word, a recipient word after a sending word, or a person's field label. */
function isSlot(text: string, at: number, word: string, label: boolean): boolean {
  if (SLOT.has(word)) return true;
  const before = () => text.slice(Math.max(0, at - 60), at);
  if (COMPANION.has(word)) return TALKING_BEFORE.test(before());
  if (RECIPIENT.has(word)) return SENDING_BEFORE.test(before()) && !precededBySlotWord(before());
  return label && (LABELS.has(word) || OWNER_LABELS.has(word));
}

/** "for a colleague": the recipient word is an article after another slot word. */
function precededBySlotWord(before: string): boolean {
  const last = /(\p{L}+)\s+$/u.exec(before)?.[1]?.toLowerCase();
  return last !== undefined && (SLOT.has(last) || COMPANION.has(last) || RECIPIENT.has(last));
}

interface Piece extends TextSpan {
  part: Part;
}

/** The name run starting at `from` when it has a name's shape and ends its phrase, else undefined. */
function nameAfter(text: string, from: number, isCommonWord: (w: string) => boolean, capitalsElsewhere: boolean): TextSpan | undefined {
  const line = text.slice(from, from + READ_AHEAD).split('\n', 1)[0]!;
  const pieces: Piece[] = [];
  let next = 0; // where the next word must start: one space after the last
  for (const m of line.matchAll(/\S+/gu)) {
    if (m.index !== next || pieces.length === MAX_PARTS) break;
    const raw = m[0];
    const core = raw.replace(TRAILING_PUNCTUATION, '');
    const part = partOf(raw, core, isCommonWord);
    if (part === 'other') break;
    const length = part === 'initial' ? 2 : core.length;
    pieces.push({ start: from + m.index, end: from + m.index + length, part });
    if (ENDS_RUN.test(raw.slice(length))) break;
    next = m.index + raw.length + 1;
  }
  return shapedRun(text, trimParticles(pieces), capitalsElsewhere);
}

const TRAILING_PUNCTUATION = /[,;:.!?()[\]{}"“”„«»<>|/\\]+$/u;

function partOf(raw: string, core: string, isCommonWord: (w: string) => boolean): Part {
  if (core.length === 1 && raw[1] === '.' && INITIAL.test(core)) return 'initial';
  if (PARTICLES.has(core) && core === raw) return 'particle';
  if (isCommonWord(core) || NOT_NAME_WORDS.has(core) || PLACE_SUFFIX.has(core)) return 'other';
  if (CAPITALISED.test(core)) return 'capitalised';
  if (CAPITALS.test(core)) return 'capitals';
  if (LOWER.test(core) && !INFLECTED.test(core)) return 'lower';
  return 'other';
}

function trimParticles(pieces: Piece[]): Piece[] {
  let end = pieces.length;
  while (end > 0 && pieces[end - 1]!.part === 'particle') end--;
  return pieces[0]?.part === 'particle' ? [] : pieces.slice(0, end);
}

/** The run as a name span when its parts make one of the shapes above and it is not a known public name. */
function shapedRun(text: string, pieces: readonly Piece[], capitalsElsewhere: boolean): TextSpan | undefined {
  const names = pieces.filter((p) => p.part !== 'particle' && p.part !== 'initial');
  const count = (part: Part) => pieces.filter((p) => p.part === part).length;
  if (names.length === 0 || pieces.length > MAX_PARTS) return undefined;
  const initials = count('initial');
  const shaped =
    (initials >= 1 && initials <= 2 && names.length === 1 && names[0]!.part === 'capitalised' && pieces.at(-1)!.part === 'capitalised') ||
    (initials === 0 && names.length >= 2 && names.every((p) => p.part === 'capitalised')) ||
    (initials === 0 && names.length === 2 && count('capitals') === 1 && count('capitalised') === 1) ||
    (initials === 0 && capitalsElsewhere && pieces.length === 2 && count('lower') === 2);
  if (!shaped) return undefined;
  if (isKnownNotPerson(names.map((p) => text.slice(p.start, p.end)))) return undefined;
  return { start: pieces[0]!.start, end: pieces.at(-1)!.end };
}
