// This set's structured values. Check-digit schemes are computed (and verified against
// shared/core/pii/checksums.ts by check.ts); formats are this set's own: phones with trunk prefixes, extensions
// and 00-prefixes, addresses from other streets and towns, dates in each language's spellings, secrets of shapes
// the other sets may not have used. Negative look-alikes are redrawn until they fail their check.
import * as ck from '../../shared/core/pii/checksums.ts';
import { cardNumber, ibanOf, iban as nationalIban, luhnCheckDigit, nationalId as schemeId } from '../pii-blind/values.ts';
import type { Rng } from '../pii-independent/rng.ts';
import type { Lang } from '../pii-blind/doc.ts';

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const B64URL = ALNUM + '-_';
const pad = (n: number): string => String(n).padStart(2, '0');

export const MONTHS: Record<Lang, readonly string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
};

/** A date in one of the language's spellings; the caller's words decide whether it is a birth date. */
export function date(rng: Rng, lang: Lang, from: number, to: number): string {
  const y = rng.int(from, to);
  const m = rng.int(1, 12);
  const d = rng.int(1, 28);
  const month = MONTHS[lang][m - 1]!;
  const styles: (() => string)[] = [
    () => `${y}-${pad(m)}-${pad(d)}`,
    () =>
      lang === 'en'
        ? rng.pick([`${month} ${d}, ${y}`, `${d} ${month.slice(0, 3)} ${y}`, `${d}/${m}/${y}`])
        : lang === 'de'
          ? `${d}. ${month} ${y}`
          : lang === 'es'
            ? `${d} de ${month} de ${y}`
            : `${d} ${month} ${y}`,
    () => (lang === 'de' ? `${d}.${m}.${y}` : lang === 'nl' ? `${d}-${m}-${y}` : `${pad(d)}/${pad(m)}/${y}`),
    () =>
      lang === 'de'
        ? rng.pick([`${pad(d)}.${pad(m)}.${String(y).slice(2)}`, `${d}. ${month} ${y}`])
        : lang === 'fr'
          ? `${d === 1 ? '1er' : d} ${month} ${y}`
          : `${pad(d)}.${pad(m)}.${y}`,
  ];
  return rng.pick(styles)();
}

export const birthDate = (rng: Rng, lang: Lang): string => date(rng, lang, 1941, 2009);
/** A child's birth date, for prompts about school, childcare or grants. */
export const childBirthDate = (rng: Rng, lang: Lang): string => date(rng, lang, 2011, 2023);
export const otherDate = (rng: Rng, lang: Lang): string => date(rng, lang, 2019, 2027);

const PHONES: Record<Lang, readonly ((r: Rng) => string)[]> = {
  en: [
    (r) => `0${r.pick(['113', '117', '161', '131'])} ${r.digits(3)} ${r.digits(4)}`,
    (r) => `+44 (0)7${r.int(400, 999)} ${r.digits(6)}`,
    (r) => `0044 7${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`,
    (r) => `+1 ${r.int(212, 989)}.${r.int(200, 989)}.${r.digits(4)}`,
    (r) => `+234 80${r.int(2, 9)} ${r.digits(3)} ${r.digits(4)}`,
  ],
  de: [
    (r) => `+49 (0)${r.pick(['171', '160', '157', '176'])} ${r.digits(3)} ${r.digits(4)}`,
    (r) => `0${r.pick(['221', '351', '511', '621'])} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}-${r.digits(2)}`,
    (r) => `0049 ${r.pick(['40', '89'])} ${r.digits(8)}`,
    (r) => `+41 7${r.int(6, 9)} ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`,
    (r) => `0664/${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`,
  ],
  fr: [
    (r) => `06.${r.digits(2)}.${r.digits(2)}.${r.digits(2)}.${r.digits(2)}`,
    (r) => `0${r.int(1, 5)}${r.digits(8)}`,
    (r) => `+33 (0)${r.int(6, 7)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`,
    (r) => `0033 ${r.int(1, 9)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`,
    (r) => `+41 22 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`,
  ],
  es: [
    (r) => `(+34) 6${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`,
    (r) => `9${r.int(1, 8)}${r.digits(1)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`,
    (r) => `0034 7${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`,
    (r) => `6${r.digits(2)}.${r.digits(3)}.${r.digits(3)}`,
    (r) => `+52 55 ${r.digits(4)} ${r.digits(4)}`,
  ],
  it: [
    (r) => `+39 3${r.int(20, 93)} ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`,
    (r) => `0${r.pick(['6', '2', '11', '81'])}-${r.digits(7)}`,
    (r) => `0039 3${r.digits(2)}.${r.digits(7)}`,
    (r) => `3${r.int(20, 93)}.${r.digits(3)}.${r.digits(4)}`,
    (r) => `+41 91 ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`,
  ],
  nl: [
    (r) => `+31 (0)6 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`,
    (r) => `06 ${r.digits(4)} ${r.digits(4)}`,
    (r) => `0${r.pick(['50', '40', '24', '58'])} ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`,
    (r) => `0031 6 ${r.digits(8)}`,
    (r) => `+32 (0)4${r.int(70, 99)}/${r.digits(2)}.${r.digits(2)}.${r.digits(2)}`,
  ],
};

