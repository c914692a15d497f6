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
import type { Detector, Finding } from '../types.ts';
import {
  AMBIGUOUS_GIVEN,
  EAST_ASIAN_SURNAMES,
  FAMOUS_FULL_NAMES,
  FAMOUS_SURNAMES,
  GIVEN_NAMES,
  BRANDS,
  NAME_LIKE_BRANDS,
  CALENDAR_AND_FUNCTION_WORDS,
  NOT_NAME_WORDS,
  PLACE_WORDS,
  ROLE_WORDS,
  WORDLIKE_GIVEN,
} from './names-gazetteer.ts';

const NAME = 'names';

/** What made a span a name candidate (usable as a feature by a later model). */
export type NameCue =
  | 'title'
  | 'greeting'
  | 'label'
  | 'intro'
  | 'relation'
  | 'signature'
  | 'after'
  | 'list'
  | 'structured'
  | 'gazetteer-pair'
  | 'gazetteer'
  | 'propagated';

export interface NameCandidate {
  start: number;
  end: number;
  cue: NameCue;
  score: number;
}

// ---------------------------------------------------------------------------------------------------
// Context words (lower case, apostrophes as ').

function set(s: string): Set<string> {
  return new Set(s.split(/\s+/).filter(Boolean));
}

/** Titles and honorifics: the name follows, the title is not part of the span. */
const TITLES = set(`mr mrs ms miss mx mister dr doc prof professor sir dame lady lord frau herr fr hr fräulein
  dra dres m mme mlle mmes mm monsieur madame mademoiselle docteur maître me pr sr sra srta señor señora señorita don
  doña dña dª dr.ssa dott dott.ssa dottor dottore dottoressa prof.ssa professoressa sig sig.ra sig.na signor
  signora signorina avv ing arch geom rag meneer mevrouw dhr mevr mw juffrouw dokter doctor doktor drs ir
  ingenieur mag dipl agent officer detective inspector nurse schwester pfleger captain capt coach rabbi
  father pastor pfarrer imam sheikh sister brother abbé père herrn hrn`);

/** Titles in title case, to skip them as tokens ("Mr", "Frau", "Mme", "Dott"). */
const TITLES_TC: ReadonlySet<string> = new Set([...TITLES].map((t) => t[0]!.toUpperCase() + t.slice(1)));

/** Role titles that also start headings and product names ("Agent Detection", "Captain Marvel"). */
const ROLE_TITLES = set(`don doña dña agent officer detective inspector captain capt coach nurse father sister brother pastor
  imam rabbi sheikh abbé père schwester pfleger pfarrer`);

/** Titles that count only when capitalised ("ms" is also milliseconds, "m" metres). */
const CAPITAL_ONLY_TITLES = set(`mr mrs ms miss mx dr doc prof m mme mlle mm me pr sr sra srta fr hr mag dipl ir drs
  capt agent officer detective inspector nurse captain coach father sister brother lord lady dame sir`);

/** Greetings and thanks that address someone by name. */
const GREETINGS = set(`hi hello hey hiya heya dear dearest morning evening afternoon thanks thank thx ty
  congratulations congrats welcome hallo hallöchen liebe lieber liebes servus moin grüezi grüß danke
  glückwunsch willkommen bonjour bonsoir salut coucou cher chère chers merci bravo bienvenue félicitations
  hola estimado estimada estimados querido querida gracias felicidades enhorabuena bienvenido bienvenida
  días dias tardes noches ciao salve gentile gentilissimo gentilissima egregio egregia caro cara carissimo carissima
  grazie auguri benvenuto benvenuta buongiorno buonasera hoi hallo beste geachte lieve dag goedemorgen
  goedemiddag goedenavond bedankt dank welkom gefeliciteerd yo`);

/** Sign-offs followed by the name on the same line ("Cheers, Tom", "LG Ingrid"): the name must end the line. */
const SIGNOFFS = set(`cheers best regards lg vg mfg gruß grüße gruss grüsse saludos saluti groetjes groeten groet
  bises abrazos besos cordialement cordialmente atentamente sincerely xoxo love`);

/** Field labels (must be followed by ':' or be an upper-case label at the start of a line). */
const LABELS = set(`name fullname firstname lastname surname forename forenames patient patients
  employee customer client applicant candidate passenger passengers traveller traveler guest tenant
  landlord landlady policyholder holder insured member student pupil driver contact attendee attendees
  participant participants present from to cc bcc author reporter assignee owner signed signature sender
  recipient beneficiary payee cardholder buddy mentor manager supervisor doctor gp physician referrer
  nurse caregiver carer witness claimant debtor creditor borrower spouse child father mother guardian
  requester requestor interviewer interviewee speaker moderator organiser organizer responsible
  user customer_name
  vorname nachname familienname geburtsname kunde kundin mitarbeiter mitarbeiterin bewerber bewerberin
  teilnehmende teilnehmer teilnehmerin anwesend anwesende von an absender empfänger autor autorin
  verfasser verfasserin ansprechpartner ansprechpartnerin kontakt versicherungsnehmer versicherungsnehmerin
  versicherte versicherter fahrer fahrerin mieter mieterin vermieter vermieterin kontoinhaber
  kontoinhaberin karteninhaber inhaber inhaberin antragsteller antragstellerin arzt ärztin überweiser
  hausarzt hausärztin betreuer betreuerin unterschrift gez verantwortlich verantwortliche
  nom prénom prénoms patiente employé employée salarié salariée candidat candidate passager passagère
  locataire propriétaire assuré assurée conducteur conductrice présents présentes de à auteur expéditeur
  destinataire bénéficiaire titulaire médecin signé demandeur demandeuse référent référente responsable
  nombre apellido apellidos paciente cliente empleado empleada candidato candidata pasajero pasajera
  inquilino inquilina arrendador arrendadora propietario propietaria asegurado asegurada tomador
  conductor conductora contacto asistentes participantes para autor autora remitente destinatario
  destinataria beneficiario beneficiaria titular médico médica firmado solicitante
  nome cognome paziente dipendente candidato passeggero passeggera locatore proprietario proprietaria
  assicurato assicurata contraente conducente contatto referente presenti partecipanti da a autore
  autrice mittente intestatario intestataria titolare medico firmato richiedente
  naam voornaam achternaam patiënt patiënte klant medewerker medewerkster werknemer kandidaat sollicitant
  passagier huurder verhuurder verzekerde verzekeringnemer bestuurder contactpersoon aanwezig aanwezigen
  deelnemers van aan afzender ontvanger begunstigde rekeninghouder arts huisarts verwijzer getekend
  aanvrager verantwoordelijke`);

/** Labels that introduce lists of people (their single-word items need a known given name nearby). */
const LIST_LABELS = set(`attendee attendees participant participants present to cc bcc teilnehmende teilnehmer
  anwesend anwesende an présents présentes participants asistentes participantes para presenti
  partecipanti a aanwezig aanwezigen deelnemers aan`);

/** "name" in the six languages, and words that make a "… name:" label about a thing. */
const NAME_WORDS = set(`name nom nombre nome naam`);
const THING_QUALIFIERS = set(`company product file project host business brand team device app application server
  domain bank model store shop event course street city field column table database db branch package module
  class variable pet dog cat band ship vessel organisation organization org trading legal registered firm
  group list folder document sheet tab workspace channel repo repository bucket cluster service queue topic
  firma unternehmen produkt datei projekt société entreprise produit fichier projet empresa producto archivo
  proyecto azienda prodotto progetto bedrijf product bestand project`);

/** Multi-word labels, keyed by their last word: the words before it must match. */
const LABEL_PHRASES = set(
  `full name|first name|last name|given name|family name|patient name|customer name
  account holder|card holder|policy holder|contact person|emergency contact|next of kin|requested by
  approved by|prepared by|reviewed by|submitted by|signed by|written by|assigned to|referred by
  nom complet|nom de famille|titulaire du compte|médecin traitant|nombre completo|nombre y apellidos
  nome e cognome|nome completo|volledige naam|vollständiger name|name des kunden`
    .replace(/ /g, '_')
    .replace(/\|/g, ' '),
);

/** Self-introductions: the name follows directly. */
const INTRO_PHRASES = set(`my_name_is name_is i'm i_am this_is it's here's ich_bin ich_heiße ich_heisse
  mein_name_ist name_ist hier_ist je_suis je_m'appelle m'appelle moi_c'est c'est ici soy me_llamo llamo
  mi_nombre_es nombre_es aquí_está habla sono mi_chiamo chiamo il_mio_nome_è nome_è ik_ben ik_heet heet
  mijn_naam_is naam_is met_u_spreekt hier_is`);
/** Intros that are unambiguous ("my name is" vs "I'm Italian"). */
const STRONG_INTRO = set(`my_name_is name_is ich_heiße ich_heisse mein_name_ist name_ist je_m'appelle m'appelle
  me_llamo llamo mi_nombre_es nombre_es mi_chiamo chiamo il_mio_nome_è nome_è ik_heet heet mijn_naam_is
  naam_is`);

