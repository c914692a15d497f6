// Held-out PII evaluation set generator. Deterministic (seeded PRNG in ids.ts), Node built-ins only.
//   npx tsx test/pii-heldout/generate.ts          -> writes heldout.jsonl next to this file
//   npx tsx test/pii-heldout/generate.ts --check  -> re-validates heldout.jsonl (offsets, overlaps, check digits)
import { writeFileSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as I from './ids.ts';
import { pick, ri, chance, digits, pad, rng } from './ids.ts';
import { type Lang, FIRST, LAST, emailFor, obfuscate, phone, phoneIntl, address, dob, eventDate } from './lang.ts';
import { P } from './templates.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, 'heldout.jsonl');

type Type =
  | 'PERSON'
  | 'EMAIL'
  | 'PHONE'
  | 'ADDRESS'
  | 'DATE_OF_BIRTH'
  | 'CREDIT_CARD'
  | 'IBAN'
  | 'BANK_ACCOUNT'
  | 'SSN'
  | 'NATIONAL_ID'
  | 'PASSPORT'
  | 'DRIVER_LICENSE'
  | 'IP_ADDRESS'
  | 'SECRET';
type Piece = string | { t: string; type: Type };
interface Ent {
  type: Type;
  start: number;
  end: number;
}
interface Doc {
  id: string;
  text: string;
  lang: Lang;
  entities: Ent[];
}

const LANG_CC: Record<Lang, string> = { en: 'GB', de: 'DE', fr: 'FR', es: 'ES', it: 'IT', nl: 'NL' };
const e = (type: Type, t: string): Piece => ({ t, type });

// ---------------- decoys (never labelled) ----------------
const COMPANIES = [
  'Siemens',
  'Deutsche Bahn',
  'Renault',
  'Telefónica',
  'Philips',
  'Adyen',
  'Zalando',
  'Booking.com',
  'Johnson & Johnson',
  'Dr. Oetker',
  'Ferrero',
  "Ben & Jerry's",
  'Globex Ltd',
  'Northwind Traders',
  'Procter & Gamble',
  'Ernst & Young',
  'Marks & Spencer',
  'Hugo Boss',
  'Louis Vuitton',
  'Mercedes-Benz',
];
const PRODUCTS = [
  'Jira',
  'Kubernetes',
  'PostgreSQL',
  'Excel',
  'SAP S/4HANA',
  'Salesforce',
  'Windows 11',
  'macOS Sonoma',
  'Node.js',
  'Django',
  'ThinkPad X1 Carbon',
  'iPhone 15',
  'Grafana',
  'Terraform',
];
const PHKEYS = [
  'YOUR_API_KEY',
  'sk-...',
  '<token>',
  'xxxx-xxxx-xxxx-xxxx',
  'AKIAIOSFODNN7EXAMPLE',
  'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  '<YOUR_TOKEN_HERE>',
  '${API_KEY}',
  'sk-xxxxxxxxxxxxxxxxxxxxxxxx',
  'REPLACE_ME',
  'ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
  '********',
  '<password>',
  'os.environ["OPENAI_API_KEY"]',
];
const TEST_CARD_FMT = [
  '4242 4242 4242 4242',
  '4111 1111 1111 1111',
  '5555 5555 5555 4444',
  '3782 822463 10005',
  '4000 0000 0000 3220',
  '4242424242424242',
  '5105-1051-0510-5100',
  '6011 1111 1111 1117',
];

function decoy(key: string, L: Lang): string | undefined {
  switch (key) {
    case 'ORDER':
      return pick([
        `#${ri(100000, 9999999)}`,
        `ORD-${ri(2023, 2026)}-${pad(ri(1, 999999), 6)}`,
        `${ri(300, 999)}-${digits(7)}-${digits(7)}`,
        `SO${digits(8)}`,
      ]);
    case 'ORDERNUM':
      return `${ri(2024, 2026)}-${pad(ri(1, 9999), 4)}`;
    case 'INVOICE':
      return pick([
        `INV-${ri(2023, 2026)}-${pad(ri(1, 99999), 5)}`,
        `RE${digits(9)}`,
        `F${ri(2024, 2026)}/${pad(ri(1, 9999), 4)}`,
        `${digits(10)}`,
      ]);
    case 'TRACKING':
      return pick([
        `1Z${I.chars(6, 'ABCDEFGHJKLMNPRSTVWXYZ0123456789')}${digits(10)}`,
        `JJD${digits(18)}`,
        `00${digits(18)}`,
        `${I.chars(2, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')}${digits(9)}DE`,
        `3S${I.chars(4, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')}${digits(7)}`,
      ]);
    case 'LUHNFAIL': {
      const n = I.luhnFail16();
      return pick([n, I.group(n, [4, 4, 4, 4], ' '), I.group(n, [4, 4, 4, 4], '-')]);
    }
    case 'BADIBAN':
      return I.badIban(pick([LANG_CC[L], 'DE', 'FR', 'NL', 'ES', 'IT', 'GB', 'BE']));
    case 'UUID':
      return I.uuid();
    case 'SHA':
      return pick([I.hex(40), I.hex(7), I.hex(64), I.hex(32)]);
    case 'VER':
      return pick([
        `${ri(1, 20)}.${ri(0, 30)}.${ri(0, 20)}`,
        `v${ri(1, 9)}.${ri(0, 12)}.${ri(0, 9)}`,
        `${ri(1, 5)}.${ri(0, 9)}.${ri(0, 9)}-beta.${ri(1, 5)}`,
        `${ri(1, 12)}.${ri(0, 9)}.${ri(0, 9)}.${ri(0, 9)}`,
        `${ri(100, 130)}.0.${ri(5000, 6999)}.${ri(10, 200)}`,
      ]);
    case 'LOOP':
      return pick(['127.0.0.1', '0.0.0.0', '::1', 'localhost', '127.0.0.53']);
    case 'DOCIP':
      return pick([
        `192.0.2.${ri(1, 254)}`,
        `198.51.100.${ri(1, 254)}`,
        `203.0.113.${ri(1, 254)}`,
        `2001:db8::${ri(1, 255).toString(16)}`,
        `2001:db8:${ri(1, 0xffff).toString(16)}::1`,
      ]);
    case 'CIDR':
      return pick(['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10', 'fd00::/8', '0.0.0.0/0', '169.254.0.0/16']);
    case 'PHKEY':
      return pick(PHKEYS);
    case 'TESTCARD':
      return pick(TEST_CARD_FMT);
    case 'COMPANY':
      return pick(COMPANIES);
    case 'PRODUCT':
      return pick(PRODUCTS);
    case 'CITY':
      return pick(P[L].city);
    case 'STREET':
      return pick(P[L].street);
    case 'DATE':
      return eventDate(L);
    case 'TIME':
      return pick([
        `${ri(8, 17)}:${pick(['00', '15', '30', '45'])}`,
        `${ri(1, 11)}${pick(['am', 'pm'])}`,
        `${ri(8, 18)}h${pick(['00', '30'])}`,
      ]);
    case 'TS':
      return `${ri(2024, 2026)}-${pad(ri(1, 12), 2)}-${pad(ri(1, 28), 2)}T${pad(ri(0, 23), 2)}:${pad(ri(0, 59), 2)}:${pad(ri(0, 59), 2)}.${digits(3)}Z`;
    case 'AMOUNT':
      return pick([
        `€${ri(10, 9999)},${pad(ri(0, 99), 2)}`,
        `$${ri(1, 99)},${digits(3)}.${digits(2)}`,
        `${ri(100, 99999)} EUR`,
        `£${ri(5, 900)}.${digits(2)}`,
        `CHF ${ri(10, 5000)}.–`,
        `1.${digits(3)},${digits(2)} €`,
      ]);
    case 'PORT':
      return String(pick([8080, 5432, 3306, 6379, 443, 9200, 27017, 8443, 3000]));
    case 'DURATION': {
      const n = ri(2, 12);
      const u = pick([0, 1, 2, 3]);
      const W: Record<Lang, string[]> = {
        en: ['minutes', 'weeks', 'hours', 'months'],
        de: ['Minuten', 'Wochen', 'Stunden', 'Monate'],
        fr: ['minutes', 'semaines', 'heures', 'mois'],
        es: ['minutos', 'semanas', 'horas', 'meses'],
        it: ['minuti', 'settimane', 'ore', 'mesi'],
        nl: ['minuten', 'weken', 'uur', 'maanden'],
      };
      return chance(0.2) ? pick([`${ri(1, 9)}h ${ri(1, 59)}m`, `${ri(100, 9999)} ms`]) : `${n} ${W[L][u]}`;
    }
    case 'BUILD':
      return pick([
        `${ri(2024, 2026)}.${pad(ri(1, 12), 2)}.${digits(4)}`,
        `${digits(5)}.${digits(4)}`,
        `#${digits(5)}`,
        `22H2 (${digits(5)}.${digits(4)})`,
      ]);
    case 'MEASURE':
      return pick([
        `${ri(10, 99)} x ${ri(10, 99)} x ${ri(5, 60)} cm`,
        `${ri(1, 9)} ${digits(3)} mm`,
        `${ri(100, 999)} ${digits(3)} ${digits(3)} bytes`,
        `${ri(1, 9)}.${digits(3)} kg`,
      ]);
    case 'VAT':
      return pick([
        `DE${digits(9)}`,
        `FR${digits(2)}${digits(9)}`,
        `ESB${digits(8)}`,
        `IT${digits(11)}`,
        `NL${digits(9)}B0${ri(1, 9)}`,
        `GB${digits(3)} ${digits(4)} ${digits(2)}`,
        `ATU${digits(8)}`,
      ]);
    case 'TICKET':
      return pick([`${ri(10000, 999999)}`, `SUP-${ri(1000, 99999)}`, `INC${digits(7)}`, `#${ri(1000, 99999)}`]);
    case 'EXP':
      return `${pad(ri(1, 12), 2)}/${ri(26, 31)}`;
    case 'DOCNUM':
      return `${ri(10, 99)}/${ri(2024, 2026)}`;
  }
  return undefined;
}

// ---------------- sensitive values ----------------
function person(_L: Lang, style = ri(0, 9)): { first: string; last: string; full: string } {
  const first = pick(FIRST),
    last = pick(LAST);
  let full = `${first} ${last}`;
  if (style === 7) full = `${last}, ${first}`;
  else if (style === 8) full = `${first[0]}. ${last}`;
  return { first, last, full };
}
function entity(key: string, L: Lang): Piece[] | undefined {
  const cc = LANG_CC[L];
  switch (key) {
    case 'NAME':
      return [e('PERSON', person(L).full)];
    case 'NAME_LC':
      return [e('PERSON', person(L, 0).full.toLowerCase())];
    case 'NAME_UC':
      return [e('PERSON', person(L, 0).full.toUpperCase())];
    case 'FIRST':
      return [e('PERSON', pick(FIRST))];
    case 'FIRST_LC':
      return [e('PERSON', pick(FIRST).toLowerCase())];
    case 'LAST':
      return [e('PERSON', pick(LAST))];
    case 'EMAIL': {
      const p = person(L);
      return [e('EMAIL', emailFor(L, p.first, p.last))];
    }
    case 'EMAIL_OBF': {
      const p = person(L);
      return [e('EMAIL', obfuscate(emailFor(L, p.first, p.last)))];
    }
    case 'PHONE':
      return [e('PHONE', phone(L))];
    case 'PHONE_INTL':
      return [e('PHONE', phoneIntl())];
    case 'ADDR':
      return [e('ADDRESS', address(L))];
    case 'DOB':
      return [e('DATE_OF_BIRTH', dob(L))];
    case 'CC':
      return [e('CREDIT_CARD', I.creditCard())];
    case 'IBAN':
      return [e('IBAN', I.iban(cc))];
    case 'IBAN_X':
      return [e('IBAN', I.iban(pick(['DE', 'AT', 'CH', 'FR', 'ES', 'IT', 'NL', 'GB', 'BE', 'PL', 'SE', 'IE', 'PT', 'LU'])))];
    case 'ROUTING':
      return [e('BANK_ACCOUNT', I.aba())];
    case 'ACCT':
      return [e('BANK_ACCOUNT', I.usAccount())];
    case 'BLZ':
      return [e('BANK_ACCOUNT', I.group(digits(8), [3, 3, 2], ' '))];
    case 'SORTCODE':
      return [e('BANK_ACCOUNT', I.sortCode())];
    case 'UKACCT':
      return [e('BANK_ACCOUNT', I.ukAccount())];
    case 'SSN':
      return [e('SSN', I.ssn())];
    case 'ITIN':
      return [e('NATIONAL_ID', I.itin())];
    case 'NID_NINO':
      return [e('NATIONAL_ID', I.nino())];
    case 'NID_NHS':
      return [e('NATIONAL_ID', I.nhs())];
    case 'NID_SIN':
      return [e('NATIONAL_ID', I.sin())];
    case 'NID_AADHAAR':
      return [e('NATIONAL_ID', I.aadhaar())];
    case 'NID_PESEL':
      return [e('NATIONAL_ID', I.pesel())];
    case 'NID_PNR':
      return [e('NATIONAL_ID', I.personnummer())];
    case 'NID_STEUER':
      return [e('NATIONAL_ID', I.steuerId())];
    case 'NID_NIR':
      return [e('NATIONAL_ID', I.nir())];
    case 'NID_DNI':
      return [e('NATIONAL_ID', I.dni())];
    case 'NID_NIE':
      return [e('NATIONAL_ID', I.nie())];
    case 'NID_CF':
      return [e('NATIONAL_ID', I.codiceFiscale())];
    case 'NID_CF_LC':
      return [e('NATIONAL_ID', I.codiceFiscale().toLowerCase())];
    case 'NID_BSN':
      return [e('NATIONAL_ID', I.bsn())];
    case 'PASSPORT':
      return [e('PASSPORT', I.passport(L === 'en' ? pick(['US', 'GB', 'IN']) : cc))];
    case 'DL':
      return [e('DRIVER_LICENSE', I.driverLicence(L === 'en' ? pick(['US', 'GB']) : cc, pick(LAST)))];
    case 'IP':
      return [e('IP_ADDRESS', chance(0.8) ? I.publicIp() : I.ipv6())];
    case 'IP6':
      return [e('IP_ADDRESS', I.ipv6())];
    case 'IP_PRIV':
      return [e('IP_ADDRESS', I.privateIp())];
    case 'SECRET':
      return [e('SECRET', I.secret())];
    case 'AWS':
      return [e('SECRET', I.secret('aws'))];
    case 'PW':
      return [e('SECRET', I.password())];
    case 'CONN':
      return [
        e(
          'SECRET',
          I.connString(pick(['db.internal', '10.4.0.12', 'prod-db-01', 'sql.corp.local', 'pg-main.eu-west-1.rds.amazonaws.com'])),
        ),
      ];
    case 'PEM':
      return [e('SECRET', I.pemBlock())];
  }
  return undefined;
}

interface Ctx {
  sensitive: boolean;
  focus?: string;
}
function resolve(key: string, L: Lang, ctx: Ctx): Piece[] {
  const p = P[L];
  switch (key) {
    case 'GREET':
      return expand(ctx.sensitive && chance(0.5) ? pick(p.greetS) : pick(p.greetN), L, ctx);
    case 'SIGN':
      return expand(ctx.sensitive && chance(0.5) ? pick(p.signS) : pick(p.signN), L, ctx);
    case 'FACT':
      return expand(ctx.sensitive ? pick(p.fact[ctx.focus!]!) : pick(p.noise), L, ctx);
    case 'NOISE':
      return expand(ctx.sensitive && chance(0.3) ? pick(p.fact[pick(FOCI)]!) : pick(p.noise), L, ctx);
    case 'FAMOUS':
      return expand(pick(p.famous), L, ctx);
  }
  const ent = entity(key, L);
  if (ent) {
    if (!ctx.sensitive) throw new Error(`entity ${key} in non-sensitive doc`);
    return ent;
  }
  const d = decoy(key, L);
  if (d !== undefined) return [d];
  throw new Error('unknown key ' + key);
}
function expand(tpl: string, L: Lang, ctx: Ctx): Piece[] {
  const out: Piece[] = [];
  let last = 0;
  for (const m of tpl.matchAll(/\{([A-Z][A-Z0-9_]*)\}/g)) {
    out.push(tpl.slice(last, m.index));
    out.push(...resolve(m[1]!, L, ctx));
    last = m.index! + m[0].length;
  }
  out.push(tpl.slice(last));
  return out;
}
function assemble(pieces: Piece[]): { text: string; entities: Ent[] } {
  let text = '';
  const entities: Ent[] = [];
  for (const p of pieces) {
    if (typeof p === 'string') text += p;
    else {
      const start = text.length;
      text += p.t;
      entities.push({ type: p.type, start, end: text.length });
    }
  }
  return { text, entities };
}

// ---------------- technical documents (code, logs, data) ----------------
const FOCI = ['PERSON', 'EMAIL', 'PHONE', 'ADDRESS', 'DOB', 'CC', 'IBAN', 'BANK', 'SSN', 'NID', 'PASSPORT', 'DL', 'IP', 'SECRET'];
const NID_BY_LANG: Record<Lang, string[]> = {
  en: ['NID_NINO', 'NID_NHS', 'NID_SIN', 'NID_AADHAAR', 'NID_PESEL', 'NID_PNR', 'ITIN'],
  de: ['NID_STEUER'],
  fr: ['NID_NIR'],
  es: ['NID_DNI', 'NID_NIE'],
  it: ['NID_CF'],
  nl: ['NID_BSN'],
};
// field name + value key per focus, for JSON/CSV/YAML/code
function fieldFor(focus: string, L: Lang): [string, string][] {
  switch (focus) {
    case 'PERSON':
      return [[pick(['full_name', 'customerName', 'employee', 'name', 'contact_person']), 'NAME']];
    case 'EMAIL':
      return [[pick(['email', 'contactEmail', 'user_email', 'mail']), pick(['EMAIL', 'EMAIL', 'EMAIL_OBF'])]];
    case 'PHONE':
      return [[pick(['phone', 'mobile', 'tel', 'phoneNumber']), pick(['PHONE', 'PHONE_INTL'])]];
    case 'ADDRESS':
      return [[pick(['address', 'shipping_address', 'home_address']), 'ADDR']];
    case 'DOB':
      return [[pick(['date_of_birth', 'dob', 'birthDate', 'geburtsdatum']), 'DOB']];
    case 'CC':
      return [[pick(['card_number', 'pan', 'cc_number', 'cardNo']), 'CC']];
    case 'IBAN':
      return [[pick(['iban', 'payout_iban', 'bank_iban']), pick(['IBAN', 'IBAN_X'])]];
    case 'BANK':
      return chance(0.5)
        ? [
            ['routing_number', 'ROUTING'],
            ['account_number', 'ACCT'],
          ]
        : [
            ['sort_code', 'SORTCODE'],
            ['account_no', 'UKACCT'],
          ];
    case 'SSN':
      return [[pick(['ssn', 'social_security_number', 'SSN']), 'SSN']];
    case 'NID': {
      const k = pick(NID_BY_LANG[L]);
      const names: Record<string, string> = {
        NID_NINO: 'ni_number',
        NID_NHS: 'nhs_number',
        NID_SIN: 'sin',
        NID_AADHAAR: 'aadhaar',
        NID_PESEL: 'pesel',
        NID_PNR: 'personnummer',
        ITIN: 'itin',
        NID_STEUER: 'steuer_id',
        NID_NIR: 'nir',
        NID_DNI: 'dni',
        NID_NIE: 'nie',
        NID_CF: 'codice_fiscale',
        NID_BSN: 'bsn',
      };
      return [[names[k]!, k]];
    }
    case 'PASSPORT':
      return [[pick(['passport_no', 'passportNumber', 'passport']), 'PASSPORT']];
    case 'DL':
      return [[pick(['driver_license', 'driving_licence_no', 'dl_number']), 'DL']];
    case 'IP':
      return [[pick(['client_ip', 'remote_addr', 'source_ip', 'ip']), pick(['IP', 'IP', 'IP_PRIV', 'IP6'])]];
    case 'SECRET': {
      const k = pick(['SECRET', 'SECRET', 'PW', 'AWS']);
      return [
        [
          k === 'PW'
            ? pick(['password', 'db_password', 'smtp_pass'])
            : k === 'AWS'
              ? 'aws_access_key_id'
              : pick(['api_key', 'token', 'secret_key', 'auth_token']),
          k,
        ],
      ];
    }
  }
  throw new Error(focus);
}
function val(key: string, L: Lang, ctx: Ctx): Piece[] {
  return resolve(key, L, ctx);
}
const q = (s: string) => JSON.stringify(s).slice(1, -1); // JSON-escape (for newlines in addresses)
function escPieces(ps: Piece[]): Piece[] {
  return ps.map((p) => (typeof p === 'string' ? p : { t: q(p.t), type: p.type }));
}
function flat(ps: Piece[]): Piece[] {
  return ps.map((p) => (typeof p === 'string' ? p : { t: p.t.replace(/\n/g, ', '), type: p.type }));
}

function techDoc(L: Lang, ctx: Ctx): Piece[] {
  const ask = pick(P[L].ask);
  const kind = pick(['json', 'csv', 'yaml', 'log', 'trace', 'code', 'sql', 'env']);
  const fields = ctx.sensitive ? fieldFor(ctx.focus!, L) : [];
  const D = (k: string) => decoy(k, L)!;
  const out: Piece[] = [];
  const s = (x: string) => out.push(x);
  if (chance(0.8)) s(ask + '\n\n');
  switch (kind) {
    case 'json': {
      s('```json\n{\n');
      s(`  "id": "${D('UUID')}",\n  "created_at": "${D('TS')}",\n`);
      for (const [f, k] of fields) {
        s(`  "${f}": "`);
        out.push(...escPieces(val(k, L, ctx)));
        s(`",\n`);
      }
      if (!ctx.sensitive)
        s(
          `  "sku": "${D('ORDER')}",\n  "amount": "${D('AMOUNT')}",\n  "client_version": "${D('VER')}",\n  "callback": "http://${D('LOOP')}:${D('PORT')}/hook",\n`,
        );
      s(`  "status": "${pick(['active', 'pending', 'closed'])}"\n}\n\`\`\``);
      break;
    }
    case 'csv': {
      const cols = ['id', ...fields.map((f) => f[0]), 'created', 'status'];
      if (!ctx.sensitive) cols.splice(1, 0, 'sku', 'qty', 'price', 'warehouse');
      const sep = pick([',', ';', '\t']);
      s(cols.join(sep) + '\n');
      for (let r = 0, n = ri(2, 6); r < n; r++) {
        s(String(ri(1000, 99999)) + sep);
        if (!ctx.sensitive) s([D('ORDER'), ri(1, 40), D('AMOUNT').replace(/[;,\t]/g, '.'), D('CITY')].join(sep) + sep);
        for (const [, k] of fields) {
          const ps = flat(val(k, L, ctx));
          if (ps.some((p) => typeof p !== 'string' && p.t.includes(sep))) {
            s('"');
            out.push(...ps);
            s('"');
          } else out.push(...ps);
          s(sep);
        }
        s(`${D('DATE')}${sep}${pick(['ok', 'open', 'refunded', 'void'])}\n`);
      }
      break;
    }
    case 'yaml': {
      s(
        '```yaml\nservice:\n  name: ' +
          pick(['billing-api', 'crm-sync', 'payments', 'hr-portal']) +
          '\n  version: ' +
          D('VER') +
          '\n  port: ' +
          D('PORT') +
          '\n',
      );
      if (ctx.sensitive) {
        s('  config:\n');
        for (const [f, k] of fields) {
          s(`    ${f}: "`);
          out.push(...escPieces(val(k, L, ctx)));
          s(`"\n`);
        }
      } else
        s(
          `  database:\n    host: ${D('LOOP')}\n    password: ${D('PHKEY')}\n  allow_cidr: ${D('CIDR')}\n  image: registry/app@sha256:${I.hex(64)}\n`,
        );
      s('  replicas: ' + ri(1, 6) + '\n```');
      break;
    }
    case 'log': {
      const n = ri(4, 12),
        at = ri(0, n - 1);
      for (let i = 0; i < n; i++) {
        s(`${D('TS')} ${pick(['INFO', 'WARN', 'ERROR', 'DEBUG'])} [${pick(['http', 'auth', 'worker-3', 'scheduler'])}] `);
        if (i === at && ctx.sensitive) {
          const [f, k] = fields[0]!;
          s(`${pick(['request failed', 'login attempt', 'validation error', 'payload rejected'])} ${f}=`);
          out.push(...flat(val(k, L, ctx)));
          for (const [f2, k2] of fields.slice(1)) {
            s(` ${f2}=`);
            out.push(...val(k2, L, ctx));
          }
          s(` req_id=${D('UUID')}\n`);
        } else
          s(
            pick([
              `GET /api/v2/orders/${D('ORDER').replace('#', '')} 200 ${ri(3, 900)}ms`,
              `connected to ${D('LOOP')}:${D('PORT')}`,
              `job ${D('UUID')} finished in ${D('DURATION')}`,
              `cache miss key=${I.hex(16)}`,
              `deployed commit ${I.hex(40)}`,
              `upstream ${D('DOCIP')} timed out`,
              `retrying in ${ri(1, 30)}s (attempt ${ri(1, 5)}/5)`,
              `build ${D('BUILD')} ready`,
            ]) + '\n',
          );
      }
      break;
    }
    case 'trace': {
      const py = chance(0.5);
      if (py)
        s(
          `Traceback (most recent call last):\n  File "/srv/app/handlers.py", line ${ri(10, 400)}, in process\n    result = validate(payload)\n  File "/srv/app/validators.py", line ${ri(10, 200)}, in validate\n    raise ValueError(msg)\nValueError: `,
        );
      else s(`Error: `);
      if (ctx.sensitive) {
        const [f, k] = fields[0]!;
        s(`invalid ${f} '`);
        out.push(...flat(val(k, L, ctx)));
        s(`'`);
        for (const [f2, k2] of fields.slice(1)) {
          s(`, ${f2} '`);
          out.push(...val(k2, L, ctx));
          s(`'`);
        }
      } else
        s(
          pick([
            `order ${D('ORDER')} not found`,
            `checksum mismatch for ${I.hex(40)}`,
            `card ${D('LUHNFAIL')} rejected (luhn)`,
            `IBAN ${D('BADIBAN')} failed checksum`,
            `connect ECONNREFUSED ${D('LOOP')}:${D('PORT')}`,
            `unsupported version ${D('VER')}`,
          ]),
        );
      if (!py)
        s(
          `\n    at Object.validate (/app/src/validate.js:${ri(10, 300)}:${ri(1, 40)})\n    at processTicksAndRejections (node:internal/process/task_queues:${ri(60, 99)}:5)\n    at async main (/app/src/index.js:${ri(5, 80)}:3)`,
        );
      break;
    }
    case 'code': {
      if (chance(0.5)) {
        s('```python\nimport requests\n\n');
        if (ctx.sensitive)
          for (const [f, k] of fields) {
            s(`${f.toUpperCase()} = "`);
            out.push(...escPieces(val(k, L, ctx)));
            s(`"\n`);
          }
        else s(`API_KEY = "${D('PHKEY')}"\nBASE = "http://${D('LOOP')}:${D('PORT')}"\n`);
        s(
          `\ndef fetch(order_id):\n    r = requests.get(f"{BASE}/orders/{order_id}", timeout=${ri(2, 30)})\n    return r.json()\n\nprint(fetch("${D('ORDER')}"))\n\`\`\``.replace(
            '{BASE}',
            '{BASE}',
          ),
        );
      } else {
        s('```ts\n');
        if (ctx.sensitive) {
          s('const fixture = {\n');
          for (const [f, k] of fields) {
            s(`  ${f}: "`);
            out.push(...escPieces(val(k, L, ctx)));
            s(`",\n`);
          }
          s('};\n');
        } else
          s(
            `const client = new Client({ apiKey: process.env.API_KEY ?? "${D('PHKEY')}", baseUrl: "http://${D('LOOP')}:${D('PORT')}" });\nconst testCard = "${D('TESTCARD')}";\n`,
          );
        s(`expect(await client.charge("${D('UUID')}")).toBe(true); // requires sdk >= ${D('VER')}\n\`\`\``);
      }
      break;
    }
    case 'sql': {
      const cols = ['id', ...fields.map((f) => f[0]), 'created_at'];
      if (!ctx.sensitive) cols.splice(1, 0, 'sku', 'amount_cents');
      s(`INSERT INTO ${pick(['customers', 'employees', 'payouts', 'orders'])} (${cols.join(', ')}) VALUES\n`);
      const n = ri(1, 3);
      for (let r = 0; r < n; r++) {
        s(`  (${ri(1, 9999)}, `);
        if (!ctx.sensitive) s(`'${D('ORDER')}', ${ri(100, 99999)}, `);
        for (const [, k] of fields) {
          s("'");
          out.push(...flat(val(k, L, ctx)).map((p) => (typeof p === 'string' ? p : { t: p.t.replace(/'/g, "''"), type: p.type })));
          s("', ");
        }
        s(`'${D('TS')}')${r === n - 1 ? ';' : ','}\n`);
      }
      s('-- ' + pick(['why does this fail with a unique constraint?', 'rewrite as upsert', 'convert to MongoDB insertMany']));
      break;
    }
    case 'env': {
      s('```\n# .env\nNODE_ENV=production\nPORT=' + D('PORT') + '\n');
      if (ctx.sensitive)
        for (const [f, k] of fields) {
          s(`${f.toUpperCase()}=`);
          out.push(...flat(val(k, L, ctx)));
          s('\n');
        }
      else
        s(
          `DATABASE_URL=postgres://app:${D('PHKEY')}@${D('LOOP')}:5432/app\nSTRIPE_KEY=${D('PHKEY')}\nBIND=${D('LOOP')}\nCOMMIT=${I.hex(40)}\n`,
        );
      s('LOG_LEVEL=' + pick(['info', 'debug', 'warn']) + '\n```');
      break;
    }
  }
  return out;
}

// stand-alone secret/network snippets that need multi-line values
function secretSpecial(L: Lang, ctx: Ctx): Piece[] {
  const ask = pick(P[L].ask);
  const k = pick(['PEM', 'CONN', 'AWS_PAIR', 'IP_LOG']);
  if (k === 'PEM') return [ask + '\n\n', ...resolve('PEM', L, ctx), '\n'];
  if (k === 'CONN')
    return [ask + '\n\n```\nspring.datasource.url=', ...resolve('CONN', L, ctx), '\nspring.jpa.hibernate.ddl-auto=update\n```'];
  if (k === 'AWS_PAIR')
    return [
      ask + '\n\n[default]\naws_access_key_id = ',
      ...resolve('AWS', L, ctx),
      '\naws_secret_access_key = ',
      e('SECRET', I.secret('awssecret')),
      '\nregion = eu-central-1\n',
    ];
  const ip = resolve(pick(['IP', 'IP_PRIV']), L, ctx);
  return [
    ask + '\n\n',
    `${decoy('TS', L)} sshd[${ri(1000, 99999)}]: Failed password for invalid user admin from `,
    ...ip,
    ` port ${ri(30000, 65000)} ssh2\n${decoy('TS', L)} sshd[${ri(1000, 99999)}]: Connection closed by 127.0.0.1 port ${ri(30000, 65000)}\n`,
  ];
}

// long document with exactly one buried entity (or none)
function longDoc(L: Lang, ctx: Ctx): Piece[] {
  const target = ri(2000, 6000);
  const out: Piece[] = [];
  let bag: string[] = [];
  const nextFiller = () => {
    if (!bag.length) bag = [...P[L].filler];
    return bag.splice(ri(0, bag.length - 1), 1)[0];
  }; // no repeats until all used
  const para = () => {
    const n = ri(3, 6);
    const ps: Piece[] = [];
    for (let i = 0; i < n; i++) {
      ps.push(...expand(nextFiller()!, L, { sensitive: false }), ' ');
    }
    ps.push('\n\n');
    return ps;
  };
  const len = (ps: Piece[]) => ps.reduce((a, p) => a + (typeof p === 'string' ? p.length : p.t.length), 0);
  const head = pick(
    {
      en: ['Quarterly operations report', 'Minutes of the steering committee', 'Project status update'],
      de: ['Quartalsbericht Betrieb', 'Protokoll Lenkungsausschuss'],
      fr: ["Rapport trimestriel d'activité", 'Compte rendu du comité de pilotage'],
      es: ['Informe trimestral de operaciones', 'Acta del comité de dirección'],
      it: ['Relazione trimestrale', 'Verbale del comitato direttivo'],
      nl: ['Kwartaalrapportage', 'Verslag stuurgroep'],
    }[L],
  );
  const intro = pick(
    {
      en: ['Summarise this report in five bullets:\n\n', 'Proofread the following, keep the structure:\n\n', ''],
      de: ['Fasse den folgenden Bericht zusammen:\n\n', ''],
      fr: ['Résume ce rapport :\n\n', ''],
      es: ['Resume este informe:\n\n', ''],
      it: ['Riassumi questa relazione:\n\n', ''],
      nl: ['Vat dit verslag samen:\n\n', ''],
    }[L],
  );
  out.push(`${intro}${head} — ${decoy('DATE', L)}\n\n`);
  while (len(out) < target / 2) out.push(...para());
  let clause: Piece[];
  for (;;) {
    clause = expand(ctx.sensitive ? pick(P[L].fact[ctx.focus!]!) : pick(P[L].noise), L, ctx);
    if (!ctx.sensitive || clause.filter((p) => typeof p !== 'string').length === (ctx.focus === 'BANK' ? 2 : 1)) break;
  }
  out.push(...clause, '\n\n');
  while (len(out) < target) out.push(...para());
  return out;
}

function generate(): Doc[] {
  I.seed(0x48e1d0);
  const docs: Doc[] = [];
  const N = 400;
  let focusIdx = 0;
  for (let i = 0; i < N; i++) {
    // 40 % English, 12 % each other language, interleaved so every language gets every kind of document
    const L: Lang = i % 5 === 0 || i % 5 === 3 ? 'en' : (['de', 'fr', 'es', 'it', 'nl'] as Lang[])[Math.floor((i / 5) * 3 + (i % 5)) % 5]!;
    const sensitive = i % 2 === 0 ? chance(0.9) : chance(0.1); // ~50 %
    const ctx: Ctx = { sensitive, focus: sensitive ? FOCI[focusIdx++ % FOCI.length] : undefined };
    const kindR = rng();
    let pieces: Piece[];
    if (kindR < 0.14) pieces = longDoc(L, ctx);
    else if (kindR < 0.45) pieces = ctx.focus === 'SECRET' && chance(0.4) ? secretSpecial(L, ctx) : techDoc(L, ctx);
    else pieces = expand(pick(P[L].frames), L, ctx);
    const { text, entities } = assemble(pieces);
    if (sensitive && entities.length === 0) throw new Error('sensitive doc without entity');
    docs.push({ id: `ho-${pad(i + 1, 4)}`, text, lang: L, entities });
  }
  return docs;
}

// ---------------- validation ----------------
const VALIDATORS: Partial<Record<Type, ((s: string) => boolean)[]>> = {
  CREDIT_CARD: [(s) => I.luhnOk(I.onlyDigits(s)) && !I.TEST_CARDS.includes(I.onlyDigits(s)) && /^[\d -]+$/.test(s)],
  IBAN: [I.ibanOk],
  SSN: [I.ssnOk],
  NATIONAL_ID: [I.ninoOk, I.nhsOk, I.sinOk, I.verhoeffOk, I.peselOk, I.pnrOk, I.itinOk, I.steuerIdOk, I.nirOk, I.dniOk, I.cfOk, I.bsnOk],
  IP_ADDRESS: [(s) => !I.isDocOrLoopIp(s) && (/^\d{1,3}(\.\d{1,3}){3}$/.test(s) || /^[0-9a-f:]+$/i.test(s))],
  EMAIL: [(s) => /@| at |\(at\)|\[at\]| AT |\{at\}/.test(s)],
};
export function check(docs: Doc[]): string[] {
  const errs: string[] = [];
  const ids = new Set<string>();
  for (const d of docs) {
    if (ids.has(d.id)) errs.push(`${d.id}: duplicate id`);
    ids.add(d.id);
    const ents = [...d.entities].sort((a, b) => a.start - b.start);
    for (let i = 0; i < ents.length; i++) {
      const x = ents[i]!;
      if (!(x.start >= 0 && x.end <= d.text.length && x.start < x.end)) errs.push(`${d.id}: bad offsets ${x.start}-${x.end}`);
      if (i > 0 && ents[i - 1]!.end > x.start) errs.push(`${d.id}: overlap`);
      const sub = d.text.slice(x.start, x.end);
      if (sub !== sub.trim()) errs.push(`${d.id}: span has surrounding whitespace: ${JSON.stringify(sub)}`);
      const vs = VALIDATORS[x.type];
      if (x.type === 'NATIONAL_ID' && /^9\d\d-\d\d-\d{4}$/.test(sub)) {
        if (!I.itinOk(sub)) errs.push(`${d.id}: bad ITIN ${sub}`);
        continue;
      }
      if (vs && !vs.some((f) => f(sub))) errs.push(`${d.id}: ${x.type} fails validation: ${JSON.stringify(sub)}`);
    }
    // look-alikes in the text must fail their check (IBAN-shaped strings in non-sensitive docs)
    if (d.entities.length === 0) {
      for (const m of d.text.matchAll(/\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b/g))
        if (I.ibanOk(m[0])) errs.push(`${d.id}: valid IBAN in negative doc ${m[0]}`);
      for (const m of d.text.matchAll(/\b\d{4}[ -]?\d{4}[ -]?\d{4}[ -]?\d{4}\b/g)) {
        const n = I.onlyDigits(m[0]);
        if (I.luhnOk(n) && !I.TEST_CARDS.includes(n)) errs.push(`${d.id}: Luhn-valid non-test 16-digit number in negative doc ${m[0]}`);
      }
    }
  }
  return errs;
}

if (process.argv.includes('--check')) {
  const docs: Doc[] = readFileSync(OUT, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  const errs = check(docs);
  const sens = docs.filter((d) => d.entities.length).length;
  const byLang: Record<string, number> = {};
  for (const d of docs) byLang[d.lang] = (byLang[d.lang] ?? 0) + 1;
  const byType: Record<string, number> = {};
  for (const d of docs) for (const x of d.entities) byType[x.type] = (byType[x.type] ?? 0) + 1;
  console.log(
    `${docs.length} docs, ${sens} sensitive (${((100 * sens) / docs.length).toFixed(1)} %), long (>=2KB): ${docs.filter((d) => d.text.length >= 2000).length}`,
  );
  console.log('langs', byLang);
  console.log('types', byType);
  const n = Number(process.argv[process.argv.indexOf('--check') + 1]) || 30;
  let s = 12345;
  const rnd = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  const all = docs.flatMap((d) =>
    d.entities.map((x) => ({ id: d.id, ...x, sub: d.text.slice(x.start, x.end), ctx: d.text.slice(Math.max(0, x.start - 25), x.start) })),
  );
  for (let i = 0; i < n; i++) {
    const x = all[Math.floor(rnd() * all.length)]!;
    console.log(`${x.id} ${x.type.padEnd(14)} ${JSON.stringify(x.sub)}   <- …${JSON.stringify(x.ctx)}`);
  }
  console.log(errs.length ? errs.join('\n') : 'check OK: offsets, overlaps, check digits, negative look-alikes');
  process.exit(errs.length ? 1 : 0);
} else {
  const docs = generate();
  const errs = check(docs);
  if (errs.length) {
    console.error(errs.join('\n'));
    writeFileSync(OUT + '.rejected', docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
    process.exit(1);
  }
  writeFileSync(OUT, docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
  console.log(`wrote ${docs.length} documents to ${OUT}`);
}