export const phone = (rng: Rng, lang: Lang): string => rng.pick(PHONES[lang])(rng);

const ADDRESSES: Record<Lang, readonly ((r: Rng, sep: string) => string)[]> = {
  en: [
    (r, s) =>
      `${r.int(3, 188)} ${r.pick(['Pennyfield', 'Carrow', 'Hawksmoor', 'Old Tannery', 'Gorsebrook'])} Road${s}${r.pick(['Norwich NR1 3QH', 'Swansea SA1 5DT', 'Belfast BT7 1NN', 'Limerick V94 X2C7'])}`,
    (r, s) =>
      `Unit ${r.int(2, 19)}, ${r.pick(['Chandlers', 'Weavers', 'Ropemakers'])} Yard${s}${r.int(2, 90)} ${r.pick(['Wharf', 'Canal'])} Street${s}${r.pick(['Derby DE1 3LP', 'Preston PR1 2XT'])}`,
    (r, s) =>
      `${r.int(1100, 8800)} ${r.pick(['Juniper', 'Cottonwood', 'Prairie'])} Blvd, Suite ${r.int(100, 450)}${s}${r.pick(['Boise, ID 83702', 'Madison, WI 53703', 'Lagos 101241'])}`,
  ],
  de: [
    (r, s) =>
      `${r.pick(['Gerberstraße', 'Am Sandtorkai', 'Rosenthaler Str.', 'Unterer Graben', 'Im Wiesengrund'])} ${r.int(2, 97)}${r.pick(['', 'c', ' / 3. OG'])}${s}${r.pick(['99084 Erfurt', '66111 Saarbrücken', '93047 Regensburg', '8010 Graz', '4051 Basel'])}`,
    (r, s) =>
      `${r.pick(['Fischmarkt', 'Goetheplatz', 'Kirchgasse'])} ${r.int(1, 40)}${s}D-${r.pick(['18055 Rostock', '37073 Göttingen', '54290 Trier'])}`,
  ],
  fr: [
    (r, s) =>
      `${r.int(2, 150)} ${r.pick(['rue de la Grange-Batelière', 'quai des Chartrons', 'rue Paradis', 'cours Lafayette', 'route de Narbonne'])}${s}${r.pick(['33000 Bordeaux', '13006 Marseille', '35000 Rennes', '59800 Lille', '4000 Liège'])}`,
    (r, s) =>
      `Bât. ${r.pick(['A', 'B', 'C'])}, ${r.int(3, 60)} ${r.pick(['rue du Four', 'avenue Foch', 'place Kléber'])}${s}${r.pick(['21000 Dijon', '87000 Limoges', '1204 Genève'])}`,
  ],
  es: [
    (r, s) =>
      `${r.pick(['C/ de Fuencarral', 'Calle San Fernando', 'Rúa do Vilar', 'Carrer de Sants', 'Avda. de Andalucía'])} ${r.int(3, 180)}, ${r.pick(['bajo', '2º dcha.', '5ºB', 'ático'])}${s}${r.pick(['47001 Valladolid', '30001 Murcia', '15705 Santiago de Compostela', '03001 Alicante'])}`,
    (r, s) =>
      `${r.pick(['Plaza de la Merced', 'Camino de Ronda', 'Calle Larios'])}, nº ${r.int(1, 99)}${s}${r.pick(['18001 Granada', '39001 Santander', '06800 Mérida'])}`,
  ],
  it: [
    (r, s) =>
      `${r.pick(['Via Garibaldi', 'Via del Corso', 'Borgo Pinti', 'Via Roma', 'Riva degli Schiavoni'])}, ${r.int(2, 160)}${s}${r.pick(['16123 Genova', '37121 Verona', '34121 Trieste', '09124 Cagliari', '30122 Venezia'])}`,
    (r, s) =>
      `${r.pick(['Contrada Santa Lucia', 'Via Vittorio Veneto', 'Piazza Duomo'])} ${r.int(1, 70)}${r.pick(['', '/B', ' int. 4'])}${s}${r.pick(['73100 Lecce (LE)', '43121 Parma (PR)', '06121 Perugia (PG)'])}`,
  ],
  nl: [
    (r, s) =>
      `${r.pick(['Herengracht', 'Vismarkt', 'Burgemeester Reigerstraat', 'Nieuwe Binnenweg', 'Boschdijk'])} ${r.int(2, 310)}${r.pick(['', '-3', 'hs', ' bus 2'])}${s}${r.pick(['9711 LD Groningen', '3512 HD Utrecht', '8011 NE Zwolle', '2011 RB Haarlem', '3000 Leuven'])}`,
    (r, s) =>
      `${r.pick(['Lindenlaan', 'Havenkade', 'Schoolstraat'])} ${r.int(1, 80)}${s}${r.pick(['6811 CW Arnhem', '4811 XJ Breda', '8000 Brugge'])}`,
  ],
};

