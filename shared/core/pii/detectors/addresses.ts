// ADDRESS: street addresses — a street with a house number, optionally unit, postcode, city and country —
// in the formats of the six supported languages and the UK/US/Canada/India:
//   number first:  "221B Baker Street", "1600 Pennsylvania Ave NW", "12 rue de la Paix", "27 bis rue …"
//   number after:  "Hauptstraße 5", "Keizersgracht 123", "Berliner Str. 12", "Calle Mayor 10", "C/ Mayor 133",
//                  "Avda. de la Constitución, 115", "Via Roma, 12", "Piazza Garibaldi 3", "Corso Italia 22"
//   unit first:    "Flat 12, Green Acres, MG Road, Bengaluru 560001"
//   after a label: "Address: …", "Anschrift: …", "Domicilio: …", "Indirizzo: …", "Adres: …", "wohnhaft …"
//   any street:    whatever its street word, when a postcode and a city end it ("Freudenthaler Weg 26c, 60590
//                  Yasinland", "4777 Conn Track, Fort Murlberg, VT 03222")
// Candidates are anchored on digit runs (one regex pass; a house number is required), then matched with
// sticky or windowed regexes, so ordinary prose costs little.
// Each street is then extended to the right over unit, postcode + city (DE/FR/IT/ES/NL/BE/AT/CH), city +
// postcode (UK, US state + ZIP, Canada, India) and country, across a line break when the next line
// continues the address. The span runs from the first to the last part.
// Not an address (docs/pii-labels.md): a city, region or country alone, "Main Street" without a number.
import type { Detector, Finding } from '../types.ts';
import { isAsciiDigit, isLetter } from '../chars.ts';
import { lineAt } from '../lines.ts';
import { matchAt } from '../regex-matches.ts';

const NAME = 'addresses';

// ---------------------------------------------------------------------------------------------------
// Building blocks

/** English street types (capitalised in running text). */
const EN_TYPE =
  'Street|St|Road|Rd|Avenue|Ave|Av|Lane|Ln|Drive|Dr|Boulevard|Blvd|Way|Close|Court|Ct|Place|Pl|Terrace|Ter|Crescent|Cres|Square|Sq|Gardens|Gdns|Grove|Hill|Park|Row|Mews|Walk|Parkway|Pkwy|Highway|Hwy|Circle|Cir|Trail|Trl|Gate|Grange|Green|Rise|View|Vale|Wharf|Quay|Parade|Esplanade|Embankment|Approach|Meadows?|Heights|Yard|Alley|Loop|Pike|Path|Ridge|Commons?|Plaza|Broadway|Causeway|Chase|Croft|Dale|Drove|Fold|Garth|Glade|Glen|Hollow|Brow|Side|Wynd|Expressway|Freeway|Turnpike|Route';

/** French street types (usually lower case after the number). */
const FR_TYPE =
  'rue|avenue|av\\.|boulevard|bd|bld|place|pl\\.|chemin|allée|impasse|quai|route|cours|passage|square|rond-point|faubourg|promenade|voie|sentier|cité|résidence|hameau|esplanade|parvis|montée|traverse|ruelle|chaussée|lotissement';

const DIRECTION = '(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)';

/** A word of a street name in title case or capitals ("Baker", "Saint-Denis", "O'Connell", "45th", "9TH", "MG"). */
const TITLE_WORD = "(?:\\p{Lu}[\\p{L}\\p{M}'’.-]*|\\d{1,3}(?:[sS][tT]|[nN][dD]|[rR][dD]|[tT][hH])|" + DIRECTION + ')';
/** The street types as running text writes them, and in capitals (a shipping label: "126 N 9TH STREET"). */
const EN_TYPES = `${EN_TYPE}|${EN_TYPE.toUpperCase()}`;
const NAME_PARTICLE =
  "(?:of|the|de|du|des|la|le|les|d'|l'|del|della|di|dei|degli|delle|von|van|der|den|y|e|et|and|&|san|santa|sankt|saint|st\\.?)";

/** Number first, English: "221B Baker Street", "4403 N 45th Street", "1600 Pennsylvania Ave NW". */
const EN_NUM_FIRST = new RegExp(
  `(\\d{1,5}[A-Za-z]?(?:[-–/]\\d{1,5}[A-Za-z]?)?),?[ \\t]+(?:${TITLE_WORD}[ \\t]+(?:${NAME_PARTICLE}[ \\t]+)?){1,4}(?:${EN_TYPES})\\.?(?:[ \\t]+${DIRECTION})?(?![\\p{L}\\p{N}])`,
  'uy',
);

/** A single-word street after the number: "56 Kingsway", "80 Moorgate", "12 Broadway". */
const EN_ONE_WORD = /(\d{1,5}[A-Za-z]?)[ \t]+(\p{Lu}\p{Ll}+(?:way|gate|side|wood|field|row|green))(?![\p{L}\p{N}])/uy;

/** Lower-case number-first streets ("28 church lane"): only with a postcode soon after. */
const EN_LOWER = new RegExp(
  `(\\d{1,5}[a-z]?)[ \\t]+(?:[a-z][a-z'-]+[ \\t]+){1,3}(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|way|close|court|place|terrace|crescent|square|gardens|grove|hill|park|row|mews|walk|boulevard|blvd)\\.?(?![\\p{L}\\p{N}])`,
  'uy',
);

/** Number first, French: "12 rue de la Paix", "27 bis rue …", "103, avenue Jean Jaurès". */
const FR_NUM_FIRST = new RegExp(
  `(\\d{1,4}(?:[ \\t]?(?:bis|ter|quater|[A-Da-d]))?),?[ \\t]+(?:${FR_TYPE})(?:[ \\t]+(?:${NAME_PARTICLE}(?![\\p{L}\\p{M}'’.-])|[\\p{L}\\p{M}'’-][\\p{L}\\p{M}'’.-]*)){1,7}`,
  'iuy',
);