/** Relations: "my colleague Anna", "mia madre, Gioia Rossi", "ihr Sohn Jonas", "his buddy is Drew". */
const RELATIONS = set(`son daughter wife husband mother mom mum mommy mother-in-law father dad daddy
  brother sister sibling friend friends colleague colleagues coworker co-worker coworkers teammate
  boss neighbour neighbor landlady grandmother grandfather grandma grandpa granny nan aunt uncle
  cousin nephew niece fiancé fiancée fiance fiancee boyfriend girlfriend assistant intern mentor mentee
  flatmate roommate housemate stepson stepdaughter stepmother stepfather kid kids child baby toddler
  buddy godson goddaughter spouse manager supervisor tutor hire starter joiner recruit newcomer
  sohn tochter ehemann ehefrau mann partnerin mutter mama vater papa bruder schwester freund freundin
  kollege kollegin kollegen chefin nachbar nachbarin oma opa tante onkel cousine neffe nichte verlobte
  verlobter mitbewohner mitbewohnerin enkel enkelin kind vorgesetzte vorgesetzter betreuer betreuerin
  fils fille femme mari conjoint conjointe mère maman père frère sœur soeur ami amie amis collègue
  collègues responsable tuteur tutrice voisin voisine grand-mère grand-père oncle neveu nièce fiancé copain copine enfant bébé
  hijo hija hijos esposa esposo marido mujer pareja madre mamá padre papá hermano hermana amigo amiga
  compañero compañera colega jefe jefa responsable vecino vecina abuela abuelo tía tío primo prima sobrino sobrina novio novia
  figlio figlia moglie marito compagno compagna mamma papà fratello sorella amico amica collega responsabile vicino
  vicina nonna nonno zia zio cugino cugina nipote fidanzato fidanzata bambino bambina
  zoon dochter vrouw echtgenoot echtgenote moeder vader broer zus zuster vriend vriendin collega buurman
  buurvrouw oom neef nicht verloofde kleinzoon kleindochter leidinggevende`);

/** Labels that also work without a colon before a full name ("driver Anna Berg, born …"). */
const PREPOSITION_LABELS = set(`from to cc bcc de à a da van an aan para von present name names naam nome nom
  nombre contact kontakt contacto contatto owner author autor auteur autore user`);

/** German role nouns are capitalised: "Fahrer Anna Berg, geb. …", "Kontoinhaber Jonas Weber". */
const GERMAN_ROLE_NOUNS = set(`fahrer fahrerin mieter mieterin vermieter vermieterin kunde kundin patientin
  mitarbeiter mitarbeiterin versicherungsnehmer versicherungsnehmerin versicherte versicherter kontoinhaber
  kontoinhaberin karteninhaber inhaber inhaberin antragsteller antragstellerin bewerber bewerberin
  teilnehmer teilnehmerin absender empfänger ansprechpartner ansprechpartnerin`);

/** "an e-mail to Anna that …", "une confirmation à Léa :", "una conferma a Teo:" — to whom one writes. */
const WRITE_TO = set(`email e-mail mail message note letter reply answer confirmation reminder text card invite
  invitation write send wish toast thanks apology nachricht mail brief antwort bestätigung erinnerung
  einladung glückwunsch karte schreib schreibe schreiben sende message lettre réponse confirmation rappel
  invitation mot carte écris écrire envoie envoyer mensaje carta respuesta confirmación recordatorio
  invitación nota tarjeta escribe escribir envía enviar messaggio lettera risposta conferma promemoria
  invito biglietto scrivi scrivere invia inviare bericht brief antwoord bevestiging herinnering
  uitnodiging kaart schrijf schrijven stuur sturen`);
