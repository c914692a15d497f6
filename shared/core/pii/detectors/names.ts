// PERSON: names of real people (docs/pii-labels.md) without a model. One pass over capitalised tokens; each run
// of name-shaped tokens ("Anna", "Anna van der Berg", "Koss-Ortiz", "O'Neill") is judged by
//   - the context before it: titles (Mr, Frau, Mme, Sr., dott., meneer …), greetings (Hi, Sehr geehrte,
//     Bonjour, Estimado, Gentile, Beste …), field labels ("Name:", "Patient:", "Kunde:", "From:" …),
//     self-introductions ("my name is", "ich bin" …), relations ("my colleague", "mia madre" …),
//     signatures (a closing line such as "Best regards," then the name alone on its line);
//   - the context after it ("<anna@…>", "wrote:", "schrieb:", ", who …", "from the finance team");
//   - initials ("G. Dubois"), upper-case signatures ("ANNA BERG") and known names in lower-case
//     messages ("hey fatima -");
//   - the gazetteer (names-gazetteer.ts): a known given name followed by a capitalised surname, or a
//     known, unambiguous given name alone;
//   - structured data: JSON/YAML/XML keys and CSV columns such as name, first_name, Nachname, nom,
//     nombre, cognome, achternaam;
// then names already found are propagated to their other mentions in the same text ("- Anna: …").
// Hard negatives: brands that look like names, famous people outside a personal context ("Newton's
// laws", "Marie Curie won the Nobel prize"), eponyms, months and weekdays, places (after "Rue", "Via",
// "San" or before "Street"), capitalised sentence starts, role and department words ("Dear Hiring
// Manager", "Regards,\nFacilities"), identifiers and type annotations in code ("name: Name").
// Speed: a native regex jumps between capital letters; most capitalised words leave through a cheap
// fast path (no cue word before, no capitalised word after, not a known given name).
//
// `personNameCandidates` exposes the candidate spans with the cue that produced them, so that a
// model-backed tagger (AsyncDetector) can reuse these rules as features later.
//
// Modules: names-tokens.ts (the capitalised words), names-context.ts (the context words and the cue before a
// name), names-structured.ts (keys, columns, upper- and lower-case forms), names-gazetteer.ts (the name lists);
// this file judges each run of name tokens and propagates the names found.
import type { Detector, Finding } from '../types.ts';
import { isAsciiDigit, isLetter } from '../chars.ts';
import { CITY_NAMES } from './city-names.ts';
import { COUNTRY_NAMES } from './country-names.ts';
import {
  ARTICLE_PARTICLES,
  AUTHOR_WORDS,
  companyAfterList,
  CREATIVE_WORKS,
  cueBefore,
  DETERMINERS,
  framedAsThing,
  isLineStartWord,
  isSignature,
  NO_CUE,
  PARTICLES,
  inAcquisition,
  inShoppingList,
  namedAsVenue,
  PLACE_PREFIX,
  PLACE_SUFFIX,
  quickPrev,
  surelyNoCue,
  SURNAME_PLACE_WORDS,
  TITLES_TC,
  TO_CLAUSE_RE,
  wordsBefore,
  type Cue,
  type NameCandidate,
  type NameCue,
  type QuickPrev,
  type Strength,
} from './names-context.ts';
import {
  AMBIGUOUS_GIVEN,
  BRANDS,
  CALENDAR_AND_FUNCTION_WORDS,
  EAST_ASIAN_SURNAMES,
  FAMOUS_FULL_NAMES,
  FAMOUS_SURNAMES,
  firstPart,
  isGivenName,
  NAME_LIKE_BRANDS,
  NOT_NAME_WORDS,
  PLACE_WORDS,
  ROLE_WORDS,
  WORDLIKE_GIVEN,
} from './names-gazetteer.ts';
import {
  fromCapitals,
  lowerCaseGreetings,
  structured,
  titleCase,
  upperCaseLabels,
  upperCaseNamesInText,
  upperCaseSignatures,
} from './names-structured.ts';
import { tokenize, type Tok } from './names-tokens.ts';
import { isPublicFigure } from './public-figures.ts';
import { transcriptSpeakers } from './names-transcripts.ts';

const NAME = 'names';