/** German/Dutch/… compounds and separate street words, number after: "Hauptstraße 5", "Keizersgracht 123". */
const DE_NL_STREET =
  /(?<![\p{L}\p{N}-])((?:(?:\p{Lu}[\p{L}\p{M}-]*(?:er|e|s)|Am|An|Auf|Im|In|Zum|Zur|Unter|Hinter|Vor|Alte|Alter|Neue|Neuer|Große|Grosse|Kleine|Obere|Untere|Lange|Korte|Nieuwe|Oude|Van|De|Sint|Sankt|St\.)[ \t](?:(?:der|dem|den|de|het)[ \t])?)?\p{Lu}[\p{L}\p{M}-]*?(?:straße|strasse|str\.|weg|gasse|platz|allee|ring|damm|ufer|chaussee|steig|pfad|markt|graben|kai|wall|stieg|zeile|straat|laan|gracht|plein|kade|singel|dijk|dreef|steeg|hof|baan|plantsoen|Straße|Strasse|Str\.|Weg|Gasse|Platz|Allee|Ring|Damm|Ufer))[ \t]+(\d{1,4}[a-zA-Z]?(?:[ \t]?[-–/][ \t]?\d{1,4}[a-zA-Z]?)?)(?![\p{L}\p{N}]|[.,]\d)/gu;

/** Spanish, Catalan, Italian, Portuguese: keyword, name, number ("Calle Mayor 10", "Via Roma, 12"). */
const ROMANCE_STREET =
  /(?<![\p{L}\p{N}])(?:[Cc]alle|C\/|[Cc]l\.|[Aa]venida|[Aa]vda\.?|[Aa]v\.|[Pp]aseo|P[ºo]\.?|[Pp]laza|[Pp]za\.?|[Cc]arrer|[Cc]amino|[Rr]onda|[Tt]ravesía|[Cc]arretera|[Cc]tra\.?|[Gg]lorieta|[Rr]ambla|[Pp]asseig|[Pp]laça|[Vv]ia|[Vv]ía|[Vv]\.le|[Vv]iale|[Pp]iazza|[Pp]\.zza|[Pp]\.za|[Pp]iazzale|[Cc]orso|[Cc]\.so|[Ll]argo|[Vv]icolo|[Ss]trada|[Ll]ungomare|[Ll]ungotevere|[Bb]orgo|[Cc]ontrada|[Ss]alita|[Rr]ua|[Tt]ravessa|[Pp]raça|Rue|Avenue|Boulevard|Place|Chemin|Quai|Allée|Impasse)[ \t]*(?:(?:de|del|de la|de las|de los|dels|d'|di|del|della|dello|dei|degli|delle|da|do|dos|das|e|y|i|des|du|la|le|les|san|santa|sant|santo)[ \t]+|\p{Lu}[\p{L}\p{M}'’.-]*[ \t]*|\d{1,2}[ \t]+(?=\p{Lu})){1,7},?[ \t]*(?:n\.?[ºo°]?[ \t]*|nº[ \t]*|núm\.?[ \t]*|num\.?[ \t]*)?(\d{1,4}[A-Za-z]?(?:\/[A-Za-z0-9]{1,3})?)(?![\p{L}\p{N}]|[.,]\d)/gu;

/** Unit first: "Flat 897, Shanti Apartments, MG Road, Bengaluru 560035" (Indian/UK style, needs a PIN/postcode). */
const UNIT_FIRST =
  /(?<![\p{L}\p{N}])(?:Flat|Apartment|Apt\.?|Suite|Unit|House|Plot|Door)[ \t]*(?:No\.?[ \t]*)?\d{1,5}[A-Za-z]?,[ \t]*[^\n]{3,80}?(?:\r?\n[^\n]{0,40}?)?(?<![\p{L}])\p{Lu}\p{Ll}+[ \t]*[-–]?[ \t]*(?:\d{6}|\d{3}[ \t]\d{3})(?![\p{N}])/gu;