/** A street address; `lines` puts its parts on separate lines, as on an envelope. */
export function address(rng: Rng, lang: Lang, lines = false): string {
  return rng.pick(ADDRESSES[lang])(rng, lines ? '\n' : ', ');
}

// Countries without a national check digit in the BBAN, so ibanOf alone makes a valid IBAN.
const PLAIN_IBANS: Record<string, (r: Rng) => string> = {
  CH: (r) => r.digits(5) + r.chars(12, '0123456789ABCDEFGHJK'),
  AT: (r) => r.digits(16),
  DE: (r) => r.digits(18),
  NL: (r) => r.pick(['ABNA', 'ASNB', 'BUNQ', 'RBRB']) + r.digits(10),
  IE: (r) => r.pick(['AIBK', 'BOFI']) + r.digits(14),
  LV: (r) => r.pick(['HABA', 'UNLA', 'RIKO']) + r.chars(13, '0123456789'),
};

/** A mod-97-valid IBAN: a national one (with its own check digits, the blind set's generator) or a neighbour's. */
export function iban(rng: Rng, lang: Lang): string {
  const raw = rng.chance(0.5)
    ? nationalIban(rng, lang).replace(/ /g, '')
    : (() => {
        const c = rng.pick(Object.keys(PLAIN_IBANS));
        return ibanOf(c, PLAIN_IBANS[c]!(rng));
      })();
  const style = rng.int(0, 3);
  if (style === 0) return raw;
  if (style === 1)
    return raw
      .toLowerCase()
      .match(/.{1,4}/g)!
      .join(' ');
  return raw.match(/.{1,4}/g)!.join(' ');
}

/** A Luhn-valid card number, grouped as printed, run together, or with dashes. */
export function card(rng: Rng): string {
  const n = cardNumber(rng);
  const digits = ck.digitsOf(n);
  const style = rng.int(0, 3);
  if (style === 0 && digits.length === 16) return digits.match(/.{4}/g)!.join('-');
  if (style === 1) return digits;
  return n;
}