const TO_WORDS = set(`to an à a aan`);
const TO_CLAUSE_RE = /^(?:\s*[:,]| (?:that|saying|dass|daß|que|qu'|che|dat|about|wegen|pour|para|per|om|to)\b)/i;

const COPULAS = set(`is was ist war est était es era è sono ben heißt heisst s'appelle se_llama si_chiama heet`);

/** Verbs and closings that point at a person; weak: they only help two-word or gazetteer names. */
const PERSON_VERBS = set(`ask asked asking tell told telling let call called calling emailed ping pinged cc
  meet contact contacted invite invited remind reminded thank thanked
  frag fragen sag sagen erinnere kontaktiere demande demander dis dire rappelle contacte pregunta preguntar
  dile decir recuerda llama chiedi chiedere dì dire ricorda chiama vraag vragen zeg zeggen herinner bel`);
/** "spoke with", "sprach mit", "parlé avec", "hablé con", "parlato con", "gesproken met". */
const WITH_WORDS = set(`with mit avec con met`);
const TALK_VERBS = set(`spoke talked met meeting call chat chatted spoken talk speak sprach gesprochen getroffen
  treffen telefoniert parlé discuté rencontré parler hablé hablado reunión reunido hablar parlato parlare
  incontrato riunione gesproken gesprek gebeld afspraak`);

/** Words before a capitalised word that make it a place or a thing, not a person. */
const PLACE_PREFIX = set(`rue via calle piazza piazzale corso viale largo vicolo avenida av avda avenue
  plaza paseo place boulevard bd quai allée chemin impasse saint san santa santo são st ste sankt fort
  port mount mt lake cape hotel restaurant café cafe bar studio villa casa club project operation
  hurricane storm typhoon ship hms uss team planet asteroid operation codename`);

/** Words after a name that make it a place or an organisation ("Victoria Station", "Anna Hospital"). */
const PLACE_SUFFIX = set(`Street St Road Rd Avenue Ave Lane Ln Drive Dr Way Close Court Place Square Terrace
  Crescent Gardens Grove Hill Park Row Mews Walk Parkway Highway Boulevard Blvd Station Airport Bridge
  Tower House Hall Centre Center Building Hotel Hospital Clinic University College School Academy
  Institute Foundation Museum Library Church Cathedral Castle Palace Bank Group Holding Holdings Company
  Corporation Corp Inc Ltd LLC Plc GmbH AG SA BV NV Srl SpA SARL Ventures Capital Partners Labs Systems
  Solutions Technologies Software Studio Studios Media Motors Airlines Energy Pharma Insurance Logistics
  Straße Strasse Str Platz Gasse Allee Weg Ring Damm Ufer Straat Laan Gracht Plein Kade Singel Weg
  Salai Marg Nagar Chowk Prize Award Medal Foundation Trophy Cup Lecture Lectures Festival Award`);

/** Place words that are also common surnames ("Park", "Hill", "Hall", "Wood"). */
const SURNAME_PLACE_WORDS = set(`Park Hill Hall Wood Field Ford Bank Banks Church Castle Bridge Bridges Tower Towers
  Green Lane Brook Brooks Berg Hof Ring Kirch Kirchner Burg`);

/** Eponyms after a name: "Newton's laws", "the Turing test", "Bayes theorem". */
const EPONYM_AFTER =
  /^(?:['’]s?)?\s+(?:laws?|theorem|theory|test|effect|principle|equation|constant|conjecture|paradox|number|numbers|method|algorithm|rule|formula|distribution|prize|medal|scale|limit|curve|machine|problem|lemma|hypothesis|series|sequence|transform|identity|inequality|space|model|syndrome|disease|satz|gesetz|gesetze|prinzip|preis|loi|lois|théorème|principe|prix|ley|leyes|teorema|principio|premio|legge|leggi|wet|wetten|stelling|prijs)\b/i;

/** Encyclopaedic cues near a bare name: it is about a public figure, not a private person. */
const ENCYCLOPAEDIC =
  /\b(?:nobel|invent|discover|theor|painted|composed|compos|famous|century|biograph|physicist|mathematician|philosopher|scientist|painter|composer|novelist|poet|author of|king|queen|emperor|empress|president|prime minister|pope|erfand|entdeck|berühmt|jahrhundert|komponist|maler|physiker|inventó|descubr|famos|siglo|pintor|inventò|scopr|secolo|pittore|uitgevonden|ontdek|beroemd|eeuw|schilder|inventa|découv|célèbre|siècle|peintre|aportó|contribu|legacy|history|historia|histoire|storia|geschiedenis|geschichte|character|characters|novel|movie|film|series|season|episode|plot|saga|fiction|fictional|sitcom|anime|manga|comic|cartoon|roman|romanzo|novela|película|pelicula|serie|personnage|personaje|personaggio|figuur|folge|staffel|temporada|stagione|seizoen|thrones|potter|star wars|the rings|marvel|pixar|who (?:was|is)|wer (?:war|ist)|qui (?:était|est)|quién (?:fue|es|era)|chi (?:era|è|fu)|wie (?:was|is)|life of|leben von|la vie de|la vida de|la vita di|het leven van|quotes?|zitat|citation|cita|citazione|speech|rede|discours|discurso|discorso|toespraak|paintings?|symphon|album|songs?|lyrics|book by|novel by|olympi|champion|world cup|grand slam|oscar|grammy|baby ?names?|names? (?:mean|means|meaning|origin)|meaning of|popular(?:ity)? (?:of )?(?:the )?names?|most popular|vornamen?|bedeutung|signification|prénoms|significado|significato|betekenis|nombres de (?:niña|niño|bebé)|nomi (?:per|di))/i;

const CLOSING =
  /(?:regards|best|cheers|thanks|thank you|sincerely|faithfully|wishes|yours|warmly|love|xx|grüße|grüßen|grüssen|grüsse|gruß|gruss|mfg|lg|vg|cordialement|salutations|amitiés|amicalement|bien à (?:vous|toi)|bonne (?:journée|soirée|fin de journée)|merci(?: beaucoup)?|bises|à bientôt|saludos|atentamente|un abrazo|abrazos|gracias|cordiales|un saludo|saluti|cordialmente|distinti saluti|un saluto|grazie(?: mille)?|a presto|groet(?:en)?|groetjes|bedankt|hartelijke groet|met vriendelijke groet|vriendelijke groet|dank je(?: wel)?|hasta pronto|besos)[\s!.,]*$/i;

const PARTICLES = set(`van von der den de del della delle dello dei degli di da dos das du des la le ten ter
  zu zum bin ibn al el ben mac st.`);

/** Every word that can start a context cue (quick check before the full analysis). */
const CUE_WORDS: ReadonlySet<string> = new Set([
  ...TITLES,
  ...GREETINGS,
  ...SIGNOFFS,
  ...LABELS,
  ...RELATIONS,
  ...COPULAS,
  ...PERSON_VERBS,
  ...WITH_WORDS,
  ...TO_WORDS,
  ...PARTICLES,
  ...[...INTRO_PHRASES, ...STRONG_INTRO, ...LABEL_PHRASES].map((p) => p.slice(p.lastIndexOf('_') + 1)),
  'you',
  'morning',
  'afternoon',
]);

// ---------------------------------------------------------------------------------------------------
// Tokens: capitalised words (with apostrophes and hyphens: "O'Neill", "Koss-Ortiz", "McDermott").

interface Tok {
  s: number;
  e: number; // end without a possessive 's
  w: string; // the token text without the possessive
  poss: boolean;
  caps: boolean; // all upper case (2+ letters)
}

function isWordCode(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    (c >= 48 && c <= 57) ||
    c === 95 ||
    (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0x2000)
  );
}

function isUpperAt(text: string, i: number, c: number): boolean {
  if (c >= 65 && c <= 90) return true;
  if (c < 0xc0 || c >= 0x2000 || c === 0xd7 || c === 0xf7) return false;
  const ch = text[i]!;
  return ch !== ch.toLowerCase();
}

/** One hand-written pass (a Unicode regex costs ~20 µs/KB): capitalised words not inside identifiers. */
/** Jumps to the next possibly upper-case letter (native regex scanning beats a JS loop over every char). */
const CAP_RE = /[A-Z\u00C0-\u00DE\u0100-\u024F]/g;

function tokenize(text: string): Tok[] {
  const toks: Tok[] = [];
  const n = text.length;
  CAP_RE.lastIndex = 0;
  let cm: RegExpExecArray | null;
  while ((cm = CAP_RE.exec(text)) !== null) {
    const s = cm.index;
    const c = text.charCodeAt(s);
    if (s > 0 && isLetterCode(text.charCodeAt(s - 1))) continue; // inside a word: camelCase, McX
    let j = s + 1;
    while (j < n) {
      const d = text.charCodeAt(j);
      if (isLetterCode(d)) {
        j++;
        continue;
      }
      if ((d === 39 || d === 0x2019 || d === 45) && j + 1 < n && isLetterCode(text.charCodeAt(j + 1))) {
        j += 2;
        continue;
      }
      break;
    }
    CAP_RE.lastIndex = j;
    if (j - s < 2 || !isUpperAt(text, s, c)) continue;
    // inside an identifier: fooBar, foo_Bar, x.Anna, Anna_x, $Name, Name(…), Name.java, Q3
    const pc = s > 0 ? text.charCodeAt(s - 1) : 32;
    const nc = j < n ? text.charCodeAt(j) : 32;
    if (isWordCode(pc) || pc === 46 || pc === 36 || pc === 47 || pc === 92 || pc === 64 || pc === 35) continue;
    if (nc === 95 || nc === 40 || (nc >= 48 && nc <= 57)) continue;
    if (nc === 46 && j + 1 < n && isLetterCode(text.charCodeAt(j + 1))) continue;
    let w = text.slice(s, j);
    let poss = false;
    if (w.length > 3 && (w.endsWith("'s") || w.endsWith('’s'))) {
      w = w.slice(0, -2);
      poss = true;
    }
    const caps = w.length > 1 && isUpperAt(text, s + 1, text.charCodeAt(s + 1));
    toks.push({ s, e: s + w.length, w, poss, caps });
  }
  return toks;
}

function isLetterCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0x2000);
}

// ---------------------------------------------------------------------------------------------------
// Words before a position, on the same line: [{w: lower-case word, s, punct after it}], nearest first.

interface PrevWord {
  w: string; // lower case, trailing dot removed
  raw: string;
  s: number;
  dot: boolean;
  punct: string; // punctuation between this word and what follows it
}

interface Before {
  words: PrevWord[];
  /** punctuation directly before the position */
  punct: string;
  /** the position is the first thing on its line (after spaces/bullets) */
  lineStart: boolean;
  lineStartPos: number;
}

function isPrevWordChar(c: number): boolean {
  return isLetterCode(c) || c === 39 || c === 0x2019 || c === 46 || c === 45 || (c >= 48 && c <= 57);
}

function isLightPunct(text: string, i: number): boolean {
  const c = text.charCodeAt(i - 1);
  if (
    c === 58 ||
    c === 44 ||
    c === 59 ||
    c === 34 ||
    c === 0x201c ||
    c === 0x201e ||
    c === 0xab ||
    c === 0xbb ||
    c === 40 ||
    c === 42 ||
    c === 62 ||
    c === 0x2014 ||
    c === 0x2013 ||
    c === 124 ||
    c === 61 ||
    c === 91 ||
    c === 93 ||
    c === 0x2022 ||
    c === 0xb7 ||
    c === 33 ||
    c === 63
  )
    return true;
  // a quote or dash not attached to a word
  if ((c === 39 || c === 45 || c === 0x2019) && (i < 2 || !isLetterCode(text.charCodeAt(i - 2)))) return true;
  return false;
}

function wordsBefore(text: string, pos: number, max: number): Before {
  const words: PrevWord[] = [];
  let i = pos;
  let firstPunct = '';
  let lineStart = false;
  let lineStartPos = 0;
  for (let n = 0; n < max; n++) {
    let punct = '';
    while (i > 0) {
      const c = text.charCodeAt(i - 1);
      if (c === 32 || c === 9 || c === 0xa0 || c === 0x202f) {
        i--;
        continue;
      }
      if (isLightPunct(text, i)) {
        punct = text[i - 1] + punct;
        i--;
        continue;
      }
      break;
    }
    if (n === 0) firstPunct = punct;
    if (i === 0 || text.charCodeAt(i - 1) === 10 || text.charCodeAt(i - 1) === 13) {
      if (n === 0) {
        lineStart = true;
        lineStartPos = i;
      }
      break;
    }
    let j = i;
    while (j > 0 && isPrevWordChar(text.charCodeAt(j - 1))) j--;
    if (j === i) break; // some other symbol
    const raw = text.slice(j, i);
    let w = raw.toLowerCase().replace(/’/g, "'");
    let dot = false;
    while (w.endsWith('.')) {
      w = w.slice(0, -1);
      dot = true;
    }
    words.push({ w, raw, s: j, dot, punct });
    i = j;
  }
  return { words, punct: firstPunct, lineStart, lineStartPos };
}

// ---------------------------------------------------------------------------------------------------

type Strength = 0 | 1 | 2; // 0 none, 1 weak, 2 strong

interface Cue {
  cue: NameCue | null;
  strength: Strength;
  /** a label that introduces a list of people ("Attendees:", "Teilnehmende:", "Cc:") */
  listLabel?: boolean;
  /** the label is a quoted key ("name": …): structured data, handled separately */
  quoted?: boolean;
  /** the cue only holds for two or more name words */
  needsPair?: boolean;
  /** the cue only holds when a clause follows ("to Anna that …", "à Léa :") */
  needsClause?: boolean;
  /** the name must end its line or field */
  needsEnd?: boolean;
  /** a role title: the name must be a known given name or be followed by ':' / ',' */
  roleTitle?: boolean;
  /** a greeting inside a string literal: the name must be followed by a comma ("\"Hi Nels, your …") */
  needsComma?: boolean;
  /** "Hello Miniflare!": an unknown single word after a greeting must not be followed by '!' */
  notBang?: boolean;
  /** the label word ("name", "patient"): a value equal to it is a type in code ("name: Name") */
  labelWord?: string;
  /** a lower-case particle run before the token belongs to the name ("dokter van der Berg") */
  start: number;
}

const NO_CUE: Cue = { cue: null, strength: 0, start: -1 };

/** "L'équipe", "D'accord", "N'oubliez": an elided article or particle before a common word. */
const ELISION_RE = /^[LDNldn]['’]\p{Ll}/u;

function mkCue(cue: NameCue, strength: Strength, start: number): Cue {
  return { cue, strength, start };
}

function cueBefore(text: string, tokStart: number): Cue {
  const b = wordsBefore(text, tokStart, 5);
  let ws = b.words;
  let start = tokStart;
  // particles directly before the token: keep them in the span if a strong cue precedes them
  let k = 0;
  while (k < ws.length && k < 3 && PARTICLES.has(ws[k]!.w) && ws[k]!.punct === '' && !ws[k]!.dot && ws[k]!.raw === ws[k]!.w) k++;
  if (k > 0) {
    start = ws[k - 1]!.s;
    ws = ws.slice(k);
  }
  if (ws.length === 0) return b.lineStart && k === 0 ? { cue: null, strength: 0, start: tokStart } : NO_CUE;
  const w0 = ws[0]!;
  const p0 = k > 0 ? ws[0]!.punct : b.punct;
  const hasColon = p0.includes(':');
  const res = mkCue;
  // a sentence ended between the cue and the token
  // an attribution: "… was great!" — Anna Berg
  if (/[—–]\s*$/.test(p0) && !hasColon && k === 0) return { cue: 'after', strength: 2, start, needsPair: true, needsEnd: true };
  const sentenceBreak = /[.!?]/.test(p0);
  if (sentenceBreak) return NO_CUE;

  // titles: "Mr", "Dr.", "M.", "Sra.", "dott.ssa"; "M" only with its dot; short English-style
  // abbreviations only capitalised ("180 ms. Offene" is not a title)
  if (TITLES.has(w0.w) && !hasColon && (w0.w !== 'm' || w0.dot) && (w0.w !== 'me' || w0.dot)) {
    const capital = w0.raw[0] !== w0.raw[0]!.toLowerCase();
    if (!capital && CAPITAL_ONLY_TITLES.has(w0.w)) return NO_CUE;
    // role titles ("Agent Earnest:", "Captain Okoye,") also head section titles ("## Agent Detection")
    if (ROLE_TITLES.has(w0.w)) return { cue: 'title', strength: 2, start, roleTitle: true };
    return res('title', 2, start);
  }
  // any other word ending in a dot ends a sentence: "my wife. She", "this morning. Here"
  if (w0.dot) return NO_CUE;
  if (k > 0) return NO_CUE; // bare particles need a title or label
  // labels: "Name:", "Patient :", "NAME Anna" at the start of a line
  const w1 = ws[1];
  if (hasColon || (w0.raw.length > 2 && w0.raw === w0.raw.toUpperCase() && isLineStartWord(text, w0.s))) {
    let label = false;
    // "Company name:", "File name:", "Nom de la société :" name things, not people
    if (LABELS.has(w0.w) && !(NAME_WORDS.has(w0.w) && w1 && THING_QUALIFIERS.has(w1.w))) label = true;
    else if (w1 && LABEL_PHRASES.has(w1.w + '_' + w0.w)) label = true;
    else if (w1 && ws[2] && LABEL_PHRASES.has(ws[2].w + '_' + w1.w + '_' + w0.w)) label = true;
    // not an identifier in code ("TYPE_NAMES: Record<…>", "user.name: …")
    const pre = w0.s > 0 ? text.charCodeAt(w0.s - 1) : 32;
    if (label && !w0.raw.includes('_') && pre !== 46 && pre !== 95) {
      return { cue: 'label', strength: 2, start, listLabel: LIST_LABELS.has(w0.w), quoted: /["'`]/.test(p0), labelWord: w0.w };
    }
  }
  // a role word without a colon before a full name: "driver Anna Berg, born", "account holder Ray Walsh)"
  if (
    !hasColon &&
    (w0.raw === w0.raw.toLowerCase() || GERMAN_ROLE_NOUNS.has(w0.w) || ws.length === 1) &&
    (LABELS.has(w0.w) || (w1 && LABEL_PHRASES.has(w1.w + '_' + w0.w))) &&
    !PREPOSITION_LABELS.has(w0.w)
  ) {
    return { cue: 'label', strength: 1, start };
  }
  // "Ich, Anna Berg, …", "Je soussignée, …"
  if (
    p0.includes(',') &&
    /^(?:i|ich|je|moi|yo|io|ik|soussigné|soussignée|unterzeichnende|sottoscritto|sottoscritta|suscrito|suscrita|ondergetekende)$/.test(w0.w)
  ) {
    return { cue: 'intro', strength: 2, start, needsPair: true };
  }
  // "an e-mail to Anna that …", "eine Bestätigung an Alina, dass …"
  if (
    TO_WORDS.has(w0.w) &&
    !hasColon &&
    w1 &&
    (WRITE_TO.has(w1.w) || (ws[2] && WRITE_TO.has(ws[2].w)) || (ws[3] && WRITE_TO.has(ws[3].w)))
  ) {
    return { cue: 'relation', strength: 2, start, needsClause: true };
  }
  // greetings: "Hi Anna", "Sehr geehrte Frau" is a title; "Dear" / "Beste" / "Gentile"
  if (GREETINGS.has(w0.w) && !hasColon) {
    // "Hello World!" / "Hello Miniflare!" inside a string literal in code is not a greeting
    const pre = w0.s > 0 ? text.charCodeAt(w0.s - 1) : 32;
    if (pre === 34 || pre === 39 || pre === 96 || pre === 40) return { cue: 'greeting', strength: 2, start, needsComma: true };
    const ls = text.lastIndexOf('\n', w0.s - 1) + 1;
    const inComment = /(?:\/\/|\/\*|^\s*[#*]|--)/.test(text.slice(ls, w0.s));
    return inComment ? { cue: 'greeting', strength: 2, start, notBang: true } : res('greeting', 2, start);
  }
  if (SIGNOFFS.has(w0.w) && !hasColon) return { cue: 'signature', strength: 2, start, needsEnd: true };
  if (w0.w === 'you' && w1 && (w1.w === 'thank' || w1.w === 'see')) return res('greeting', 2, start);
  if (w0.w === 'morning' || w0.w === 'afternoon') return res('greeting', 2, start);
  // self-introductions
  const p1 = w1 ? w1.w + '_' + w0.w : '';
  const p2 = w1 && ws[2] ? ws[2].w + '_' + p1 : '';
  const p3 = w1 && ws[2] && ws[3] ? ws[3].w + '_' + p2 : '';
  if (STRONG_INTRO.has(p3) || STRONG_INTRO.has(p2) || STRONG_INTRO.has(p1) || STRONG_INTRO.has(w0.w)) return res('intro', 2, start);
  if (INTRO_PHRASES.has(p2) || INTRO_PHRASES.has(p1) || INTRO_PHRASES.has(w0.w)) return res('intro', 1, start);
  // relations: "my colleague Anna", "ma fille Léa", "his buddy is Drew", "mia madre, Anna"
  if (RELATIONS.has(w0.w) && !hasColon) return res('relation', 2, start);
  if (COPULAS.has(w0.w) && w1 && RELATIONS.has(w1.w)) return res('relation', 2, start);
  if (w1 && COPULAS.has(p1) && ws[2] && RELATIONS.has(ws[2].w)) return res('relation', 2, start);
  if (PERSON_VERBS.has(w0.w)) return res('list', 1, start);
  if (WITH_WORDS.has(w0.w) && w1 && (TALK_VERBS.has(w1.w) || (ws[2] && TALK_VERBS.has(ws[2].w)))) return res('list', 1, start);
  return NO_CUE;
}

function isLineStartWord(text: string, s: number): boolean {
  let i = s;
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    if (c === 32 || c === 9) {
      i--;
      continue;
    }
    return c === 10 || c === 13;
  }
  return true;
}

/** The name stands alone on a line right after a closing ("Best regards,\nTom Becker"). */
function isSignature(text: string, start: number, end: number): boolean {
  // the rest of the line after the name must be (almost) empty
  let i = end;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  if (i < text.length && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) {
    const rest = text.slice(i, Math.min(text.length, i + 40));
    if (!/^(?:[,|·–—-]|\(|<)/.test(rest)) return false;
  }
  // previous non-empty line
  let ls = start;
  while (ls > 0 && text.charCodeAt(ls - 1) !== 10) ls--;
  if (text.slice(ls, start).trim() !== '' && !/^\s*(?:--|—|-)\s*$/.test(text.slice(ls, start))) return false;
  let pe = ls - 1;
  while (pe > 0 && /\s/.test(text[pe - 1]!)) pe--;
  if (pe <= 0) return false;
  let ps = pe;
  while (ps > 0 && text.charCodeAt(ps - 1) !== 10) ps--;
  const prev = text.slice(ps, pe);
  if (prev.length > 60) return false;
  return CLOSING.test(prev) || /^\s*(?:--|—)\s*$/.test(prev);
}

const AFTER_RE =
  /(?:\s*<[^<>\s@]{1,64}@|\s*\([^()\s@]{1,64}@|\s+(?:wrote|schrieb|a écrit|escribió|ha scritto|schreef)\s*:|, (?:who|whom|whose|der|qui|quien|quienes|il quale|la quale|wie) |\s*\((?:he|she|they|him|her|er|sie|il|elle|él|ella|lui|lei|hij|zij)\b)/iy;

const LIST_NEXT_RE = /^(?:$|\s*[\r\n,;)]|\s+(?:and|und|et|y|e|en|or|oder|ou|o|of)\s)/;
/** A name talked about as a word: "the name Sophia", "der Vorname Lena", "le prénom Léa". */
const META_NAME_BEFORE_RE =
  /(?:\bthe|\ba|first|given|baby|der|den|le|el|il|de) (?:names?|vornamen?|namen?|prénoms?|nombres?|nomi|nome|voornaam) $/i;

const VERB_OBJECT_END_RE = /^(?: (?:to|about|whether|if|for|that|ob|dass|de|si|que|di|se|che|om|of|te)\b|[,?!]|\.(?:\s|$)|$)/;
const LABEL_END_RE = /^(?:$|\s*$|[ \t]*[\r\n,;.)"'|/\t]|[ \t]+[-–—(<|/])/;

const AFTER_ROLE_RE =
  /,? (?:(?:from|of|at|in|with) (?:the |our )?(?:[\p{L} -]{0,30}?(?:team|department|dept|office|desk|group|practice)|accounts|accounting|finance|hr|legal|sales|marketing|procurement|payroll|billing|it|support|engineering|operations|compliance|purchasing|logistics|reception)\b|(?:del|della|dello|dell'|dal|dalla) (?:team|reparto|controllo|ufficio|servizio|gruppo|dipartimento|amministrazione)|(?:de l'équipe|du service|de la direction|du département|de la compta|des achats)|(?:vom|von der|aus dem|aus der) (?:team|abteilung|buchhaltung|controlling|einkauf|vertrieb|personalabteilung)|(?:del|de la) (?:equipo|departamento|área|servicio|dirección)|(?:van het|van de|uit het|uit de) (?:team|afdeling|financiële))/iuy;

function lineHasGivenName(text: string, toks: readonly Tok[], i: number): boolean {
  const ls = text.lastIndexOf('\n', toks[i]!.s) + 1;
  let le = text.indexOf('\n', toks[i]!.s);
  if (le < 0) le = text.length;
  for (let k = i; k < toks.length && toks[k]!.s < le; k++) if (isGiven(toks[k]!.w)) return true;
  for (let k = i - 1; k >= 0 && toks[k]!.s >= ls; k--) if (isGiven(toks[k]!.w)) return true;
  return false;
}

/** The next non-space character after `at` is one of two codes ('<', '('). */
/** Start of an initial ("G. ") right before a capitalised word, or -1. */
/** The label word before `start` is the first word on its line ("- Patiënte D. Novak is …"). */
function ws1IsLineStart(text: string, start: number): boolean {
  const b = wordsBefore(text, start, 2);
  return b.words.length === 1;
}

function initialBefore(text: string, s: number): number {
  if (s < 3 || text.charCodeAt(s - 1) !== 32 || text.charCodeAt(s - 2) !== 46) return -1;
  const c = text.charCodeAt(s - 3);
  if (!(c >= 65 && c <= 90) || c === 77) return -1; // "M." is the French title
  if (s >= 4 && isLetterCode(text.charCodeAt(s - 4))) return -1;
  return s - 3;
}

function placePrefixAt(text: string, start: number): boolean {
  const b = wordsBefore(text, start, 1).words[0];
  return b !== undefined && PLACE_PREFIX.has(b.w) && b.punct === '';
}

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

interface QuickPrev {
  w: string;
  punct: boolean;
  lineStart: boolean;
  /** the punctuation right before the position is a dash ("— Anna Berg", an attribution) */
  dash: boolean;
}

/**
 * Words that can make `cueBefore` return a cue when punctuation separates them from the token, beyond
 * CUE_WORDS: "Ich, Anna Berg" (intros) and the last word of multi-word copulas ("si chiama, Anna").
 * After punctuation, a word outside CUE_WORDS and this set (and no dash) always yields NO_CUE.
 */
const PUNCT_CUE_WORDS: ReadonlySet<string> = new Set([
  ...set(`i ich je moi yo io ik soussigné soussignée unterzeichnende sottoscritto sottoscritta suscrito suscrita ondergetekende`),
  ...[...COPULAS].map((p) => p.slice(p.lastIndexOf('_') + 1)),
]);

/** `cueBefore(text, pos)` is certainly NO_CUE, judged from the word right before (`quickPrev`). */
function surelyNoCue(q: QuickPrev): boolean {
  if (q.lineStart) return false;
  if (!q.punct) return !CUE_WORDS.has(q.w);
  if (q.dash || CUE_WORDS.has(q.w)) return false;
  // cueBefore lower-cases the same word and maps ’ to '
  const w = q.w.includes('’') ? q.w.replace(/’/g, "'") : q.w;
  return !CUE_WORDS.has(w) && !PUNCT_CUE_WORDS.has(w);
}

/** The word right before a position (lower case, trailing dots dropped) and whether punctuation intervenes. */
function quickPrev(text: string, pos: number): QuickPrev {
  let i = pos;
  let punct = false;
  let dash = false;
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    if (c === 32 || c === 9 || c === 0xa0 || c === 0x202f) {
      i--;
      continue;
    }
    if (isLightPunct(text, i)) {
      if (!punct) dash = c === 0x2014 || c === 0x2013;
      punct = true;
      i--;
      continue;
    }
    break;
  }
  if (i === 0 || text.charCodeAt(i - 1) === 10 || text.charCodeAt(i - 1) === 13) return { w: '', punct, lineStart: true, dash };
  let j = i;
  while (j > 0 && isPrevWordChar(text.charCodeAt(j - 1))) j--;
  let e = i;
  while (e > j && text.charCodeAt(e - 1) === 46) e--;
  return { w: text.slice(j, e).toLowerCase(), punct, lineStart: false, dash };
}

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

function encyclopaedic(text: string, start: number, end: number): boolean {
  if (EPONYM_AFTER.test(text.slice(end, end + 24))) return true;
  // the sentence around the name
  let s = start;
  let n = 0;
  while (s > 0 && n < 120) {
    const c = text.charCodeAt(s - 1);
    if (c === 10 || ((c === 46 || c === 33 || c === 63) && s < start - 1)) break;
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
  return ENCYCLOPAEDIC.test(text.slice(s, start)) || ENCYCLOPAEDIC.test(text.slice(end, e));
}

/** "Mercedes-Benz" → "Mercedes": ambiguity and brand checks look at the first part too. */
function base(w: string): string {
  const h = w.indexOf('-');
  return h > 0 ? w.slice(0, h) : w;
}

function isGiven(w: string): boolean {
  if (GIVEN_NAMES.has(w)) return true;
  // compound given names need both parts: "Jean-Pierre", "Ann-Kathrin"; not "Emilia-Romagna"
  const h = w.indexOf('-');
  return h > 0 && GIVEN_NAMES.has(w.slice(0, h)) && GIVEN_NAMES.has(w.slice(h + 1));
}

const DEMONYM = /(?:ian|ean|ese|ish|isch|ais|aise|ois|oise|ano|ana|eño|eña|ês|esa|ien|ienne|ier|ière)$/;

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
    const t = toks[i]!;
    if (
      t.caps ||
      NOT_NAME_WORDS.has(t.w) ||
      TITLES_TC.has(t.w) ||
      ELISION_RE.test(t.w) ||
      (t.w.charCodeAt(0) === 73 && (t.w.charCodeAt(1) === 39 || t.w.charCodeAt(1) === 0x2019))
    ) {
      i++;
      continue;
    }
    // fast path: an unknown capitalised word with no cue word before it, no capitalised word right after
    // it and no name just before it cannot become a name (most German nouns, headings, sentence starts)
    const q = quickPrev(text, t.s);
    // an initial before the surname ("G. Dubois-Martin", "A. Castellanos"); not the French title "M."
    const ini = initialBefore(text, t.s);
    // (after punctuation too, when the word before cannot give a cue: "1000,Product 0,…,Berlin")
    const noCue = ini < 0 && surelyNoCue(q);
    if (noCue && !isGiven(t.w) && !EAST_ASIAN_SURNAMES.has(t.w)) {
      const nx = toks[i + 1];
      const adjacent = nx !== undefined && nx.s - t.e <= 12 && !t.poss;
      const nearAccepted = lastAcceptedEnd >= 0 && t.s - lastAcceptedEnd <= 7;
      if (!adjacent && !nearAccepted && !nextIs(text, t.e, 60, 40)) {
        i++;
        continue;
      }
    }
    // the run of name tokens: single spaces, optional lower-case particles in between
    let j = i;
    let end = t.e;
    while (j + 1 < toks.length && j - i < 3 && !toks[j]!.poss) {
      const n = toks[j + 1]!;
      // role words may be surnames ("Anna Kunde"), function, calendar and place words may not
      const gap = text.slice(toks[j]!.e, n.s);
      if (n.caps || CALENDAR_AND_FUNCTION_WORDS.has(n.w) || TITLES_TC.has(n.w)) break;
      // "Laan", "Berg", "Platz" are surnames after a particle ("van der Laan"), street words otherwise
      if (PLACE_WORDS.has(n.w) && (gap === ' ' || gap === '\u00a0')) break;
      if (gap === ' ' || gap === '\u00a0') {
        j++;
        end = n.e;
        continue;
      }
      if (gap.length <= 12 && /^ (?:[a-z]{1,4}\.?|[a-z]{1,4} [a-z]{1,3}) $/.test(gap)) {
        const parts = gap.trim().split(' ');
        if (parts.every((p) => PARTICLES.has(p))) {
          j++;
          end = n.e;
          continue;
        }
      }
      break;
    }
    const seq = toks.slice(i, j + 1);
    // the full context analysis only when the word just before could be a cue (cheap check first)
    const cue = ini >= 0 ? cueBefore(text, ini) : noCue ? NO_CUE : cueBefore(text, t.s);
    let start = cue.start >= 0 ? cue.start : ini >= 0 ? ini : t.s;
    let kind: NameCue | null = cue.cue;
    let strength: Strength = cue.strength;
    if (
      (cue.roleTitle && !isGiven(t.w) && text.charCodeAt(end) !== 58 && text.charCodeAt(end) !== 44) ||
      (cue.needsComma && text.charCodeAt(end) !== 44) ||
      (cue.notBang && j === i && text.charCodeAt(end) === 33 && !isGiven(t.w)) ||
      (cue.needsPair && j === i && ini < 0) ||
      (cue.needsEnd && !LABEL_END_RE.test(text.slice(end, end + 3))) ||
      (cue.needsClause && (!TO_CLAUSE_RE.test(text.slice(end, end + 8)) || BRANDS.has(t.w)))
    ) {
      kind = null;
      strength = 0;
      start = t.s;
    }
    if (kind === 'label' && strength === 1) {
      // a role word without a colon: needs a full name that ends the phrase
      if ((j > i || ini >= 0) && LABEL_END_RE.test(text.slice(end, end + 3))) strength = 2;
      else if ((j > i || ini >= 0) && ws1IsLineStart(text, start) && /^ \p{Ll}/u.test(text.slice(end, end + 2))) strength = 2;
      else {
        kind = null;
        strength = 0;
        start = t.s;
      }
    } else if (kind === 'label') {
      // a label's value ends the field ("Name: Anna Berg\n", "Kunde: Anna Berg, …"); quoted keys are
      // structured data; a one-word list item needs a known given name on the line
      const ok =
        !cue.quoted &&
        !(j === i && seq[0]!.w.toLowerCase() === cue.labelWord) &&
        LABEL_END_RE.test(text.slice(end, end + 3)) &&
        (!cue.listLabel || seq.length > 1 || isGiven(seq[0]!.w) || lineHasGivenName(text, toks, i));
      if (!ok) {
        kind = null;
        strength = 0;
        start = t.s;
      }
    }
    if (strength < 2 && (j > i || nextIs(text, end, 60, 40)) && stickyTest(AFTER_RE, text, end)) {
      kind = 'after';
      strength = 2;
    }
    if (strength < 2 && j > i && stickyTest(AFTER_ROLE_RE, text, end)) {
      kind = 'after';
      strength = 2;
    }
    if (strength < 2 && (ini >= 0 ? isLineStartWord(text, ini) : q.lineStart) && isSignature(text, start, end)) {
      kind = 'signature';
      strength = 2;
    }
    // a list continuing an accepted name on the same line: "Anna Berg, Jonas Weber and Lea Roth"
    if (strength < 2 && lastAcceptedEnd >= 0 && t.s - lastAcceptedEnd <= 7) {
      const between = text.slice(lastAcceptedEnd, t.s);
      if (
        /^(?:, | & |,? (?:and|und|et|y|e|en|or|oder|ou|o|of) )$/.test(between) &&
        !between.includes('\n') &&
        (j > i || isGiven(t.w) || LIST_NEXT_RE.test(text.slice(end, end + 6)))
      ) {
        kind = 'list';
        strength = 2;
      }
    }
    // an initial + surname needs a strong cue
    if (ini >= 0 && strength < 2) {
      i++;
      continue;
    }
    // bare particle words are part of the run only when kept by the cue
    const first = seq[0]!;
    const lastTok = seq[seq.length - 1]!;
    let accept = false;
    let score = 0.5;
    const isPlacePrefix = start === t.s ? !q.punct && PLACE_PREFIX.has(q.w) : placePrefixAt(text, start);
    const nextTok = toks[j + 1];
    let followedByPlaceWord =
      nextTok !== undefined && text.slice(lastTok.e, nextTok.s) === ' ' && PLACE_SUFFIX.has(nextTok.w) && !lastTok.poss;
    // "Jürgen Park", "Anna Hill": a surname after a known given name unless more capitalised words follow
    if (followedByPlaceWord && j === i && isGiven(first.w) && SURNAME_PLACE_WORDS.has(nextTok!.w)) {
      const after2 = toks[j + 2];
      if (!(after2 && after2.s === nextTok!.e + 1)) {
        followedByPlaceWord = false;
        end = nextTok!.e;
        seq.push(nextTok!);
        j++;
      }
    }
    const personalStrong = strength === 2 && kind !== 'list';
    if (strength === 2) {
      accept = !followedByPlaceWord || personalStrong;
      if (kind === 'list' && !isGiven(first.w) && seq.length === 1 && AMBIGUOUS_GIVEN.has(first.w)) accept = false;
      if (accept && kind === 'list' && famous(seq)) accept = false;
      score = 0.85;
    } else {
      const given = isGiven(first.w);
      const eastAsian = seq.length >= 2 && EAST_ASIAN_SURNAMES.has(first.w) && (isGiven(seq[1]!.w) || seq[1]!.w.length <= 7);
      if (seq.length >= 2 && given && !WORDLIKE_GIVEN.has(first.w) && !WORDLIKE_GIVEN.has(base(first.w))) {
        accept = true;
        kind = 'gazetteer-pair';
        score = 0.75;
      } else if (eastAsian && seq.length === 2 && isGiven(seq[1]!.w)) {
        accept = true;
        kind = 'gazetteer-pair';
        score = 0.7;
      } else if (
        seq.length === 1 &&
        given &&
        !AMBIGUOUS_GIVEN.has(first.w) &&
        !AMBIGUOUS_GIVEN.has(base(first.w)) &&
        !BRANDS.has(base(first.w))
      ) {
        accept = true;
        kind = 'gazetteer';
        score = 0.6;
      } else if (strength === 1 && seq.length >= 2 && kind === 'intro') {
        accept = true;
        score = 0.6;
      } else if (strength === 1 && kind === 'intro' && seq.length === 1 && !DEMONYM.test(first.w)) {
        const nc = text.charCodeAt(end);
        accept =
          Number.isNaN(nc) ||
          nc === 44 ||
          nc === 46 ||
          nc === 33 ||
          nc === 10 ||
          (nc === 32 && /^ (?:from|here|aus|de|di|van|del)\b/.test(text.slice(end, end + 7)));
        score = 0.55;
      } else if (
        strength === 1 &&
        kind === 'list' &&
        seq.length === 1 &&
        !BRANDS.has(first.w) &&
        !AMBIGUOUS_GIVEN.has(first.w) &&
        VERB_OBJECT_END_RE.test(text.slice(end, end + 10))
      ) {
        // "ask Rahel to review it", "remind Ingolf about the invoice"
        accept = true;
        score = 0.55;
      } else if (strength === 1 && kind === 'list' && seq.length >= 2 && seq.length <= 3 && seq.every((x) => !x.poss || x === lastTok)) {
        // "spoke with Anna Kowalczyk", "cc Jonas Weber": two capitalised words after a person verb
        accept = !seq.some((x) => AMBIGUOUS_GIVEN.has(x.w) && WORDLIKE_GIVEN.has(x.w));
        score = 0.55;
      }
      if (accept) {
        if (
          BRANDS.has(first.w) ||
          META_NAME_BEFORE_RE.test(text.slice(Math.max(0, start - 16), start)) ||
          isPlacePrefix ||
          followedByPlaceWord ||
          famous(seq) ||
          encyclopaedic(text, start, end)
        )
          accept = false;
        // "Jan 5", "Mai 2026": a month, not a name
        else if (seq.length === 1 && /^\s?\d/.test(text.slice(end, end + 2))) accept = false;
      }
    }
    if (accept && seq.length > 1 && ROLE_WORDS.has(lastTok.w) && kind !== 'title') accept = false;
    // the end of an organisation's name: "IT Service Desk <…>", "Stadtwerke Bochum GmbH"
    if (accept && kind !== 'title' && kind !== 'greeting') {
      const pv = toks[i - 1];
      if (
        (kind === null || kind === 'gazetteer' || kind === 'gazetteer-pair' || kind === 'list' || kind === 'after') &&
        pv &&
        pv.e + 1 === t.s &&
        text.charCodeAt(pv.e) === 32 &&
        (pv.caps || ROLE_WORDS.has(pv.w) || PLACE_WORDS.has(pv.w))
      )
        accept = false;
      if (followedByPlaceWord) accept = false;
      if (seq.every((x) => BRANDS.has(x.w))) accept = false;
    }
    if (accept && brand(seq, text, start, end)) accept = false;
    if (accept && kind === 'title') {
      const tw = wordsBefore(text, start, 1).words[0];
      if (tw && NAME_LIKE_BRANDS.has(tw.raw.replace(/\.$/, '') + '_' + seq.map((x) => x.w).join('_'))) accept = false;
      if (tw && FAMOUS_FULL_NAMES.has(tw.raw.replace(/\.$/, '') + '_' + seq[0]!.w)) accept = false;
    }
    if (accept && strength === 2 && isPlacePrefix && kind !== 'title' && kind !== 'label' && kind !== 'signature') accept = false;
    if (accept) {
      out.push({ start, end, cue: kind ?? 'gazetteer', score });
      lastAcceptedEnd = end;
      i = j + 1;
      continue;
    }
    i++;
  }
  structured(text, out);
  upperCaseLabels(text, out);
  upperCaseSignatures(text, toks, out);
  lowerCaseGreetings(text, out);
  if (out.length > 0) propagate(text, toks, out);
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Structured data: JSON / YAML / code / XML keys and CSV / TSV / table columns.

const NAME_KEY =
  /^(?:(?:customer|client|patient|employee|user|contact|account|card|policy|holder|sender|recipient|author|owner|person|passenger|guest|tenant|driver|member|applicant|candidate|billing|shipping|emergency|beneficiary|creditor|debtor|payee|legal)[_ -]?)?(?:(?:first|last|full|given|family|middle|sur|display|maiden|fore|nick)[_ -]?)?name$|^(?:contact[_ -]?person|contact|person|owner|assignee|reporter|author|manager|driver|patient|customer|employee|passenger|beneficiary|recipient|sender|requester|applicant|tenant|landlord|signatory|holder|cardholder|accountholder|account_holder|vorname|nachname|familienname|kundenname|nom|prenom|prénom|nom_complet|nombre|apellidos?|nombre_completo|nome|cognome|nome_completo|naam|voornaam|achternaam|volledige_naam|klantnaam|nm|cdtr_nm|dbtr_nm)$/i;

/** Keys that are names but not necessarily of people (a product "name"). */
const GENERIC_KEY =
  /^(?:name|nm|nom|nombre|nome|naam|contact|owner|assignee|reporter|author|manager|customer|beneficiary|recipient|sender|requester|landlord|holder)$/i;

const XML_RE = /<([A-Za-z:_]*(?:[Nn]ame|Nm|nom|naam))>([^<>\n]{1,80})<\/\1>/g;

/** Does a value look like a person's name: 1–5 words, letters only, capitalised (particles allowed)? */
/** Person-record keys near a generic "name" key: the record is about a person, not a product. */
const PERSON_RECORD_RE =
  /cdtr|dbtr|iban|e-?mail|phone|tel\b|mobile|birth|dob|geburt|naissance|nacimiento|nascita|geboorte|address|adresse|direcci|indirizzo|adres|gender|salary|passport/i;

/** Column names of person tables (employees, customers, patients, members). */
const PERSON_HEADER_RE =
  /employee|customer|patient|client|national|ssn|staff|member|department|hire|start_date|tax|insurance|tier|points|loyalty|mitarbeiter|kunde|patient|salari|empleado|cliente|dipendente|medewerker|klant/i;

function twoWords(v: string): boolean {
  return /\S\s+\S/.test(v.trim());
}

function personRecordNear(text: string, at: number): boolean {
  return PERSON_RECORD_RE.test(text.slice(Math.max(0, at - 200), Math.min(text.length, at + 200)));
}

function nameShaped(v: string, generic: boolean): boolean {
  const s = v.trim();
  if (s.length < 2 || s.length > 60) return false;
  if (/[\d@#/\\_:()]/.test(s)) return false;
  const parts = s.split(/[\s,]+/).filter(Boolean);
  if (parts.length === 0 || parts.length > 5) return false;
  let caps = 0;
  let prevParticle = false;
  for (const p of parts) {
    if (PARTICLES.has(p.toLowerCase()) && p === p.toLowerCase()) {
      prevParticle = true;
      continue;
    }
    if (!/^\p{Lu}[\p{L}\p{M}'’.-]*$/u.test(p)) return false;
    if ((PLACE_SUFFIX.has(p) && !prevParticle) || CALENDAR_AND_FUNCTION_WORDS.has(p)) return false;
    prevParticle = false;
    if (caps === 0 && NOT_NAME_WORDS.has(p) && !isGiven(p)) return false;
    caps++;
  }
  if (caps === 0) return false;
  if (generic) {
    // a product or team "name": require a known given name or a Given Surname shape of 2–4 words
    const first = parts[0]!;
    // a known given name, or an initial and a surname ("A. Castellanos")
    return isGiven(first) || isGiven(parts[parts.length - 1]!) || (parts.length === 2 && /^\p{Lu}\.$/u.test(first));
  }
  return true;
}

/** Where a name-like key ends and its value begins: `"lastName": `, `nom = `, `Full Name:`. */
const KEY_HIT_RE =
  /(?:name|nom|nombre|nome|naam|cognome|apellidos?|holder|prénom|prenom|Nm|person|contact|owner|assignee|reporter|author|manager|driver|patient|customer|employee|passenger|beneficiary|recipient|sender|requester|applicant|tenant|landlord|signatory)["']?[ \t]*(?::|=>|=)/gi;
const VALUE_RE = /[ \t]*["'“]?([^"'”\n\r,;<>{}[\]|=]{1,80}?)["'”]?[ \t]*(?=$|[\n\r,;}\])])/my;

/** Cheap, case-sensitive prefilter for any name-like key or column. */
const KEYWORD_ANY_RE = /[Nn](?:ame|AME|om|OM|aam|AAM|m>)|NAME|[Cc]ognome|COGNOME|[Aa]pellido|APELLIDO|[Hh]older|HOLDER|[Pp]r[ée]nom/;

function structured(text: string, out: NameCandidate[]): void {
  // person-role keys ("contact_person", "owner") are looked for in JSON only
  if (!KEYWORD_ANY_RE.test(text) && !text.includes('":')) return;
  KEY_HIT_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  // every key hit ends in ':' or '=' (plain CSV has neither)
  const kv = text.includes(':') || text.includes('=');
  while (kv && (m = KEY_HIT_RE.exec(text)) !== null) {
    // the whole key, backwards from the hit: letters, '_', '-', single spaces
    let ks = m.index;
    while (ks > 0 && m.index - ks < 30) {
      const c = text.charCodeAt(ks - 1);
      if (isLetterCode(c) || c === 95 || c === 45 || (c === 32 && ks > 1 && isLetterCode(text.charCodeAt(ks - 2)))) ks--;
      else break;
    }
    let ke = m.index;
    while (ke < text.length && (isLetterCode(text.charCodeAt(ke)) || text.charCodeAt(ke) === 95)) ke++;
    const key = text.slice(ks, ke).trim();
    if (!NAME_KEY.test(key)) continue;
    const at = m.index + m[0].length;
    VALUE_RE.lastIndex = at;
    const v = VALUE_RE.exec(text);
    if (!v) continue;
    const raw = v[1]!;
    const val = raw.trim();
    const generic = GENERIC_KEY.test(key);
    if (!nameShaped(val, generic) && !(generic && nameShaped(val, false) && twoWords(val) && personRecordNear(text, at))) continue;
    const vs = at + v[0].indexOf(raw) + raw.indexOf(val);
    out.push({ start: vs, end: vs + val.length, cue: 'structured', score: 0.8 });
  }
  if (text.includes('</')) {
    XML_RE.lastIndex = 0;
    while ((m = XML_RE.exec(text)) !== null) {
      const v = m[2]!.trim();
      if (!nameShaped(v, true) && !(nameShaped(v, false) && twoWords(v) && personRecordNear(text, m.index))) continue;
      const vs = m.index + m[0].indexOf('>') + 1 + m[2]!.indexOf(v);
      out.push({ start: vs, end: vs + v.length, cue: 'structured', score: 0.8 });
    }
  }
  csvColumns(text, out);
}

/** CSV/TSV/semicolon/pipe tables whose header names a name column. */
/** A name-column keyword; the line around it is then checked for being a delimited header. */
const CSV_KEYWORD_RE = /name|nom|naam|cognome|apellido/gi;

function csvColumns(text: string, out: NameCandidate[]): void {
  CSV_KEYWORD_RE.lastIndex = 0;
  let hm: RegExpExecArray | null;
  let doneUntil = -1;
  while ((hm = CSV_KEYWORD_RE.exec(text)) !== null) {
    if (hm.index < doneUntil) continue;
    const pos = text.lastIndexOf('\n', hm.index) + 1;
    let nl = text.indexOf('\n', hm.index + 1);
    if (nl < 0) nl = text.length;
    doneUntil = nl;
    const line = text.slice(pos, nl);
    const sep = line.includes('\t') ? '\t' : line.includes(';') ? ';' : line.includes('|') ? '|' : line.includes(',') ? ',' : '';
    if (!sep || line.length >= 400) continue;
    const header = line.split(sep).map((h) => h.trim().replace(/^["']|["']$/g, ''));
    const cols: number[] = [];
    header.forEach((h, k) => {
      if (NAME_KEY.test(h) || /^(?:name|nom|naam|nombre|nome)$/i.test(h)) cols.push(k);
    });
    if (cols.length === 0 || header.length < 2) continue;
    // a bare "name" column is a person's only in a person record (with e-mail, phone, birth date …)
    const personHeader = PERSON_RECORD_RE.test(line) || PERSON_HEADER_RE.test(line);
    const genericCol = header.map((h) => GENERIC_KEY.test(h));
    const lastCol = cols[cols.length - 1]!; // cells after it are never read
    // rows below with the same separator
    let rp = nl + 1;
    let rows = 0;
    while (rp < text.length && rows < 2000) {
      let rn = text.indexOf('\n', rp);
      if (rn < 0) rn = text.length;
      const row = text.slice(rp, rn);
      if (!row.includes(sep)) break;
      if (!/^\s*\|?\s*:?-{2,}/.test(row)) {
        let k = 0;
        let idx = 0;
        while (idx <= row.length) {
          const nx = row.indexOf(sep, idx);
          const ce = nx < 0 ? row.length : nx;
          if (cols.includes(k)) {
            const cell = row.slice(idx, ce);
            const v = cell
              .trim()
              .replace(/^["']|["']$/g, '')
              .trim();
            if (v && nameShaped(v, genericCol[k] === true && !personHeader)) {
              const abs = rp + idx + cell.indexOf(v);
              out.push({ start: abs, end: abs + v.length, cue: 'structured', score: 0.8 });
            }
          }
          if (nx < 0 || k >= lastCol) break;
          idx = nx + 1;
          k++;
        }
      }
      rows++;
      rp = rn + 1;
    }
    doneUntil = rp;
    CSV_KEYWORD_RE.lastIndex = Math.max(CSV_KEYWORD_RE.lastIndex, rp);
  }
}

/** Upper-case names after a name label: "NAME ANNA BERG", "Passenger: LE ROUX/OLYMPE MS". */
const UPPER_LABEL_RE =
  /(?:^|\n)[ \t]*(?:NAME|FULL NAME|SURNAME|GIVEN NAMES?|NOM|PRÉNOMS?|NOMBRE|APELLIDOS|NOME|COGNOME|NAAM|VORNAME|NACHNAME|PASSENGER|PASSAGIER|PASSAGER|PASAJERO|PASSEGGERO|Passenger|Name|Passagier|Passager|Pasajero|Passeggero|Nom|Nombre|Nome|Naam)[ \t]*:?[ \t]+(\p{Lu}{2,}(?:['’-]\p{Lu}+)*(?:[ /]\p{Lu}{2,}(?:['’-]\p{Lu}+)*){0,3})(?=[ \t]*(?:\n|$|,|[ \t]+(?:MR|MRS|MS|MISS|MSTR|DR)\b))/gu;

function upperCaseLabels(text: string, out: NameCandidate[]): void {
  if (!/(?:NAME|NOM|NOMBRE|NOME|NAAM|PASS|Pass|Name|Nom|Nombre|Nome|Naam)/.test(text)) return;
  UPPER_LABEL_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = UPPER_LABEL_RE.exec(text)) !== null) {
    let v = m[1]!;
    v = v.replace(/[ /](?:MR|MRS|MS|MISS|MSTR|DR)$/, '');
    const words = v.split(/[ /]/);
    if (words.some((w) => !PARTICLES.has(w.toLowerCase()) && NOT_NAME_WORDS.has(w[0] + w.slice(1).toLowerCase()))) continue;
    const s = m.index + m[0].length - m[1]!.length;
    out.push({ start: s, end: s + v.length, cue: 'label', score: 0.8 });
  }
}

/** "Best regards,\nSIDDHARTH MEHTA": an upper-case name alone on the line after a closing. */
function upperCaseSignatures(text: string, toks: readonly Tok[], out: NameCandidate[]): void {
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (!t.caps || t.w.length < 2 || !isLineStartWord(text, t.s)) continue;
    let m = k;
    while (m + 1 < toks.length && m - k < 3 && toks[m + 1]!.caps && text.slice(toks[m]!.e, toks[m + 1]!.s) === ' ') m++;
    if (m === k) continue; // two words at least
    const end = toks[m]!.e;
    if (!isSignature(text, t.s, end)) continue;
    const words = toks.slice(k, m + 1);
    if (words.some((x) => NOT_NAME_WORDS.has(x.w[0] + x.w.slice(1).toLowerCase()))) continue;
    out.push({ start: t.s, end, cue: 'signature', score: 0.75 });
    k = m;
  }
}

/** "hey fatima -", "hi priya," in lower-case messages: a known given name after a greeting. */
const LOWER_GREETINGS = ['hi ', 'hey ', 'hello ', 'dear ', 'hallo ', 'hoi ', 'hola ', 'ciao ', 'salut ', 'bonjour ', 'morning '];
const LOWER_NAME_RE = /([a-zà-ÿ]{2,20})(?=[ \t]*(?:[,!:\n-]|$))/y;

function lowerCaseGreetings(text: string, out: NameCandidate[]): void {
  for (const g of LOWER_GREETINGS) {
    let p = text.indexOf(g);
    while (p >= 0) {
      if (p === 0 || !isLetterCode(text.charCodeAt(p - 1))) {
        const s = p + g.length;
        LOWER_NAME_RE.lastIndex = s;
        const m = LOWER_NAME_RE.exec(text);
        if (m) {
          const w = m[1]!;
          const tc = w[0]!.toUpperCase() + w.slice(1);
          if (GIVEN_NAMES.has(tc) && !AMBIGUOUS_GIVEN.has(tc)) out.push({ start: s, end: s + w.length, cue: 'greeting', score: 0.6 });
        }
      }
      p = text.indexOf(g, p + 1);
    }
  }
}

/** Other mentions of a name already found: "Attendees: Anna Berg …\n- Anna: churn is up". */
function propagate(text: string, toks: readonly Tok[], out: NameCandidate[]): void {
  const known = new Set<string>();
  for (const c of out) {
    if (c.cue === 'propagated') continue;
    for (const w of text.slice(c.start, c.end).split(/[\s/]+/)) {
      if (w.length >= 3 && /^\p{Lu}\p{Ll}/u.test(w) && !NOT_NAME_WORDS.has(w) && !WORDLIKE_GIVEN.has(w) && !PLACE_SUFFIX.has(w))
        known.add(w);
    }
  }
  if (known.size === 0) return;
  const covered = (s: number, e: number) => out.some((c) => s < c.end && c.start < e);
  const add: NameCandidate[] = [];
  for (const t of toks) {
    if (!known.has(t.w)) continue;
    if (covered(t.s, t.e) || add.some((c) => t.s < c.end && c.start < t.e)) continue;
    const prev = add[add.length - 1];
    if (prev && text.slice(prev.end, t.s) === ' ') {
      prev.end = t.e;
      continue;
    }
    add.push({ start: t.s, end: t.e, cue: 'propagated', score: 0.6 });
  }
  for (const a of add) out.push(a);
}

export const personNameDetector: Detector = {
  name: NAME,
  types: ['PERSON'],
  detect(text: string): Finding[] {
    const cands = personNameCandidates(text);
    const findings: Finding[] = [];
    for (const c of cands) {
      if (c.end <= c.start) continue;
      findings.push({ type: 'PERSON', start: c.start, end: c.end, score: c.score, detector: NAME });
    }
    return findings;
  },
};