/** Labels after which the rest of the line is an address when it contains a number. */
const LABEL_RE =
  /(?:^|[\s(>])(?:(?:home|postal|mailing|street|shipping|billing|delivery|residential|current|permanent|same|new|old|registered|office)[ \t]+)?(?:address|adresse|anschrift|wohnanschrift|postanschrift|lieferadresse|rechnungsadresse|wohnort|wohnhaft(?:[ \t]+in)?|domicile|domicilié(?:e)?(?:[ \t]+(?:à|au))?|demeurant(?:[ \t]+(?:à|au))?|domicilio|dirección|direccion|indirizzo|residenza|residente(?:[ \t]+in)?|adres|woonadres|postadres|woonachtig(?:[ \t]+(?:aan|te|op))?|bezorgadres|factuuradres)[ \t]*(?::|-|=)?[ \t]*/giu;

// Right-hand continuations (sticky).
const SEP = '(?:[ \\t]*,[ \\t]*|[ \\t]*\\r?\\n[ \\t]*|[ \\t]+)';
const UK_POSTCODE = '[A-Z]{1,2}\\d[A-Z\\d]?[ \\t]?\\d[A-Z]{2}';
const CITY =
  "\\p{Lu}[\\p{L}\\p{M}'’-]*(?:[ \\t-](?:(?:am|an|im|in|de|del|di|sur|sous|en|le|la|les|upon|on|the|aan|den|op|bei|ob)[ \\t-])?\\p{Lu}[\\p{L}\\p{M}'’-]*){0,3}";
/**
 * A postcode before its city, in the forms of Europe and beyond: five digits (and the US's four more), four and
 * two capitals (NL), Portugal's 4-3, Poland's 2-3, Czechia's and Slovakia's 3 2, India's 3 3, six digits (RO, RU,
 * IN), four digits that are no year, a country's letters before them ("D-10115", "LV-5227", "AZ4992"), Canada's
 * A9A 9A9, Ireland's Eircode, the UK's.
 */
const POSTCODE = `[A-Z]{2}-\\d{3}(?![\\p{L}\\p{N}])|(?:[A-Z]{1,2}-?)?(?:\\d{5}(?:-\\d{4})?|\\d{4}[ \\t]?[A-Z]{2}|\\d{4}-\\d{3}|\\d{2}-\\d{3}|\\d{3}[ \\t]\\d{2,3}|\\d{6}|(?!19\\d\\d|20\\d\\d)\\d{4})(?![\\p{L}\\p{N}])|[A-Z]\\d[A-Z][ \\t]?\\d[A-Z]\\d|[A-Z]\\d{2}[ \\t]?[A-Z\\d]{4}|${UK_POSTCODE}`;
const US_STATES =
  'AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|AB|BC|MB|NB|NL|NS|ON|PE|QC|SK';
/**
 * Number first with any street word, when a city, a state and a ZIP code follow ("4777 Conn Track, Fort Murlberg,
 * VT 03222", "964 Will Greens, …"): the ZIP code says what the words before it are.
 */
const EN_STREET_BEFORE_ZIP = new RegExp(
  `\\d{1,5}[A-Za-z]?,?[ \\t]+(?:${TITLE_WORD}[ \\t]+){0,3}${TITLE_WORD}(?=,[ \\t]*${CITY},?[ \\t]+(?:${US_STATES})[ \\t]+\\d{5}(?:-\\d{4})?(?![\\p{L}\\p{N}]))`,
  'uy',
);

/**
 * Number first with any street word, when a postcode and a city end the address after a comma ("9 Ffordd Derwen,
 * NP0 1NP Caerpennar", "958 Ed Forest, G0M 6M8 Port Amaya"): the postcode says what the words before it are.
 */
const STREET_BEFORE_POSTCODE = new RegExp(
  `\\d{1,5}[A-Za-z]?,?[ \\t]+(?:${TITLE_WORD}[ \\t]+){0,3}${TITLE_WORD},[ \\t]*(?:${POSTCODE})[ \\t]+${CITY}(?=[ \\t]*(?:$|[\\r\\n.,;)!?]))`,
  'uy',
);

const CONT: RegExp[] = [
  // unit / floor: "Apt 24C", "Suite 39", "# 11", "4º A", "2º D", "Appt 12", "Whg. 3", "scala B", "int. 5"
  new RegExp(
    `${SEP}(?:(?:Apt|Apartment|Suite|Ste|Unit|Flat|Floor|Fl|Appt|Appartement|Bât|Bâtiment|Escalier|Étage|Piso|Puerta|Planta|Scala|Interno|Int|Whg|Wohnung|App|Bus|bus|Room|Rm)(?:\\.|(?![\\p{L}]))[ \\t]*#?[ \\t]*[A-Za-z0-9-]{1,6}|#[ \\t]?\\d{1,5}[A-Za-z]?|\\d{1,2}[ \\t]?[º°ª][ \\t]?(?:[A-Z]\\b|izq(?:da)?\\.?|dcha\\.?|izda\\.?)?|(?:bajo|entresuelo|ático)(?:[ \\t][A-Z])?)`,
    'yu',
  ),
  // building / estate name before a road ("Shanti Apartments", "Green Acres"): only with a road or PIN after
  // postcode + city: "10115 Berlin", "75002 Paris", "1015 CJ Amsterdam", "D-10115 Berlin", "00184 Roma (RM)"
  new RegExp(
    `${SEP}(?:(?:[A-Z]{1,2}-)?\\d{4,5}(?:[ \\t]?[A-Z]{2}(?![\\p{L}]))?)[ \\t]+${CITY}(?:[ \\t]*\\([A-Z]{2}\\)|[ \\t]+[A-Z]{2}(?![\\p{L}\\p{N}]))?(?:[ \\t]+(?:Cedex|CEDEX)(?:[ \\t]+\\d{1,2})?)?`,
    'yu',
  ),
  // city + UK postcode / US state + ZIP / Canadian postcode / Indian PIN
  new RegExp(
    `${SEP}${CITY}(?:,?[ \\t]+(?:${UK_POSTCODE}|[A-Z]{2}[ \\t]+\\d{5}(?:-\\d{4})?|[A-Z]{2}[ \\t]+[A-Z]\\d[A-Z][ \\t]?\\d[A-Z]\\d|\\d{6}|\\d{3}[ \\t]\\d{3}|\\d{4,5}))(?![\\p{L}\\p{N}])`,
    'yu',
  ),
  // lower-case city + postcode ("edinburgh\neh6 6wq", "san diego, ca 92145")
  new RegExp(
    `${SEP}[a-z][a-z'-]+(?:[ \\t][a-z][a-z'-]+){0,2}(?:,?[ \\t]*(?:\\r?\\n[ \\t]*)?(?:[a-z]{1,2}\\d[a-z\\d]?[ \\t]?\\d[a-z]{2}|[a-z]{2}[ \\t]+\\d{5}))(?![\\p{L}\\p{N}])`,
    'yu',
  ),
  // city + US state/Canadian province code without a ZIP ("Madison WI", "Austin, TX")
  new RegExp(`${SEP}${CITY},?[ \\t]+(?:${US_STATES})(?![\\p{L}\\p{N}])`, 'yu'),
  // a postcode alone ("SW1A 1AA", "EH6 6WQ", "75002", "DC 20500")
  new RegExp(`${SEP}(?:${UK_POSTCODE}|[A-Z]{2}[ \\t]+\\d{5}(?:-\\d{4})?)(?![\\p{L}\\p{N}])`, 'yu'),
  // country
  /(?:[ \t]*,[ \t]*|[ \t]*\r?\n[ \t]*)(?:Deutschland|Germany|Allemagne|Alemania|Germania|Duitsland|France|Frankreich|Francia|Frankrijk|España|Spain|Spanien|Espagne|Spagna|Spanje|Italia|Italy|Italien|Italie|Italië|Nederland|Netherlands|The Netherlands|Niederlande|Pays-Bas|Países Bajos|Paesi Bassi|België|Belgique|Belgium|Belgien|Bélgica|Belgio|Österreich|Austria|Autriche|Oostenrijk|Schweiz|Suisse|Svizzera|Switzerland|Zwitserland|Suiza|United Kingdom|UK|U\.K\.|England|Scotland|Wales|Ireland|Irlande|Irland|USA|U\.S\.A\.|United States|Canada|India|Portugal|Luxembourg|Luxemburg|Polska|Poland|Danmark|Denmark|Sverige|Sweden|Norge|Norway|Australia)(?![\p{L}])/uy,
  // a city alone after a comma, ending the address ("…, London.")
  new RegExp(`[ \\t]*,[ \\t]*${CITY}(?=[ \\t]*(?:$|[\\r\\n.;)!?]|,[ \\t]*(?:\\p{Lu}|\\d)))`, 'yu'),
];

/** Index of the continuation that is a city alone (allowed once, only after a comma). */
const CITY_ALONE = CONT.length - 1;
const LOWER_CITY = 3;

function extend(text: string, end: number, lower: boolean): number {
  let e = end;
  let usedCity = false;
  let parts = 0;
  for (let guard = 0; guard < 6; guard++) {
    let advanced = false;
    for (let k = 0; k < CONT.length; k++) {
      if (k === CITY_ALONE && (usedCity || parts > 0)) continue;
      if (k === LOWER_CITY && !lower) continue;
      const re = CONT[k]!;
      re.lastIndex = e;
      const m = re.exec(text);
      if (!m || m[0].length === 0) continue;
      // a line break may only be crossed into a postcode/city/country/unit line, and not twice in a row blank
      if (/\n[ \t]*\r?\n/.test(m[0])) continue;
      const ne = e + m[0].length;

      if (k === CITY_ALONE) usedCity = true;
      e = ne;
      parts++;
      advanced = true;
      break;
    }
    if (!advanced) break;
  }
  return e;
}

function push(out: Finding[], start: number, end: number, score: number): void {
  out.push({ type: 'ADDRESS', start, end, score, detector: NAME });
}

/** A house number after a street keyword that is really a quantity/time ("Platz 3 Minuten"). */
const NOT_AFTER_NUMBER =
  /^[ \t]*(?:%|€|\$|£|km|m\b|min|minutes?|minuten|uhr|h\b|hours?|stunden|jahre|years?|tage|days?|mal|times|x\b|ans?\b|años|anni|jaar|euro|eur|chf|usd|gbp|stück|pcs)/i;

// ---------------------------------------------------------------------------------------------------

/** Street keywords of the Romance languages (and French written before the name). */
const ROMANCE_KW =
  /(?:calle|c\/|cl\.|avenida|avda|av\.|paseo|p[ºo]\.|plaza|pza|carrer|camino|ronda|travesía|carretera|ctra|glorieta|rambla|passeig|plaça|via|vía|v\.le|viale|piazza|p\.zza|p\.za|piazzale|corso|c\.so|largo|vicolo|strada|lungomare|lungotevere|borgo|contrada|salita|rua|travessa|praça|rue|avenue|boulevard|place|chemin|quai|allée|impasse)(?![\p{L}])/iu;

/**
 * A cheaper superset of `ROMANCE_KW.test(text)` on the lower-cased text (no Unicode case folding, no
 * look-ahead; 'ſ' folds to 's' under /iu). Only a gate: the keyword is then looked for near each number.
 */
const ROMANCE_KW_ANY =
  /calle|c\/|cl\.|avenida|avda|av\.|pa[sſ]eo|p[ºo]\.|plaza|pza|carrer|camino|ronda|travesía|carretera|ctra|glorieta|rambla|pa[sſ][sſ]eig|plaça|via|vía|v\.le|viale|piazza|p\.zza|p\.za|piazzale|cor[sſ]o|c\.[sſ]o|largo|vicolo|[sſ]trada|lungomare|lungotevere|borgo|contrada|[sſ]alita|rua|trave[sſ][sſ]a|praça|rue|avenue|boulevard|place|chemin|quai|allée|impa[sſ][sſ]e/;

/** Endings of German/Dutch street names before the number ("…straße 5", "…gracht 123", "Str. 12"). */
const DE_NL_END =
  /(?:straße|strasse|str\.|weg|gasse|platz|allee|ring|damm|ufer|chaussee|steig|pfad|markt|graben|kai|wall|stieg|zeile|straat|laan|gracht|plein|kade|singel|dijk|dreef|steeg|hof|baan|plantsoen)$/i;

/** Run a global regex over a small window and return the match whose end is `end` (± trailing unit). */
function windowMatch(re: RegExp, text: string, from: number, end: number): number {
  const w = text.slice(from, Math.min(text.length, end + 4));
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  let best = -1;
  while ((m = re.exec(w)) !== null) {
    if (from + m.index + m[0].length === end) best = from + m.index;
    if (m[0].length === 0) re.lastIndex++;
  }
  return best;
}

function findAddresses(text: string): Finding[] {
  const out: Finding[] = [];
  const n = text.length;
  let sixDigits = false;
  const ctx: { romance: boolean | undefined } = { romance: undefined };
  // One pass over digit runs: every street address has a house number.
  // (a plain loop over char codes: no match object per digit run; number-heavy tables have hundreds)
  let pos = 0;
  while (pos < n) {
    if (!isAsciiDigit(text.charCodeAt(pos))) {
      pos++;
      continue;
    }
    const s = pos;
    let e = s + 1;
    while (e < n && isAsciiDigit(text.charCodeAt(e))) e++;
    pos = e;
    if (e - s === 6) sixDigits = true;
    if (e - s > 5) continue;
    const found = addressAtNumber(text, s, e, ctx);
    if (found) {
      out.push(found);
      pos = Math.max(e, found.end);
    }
  }
  if (sixDigits && /(?:Flat|Apartment|Apt|Suite|Unit|House|Plot|Door)/.test(text)) {
    UNIT_FIRST.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = UNIT_FIRST.exec(text)) !== null) {
      push(out, m.index, extend(text, m.index + m[0].length, false), 0.75);
    }
  }
  labelled(text, out);
  return dedupe(out).filter((f) => !isSampleAddress(text.slice(f.start, f.end)));
}