/** A check-digit string completed by trying each candidate until the project's validator accepts it. */
function complete(body: string, width: number, valid: (s: string) => boolean): string | undefined {
  for (let k = 0; k < 10 ** width; k++) {
    const s = body + String(k).padStart(width, '0');
    if (valid(s)) return s;
  }
  return undefined;
}

export function nino(rng: Rng): string {
  const a = rng.pick([...'ABCEGHJKLMNPRSTWXYZ']);
  const b = rng.pick([...'ABCEGHJKLMNPRSTWXYZ']);
  if (['GB', 'NK', 'KN', 'TN', 'NT', 'ZZ', 'BG'].includes(a + b)) return nino(rng);
  return `${a}${b} ${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)} ${rng.pick([...'ABCD'])}`;
}

export function atSvnr(rng: Rng): string {
  const serial = String(rng.int(100, 999));
  const dob = `${pad(rng.int(1, 28))}${pad(rng.int(1, 12))}${pad(rng.int(40, 99))}`;
  for (let c = 0; c <= 9; c++) if (ck.atSvnr(serial + c + dob)) return `${serial}${c} ${dob}`;
  return atSvnr(rng);
}

export function chAhv(rng: Rng): string {
  const s = complete('756' + rng.digits(9), 1, ck.chAhv)!;
  return `${s.slice(0, 3)}.${s.slice(3, 7)}.${s.slice(7, 11)}.${s.slice(11)}`;
}

export function beNational(rng: Rng): string {
  const body = `${pad(rng.int(50, 99))}${pad(rng.int(1, 12))}${pad(rng.int(1, 28))}${String(rng.int(1, 997)).padStart(3, '0')}`;
  const s = complete(body, 2, ck.beNationalNumber)!;
  return `${s.slice(0, 2)}.${s.slice(2, 4)}.${s.slice(4, 6)}-${s.slice(6, 9)}.${s.slice(9)}`;
}

export function esNie(rng: Rng): string {
  const lead = rng.int(0, 2);
  const seven = rng.digits(7);
  const n = Number(String(lead) + seven);
  return `${'XYZ'[lead]}${seven}${'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}`;
}

/** The language's own national scheme: NHS number, Steuer-ID, NIR, DNI, codice fiscale, BSN. */
export const nationalIdOf = (rng: Rng, lang: Lang): string => schemeId(rng, lang);

const b64url = (s: string): string => Buffer.from(s).toString('base64url');

function jwt(rng: Rng): string {
  const head = b64url('{"alg":"HS256","typ":"JWT"}');
  const body = b64url(
    `{"sub":"${rng.digits(7)}","role":"${rng.pick(['ops', 'billing', 'viewer'])}","iat":${rng.int(1690000000, 1760000000)}}`,
  );
  return `${head}.${body}.${rng.chars(43, B64URL)}`;
}

/** A credential: a vendor-shaped API key, a JWT, or a generic bearer token. */
export function apiKey(rng: Rng): string {
  const shapes: (() => string)[] = [
    () => `sk-proj-${rng.chars(48, B64URL)}`,
    () => `hf_${rng.chars(34, ALNUM)}`,
    () => `rk_live_${rng.chars(28, ALNUM)}`,
    () => `github_pat_11${rng.chars(20, UPPER + '0123456789')}_${rng.chars(59, ALNUM)}`,
    () => `SG.${rng.chars(22, B64URL)}.${rng.chars(43, B64URL)}`,
    () => `AIza${rng.chars(35, B64URL)}`,
    () => `npm_${rng.chars(36, ALNUM)}`,
    () => jwt(rng),
  ];
  return rng.pick(shapes)();
}