/** "L'équipe", "D'accord", "N'oubliez": an elided article or particle before a common word. */
const ELISION_RE = /^[LDNldn]['’]\p{Ll}/u;

/** Eponyms after a name: "Newton's laws", "the Turing test", "Bayes theorem". */
const EPONYM_AFTER =
  /^(?:['’]s?)?\s+(?:laws?|theorem|theory|test|effect|principle|equation|constant|conjecture|paradox|number|numbers|method|algorithm|rule|formula|distribution|prize|medal|scale|limit|curve|machine|problem|lemma|hypothesis|series|sequence|transform|identity|inequality|space|model|syndrome|disease|satz|gesetz|gesetze|prinzip|preis|loi|lois|théorème|principe|prix|ley|leyes|teorema|principio|premio|legge|leggi|wet|wetten|stelling|prijs)\b/i;

/** Encyclopaedic cues near a bare name: it is about a public figure, not a private person. */
const ENCYCLOPAEDIC =
  /\b(?:nobel|friedensnobel|invent|discover|theor|goals|tore\b|buts\b|goles|gol\b|doelpunten|scored|geschossen|marqué|marcó|segnato|gescoord|ausstellung|exposition|exhibition|exposición|mostra\b|tentoonstelling|retrospecti|retrospektive|werke\b|œuvres|oeuvres|works of|obras de|opere di|werken van|(?:cat|kitten|dog|puppy|hamster|horse|pony|parrot|katze|kater|hund|chat|chatte|chien|chienne|gat[oa]|perr[oa]|gatt[oa]|cane|kat|hond|poes) (?:called|named|namens|genannt|appelée?|nommée?|llamad[oa]|chiamat[oa]|genaamd)|founded|founder|gegründet|gründer|fondateur|fondatrice|fundó|fondò|opgericht|oprichter|named after|benannt|nommée? d['’]après|vernoemd|pioneer|pionier|pionnier|pionero|pioniere|gilt als|facts about|fakten über|faits sur|datos sobre|curiosità su|weetjes over|referat|exposé|spreekbeurt|school (?:project|report|poster)|book report|reading log|leesdossier|boekverslag|buchbericht|lesetagebuch|inhaltsangabe|fiche de lecture|comentario de texto|scheda (?:del )?libro|considered (?:the|a|an|one)|considéré comme|considerado|considerato|beschouwd als|painted|composed|compos|famous|century|biograph|physicist|mathematician|philosopher|scientist|painter|composer|novelist|poet|dichter|poète|poeta|author of|auteur de|autrice de|autore di|autor de|autora de|autor(?:in)? von|auteur van|schrijver van|erfand|entdeck|berühmt|jahrhundert|komponist|maler|physiker|inventó|descubr|famos|siglo|pintor|inventò|scopr|secolo|pittore|uitgevonden|ontdek|beroemd|eeuw|schilder|inventa|découv|célèbre|siècle|peintre|aportó|contribu|legacy|history|historia|histoire|storia|geschiedenis|geschichte|character|characters|novel|movie|film|series|seasons?\b|episode|plot\b|sagas?\b|fiction|fictional|sitcom|anime|manga|comic|cartoon|romans?\b|romanzo|novela|película|pelicula|serie|personnage|personaje|personaggio|figuur|folge|staffel|temporada|stagione|seizoen|thrones|harry potter|star wars|the rings|marvel|pixar|who (?:was|is)|wer (?:war|ist)|qui (?:était|est)|quién (?:fue|es|era)|chi (?:era|è|fu)|wie (?:was|is)|life of|leben von|la vie de|la vida de|la vita di|het leven van|quotes?|zitat|citation|cita|citazione|speech|reden?\b|discours|discurso|discorso|toespraak|paintings?|symphon|album|songs?|lyrics|book by|novel by|olympi|olimpi|olímpi|champion|quiz|trivia|richtte (?:\S+ ){0,3}op\b|progettò|(?:for|pour|por|per|für|voor) (?:the|his|her|le|la|son|el|su|il|die|seine|ihre|de|zijn|haar) (?:role|rôle|rol|ruolo|rolle)\b|world cup|grand slam|oscars\b|oscar[- ](?:winning|winner|nominated|nominee)|won (?:an|the) oscar|premi(?:o|os)? oscar|academy awards?|oscarpreis|grammy|pulitzer|mvp\b|who (?:wrote|sang|composed|painted|won|invented|discovered|recorded|directed|founded)|wer (?:schrieb|malte|komponierte|erfand|entdeckte|gründete|hat (?:\S+ ){1,4}(?:geschrieben|gemalt|komponiert|erfunden|entdeckt|gegründet))|qui a (?:écrit|peint|composé|inventé|découvert|réalisé|fondé|chanté)|quién (?:escribió|pintó|compuso|inventó|descubrió|fundó|dirigió|cantó)|chi (?:ha (?:scritto|dipinto|composto|inventato|scoperto|fondato|diretto)|scrisse|dipinse|compose|inventò|scoprì|fondò)|wie (?:schreef|schilderde|componeerde|ontdekte|richtte|regisseerde|heeft (?:\S+ ){1,4}(?:geschreven|geschilderd|gecomponeerd|uitgevonden|ontdekt))|world record|weltrekord|record du monde|récord mundial|record del mondo|wereldrecord|scoorde|anotó|on canvas|auf leinwand|sur toile|sobre lienzo|su tela|op doek|(?:elected|gewählt|(?<=é)lue?|elegid[oa]|elett[oa]|gekozen)\b[^.!?\n]{0,30}a[ck]ad|trag(?:edy|ödie|édie|edia|edie)|myth|mytholog|mito|mitolog|legend|légende|leyenda|leggenda|opera\b|oper\b|opéra|ópera|ballet|ballett|balletto|(?:best|most)[- ]known|bekannteste|plus connue?|más conocid[oa]|più not[oa]|bekendste|independen|unabhängig|indépendan|indipenden|onafhankelijk|überliefer|memoir|autobiogra|mémoires|memorias|memorie\b|epic\b|epos\b|(?<=é)popée|epopeya|epopea|poem(?:a|e)? (?:by|di|de|of)|poème de|gedicht (?:von|van)|(?:are|sind|sont|son|sono|zijn) (?:\S+ ){0,2}\S*(?:names|namen|noms|nombres|nomi)\b|baby ?names?|names? (?:mean|means|meaning|origin)|meaning of|popular(?:ity)? (?:of )?(?:the )?names?|most popular|más popular|plus populaire|più popolare|populairste|beliebteste|fans\b|heroes|heroine|nationalheld|volksheld|heldin|helden\b|héros|héroïne|héroe|heroína|eroe\b|eroi\b|eroina|poetry|poesie|poésie|poesía|poesia|poëzie|gedichte\b|gedichten|poems|poèmes|poemas|musician|musiker|musicien|músico|musicista|muzikant|singer\b|sänger|chanteu|cantante|zanger|actor\b|actress|schauspieler|acteur|actrice|actriz|attore|attrice|footballer|fußballer|footballeur|futbolista|calciatore|voetballer|cricketer|rapper|guitarist|gitarrist|guitarrista|chitarrista|vornamen?|bedeutung|signification|prénoms|significado|significato|betekenis|nombres de (?:niña|niño|bebé)|nomi (?:per|di))/i;

/**
 * Public office and power: a ruler, a head of state or government, a reign, a coup. Read alone where a cue names a
 * relation of someone else ("his son … has reigned since 2004"): the topic words of ENCYCLOPAEDIC (a film, a school
 * talk, songs) are as often about a private person's son.
 */
const PUBLIC_OFFICE =
  /\b(?:king\b|queen\b|roi\b|rey\b|règne|emperor|empress|president|prime minister|pope|coups? d|staatsstreich|putsch|golpes? de estado|colp[oi] di stato|staatsgre(?:ep|pen)|(?:came|rose|swept|returned|come) to power|(?:seized|took|seize|take) power|an die macht|au pouvoir|(?:pris|prit|prend|prendre) le pouvoir|(?:llegaron|llegó|llegar|subió|accedió|volvió) al poder|(?:salì|salirono|giunse|tornò|arrivò) al potere|(?:presero|prese) il potere|aan de macht|regime\b|dictat|diktat|dittat|statesman|staatsmann|homme d['’]état|estadista|staatsman|premierminister|premier(?:e)? ministre|primer(?:a)? ministr[oa]|prim[oa] ministr[oa]|minister-president|königin|könig\b|reine\b|reina\b|regina\b|koningin|koning\b|ruled|reigned|regierte|herrschte|r[ée]gn(?:a|é|ait|ant)(?![a-z])|gobernó|reinó|governò|regnò|regeerde|secretary[- ]general|generalsekretär|secrétaire général|secretario general|segretario generale|secretaris-generaal|reigns|has reigned|regiert|regna\b|regeert|dynast|dinast|throne\b|thron\b|trône|trono\b|troon\b)/i;

/** After a name: its e-mail address, "wrote:", a relative clause, a pronoun in parentheses. */
const AFTER_RE =
  /(?:\s*<[^<>\s@]{1,64}@|\s*\([^()\s@]{1,64}@|\s+(?:wrote|schrieb|a écrit|escribió|ha scritto|schreef)\s*:|, (?:who|whom|whose|der|qui|quien|quienes|il quale|la quale|wie) |\s*\((?:he|she|they|him|her|er|sie|il|elle|él|ella|lui|lei|hij|zij)\b)/iy;

const LIST_NEXT_RE = /^(?:$|\s*[\r\n,;)]|\s+(?:and|und|et|y|e|en|or|oder|ou|o|of)\s)/;
/** A name talked about as a word: "the name Sophia", "der Vorname Lena", "le prénom Léa". */
const META_NAME_BEFORE_RE =
  /(?:\bthe|\ba|first|given|baby|der|den|le|el|il|de) (?:names?|vornamen?|namen?|prénoms?|nombres?|nomi|nome|voornaam) $/i;

const VERB_OBJECT_END_RE = /^(?: (?:to|about|whether|if|for|that|ob|dass|de|si|que|di|se|che|om|of|te)\b|[,?!]|\.(?:\s|$)|$)/;
const LABEL_END_RE = /^(?:$|\s*$|[ \t]*[\r\n,;.)"'|/\t]|[ \t]+[-–—(<|/])/;

/** After a full name: the team, department or firm the person is from ("Anna Berg from the finance team", "… from the body shop"). */
const AFTER_ROLE_RE =
  /,? (?:(?:from|of|at|in|with) (?:the |our )?(?:[\p{L} -]{0,30}?(?<!\p{L})(?:team|department|dept|office|desk|group|practice|shop|garage|workshop|agency|insurer|bank|clinic|firm|store)|accounts|accounting|finance|hr|legal|sales|marketing|procurement|payroll|billing|it|support|engineering|operations|compliance|purchasing|logistics|reception)\b|(?:del|della|dello|dell'|dal|dalla) (?:team|reparto|controllo|ufficio|servizio|gruppo|dipartimento|amministrazione|banca|ditta)|dell['’](?:officina|agenzia|assicurazione|ufficio|amministrazione)|(?:de l'équipe|du service|de la direction|du département|de la compta|des achats|du garage|de l['’]agence|de l['’]assurance|de la banque|du cabinet|de l['’]atelier|de la carrosserie)|(?:vom|von der|aus dem|aus der) (?:team|abteilung|buchhaltung|controlling|einkauf|vertrieb|personalabteilung|werkstatt|versicherung|bank|agentur|kanzlei|praxis|firma|autohaus)|(?:del|de la) (?:equipo|departamento|área|servicio|dirección|taller|aseguradora|agencia|banco|clínica|empresa|tienda)|(?:van het|van de|uit het|uit de) (?:team|afdeling|financiële|garage|verzekeraar|bank|werkplaats|winkel|makelaar|bureau))/iuy;

/**
 * After a full name: a verb of asking, telling or calling with the speaker as its object — what a person does to
 * someone ("Stella Politi asked me to …", "hat mich gebeten", "m'a demandé", "me pidió", "mi ha chiesto", "vroeg
 * me"). Companies and products are vetoed before this counts.
 */
const ASKED_ME_RE =
  /,? (?:(?:asked|told|called|phoned|emailed|e-mailed|texted|messaged|invited|reminded) (?:me|us)\b|(?:has|had) (?:asked|told|called|emailed|invited) (?:me|us)\b|(?:hat|hatte) (?:mich|uns|mir) (?:gefragt|gebeten|gesagt|angerufen|geschrieben|eingeladen|erinnert)|(?:bat|fragte|rief) (?:mich|uns)\b|(?:m'|nous )(?:a|avait) (?:demandé|dit|appelé|écrit|invité|rappelé)|(?:me|nos) (?:pidió|dijo|llamó|escribió|invitó|recordó|ha pedido|ha dicho|ha llamado|ha escrito)|(?:mi|ci) (?:ha|aveva) (?:chiesto|detto|chiamato|scritto|invitato|ricordato)|(?:vroeg|belde|mailde) (?:me|mij|ons)\b|heeft (?:me|mij|ons) (?:gevraagd|gebeld|gemaild|verteld|uitgenodigd))/iuy;

/** A known given name among the capitalised words on the line of token `i`. */
function lineHasGivenName(text: string, toks: readonly Tok[], i: number): boolean {
  const ls = text.lastIndexOf('\n', toks[i]!.s) + 1;
  let le = text.indexOf('\n', toks[i]!.s);
  if (le < 0) le = text.length;
  for (let k = i; k < toks.length && toks[k]!.s < le; k++) if (isGivenName(toks[k]!.w)) return true;
  for (let k = i - 1; k >= 0 && toks[k]!.s >= ls; k--) if (isGivenName(toks[k]!.w)) return true;
  return false;
}

/** The label word before `start` is the first word on its line ("- Patiënte D. Novak is …"). */
function ws1IsLineStart(text: string, start: number): boolean {
  const b = wordsBefore(text, start, 2);
  return b.words.length === 1;
}

/** Start of an initial ("G. ") right before a capitalised word, or -1. */
function initialBefore(text: string, s: number): number {
  if (s < 3 || text.charCodeAt(s - 1) !== 32 || text.charCodeAt(s - 2) !== 46) return -1;
  const c = text.charCodeAt(s - 3);
  if (!(c >= 65 && c <= 90) || c === 77) return -1; // "M." is the French title
  if (s >= 4 && isLetter(text.charCodeAt(s - 4))) return -1;
  return s - 3;
}

/** The word before `start` makes what follows a place ("Rue", "Via", "San"). */
function placePrefixAt(text: string, start: number): boolean {
  const b = wordsBefore(text, start, 1).words[0];
  return b !== undefined && PLACE_PREFIX.has(b.w) && b.punct === '';
}

/** The next non-space character after `at` is one of two codes (e.g. '<', '('). */
function nextIs(text: string, at: number, a: number, b: number): boolean {
  let i = at;
  while (i < text.length && text.charCodeAt(i) === 32) i++;
  const c = text.charCodeAt(i);
  return c === a || c === b;
}

function stickyTest(re: RegExp, text: string, at: number): boolean {
  re.lastIndex = at;
  return re.test(text);
}

/** A run of name tokens (toks[i..j]) and what its context says of it. */
interface NameRun {
  i: number;
  j: number;
  /** Where the run's last token ends. */
  end: number;
  seq: Tok[];
  /** The span's start: the first token, an initial before it, or particles the cue keeps. */
  start: number;
  kind: NameCue | null;
  strength: Strength;
  /** Start of an initial before the first token ("G. Dubois"), or -1. */
  ini: number;
  /** The word right before the first token. */
  q: QuickPrev;
  cue: Cue;
}

/** The speakers of a chat log's lines (names-transcripts.ts) not already found. */
function speakers(text: string, out: NameCandidate[]): void {
  const found = transcriptSpeakers(text);
  if (found.length === 0) return;
  // both in text order: one sweep, not a search of `out` per speaker (a long chat log has thousands)
  const taken = out.map(({ start, end }) => ({ start, end })).sort((a, b) => a.start - b.start);
  let k = 0;
  let reach = -1; // the furthest end of the spans taken that start before the speaker
  for (const s of found) {
    while (k < taken.length && taken[k]!.start < s.end) reach = Math.max(reach, taken[k++]!.end);
    if (reach <= s.start) out.push({ ...s, cue: 'speaker', score: 0.8 });
  }
}

/** Candidate PERSON spans with the cue behind each (the rule-based detector's features). */
export function personNameCandidates(text: string): NameCandidate[] {
  const out: NameCandidate[] = [];
  const toks = tokenize(text);
  if (toks.length === 0) {
    structured(text, out);
    lowerCaseGreetings(text, out);
    return out;
  }
  let lastAcceptedEnd = -1;
  let i = 0;
  while (i < toks.length) {
    const run = runAt(text, toks, i, lastAcceptedEnd);
    const found = run ? judgeRun(text, toks, run) : null;
    if (run && found) {
      out.push(found);
      lastAcceptedEnd = found.end;
      i = run.j + 1;
    } else i = run && wholeRunIsNoPerson(text, run) ? run.j + 1 : i + 1;
  }
  structured(text, out);
  upperCaseLabels(text, out);
  upperCaseSignatures(text, toks, out);
  upperCaseNamesInText(text, toks, out);
  lowerCaseGreetings(text, out);
  speakers(text, out);
  if (out.length > 0) propagate(text, toks, out);
  return out;
}

/**
 * A rejected run whose words are no one's name together, so none of its shorter runs is tried: not "Josef Strauß" of
 * "Flughafen Franz Josef Strauß", not "Graham Bell" of "Alexander Graham Bell".
 */
function wholeRunIsNoPerson(text: string, run: NameRun): boolean {
  return placePrefixAt(text, run.seq[0]!.s) || (run.seq.length > 1 && isPublicFigure(run.seq.map((t) => t.w)));
}

/** The run of name tokens starting at token `i` with its cue, or null if it cannot become a name. */
function runAt(text: string, toks: readonly Tok[], i: number, lastAcceptedEnd: number): NameRun | null {
  const t = toks[i]!;
  if (neverStartsName(t)) return null;
  const q = quickPrev(text, t.s);
  // an initial before the surname ("G. Dubois-Martin", "A. Castellanos"); not the French title "M."
  const ini = initialBefore(text, t.s);
  // (after punctuation too, when the word before cannot give a cue: "1000,Product 0,…,Berlin")
  const noCue = ini < 0 && surelyNoCue(q);
  if (noCue && cannotBecomeName(text, toks, i, lastAcceptedEnd)) return null;
  const { j, end } = runExtent(text, toks, i);
  // the full context analysis only when the word just before could be a cue (cheap check first)
  const cue = ini >= 0 ? cueBefore(text, ini) : noCue ? NO_CUE : cueBefore(text, t.s);
  const run: NameRun = {
    i,
    j,
    end,
    seq: toks.slice(i, j + 1),
    start: cue.start >= 0 ? cue.start : ini >= 0 ? ini : t.s,
    kind: cue.cue,
    strength: cue.strength,
    ini,
    q,
    cue,
  };
  if (!cueConditionsHold(text, run)) dropCue(run);
  if (run.kind === 'label') judgeLabel(text, toks, run);
  upgradeFromContext(text, run, lastAcceptedEnd);
  // an initial + surname needs a strong cue
  return ini >= 0 && run.strength < 2 ? null : run;
}

/** Upper-case words, words that never start a name, titles, elisions ("L'équipe", "I'm"). */
function neverStartsName(t: Tok): boolean {
  return (
    t.caps ||
    NOT_NAME_WORDS.has(t.w) ||
    TITLES_TC.has(t.w) ||
    ELISION_RE.test(t.w) ||
    (t.w.charCodeAt(0) === 73 && (t.w.charCodeAt(1) === 39 || t.w.charCodeAt(1) === 0x2019))
  );
}

/**
 * The fast path: an unknown capitalised word with no cue word before it, no capitalised word right after it and
 * no name just before it cannot become a name (most German nouns, headings, sentence starts).
 */
function cannotBecomeName(text: string, toks: readonly Tok[], i: number, lastAcceptedEnd: number): boolean {
  const t = toks[i]!;
  if (isGivenName(t.w) || EAST_ASIAN_SURNAMES.has(t.w)) return false;
  const nx = toks[i + 1];
  const adjacent = nx !== undefined && nx.s - t.e <= 12 && !t.poss;
  const nearAccepted = lastAcceptedEnd >= 0 && t.s - lastAcceptedEnd <= 7;
  return !adjacent && !nearAccepted && !nextIs(text, t.e, 60, 40);
}

/** The run of name tokens from token `i`: single spaces, optional lower-case particles in between (at most 4). */
function runExtent(text: string, toks: readonly Tok[], i: number): { j: number; end: number } {
  let j = i;
  let end = toks[i]!.e;
  while (j + 1 < toks.length && j - i < 3 && !toks[j]!.poss) {
    const n = toks[j + 1]!;
    // role words may be surnames ("Anna Kunde"), function, calendar and place words may not
    const gap = text.slice(toks[j]!.e, n.s);
    if (capitalParticleBefore(text, toks, j + 1)) {
      // "Emmelie Le Roux", "Jan De Vries": the particle and the surname after it
      j += 2;
      end = toks[j]!.e;
      continue;
    }
    const lowerSurname = surnameAfterCapitalParticle(text, toks, j + 1);
    if (lowerSurname > 0) return { j: j + 1, end: lowerSurname }; // "Emmelie Le roux": the surname in lower case
    if (n.caps || CALENDAR_AND_FUNCTION_WORDS.has(n.w) || TITLES_TC.has(n.w)) break;
    // "Laan", "Berg", "Platz" are surnames after a particle ("van der Laan"), street words otherwise
    if (PLACE_WORDS.has(n.w) && (gap === ' ' || gap === '\u00a0')) break;
    const particles = gap.trim().split(' ');
    // "van der", "Van den Broek", "von Omani"; not an article alone ("Phasen des Systemstarts")
    const afterParticle = PARTICLES.has(toks[j]!.w.toLowerCase());
    const particlesOnly =
      gap.length <= 12 &&
      /^ (?:[a-z]{1,4}\.?|[a-z]{1,4} [a-z]{1,3}) $/.test(gap) &&
      particles.every((p) => PARTICLES.has(p)) &&
      (afterParticle || !ARTICLE_PARTICLES.has(particles[0]!));
    if (!(gap === ' ' || gap === '\u00a0' || particlesOnly)) break;
    j++;
    end = n.e;
  }
  return { j, end };
}

/** Whether toks[k] is a particle written with a capital ("Le", "De", "Van", "Di"), one space after the word before it. */
function isCapitalParticle(text: string, toks: readonly Tok[], k: number): boolean {
  const p = toks[k];
  return p !== undefined && !p.caps && PARTICLES.has(p.w.toLowerCase()) && text.slice(toks[k - 1]!.e, p.s) === ' ';
}

/** A capital particle with a capitalised word after it that could be a surname: as a name's part it is no article. */
function capitalParticleBefore(text: string, toks: readonly Tok[], k: number): boolean {
  const n = toks[k + 1];
  return (
    isCapitalParticle(text, toks, k) &&
    n !== undefined &&
    !n.caps &&
    text.slice(toks[k]!.e, n.s) === ' ' &&
    !NOT_NAME_WORDS.has(n.w) &&
    !TITLES_TC.has(n.w)
  );
}

/** A lower-case word of three letters or more after a capital particle ("Emmelie Le roux"): where it ends, else 0. */
function surnameAfterCapitalParticle(text: string, toks: readonly Tok[], k: number): number {
  if (!isCapitalParticle(text, toks, k)) return 0;
  const p = toks[k]!;
  LOWER_WORD_RE.lastIndex = p.e;
  const m = LOWER_WORD_RE.exec(text);
  return m && !NOT_NAME_WORDS.has(titleCase(m[1]!)) && !PARTICLES.has(m[1]!) ? p.e + m[0].length : 0;
}

const LOWER_WORD_RE = / (\p{Ll}[\p{Ll}'’-]{2,})(?![\p{L}\p{N}])/uy;

/** What the cue asks of the name after it (a known name, a comma, two words, the end of the field, a clause …). */
function cueConditionsHold(text: string, run: NameRun): boolean {
  const { cue, end, seq } = run;
  const t = seq[0]!;
  const single = run.j === run.i;
  return !(
    (cue.roleTitle && !isGivenName(t.w) && text.charCodeAt(end) !== 58 && text.charCodeAt(end) !== 44) ||
    (cue.needsComma && text.charCodeAt(end) !== 44) ||
    (cue.notBang && single && text.charCodeAt(end) === 33 && !isGivenName(t.w)) ||
    (cue.needsPair && single && run.ini < 0) ||
    (cue.needsEnd && !LABEL_END_RE.test(text.slice(end, end + 3))) ||
    (cue.needsClause && (!TO_CLAUSE_RE.test(text.slice(end, end + 8)) || BRANDS.has(t.w)))
  );
}

function dropCue(run: NameRun): void {
  run.kind = null;
  run.strength = 0;
  run.start = run.seq[0]!.s;
}

/**
 * A label's value ends the field ("Name: Anna Berg\n", "Kunde: Anna Berg, …"); quoted keys are structured
 * data; a one-word list item needs a known given name on the line. A role word without a colon needs a full
 * name that ends the phrase.
 */
function judgeLabel(text: string, toks: readonly Tok[], run: NameRun): void {
  const { cue, end, seq } = run;
  const fullName = run.j > run.i || run.ini >= 0;
  if (run.strength === 1) {
    if (fullName && LABEL_END_RE.test(text.slice(end, end + 3))) run.strength = 2;
    else if (fullName && ws1IsLineStart(text, run.start) && /^ \p{Ll}/u.test(text.slice(end, end + 2))) run.strength = 2;
    else dropCue(run);
    return;
  }
  const ok =
    !cue.quoted &&
    !(run.j === run.i && seq[0]!.w.toLowerCase() === cue.labelWord) &&
    LABEL_END_RE.test(text.slice(end, end + 3)) &&
    (!cue.listLabel || seq.length > 1 || isGivenName(seq[0]!.w) || lineHasGivenName(text, toks, run.i));
  if (!ok) dropCue(run);
}

/** Strong evidence after the run: an address or a clause, a team, a signature line, a list going on. */
function upgradeFromContext(text: string, run: NameRun, lastAcceptedEnd: number): void {
  const { end } = run;
  const t = run.seq[0]!;
  const pair = run.j > run.i;
  const strong = (kind: NameCue) => {
    run.kind = kind;
    run.strength = 2;
  };
  if (run.strength < 2 && (pair || nextIs(text, end, 60, 40)) && stickyTest(AFTER_RE, text, end)) strong('after');
  if (run.strength < 2 && pair && stickyTest(AFTER_ROLE_RE, text, end)) strong('after');
  if (run.strength < 2 && pair && stickyTest(ASKED_ME_RE, text, end)) strong('after');
  if (run.strength < 2 && (run.ini >= 0 ? isLineStartWord(text, run.ini) : run.q.lineStart) && isSignature(text, run.start, end))
    strong('signature');
  // a list continuing an accepted name on the same line: "Anna Berg, Jonas Weber and Lea Roth"
  if (run.strength < 2 && lastAcceptedEnd >= 0 && t.s - lastAcceptedEnd <= 7) {
    const between = text.slice(lastAcceptedEnd, t.s);
    if (
      /^(?:, | & |,? (?:and|und|et|y|e|en|or|oder|ou|o|of) )$/.test(between) &&
      !between.includes('\n') &&
      (pair || isGivenName(t.w) || LIST_NEXT_RE.test(text.slice(end, end + 6)))
    )
      strong('list');
  }
}

/** The run as a candidate, or null: strong cues accept unless a place or a famous name; weak ones need the gazetteer. */
function judgeRun(text: string, toks: readonly Tok[], run: NameRun): NameCandidate | null {
  const t = run.seq[0]!;
  const lastTok = run.seq[run.seq.length - 1]!;
  const isPlacePrefix = run.start === t.s ? !run.q.punct && PLACE_PREFIX.has(run.q.w) : placePrefixAt(text, run.start);
  const followedByPlaceWord = placeWordAfter(text, toks, run);
  let accept: boolean;
  let score: number;
  if (run.strength === 2) {
    const first = run.seq[0]!;
    accept = !followedByPlaceWord || run.kind !== 'list';
    if (run.kind === 'list' && !isGivenName(first.w) && run.seq.length === 1 && AMBIGUOUS_GIVEN.has(first.w)) accept = false;
    if (accept && run.kind === 'list' && famous(run.seq)) accept = false;
    if (accept && run.kind === 'relation' && run.cue.othersRelation && relativeInPublicLife(text, run.start, run.end)) accept = false;
    score = 0.85;
  } else {
    ({ accept, score } = judgeWeak(text, run, lastTok));
    if (accept && weakVetoed(text, run, isPlacePrefix, followedByPlaceWord)) accept = false;
  }
  if (!accept || vetoed(text, toks, run, lastTok, followedByPlaceWord, isPlacePrefix)) return null;
  return { start: run.start, end: run.end, cue: run.kind ?? 'gazetteer', score };
}

/**
 * A place word follows ("Victoria Station", "Anna Hospital"). "Jürgen Park", "Anna Hill": after a known given
 * name it is the surname (the run takes it) unless more capitalised words follow.
 */
function placeWordAfter(text: string, toks: readonly Tok[], run: NameRun): boolean {
  const lastTok = run.seq[run.seq.length - 1]!;
  const nextTok = toks[run.j + 1];
  if (nextTok === undefined || text.slice(lastTok.e, nextTok.s) !== ' ' || !PLACE_SUFFIX.has(nextTok.w) || lastTok.poss) return false;
  if (!(run.j === run.i && isGivenName(run.seq[0]!.w) && SURNAME_PLACE_WORDS.has(nextTok.w))) return true;
  const after2 = toks[run.j + 2];
  if (after2 && after2.s === nextTok.e + 1) return true;
  run.end = nextTok.e;
  run.seq.push(nextTok);
  run.j++;
  return false;
}

/** Weak or no cue: a known given name (with a surname, or unambiguous alone), an intro, a person verb. */
function judgeWeak(text: string, run: NameRun, lastTok: Tok): { accept: boolean; score: number } {
  const { seq, end, strength, kind } = run;
  const first = seq[0]!;
  const given = isGivenName(first.w);
  const eastAsian = seq.length >= 2 && EAST_ASIAN_SURNAMES.has(first.w) && (isGivenName(seq[1]!.w) || seq[1]!.w.length <= 7);
  if (seq.length >= 2 && given && !WORDLIKE_GIVEN.has(first.w) && !WORDLIKE_GIVEN.has(firstPart(first.w))) {
    run.kind = 'gazetteer-pair';
    return { accept: true, score: 0.75 };
  }
  if (eastAsian && seq.length === 2 && isGivenName(seq[1]!.w)) {
    run.kind = 'gazetteer-pair';
    return { accept: true, score: 0.7 };
  }
  if (
    seq.length === 1 &&
    given &&
    !AMBIGUOUS_GIVEN.has(first.w) &&
    !AMBIGUOUS_GIVEN.has(firstPart(first.w)) &&
    !BRANDS.has(firstPart(first.w))
  ) {
    run.kind = 'gazetteer';
    return { accept: true, score: 0.6 };
  }
  if (strength === 1 && seq.length >= 2 && kind === 'intro') return { accept: true, score: 0.6 };
  if (strength === 1 && kind === 'intro' && seq.length === 1 && !DEMONYM.test(first.w)) {
    const nc = text.charCodeAt(end);
    const accept =
      Number.isNaN(nc) ||
      nc === 44 ||
      nc === 46 ||
      nc === 33 ||
      nc === 10 ||
      (nc === 32 && /^ (?:from|here|aus|de|di|van|del)\b/.test(text.slice(end, end + 7)));
    return { accept, score: 0.55 };
  }
  // "ask Rahel to review it", "remind Ingolf about the invoice"
  if (
    strength === 1 &&
    kind === 'list' &&
    seq.length === 1 &&
    !BRANDS.has(first.w) &&
    !AMBIGUOUS_GIVEN.has(first.w) &&
    VERB_OBJECT_END_RE.test(text.slice(end, end + 10))
  )
    return { accept: true, score: 0.55 };
  // "spoke with Anna Kowalczyk", "cc Jonas Weber": two capitalised words after a person verb
  if (strength === 1 && kind === 'list' && seq.length >= 2 && seq.length <= 3 && seq.every((x) => !x.poss || x === lastTok))
    return { accept: !seq.some((x) => AMBIGUOUS_GIVEN.has(x.w) && WORDLIKE_GIVEN.has(x.w)), score: 0.55 };
  return { accept: false, score: 0.5 };
}

/** A weakly supported name that is a brand, a name talked about as a word, a place, a famous person, a month. */
function weakVetoed(text: string, run: NameRun, isPlacePrefix: boolean, followedByPlaceWord: boolean): boolean {
  const { seq, start, end } = run;
  if (
    BRANDS.has(seq[0]!.w) ||
    META_NAME_BEFORE_RE.test(text.slice(Math.max(0, start - 16), start)) ||
    isPlacePrefix ||
    followedByPlaceWord ||
    namedAsVenue(text, start) ||
    inAcquisition(text, start, end) ||
    joinedToBrand(text, start, end, seq.length) ||
    famous(seq) ||
    isPublicFigure(seq.map((t) => t.w)) ||
    encyclopaedic(text, start, end)
  )
    return true;
  // "Jan 5", "Mai 2026": a month, not a name
  return seq.length === 1 && /^\s?\d/.test(text.slice(end, end + 2));
}

/** A verb of comparing in the clause before a run. */
const COMPARING_BEFORE_RE =
  /(?:^|[\s¿])(?:compare|comparing|vergleiche|vergleichen|compara|comparar|comparez|comparer|confronta|confrontare|vergelijk|vergelijken)\b[^.!?\n]*$/iu;
/** A conjunction and the word on its other side, before or after a run. */
const JOINED_BEFORE_RE = /(?<![\p{L}\p{M}])(\p{Lu}[\p{L}\p{M}]+) (?:and|und|et|y|e|en|or|oder|ou|o|of|&) $/u;
const JOINED_AFTER_RE = /^ (?:and|und|et|y|e|en|or|oder|ou|o|of|&) (\p{Lu}[\p{L}\p{M}]+)(?![\p{L}\p{M}])/u;

/**
 * One word joined to a brand by a conjunction is one more company: "Telefónica e Indra", "Indra and SAP"; after
 * a verb of comparing, a name of any length ("Compare Leroy Merlin et Castorama", "Vergelijk Albert Heijn en Jumbo").
 */
function joinedToBrand(text: string, start: number, end: number, words: number): boolean {
  if (words > 1 && !COMPARING_BEFORE_RE.test(text.slice(Math.max(0, start - 40), start))) return false;
  const before = JOINED_BEFORE_RE.exec(text.slice(Math.max(0, start - 32), start))?.[1];
  const after = JOINED_AFTER_RE.exec(text.slice(end, end + 32))?.[1];
  return (before !== undefined && BRANDS.has(before)) || (after !== undefined && BRANDS.has(after));
}

/** What no cue outweighs: a role word ending the run, an organisation's name, a brand, a famous title + name, a place. */
function vetoed(
  text: string,
  toks: readonly Tok[],
  run: NameRun,
  lastTok: Tok,
  followedByPlaceWord: boolean,
  isPlacePrefix: boolean,
): boolean {
  const { seq, start, end, kind } = run;
  const t = seq[0]!;
  if (seq.length > 1 && ROLE_WORDS.has(lastTok.w) && kind !== 'title') return true;
  if (STREET_COMPOUND.test(lastTok.w)) return true; // "aan de Ferdinand Bolstraat": a street named after a person
  if (nounPhrase(text, run) || (kind !== 'title' && companyAfterList(text, end))) return true;
  // the end of an organisation's name: "IT Service Desk <…>", "Stadtwerke Bochum GmbH"
  if (kind !== 'title' && kind !== 'greeting') {
    const pv = toks[run.i - 1];
    if (
      (kind === null || kind === 'gazetteer' || kind === 'gazetteer-pair' || kind === 'list' || kind === 'after') &&
      pv &&
      pv.e + 1 === t.s &&
      text.charCodeAt(pv.e) === 32 &&
      (pv.caps || ROLE_WORDS.has(pv.w) || PLACE_WORDS.has(pv.w) || (BRANDS.has(pv.w) && !isGivenName(pv.w))) // a model: "Seat León", not "Claude Bernard"
    )
      return true;
    if (followedByPlaceWord) return true;
    if (seq.every((x) => BRANDS.has(x.w))) return true;
  }
  if (brand(seq, text, start, end) || inShoppingList(text, start) || namesAPlace(text, start, end)) return true;
  if (kind === 'title') {
    const tw = wordsBefore(text, start, 1).words[0];
    if (tw && NAME_LIKE_BRANDS.has(tw.raw.replace(/\.$/, '') + '_' + seq.map((x) => x.w).join('_'))) return true;
    if (tw && FAMOUS_FULL_NAMES.has(tw.raw.replace(/\.$/, '') + '_' + seq[0]!.w)) return true;
  }
  return run.strength === 2 && isPlacePrefix && kind !== 'title' && kind !== 'label' && kind !== 'signature';
}

/** A street's name written as one word with its street word ("Bolstraat", "Mozartgasse"); not "Verlaan", "Verkade". */
const STREET_COMPOUND = /\p{Ll}{2}(?:straße|strasse|straat|gasse|platz|allee|gracht|plein|singel|chaussee|plantsoen)$/u;

/**
 * An article or a determiner right before the run or opening it ("eine Vielzahl von Aktionen", "Der Zeitstempel
 * des Absturzes, wie …", "Jede Zeile, der …"): a noun phrase — German capitalises its nouns — not a name.
 */
function nounPhrase(text: string, run: NameRun): boolean {
  const first = run.seq[0]!.w;
  if (run.seq.length > 1 && DETERMINERS.has(first.toLowerCase()) && !isGivenName(first)) return true; // not "Elke Brandhorst"
  if (run.q.punct || !DETERMINERS.has(run.q.w)) return false;
  // a surname's particles: "Frau Dr. van der Dafunić", "Lise de la Salle"
  const [, before] = wordsBefore(text, run.seq[0]!.s, 2).words;
  return before === undefined || before.punct !== '' || !PARTICLES.has(before.w);
}

/**
 * A country's or territory's name in one of the six languages ("Sri Lanka", "Îles Féroé") or a city the time-zone
 * database names ("Phnom Penh", "Addis Ababa"), not a given name alone ("Jordan", "Chad", "Adelaide").
 */
export function namesAPlace(text: string, start: number, end: number): boolean {
  // "van Madagaskar", "Lemuren van Madagaskar": a title or a thing of the country
  const name = text.slice(start, end).replace(/^(?:.* )?(?:of|von|van|de|du|di|del|della)\s+(?=\p{Lu})/u, '');
  return (COUNTRY_NAMES.has(name) || CITY_NAMES.has(name)) && (name.includes(' ') || !isGivenName(name));
}

/** A famous person's surname or full name (encyclopaedic mentions are not PII). */
function famous(tokens: readonly Tok[]): boolean {
  // a given name that is also a famous surname ("Edison", "Pascal") is fine as the first of several words
  for (let k = tokens.length > 1 ? 1 : 0; k < tokens.length; k++) if (FAMOUS_SURNAMES.has(tokens[k]!.w)) return true;
  if (tokens.length >= 2) {
    const j = tokens.map((t) => t.w).join('_');
    if (FAMOUS_FULL_NAMES.has(j)) return true;
    for (let n = 2; n <= tokens.length; n++) {
      if (
        FAMOUS_FULL_NAMES.has(
          tokens
            .slice(0, n)
            .map((t) => t.w)
            .join('_'),
        )
      )
        return true;
    }
  }
  return false;
}

/** A brand that looks like a name ("Ben & Jerry", "Marks & Spencer"). */
function brand(tokens: readonly Tok[], text: string, start: number, end: number): boolean {
  if (tokens.length >= 2) {
    const j = tokens.map((t) => t.w).join('_');
    if (NAME_LIKE_BRANDS.has(j)) return true;
    if (tokens.length >= 3 && NAME_LIKE_BRANDS.has(tokens[0]!.w + '_' + tokens[1]!.w)) return true;
  }
  // "Ben & Jerry", "Marks & Spencer", "Dolce & Gabbana", "Procter & Gamble"
  if (/^\s*&\s*\p{Lu}/u.test(text.slice(end, end + 4)) || /\p{L}\s*&\s*$/u.test(text.slice(Math.max(0, start - 4), start))) return true;
  return false;
}

/** A verb asking for a text to be written (en/de/fr/es/it/nl). */
const WRITING_VERB =
  /(?<![\p{L}])(?:write|draft|compose|schreib|verfass|formulier|écri[st]|rédige|escrib|redact|scriv|redig|schrijf|stel .* op)/iu;
/** A private person's occasion: a farewell, a retirement, a birthday, a wedding, a funeral (en/de/fr/es/it/nl). */
const PERSONAL_OCCASION =
  /(?<![\p{L}])(?:farewell|retire|retirement|birthday|wedding|funeral|abschied|ruhestand|geburtstag|hochzeit|beerdigung|trauerfeier|départ à la retraite|retraite|anniversaire|mariage|obsèques|despedida|jubilación|cumpleaños|boda|funeral|pensionamento|pensione|compleanno|matrimonio|funerale|afscheid|pensioen|verjaardag|bruiloft|uitvaart)/iu;

/**
 * A quiz's answer in parentheses after its question ("Who wrote the novel? (Nikos Kazantzakis.)"): the question. The
 * name may start a word or two into the parenthesis ("(Tahar Ben Jelloun.)", where "Ben" starts the run).
 */
const QUIZ_ANSWER_BEFORE = /([^.!?\n]{1,150}\?)[ \t]*\((?:\p{Lu}[\p{L}\p{M}'’-]*[ \t]+){0,2}$/u;

/** The sentence around the name is about a public figure, a character, or names as words. */
export function encyclopaedic(text: string, start: number, end: number): boolean {
  if (EPONYM_AFTER.test(text.slice(end, end + 24))) return true;
  const { s, before, after, sentence } = sentenceAround(text, start, end);
  // a speech or a poem to write for someone's farewell, birthday or wedding is about a private person
  if (WRITING_VERB.test(sentence) && PERSONAL_OCCASION.test(sentence)) return false;
  const question = QUIZ_ANSWER_BEFORE.exec(text.slice(Math.max(0, start - 160), start))?.[1] ?? questionAnswered(text, s);
  return (
    ENCYCLOPAEDIC.test(before) ||
    (question !== undefined && (ENCYCLOPAEDIC.test(question) || PUBLIC_OFFICE.test(question))) ||
    WORK_OPENS_QUESTION.test(before) ||
    WORK_SUMMARISED.test(before) ||
    ENCYCLOPAEDIC.test(after) ||
    WON_A_COMPETITION.test(sentence) ||
    inPublicLife(sentence, before) ||
    aDatedWorkPerformed(sentence) ||
    CREATED_OR_FOUNDED.test(before) ||
    CREATED_OR_FOUNDED.test(/^[^,:;]*/u.exec(after)![0]) ||
    (PRODUCT_BEFORE.test(before) && COLLECTION_AFTER.test(after)) ||
    creditsAnAuthor(text.slice(s, end), after) ||
    DATED_WORK.test(after) ||
    DATED_CREDIT_BEFORE.test(before)
  );
}

/**
 * The sentence around a name (up to 120 characters before it and 140 after), and where it starts. Before the name,
 * the dot of a German or Dutch ordinal ("Der 14. Dalai Lama, …") does not end it.
 */
function sentenceAround(text: string, start: number, end: number): { s: number; before: string; after: string; sentence: string } {
  let s = start;
  let n = 0;
  while (s > 0 && n < 120) {
    const c = text.charCodeAt(s - 1);
    if (c === 10 || ((c === 46 || c === 33 || c === 63) && s < start - 1 && !ordinalDot(text, s - 1))) break;
    s--;
    n++;
  }
  let e = end;
  n = 0;
  while (e < text.length && n < 140) {
    const c = text.charCodeAt(e);
    if (c === 10 || c === 46 || c === 33 || c === 63) break;
    e++;
    n++;
  }
  const before = text.slice(s, start);
  const after = text.slice(end, e);
  return { s, before, after, sentence: before + ' ' + after };
}

/**
 * The question a sentence starting at `s` answers: the sentence before it, when that asks who or which ("Wer hat die
 * Musik zu 'Underground' geschrieben? Ich glaube, es war …", "… die 10.000 Meter? (Antwort: …)").
 */
function questionAnswered(text: string, s: number): string | undefined {
  if (text.charCodeAt(s - 1) !== 63) return undefined;
  const question = /[^.!?\n]{1,200}\?$/u.exec(text.slice(Math.max(0, s - 201), s))?.[0];
  return question !== undefined && WHO_OR_WHICH.test(question) ? question : undefined;
}
const WHO_OR_WHICH =
  /(?<![\p{L}])(?:who|whom|whose|which|wer|wen|wem|wessen|welche[rsnm]?|qui|quel(?:le)?s?|lequel|laquelle|quién(?:es)?|cuál(?:es)?|chi|quale|quali|wie|welk(?:e)?)(?![\p{L}])/iu;

/**
 * A work performed, recorded or filmed, by its title in quotes, and a year: "Khaled a chanté 'Aïcha' en 1996",
 * "Celia Cruz grabó 'La vida es un carnaval' en 1998", "Satyajit Ray girò 'Pather Panchali' nel 1955". Writing is
 * left out: a private person writes a 'Budget 2025' memo as often.
 */
function aDatedWorkPerformed(sentence: string): boolean {
  return QUOTED_TITLE.test(sentence) && A_YEAR.test(sentence) && PERFORMED.test(sentence); // the verbs last: the dearest test
}
const PERFORMED =
  /(?<![\p{L}])(?:sang|sings|recorded|filmed|painted|composed|directed|released|singt|sangen|drehte|malte|komponierte|veröffentlichte|a chanté|chanta|a enregistré|enregistra|a tourné|tourna|a peint|peignit|a composé|composa|a réalisé|réalisa|a sorti|cantó|grabó|rodó|filmó|pintó|compuso|dirigió|lanzó|cantò|ha cantato|registrò|ha registrato|girò|ha girato|dipinse|ha dipinto|compose|ha composto|diresse|ha diretto|zong|zongen|nam(?:en)? (?:\S+ ){0,4}op|draaide|filmde|schilderde|componeerde|regisseerde|bracht (?:\S+ ){0,4}uit)(?![\p{L}])/iu;
/** A title in quotes, opening with a capital. */
const QUOTED_TITLE = /['‘"“„«]\s?\p{Lu}[^'’"”»\n]{0,60}['’"”»]/u;
const A_YEAR = /(?<![\p{N}])(?:1[5-9]\d\d|20[0-2]\d)(?![\p{N}])/u;

/** The dot at `at` ends an ordinal of one or two digits after a word ("Der 14. Dalai Lama"; not a list's "1."). */
function ordinalDot(text: string, at: number): boolean {
  if (text.charCodeAt(at) !== 46) return false;
  let i = at;
  while (i > 0 && at - i < 3 && isAsciiDigit(text.charCodeAt(i - 1))) i--;
  return i < at && at - i <= 2 && i > 1 && text.charCodeAt(i - 1) === 32 && isLetter(text.charCodeAt(i - 2));
}

/** The sentence is about public office and history: an office or a reign, a regnal name, a year of history. */
function inPublicLife(sentence: string, before: string): boolean {
  return (
    PUBLIC_OFFICE.test(sentence) ||
    REGNAL_NAME.test(sentence) ||
    (HISTORICAL_YEAR.test(sentence) && !BORN.test(sentence)) ||
    ORDINAL_OFFICE_BEFORE.test(before)
  );
}

/** A name after a relation of someone else's ("his son …") in a sentence about public office and history. */
function relativeInPublicLife(text: string, start: number, end: number): boolean {
  const { before, sentence } = sentenceAround(text, start, end);
  return inPublicLife(sentence, before);
}

/**
 * A ruler or a pope named with a regnal number, in the sentence: "Jayavarman VII", "Ludwig XIV.", "Suryavarman II" —
 * the people around them are history's. Two capitals at least ("II"): a lone "I" is a pronoun, "V" an initial. Not a
 * document's part ("Chapter VIII", "Anhang II", "Article IV" of a contract about a private person), nor a street
 * named after a king, with its house number ("Corso Vittorio Emanuele II 84", "Lot III M 10").
 */
const REGNAL_NAME =
  /(?<![\p{L}])(?!(?:Chapters?|Kapitel|Chapitre|Cap[ií]tulo|Capitolo|Hoofdstuk|Parts?|Teil|Partie|Parte|Deel|Volumes?|Vol|Band|Tome|Tomo|Books?|Buch|Livre|Libro|Boek|Acts?|Akt|Acte|Acto|Atto|Scenes?|Szene|Scène|Escena|Scena|Phase|Level|Stufe|Type|Typ|Class|Klasse|Classe|Sections?|Abschnitt|Articles?|Artikel|Art[ií]culo|Articolo|Annex|Anhang|Annexe|Anexo|Allegato|Bijlage|Appendix|Schedule|Title|Titel|Titre|T[ií]tulo|Titolo|Stage|Step|Grade|Tier|Season|Staffel|Saison|Temporada|Stagione|Seizoen|Episode|Folge|Mark)\b)\p{Lu}\p{Ll}+ (?:II|III|IV|VI|VII|VIII|IX|XI|XII|XIII|XIV|XV|XVI|XVII|XVIII)(?![\p{L}\p{N}])(?![ \t]+(?:\p{Lu}[ \t]+)?\d)/u;

/**
 * A year of history, before the living were born, after a word that dates an event: "executed in 1898", "ceded Fiji
 * in 1874", "seit 1912", "dal 1922". Not a date ("12 March 1931"), not a number ("Zimmer 1204"), nor a birth year
 * ("born in 1931": BORN, read in the same sentence).
 */
const HISTORICAL_YEAR =
  /(?<![\p{L}])(?:in|im|en|nel|nell['’]|dal|del|sinds|seit|since|from|until|till|bis|van|tot|hasta|desde|au|fino al|vers|around|um|circa|ca\.|anno|year|jahr|année|año|jaar)[ \t]+(?:1[0-8]\d\d|19[0-3]\d|194[0-5])(?![\p{N}])/iu;
const BORN = /(?<![\p{L}])(?:born|geboren|geb\.|née?|nacid[oa]|nat[oa])(?![\p{L}])/iu;

/**
 * A competition won, as sports news reports it: "won the marathon again", "gewann ihr Viertelfinale", "a remporté le
 * tournoi", "ganó la medalla de oro". A private win ("won the office pool") names no competition.
 */
const WON_A_COMPETITION =
  /(?<![\p{L}])(?:won|wins|gewann|gewinnt|gewonnen|remport|gagn|gan[óoa]|ganad[oa]|vint[oa]|vinse|vince|wint|valut)(?![\p{L}])[^.!?\n]{0,40}?(?:marath?[oó]n|maratona|final|tournament|turnier|tournoi|torneo|toernooi|medal|medaille|médaille|medalla|medaglia|grand prix|oscar|grammy|emmy|pulitzer|goncourt|booker|pokal|coupe|copa|coppa|championship|meisterschaft|championnat|campeonato|campionato|kampioenschap|etappe|étape|etapa|tappa)/iu;

/**
 * What a work's maker did, and when — last century or before — after the name: "directed Rashomon in 1950",
 * "erschien 1987", "se publicó en 1987" (a private person "dirigió el proyecto en 2023": a recent year, no work).
 */
const DATED_WORK =
  /(?:directed|drehte|réalisé|realizó|dirigió|diresse|regisseerde|published|veröffentlicht|erschien|parue?\b|publié|publicó|publicad[oa]|pubblicat[oa]|uscì|verscheen|gepubliceerd)[^.;\n]{0,40}?(?<!\d)1[5-9]\d\d(?!\d)/iu;
/** A work with its year, then the word that credits its maker: "Voyage à Tokyo (1953) de …", "Ran (1985) by …". */
const DATED_CREDIT_BEFORE = /\((?:1[5-9]\d\d|20[0-2]\d)\)[ \t]+(?:by|von|de|di|van|par|door|of)[ \t]+$/iu;
/**
 * An office numbered by an ordinal: its holder named after it ("the 14th Dalai Lama, Tenzin Gyatso", "der 14. Dalai
 * Lama, …") or, after an ordinal of words ("14th", "14º"), the title right after it ("The 14th Dalai Lama"). The
 * office in capitals: not a list's "1. Anna Berg", nor "am 3. Mai, Anna", nor "1st place, Anna".
 */
const ORDINAL_OFFICE_BEFORE =
  /(?<![\p{L}\p{N}])\d{1,2}(?:(?:st|nd|rd|th|º|°|ème)[ \t]+|(?:\.|e|er)[ \t]+(?=\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?,)(?!(?:Jan|Feb|Fév|Mär|Mar|Apr|Avr|Abr|Mai|May|Mag|Mei|Jun|Jui|Giu|Jul|Lug|Aug|Aoû|Ago|Sep|Set|Okt|Oct|Ott|Nov|Dez|Dec|Déc|Dic)))(?:\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?,[ \t]*)?$/u;

/** "… by", "… von", "… de": a work's credit, a capitalised word after it (the author, or the run from the title on). */
const AUTHOR_CREDIT = /(?<![\p{L}\p{M}])(?:by|von|de|di|van|par|door)[ \t]+\p{Lu}/u;
/** What makes a credit a book's: its ISBN after the name, or a reading group around it. */
const ISBN_AFTER = /^[^\n]{0,40}?\bISBN/u; // "ISBN978-…" in the digits-joined reading
const READING_GROUP =
  /book ?club|reading (?:group|list)|lesekreis|buchclub|lesezirkel|leseliste|club de lecture|liste de lecture|club de lectura|club del libro|gruppo di lettura|leesclub|leeskring|leeslijst/iu;

/**
 * The author of a book named by its title ("Book club pick: Persepolis by Marjane Satrapi, ISBN …", "Lesekreis:
 * Persepolis von Marjane Satrapi"): `upToName`, the sentence from its start to the name's end.
 */
function creditsAnAuthor(upToName: string, after: string): boolean {
  return AUTHOR_CREDIT.test(upToName) && (ISBN_AFTER.test(after) || READING_GROUP.test(upToName));
}

/**
 * What a public figure made for the record: an invention, a design ("Who designed the Eiffel Tower, and did Gustave
 * Eiffel …", "Was hat Konrad Zuse mit der Z3 erfunden"). Read before the name, and after it only to the clause's
 * end: a manual's "the standard was designed so that …" a sentence later says nothing of the person quoted before it.
 * (Founding a company and giving it one's name are ENCYCLOPAEDIC's, read in the whole sentence.)
 */
const CREATED_OR_FOUNDED = /(?:invent|erfunden|erfind|designed|entworfen|conçu|diseñ|progettat|ontworpen)/iu;

/**
 * A sentence that asks to summarise a work named by its title, not "this", "the" or "my" text: "Résume Madame Bovary
 * en cinq phrases, en insistant sur Emma et Charles", "Fasse den Inhalt von Effi Briest … zusammen", "Vat Max
 * Havelaar samen" — the people it names are the work's characters.
 */
const WORK_SUMMARISED =
  /^[ \t]*(?:Summari[sz]e|Résume|Résumez|Resume|Resuma|Riassumi|Riassumete|Vat|Fasse|Fass)[ \t]+(?:(?:den Inhalt|die Geschichte|the story|the plot|l['’]histoire|la historia|la storia|la trama|het verhaal) (?:von|des|of|de|di|del|della|van)[ \t]+)?(?!(?:this|these|that|the|my|our|his|her|their|diese[nmrs]?|den|die|das|dein|meine?[nmrs]?|ce|cet|cette|ces|le|la|les|mon|ma|mes|este|esta|estos|estas|el|los|las|mi|mis|su|questo|questa|il|lo|gli|mio|mia|deze|dit|het|de|mijn)(?![\p{L}\p{M}]))(?:\p{Lu}|$)/u;
/** A product's kind right before a name ("le fauteuil Ferdinand", "la poltrona Ferdinand"): a model, named after a person. */
const PRODUCT_BEFORE =
  /(?:armchair|chair|sofa|couch|lamp|table|desk|bed|fauteuil|chaise|canapé|lampe|lit|sessel|stuhl|sofa|leuchte|tisch|bett|sillón|silla|sofá|lámpara|mesa|cama|poltrona|sedia|divano|lampada|tavolo|letto|stoel|bank|lamp|tafel|model|modèle|modell|modelo|modello)[ \t]+$/iu;
/** …that a shop's collection or range holds: "… de notre collection scandinave", "… aus unserer Kollektion". */
const COLLECTION_AFTER = /(?:collection|kollektion|colección|collezione|collectie|range|serie|linie|línea|linea|lijn)/iu;

/**
 * A question opened by the work it is about, a title of two words or more: "In Breaking Bad, why does …", "Dans Les
 * Misérables, pourquoi …", "En Cien años de soledad, ¿por qué …" — the people it names are its characters (one word
 * is a place as often: "In Berlin, why does …").
 */
const WORK_OPENS_QUESTION =
  /^[ \t]*(?:In|Im|Dans|En|Nel|Nella)[ \t]+\p{Lu}[^,.!?\n \t]*[ \t][^,.!?\n]{1,60},[ \t]*[¿]?(?:why|how|what|who|when|where|does|did|is|was|warum|wieso|wie|was|wer|pourquoi|comment|qui|que|por qué|cómo|quién|qué|perché|come|chi|cosa|waarom|hoe|wie|wat)(?![\p{L}\p{M}])/iu;

/** "I'm Italian": nationality words after a weak self-introduction. */
const DEMONYM = /(?:ian|ean|ese|ish|isch|ais|aise|ois|oise|ano|ana|eño|eña|ês|esa|ien|ienne|ier|ière)$/;

/** Other mentions of a name already found: "Attendees: Anna Berg …\n- Anna: churn is up". */
function propagate(text: string, toks: readonly Tok[], out: NameCandidate[]): void {
  const known = new Set<string>();
  for (const c of out) {
    if (c.cue === 'propagated') continue;
    for (const raw of text.slice(c.start, c.end).split(/[\s/,]+/)) {
      // a form's capitals are looked for as its prose writes the name too: "Name: CHATHURI RAJAPAKSHE … Chathuri"
      const w = /^\p{Lu}{3,}$/u.test(raw) ? fromCapitals(raw) : raw;
      if (w.length >= 3 && /^\p{Lu}\p{Ll}/u.test(w) && !NOT_NAME_WORDS.has(w) && !WORDLIKE_GIVEN.has(w) && !PLACE_SUFFIX.has(w))
        known.add(w);
    }
  }
  if (known.size === 0) return;
  // the spans found and the tokens both in text order: one sweep (a chat log can hold thousands of each)
  const taken = out.map(({ start, end }) => ({ start, end })).sort((x, y) => x.start - y.start);
  let k = 0;
  let reach = -1; // the furthest end of the spans found that start before the token's end
  const add: NameCandidate[] = [];
  for (const t of toks) {
    if (!known.has(t.w)) continue;
    while (k < taken.length && taken[k]!.start < t.e) reach = Math.max(reach, taken[k++]!.end);
    const prev = add[add.length - 1];
    if (reach > t.s || (prev !== undefined && t.s < prev.end)) continue;
    if (prev && text.slice(prev.end, t.s) === ' ') {
      prev.end = t.e;
      continue;
    }
    add.push({ start: t.s, end: t.e, cue: 'propagated', score: 0.6 });
  }
  for (const a of add) out.push(a);
}

/**
 * A run taken from a work's noun and its author word ("Nenne fünf Romane von Christa Wolf": German capitalises the
 * noun, and "von" joins a name run): the author of works an encyclopaedic question names.
 */
function worksByAuthor(text: string, c: NameCandidate): boolean {
  const [work, by] = text.slice(c.start, c.end).split(' ');
  return by !== undefined && CREATIVE_WORKS.has(work!.toLowerCase()) && AUTHOR_WORDS.has(by);
}

/**
 * A question opening with one given name alone, then "or" and a word in lower case: a choice between two things
 * ("Pierre ou bois pour une terrasse ?", "Olivier ou figuier ?": stone or wood, olive or fig), not a person;
 * "Pierre ou Marie ?" and "Ask Pierre or someone in sales" stay (Dutch "of" is English "of" too: not read).
 */
const OR_A_THING = /^ (?:or|oder|ou|o) \p{Ll}/u;

function oneOfTwoThings(text: string, c: NameCandidate): boolean {
  return c.cue === 'gazetteer' && isLineStartWord(text, c.start) && OR_A_THING.test(text.slice(c.end, c.end + 8));
}

export const personNameDetector: Detector = {
  name: NAME,
  types: ['PERSON'],
  detect(text: string): Finding[] {
    const cands = personNameCandidates(text);
    const findings: Finding[] = [];
    for (const c of cands) {
      // "the plot of Dr. Zhivago", "il ritornello di Rosanna": a work's title, whatever cue is inside it
      if (c.end <= c.start || framedAsThing(text, c.start) || worksByAuthor(text, c) || oneOfTwoThings(text, c)) continue;
      findings.push({ type: 'PERSON', start: c.start, end: c.end, score: c.score, detector: NAME });
    }
    return findings;
  },
};