/**
 * The documented sample addresses of forms and examples, named so in their words: "Musterstraße 1, 12345
 * Musterstadt", "Beispielweg 3", "1 Example Street", "Calle Ejemplo 5" — no one lives there.
 */
const SAMPLE_ADDRESS = /(?<![\p{L}\p{M}])(?:Muster|Beispiel|Example|Sample|Exemple|Ejemplo|Esempio|Voorbeeld)/u;
export function isSampleAddress(address: string): boolean {
  return SAMPLE_ADDRESS.test(address);
}

/** The address the house number `text[s, e)` belongs to, written number first or after the street. */
function addressAtNumber(text: string, s: number, e: number, ctx: { romance: boolean | undefined }): Finding | null {
  const pc = s > 0 ? text.charCodeAt(s - 1) : 32;
  // number first: "221B Baker Street", "12 rue de la Paix", "56 Kingsway"
  if ((mayStartNumberFirst(pc) || afterKey(text, s)) && streetFollows(text, e)) {
    const found = numberFirst(text, s);
    if (found) return found;
  }
  // number after the street: "Hauptstraße 5", "Via Roma, 12", "Calle Mayor n.º 10"
  if (e - s <= 4 && (pc === 32 || pc === 9 || pc === 0xa0 || pc === 44 || pc === 46 || pc === 0xba || pc === 0xb0)) {
    const nc = e < text.length ? text.charCodeAt(e) : 32;
    if (isAsciiDigit(nc)) return null;
    return numberAfter(text, s, e, ctx);
  }
  return null;
}