/** A password someone typed: a phrase with digits and a symbol, or a keyboard-ish string. */
export function password(rng: Rng): string {
  const a = rng.pick(['Zebrafink', 'kompas', 'Pelikaan', 'tortuga', 'Girasole', 'mirtillo', 'Hafenkran', 'citron', 'Kobalt']);
  return rng.pick([
    `${a}${rng.pick(['#', '!', '&', '%'])}${rng.digits(3)}`,
    `${rng.chars(4, ALNUM)}-${a.toLowerCase()}-${rng.digits(2)}`,
    `${a}_${rng.int(1970, 2024)}?`,
  ]);
}

export function connectionString(rng: Rng): string {
  const pw = `${rng.chars(10, ALNUM)}${rng.pick(['!', '*', '~'])}${rng.digits(2)}`;
  return rng.pick([
    () => `postgresql://reporting:${pw}@pg-${rng.int(1, 9)}.eu-west.internal:5432/ledger`,
    () => `amqp://worker:${pw}@rabbit.svc.local:5672/%2F`,
    () => `Server=sql-${rng.int(1, 9)}.corp.local;Database=Payroll;User Id=sa_payroll;Password=${pw};`,
    () => `mongodb://tracker:${pw}@mongo-a.prod:27017/events?authSource=admin`,
  ])();
}

// ---- negatives: look-alikes that are not personal data

/** A 16-digit number that fails Luhn (an order or tracking number, not a card). */
export function notACard(rng: Rng): string {
  const body = rng.pick(['4', '5']) + rng.digits(14);
  const wrong = (Number(luhnCheckDigit(body)) + rng.int(1, 9)) % 10;
  const out = (body + wrong).match(/.{4}/g)!.join(' ');
  return hasLuhnRun(out) ? notACard(rng) : out;
}

/** A string shaped like an IBAN whose check digits are wrong. */
export function notAnIban(rng: Rng): string {
  const good = ibanOf('DE', rng.digits(18));
  const ck2 = Number(good.slice(2, 4));
  const bad = good.slice(0, 2) + pad(ck2 >= 50 ? ck2 - rng.int(1, 40) : ck2 + rng.int(1, 40)) + good.slice(4);
  const out = bad.match(/.{1,4}/g)!.join(' ');
  return hasLuhnRun(out) ? notAnIban(rng) : out;
}

/** Whether a look-alike holds a run of 13–19 digits that passes Luhn (what the set's check rejects in a negative). */
function hasLuhnRun(s: string): boolean {
  return [...s.matchAll(/\d(?:[ -]?\d){12,18}/g)].some((m) => ck.luhn(ck.digitsOf(m[0])));
}

export function orderNumber(rng: Rng): string {
  const n = rng.pick([
    () => `#${rng.int(100000, 999999)}`,
    () => `ORD-${rng.int(2021, 2026)}-${rng.digits(6)}`,
    () => `${rng.chars(3, UPPER)}${rng.digits(7)}`,
    () => `1Z${rng.chars(6, UPPER + '0123456789')}${rng.digits(8)}`,
  ])();
  return hasLuhnRun(n) ? orderNumber(rng) : n;
}

export function version(rng: Rng): string {
  return rng.pick([
    `v${rng.int(1, 9)}.${rng.int(0, 30)}.${rng.int(0, 12)}`,
    `${rng.int(1, 24)}.${rng.int(0, 9)}`,
    `${rng.int(2, 5)}.${rng.int(0, 9)}.${rng.int(0, 9)}-rc${rng.int(1, 4)}`,
  ]);
}

export function amount(rng: Rng, lang: Lang): string {
  const n = rng.int(3, 4800);
  const c = rng.int(0, 99);
  return lang === 'en' ? `£${n}.${pad(c)}` : `${n},${pad(c)} €`;
}

export function commitHash(rng: Rng): string {
  return rng.chars(rng.pick([7, 40]), '0123456789abcdef');
}

export function uuid(rng: Rng): string {
  const h = (n: number): string => rng.chars(n, '0123456789abcdef');
  return `${h(8)}-${h(4)}-4${h(3)}-${rng.pick(['8', '9', 'a', 'b'])}${h(3)}-${h(12)}`;
}