/** What may stand right before a number-first house number: not a letter, digit or `. , / : - # $ +`. */
function mayStartNumberFirst(pc: number): boolean {
  return (
    !isLetter(pc) &&
    !isAsciiDigit(pc) &&
    pc !== 46 &&
    pc !== 44 &&
    pc !== 47 &&
    pc !== 58 &&
    pc !== 45 &&
    pc !== 35 &&
    pc !== 36 &&
    pc !== 43
  );
}

/** Right after a key's colon ("LOCATION:69 Fernhill Avenue", a calendar's or a form's field), not a time's ("10:30"). */
function afterKey(text: string, s: number): boolean {
  return text.charCodeAt(s - 1) === 58 && isLetter(text.charCodeAt(s - 2));
}

/** After the number ("221B", "12-14", "12/3", "103,"): a blank, then a letter or an ordinal — a street name may follow. */
function streetFollows(text: string, e: number): boolean {
  const n = text.length;
  let k = e;
  if (k < n && isLetter(text.charCodeAt(k)) && !isLetter(text.charCodeAt(k + 1))) k++; // 221B
  if (k < n && (text.charCodeAt(k) === 45 || text.charCodeAt(k) === 47) && isAsciiDigit(text.charCodeAt(k + 1))) {
    k++;
    while (k < n && isAsciiDigit(text.charCodeAt(k))) k++;
    if (k < n && isLetter(text.charCodeAt(k)) && !isLetter(text.charCodeAt(k + 1))) k++; // 232/4A
  }
  if (text.charCodeAt(k) === 44) k++;
  const c1 = text.charCodeAt(k);
  return (c1 === 32 || c1 === 9) && (isLetter(text.charCodeAt(k + 1)) || ORDINAL_STREET.test(text.slice(k + 1, k + 6)));
}

/** A numbered street after the house number: "42 5th Avenue", "126 9TH STREET". */
const ORDINAL_STREET = /^\d{1,3}(?:st|nd|rd|th)(?![\p{L}\p{N}])/iu;

/** Words before a number that make it a section, step or rank, not a house number. */
const NOT_HOUSE_NUMBER_BEFORE =
  /(?:^|[^\p{L}])(?:section|chapter|page|step|version|item|figure|fig|table|room|floor|level|grade|class|top|day|week|part|article|art|clause|paragraph|para|line|row|phase|stage|sprint|season|episode|vol|volume|issue|appendix|annex|abschnitt|kapitel|seite|schritt|punkt|artikel|chapitre|étape|capítulo|página|paso|artículo|capitolo|pagina|passo|articolo|hoofdstuk|stap)\.?\s*$/iu;

function notHouseNumber(text: string, s: number): boolean {
  return NOT_HOUSE_NUMBER_BEFORE.test(text.slice(Math.max(0, s - 14), s));
}

/** Characters of the number part of a number-first street ("221B", "12-14", "12/3", "103,"). */
function isNumberPartCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 || c === 0x2013 || c === 47 || c === 44;
}

function numberFirst(text: string, s: number): Finding | null {
  // (a section or step number is not a house number: checked lazily, only for a street match)
  // EN_NUM_FIRST and EN_ONE_WORD need a capital letter or a digit after the number and its blanks
  let p = s;
  while (p < text.length && isNumberPartCode(text.charCodeAt(p))) p++;
  while (p < text.length && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p++;
  const after = p < text.length ? text.charCodeAt(p) : 0;
  const lowerAfter = after >= 97 && after <= 122;
  let m = lowerAfter ? null : matchAt(EN_NUM_FIRST, text, s);
  if (m) {
    const e = s + m[0].length;
    if (!(/^(?:19|20)\d\d$/.test(m[1]!) && !/,/.test(text.slice(e, e + 2))))
      return notHouseNumber(text, s) ? null : mk(s, extend(text, e, false), 0.85);
  }
  m = matchAt(FR_NUM_FIRST, text, s);
  if (m) {
    let e = s + m[0].length;
    const seg = m[0];
    // stop the street name before a verb or preposition run
    const cut = seg.search(
      /[ \t](?:est|sont|a|et|qui|que|pour|avec|depuis|dans|sur|à|au|aux|ne|n'|il|elle|nous|vous|je|on|sera|était|se)(?=[ \t]|$)/i,
    );
    if (cut > 0) e = s + cut;
    // the type word must be followed by a name: a capital or a number after optional particles
    const typeEnd = s + seg.search(FR_TYPE_RE);
    const afterType = text.slice(typeEnd, e).replace(/^\S+/, '');
    if (/^(?:[ \t]+(?:de|du|des|la|le|les|d'|l'|d’|l’))*[ \t]*(?:\p{Lu}|\d)/u.test(afterType))
      return notHouseNumber(text, s) ? null : mk(s, extend(text, e, false), 0.8);
  }
  m = lowerAfter ? null : matchAt(EN_ONE_WORD, text, s);
  if (m) {
    const e = s + m[0].length;
    const x = extend(text, e, false);
    if (x > e) return notHouseNumber(text, s) ? null : mk(s, x, 0.75); // only with a city/postcode after
  }
  m = matchAt(EN_LOWER, text, s);
  if (m) {
    const e = s + m[0].length;
    const x = extend(text, e, true);
    if (/\d/.test(text.slice(e, x))) return notHouseNumber(text, s) ? null : mk(s, x, 0.7); // a postcode must follow
  }
  m = lowerAfter ? null : (matchAt(EN_STREET_BEFORE_ZIP, text, s) ?? matchAt(STREET_BEFORE_POSTCODE, text, s));
  if (m) return notHouseNumber(text, s) ? null : mk(s, extend(text, s + m[0].length, false), 0.75);
  return null;
}

function isSkip(c: number): boolean {
  return c === 32 || c === 9 || c === 44 || c === 0xba || c === 0xb0 || c === 46 || c === 0xa0;
}
/** A character of the word before a house number: letters, and the dot and hyphen of "n.", "Str.", "Saint-Jean". */
function isStreetWordChar(c: number): boolean {
  return isLetter(c) || c === 46 || c === 45;
}

function numberAfter(text: string, s: number, e: number, ctx: { romance: boolean | undefined }): Finding | null {
  // the word before the number (skipping ", ", "n.", "nº", "no.")
  let k = s;
  while (k > 0 && isSkip(text.charCodeAt(k - 1))) k--;
  let ws = k;
  while (ws > 0 && isStreetWordChar(text.charCodeAt(ws - 1))) ws--;
  if (ws === k) return null;
  const c0 = text.charCodeAt(ws);
  if (c0 === 110 || c0 === 78) {
    // "n. 5", "nº 5", "no. 5", "núm. 5"
    const word0 = text.slice(ws, k);
    if (/^(?:n|nº|no|núm|num)\.?$/i.test(word0)) {
      let k2 = ws;
      while (k2 > 0 && isSkip(text.charCodeAt(k2 - 1))) k2--;
      ws = k2;
      while (ws > 0 && isStreetWordChar(text.charCodeAt(ws - 1))) ws--;
      k = k2;
    }
  }
  // street names before a number are capitalised ("Hauptstraße", "Roma", "Mayor", "II"); "in 2 weeks" is not —
  // unless a postcode and a city follow: a street's type in lower case after its name ("Sērenes iela 415, LV0821 …")
  const ch = text[ws]!;
  const lowerWord = ch === ch.toLowerCase();
  if (NOT_AFTER_NUMBER.test(text.slice(e, e + 12))) return null;
  const lineStart = lineAt(text, s).start; // indexed: a one-line text full of numbers stays linear
  if (lowerWord) return streetBeforePostcode(text, Math.max(lineStart, s - 60), s, endOfNumber(text, e));
  const word = text.slice(ws, k);
  if (DE_NL_END.test(word)) {
    const st = windowMatch(DE_NL_STREET, text, Math.max(lineStart, ws - 40), endOfNumber(text, e));
    if (st >= 0) return mk(st, extend(text, endOfNumber(text, e), false), 0.8);
  }
  if (ctx.romance === undefined) ctx.romance = ROMANCE_KW_ANY.test(text.toLowerCase());
  const from = Math.max(lineStart, s - 90);
  if (ctx.romance && ROMANCE_KW.test(text.slice(from, s))) {
    const st = windowMatch(ROMANCE_STREET, text, from, endOfNumber(text, e));
    if (st >= 0) return mk(st, extend(text, endOfNumber(text, e), false), 0.8);
  }
  return streetBeforePostcode(text, Math.max(lineStart, s - 60), s, endOfNumber(text, e));
}

/**
 * Any street name before its number, when a postcode and a city follow it ("Freudenthaler Weg 26c, 60590
 * Yasinland", "Quinpark 10, 2745 TF Oukoopberg", "Rotonda Ciriaco 6, 02897 …"): the postcode says what the words
 * before it are, whatever street word they end in. Up to four words, capitalised or particles.
 */
const STREET_BEFORE_NUMBER =
  /(?:(?:\p{Lu}[\p{L}\p{M}'’.-]*|dem|der|den|des|de|del|della|di|la|le|du|van|von|am|an|auf|im)[ \t]+){0,3}\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t]+\p{Ll}[\p{L}\p{M}'’.]*)?,?[ \t]+$/u;
/**
 * Postcode and city right after a house number, ending the address: five digits (or four and two capitals, or
 * Portugal's four and three), a capitalised city (and its region's word: "Aloisio laziale").
 */
const POSTCODE_CITY_AFTER = new RegExp(
  `,?[ \\t]+(${POSTCODE})[ \\t]+${CITY}(?:(?:[ \\t]+\\p{Ll}[\\p{L}'’]*)?(?=[ \\t]*(?:$|[\\r\\n.,;)!?]))|(?=[ \\t]+\\p{Ll}))`,
  'uy',
);
/**
 * A postcode of four digits alone (DK, NO, HU, AT, CH, BE, AU …): an address ends with it only where its sentence
 * ends too ("…, 1334 Zala."), after a street of two words or a house number with a letter.
 */
const FOUR_DIGITS = /^\d{4}$/;

function streetBeforePostcode(text: string, from: number, s: number, numberEnd: number): Finding | null {
  POSTCODE_CITY_AFTER.lastIndex = numberEnd;
  const postcode = POSTCODE_CITY_AFTER.exec(text)?.[1];
  if (postcode === undefined) return null;
  const cityEnd = POSTCODE_CITY_AFTER.lastIndex;
  const fourDigits = FOUR_DIGITS.test(postcode);
  // "Room 12, 4521 Meeting notes": four digits and a word in the sentence going on are no postcode and place
  if (fourDigits && /^[ \t]+\p{Ll}/u.test(text.slice(cityEnd, cityEnd + 2))) return null;
  const street = STREET_BEFORE_NUMBER.exec(text.slice(from, s));
  if (!street || notHouseNumber(text, s)) return null;
  // four digits after one word and a number: a count as often ("Band 3, 1200 Seiten"); two words make a street
  if (fourDigits && street[0].trim().split(/[ \t]+/u).length < 2 && !/[A-Za-z]/.test(text.slice(s, numberEnd))) return null;
  return mk(from + street.index, Math.max(cityEnd, extend(text, numberEnd, false)), 0.75);
}

/** The end of a house number: "12", "12a", "12-14", "263/2", and the Dutch floors "98-II", "12-hs", "7 bis". */
function endOfNumber(text: string, e: number): number {
  const m =
    /^(?:[a-zA-Z](?![\p{L}\p{N}]))?(?:[ \t]?[-–/][ \t]?(?:\d{1,4}[a-zA-Z]?|I{1,3}|IV|hs|HS|bg|BG|huis)(?![\p{L}\p{N}])|\/[A-Za-z0-9]{1,3}(?![\p{L}\p{N}]))?/u.exec(
      text.slice(e, e + 12),
    );
  return e + (m ? m[0].length : 0);
}

function mk(start: number, end: number, score: number): Finding {
  return { type: 'ADDRESS', start, end, score, detector: NAME };
}

const FR_TYPE_RE = new RegExp(`(?:${FR_TYPE})`, 'iu');

const LABEL_STEMS_RE = /dres|nschrift|ohnhaft|ohnort|omicil|irecci|ndirizz|esiden|emeurant|oonachtig/i;

/** Characters of a labelled value, at most; and of its line read to find its end (trailing blanks allowed). */
const LABELLED_MAX = 140;
const LABELLED_READ = 2 * LABELLED_MAX;

/** "Address: 12 Any Road, Leeds LS1 1AA" — the rest of the line, continued onto address-like lines. */
const NUMBERLESS_ADDRESS =
  /^\p{Lu}[\p{L}\p{M}'’-]+(?: \p{Lu}[\p{L}\p{M}'’-]+)?(?:, \p{Lu}[\p{L}\p{M}'’-]+(?: \p{Lu}[\p{L}\p{M}'’-]+)?){2,3}$/u;

function labelled(text: string, out: Finding[]): void {
  if (!LABEL_STEMS_RE.test(text)) return;
  LABEL_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LABEL_RE.exec(text)) !== null) {
    const lab = m[0];
    const onNextLine = valueOnNextLine(text, m.index + lab.length, lab);
    const s = onNextLine ?? m.index + lab.length;
    // "adresse e-mail", "indirizzo IP", "dirección del comité": a label needs ':' / '-' / '=' unless it is
    // an upper-case form label or a verb-like word ("wohnhaft", "domicilié", "woonachtig")
    if (
      onNextLine === undefined &&
      !/[:=-][ \t]*$/.test(lab) &&
      !/ADDRESS|ADRESSE|ANSCHRIFT|DOMICILIO|INDIRIZZO|ADRES|wohnhaft|domicili|demeurant|residente|woonachtig/.test(lab)
    )
      continue;
    if (/^(?:e-?mail|ip\b|mail|web|url|http)/i.test(text.slice(s, s + 8))) continue;
    // the line, read no further than a value can reach: a text of "Address: " labels on one long line would
    // otherwise read the rest of the text once per label
    const reach = text.slice(s, s + LABELLED_READ);
    const nl = reach.indexOf('\n');
    if (nl < 0 && s + reach.length < text.length) continue; // a line longer than any value
    let line = nl < 0 ? reach : reach.slice(0, nl);
    // only a value, not a sentence about addresses
    const trimmed = line.replace(/[ \t\r]+$/, '');
    if (trimmed.length < 5 || trimmed.length > LABELLED_MAX) continue;
    // no number: a district, a quarter and a town, as countries without house numbers write them ("Degmada Hodan,
    // Xaafadda Bakaaraha, Kismaayo"), three capitalised parts at least and nothing else on the line
    const numberless = !/\d/.test(trimmed) && NUMBERLESS_ADDRESS.test(trimmed);
    if (numberless) {
      push(out, s, s + trimmed.length, 0.75);
      continue;
    }
    if (!/\d/.test(trimmed)) continue;
    if (!/\p{L}{2,}/u.test(trimmed)) continue;
    // the value must not be prose: few lower-case function words
    if (/\b(?:is|are|was|the|please|bitte|est|es|è|je|ist|und|and|if|wenn|si|se|als)\b/i.test(trimmed) && !/^\d/.test(trimmed)) continue;
    // cut at the end of the value: a sentence end, ", <lower-case word>", trailing symbols, or a word no address
    // has — a URL, an assignment, an e-mail ("… 8733 GS Middelburg DATABASE_URL=mongodb://…"): its own value
    const cut = trimmed.search(
      /(?<!\b(?:No|Nr|Str|St|Av|Apt|Bldg|Blk))[.;!?](?:\s|$)|,\s*\p{Ll}{2,}(?![\p{L}]*\s*\d)|\s+[-–—]\s|\s+(?=\S*(?::\/\/|[=@]))/u,
    );
    line = cut > 0 ? trimmed.slice(0, cut) : trimmed;
    line = line.replace(/[^\p{L}\p{N})]+$/u, '');
    if (!/\d/.test(line)) continue;
    const e = extend(text, s + line.length, true);
    push(out, s, e, 0.8);
    LABEL_RE.lastIndex = e;
  }
}

/**
 * A label that ends its line with a colon, maybe a few words after it ("Previous address:", "Adresse au pays :"), has
 * its value on the next line — unless the words make it another address ("Adresse e-mail :"). Where that value
 * starts, or undefined.
 */
const NEXT_LINE_VALUE_RE = /^(?:([^\n:]{1,30}):)?[ \t]*\r?\n[ \t]*(?=\S)/;

function valueOnNextLine(text: string, labelEnd: number, label: string): number | undefined {
  const rest = NEXT_LINE_VALUE_RE.exec(text.slice(labelEnd, labelEnd + 70));
  if (!rest) return undefined;
  const words = rest[1];
  if (words === undefined ? !/:[ \t]*$/.test(label) : /e-?mail|\bip\b|\bweb|\burl/i.test(words)) return undefined;
  return labelEnd + rest[0].length;
}

/** Keep the longest of overlapping findings (detect.ts merges across detectors; this keeps output small). */
function dedupe(f: Finding[]): Finding[] {
  if (f.length < 2) return f;
  f.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Finding[] = [];
  for (const x of f) {
    const last = out[out.length - 1];
    if (last && x.start < last.end) {
      if (x.end > last.end) last.end = x.end;
      continue;
    }
    out.push(x);
  }
  return out;
}

export const addressDetector: Detector = { name: NAME, types: ['ADDRESS'], detect: detectAddresses };

/**
 * The addresses of `text`, its house numbers with a French or Dutch suffix ("140bis", "12ter", "3quater") read as a
 * number with a letter, as every pattern above knows them: the suffix is written "B" in a view of the same length
 * (the digits move right, "140bis" → "  140B"), and a span that starts on the moved digits starts on the number.
 */
function detectAddresses(text: string): Finding[] {
  const joined = text.includes('\n') ? text.replace(HOUSE_NUMBER_LINE_ALL, '$1 ') : text;
  if (!NUMBER_SUFFIX.test(joined)) return findAddresses(joined);
  const view = joined.replace(NUMBER_SUFFIX_ALL, (_, digits: string, suffix: string) => ' '.repeat(suffix.length - 1) + digits + 'B');
  return findAddresses(view).map((f) => {
    let start = f.start;
    while (start > 0 && isAsciiDigit(text.charCodeAt(start - 1))) start--;
    return start === f.start ? f : { ...f, start };
  });
}

/**
 * A house number that ends its line (alone, after "No.", or after a label's colon), the street on the next line:
 * "No. 190/1⏎Station Road⏎Dehiwala 10350" as a letter's address block writes it. The view joins the two lines with
 * a blank (same length) so the number-first patterns read "190/1 Station Road", then the city's line as usual.
 */
const HOUSE_NUMBER_LINE_ALL =
  /((?:^|\n|:[ \t]*)[ \t]*(?:No\.?[ \t]*)?\d{1,5}[A-Za-z]?(?:\/\d{1,5}[A-Za-z]?)?,?)[ \t]*\n(?=[ \t]*\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’.-]*){0,3}[ \t]*(?:\r?\n|$))/gu;
const NUMBER_SUFFIX = /\d(?:bis|ter|quater)(?![\p{L}\p{N}])/iu;
const NUMBER_SUFFIX_ALL = /(?<![\p{L}\p{N}])(\d{1,4})(bis|ter|quater)(?![\p{L}\p{N}])/giu;
