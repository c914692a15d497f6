// SECRET: credentials. Prefixed API keys and tokens (AWS, GitHub, GitLab, npm, Stripe, Slack, OpenAI /
// Anthropic, Google, SendGrid, Hugging Face …), JWTs (header decodes to JSON with "alg"), PEM private-key
// blocks (whole block), connection strings with a password (whole string), passwords and keys stated as
// such (key = value in code/config; "password is …" in six languages, see secrets-prose.ts), bearer tokens in Authorization
// headers. Not labelled: placeholders (YOUR_API_KEY, sk-..., <token>, xxxx, ****, ${VAR}, {{secret}}),
// the documented example keys, hashes and UUIDs given as identifiers, public keys.
import type { Detector, Finding } from '../types.ts';
import { isAsciiKeyChar } from '../chars.ts';
import { findPasswordsInProse } from './secrets-prose.ts';
import { charClasses as classes, isCodeReference, isHexDigest, isPlaceholder, isRandomCase, looksRandom, UUID } from './secrets-values.ts';
import { caseInsensitiveLatin } from '../unicode-case.ts';

// ------------------------------------------------------------------------------------ prefixed keys

// One combined pass over well-known token formats (prefix + body); each alternative stands alone.
const PREFIXED = new RegExp(
  '\\b(?:' +
    [
      '(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA|ABIA|ACCA)[A-Z0-9]{16}\\b', // AWS access key id
      'gh[pousr]_[A-Za-z0-9]{30,255}\\b', // GitHub
      'github_pat_[A-Za-z0-9_]{22,255}\\b',
      'glpat-[A-Za-z0-9_\\-]{20,}', // GitLab
      'npm_[A-Za-z0-9]{36}\\b', // npm
      '(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{10,}\\b', // Stripe secret / restricted (pk_live_ is public)
      'whsec_[A-Za-z0-9]{24,}\\b', // Stripe webhook secret
      'xox[abposre]-[A-Za-z0-9-]{10,}', // Slack
      'xapp-\\d-[A-Za-z0-9-]{10,}',
      'https://hooks\\.slack\\.com/services/T[A-Za-z0-9]+/B[A-Za-z0-9]+/[A-Za-z0-9]+', // Slack webhook
      'https://discord(?:app)?\\.com/api/webhooks/\\d+/[A-Za-z0-9_-]{20,}',
      'sk-(?:proj-|svcacct-|admin-|ant-(?:api|admin)\\d\\d-)?[A-Za-z0-9_\\-]{20,}', // OpenAI, Anthropic
      'AIza[0-9A-Za-z_\\-]{30,40}(?![0-9A-Za-z_\\-])', // Google API key
      'ya29\\.[0-9A-Za-z_\\-]{20,}', // Google OAuth access token
      'SG\\.[\\w-]{16,32}\\.[\\w-]{30,50}', // SendGrid
      'hf_[A-Za-z0-9]{30,}\\b', // Hugging Face
      'pypi-[A-Za-z0-9_\\-]{50,}', // PyPI
      'shp(?:at|ss|ca|pa)_[a-fA-F0-9]{32}\\b', // Shopify
      'dop_v1_[a-f0-9]{64}\\b', // DigitalOcean
      'SK[0-9a-f]{32}\\b', // Twilio API key
      'key-[0-9a-f]{32}\\b', // Mailgun
      '\\d{8,10}:AA[0-9A-Za-z_\\-]{33}\\b', // Telegram bot token
      'eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}', // JWT
    ].join('|') +
    ')',
  'g',
);

const DOC_EXAMPLES = new Set([
  'AKIAIOSFODNN7EXAMPLE',
  'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  'sk_test_4eC39HqLyjWDarjtT1zdp7dc',
  'sk_test_BQokikJOvBiI2HlWgH4olfQ2',
  'AKIAI44QH8DHBEXAMPLE',
  'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY',
  'xoxb-not-a-real-token-this-will-not-work',
]);

function base64UrlDecode(s: string): string | null {
  try {
    let b = s.replace(/-/g, '+').replace(/_/g, '/');
    while (b.length % 4) b += '=';
    return atob(b);
  } catch {
    return null;
  }
}

function validJwt(tok: string): boolean {
  const header = tok.slice(0, tok.indexOf('.'));
  const json = base64UrlDecode(header);
  if (!json) return false;
  try {
    const h = JSON.parse(json) as unknown;
    return typeof h === 'object' && h !== null && 'alg' in h;
  } catch {
    return false;
  }
}

/** Cheap substring checks: PREFIXED only runs when one of the token families can be present. */
const PREFIX_HINTS = [
  '_',
  'AKIA',
  'ASIA',
  'AGPA',
  'AIDA',
  'AROA',
  'ANPA',
  'ANVA',
  'AIPA',
  'ABIA',
  'ACCA',
  'sk-',
  'xox',
  'xapp-',
  'AIza',
  'eyJ',
  'SG.',
  'ya29.',
  'pypi-',
  'key-',
  ':AA',
  'hooks.',
  'discord',
  'glpat-',
  'SK',
];

function findPrefixed(text: string, out: Finding[]): void {
  let hinted = false;
  for (const h of PREFIX_HINTS) {
    if (text.includes(h)) {
      hinted = true;
      break;
    }
  }
  if (!hinted) return;
  PREFIXED.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PREFIXED.exec(text))) {
    const v = m[0];
    if (DOC_EXAMPLES.has(v) || /EXAMPLE/.test(v)) continue;
    if (v.startsWith('eyJ')) {
      if (!validJwt(v)) continue;
    } else if (v.startsWith('https://')) {
      const last = v.slice(v.lastIndexOf('/') + 1);
      if (isPlaceholder(last) || last.length < 16 || classes(last) < 2) continue;
    } else {
      if (isPlaceholder(v)) continue;
      const body = v.replace(/^[A-Za-z]+[_-](?:[a-z]+[_-])?/, '');
      if (isPlaceholder(body) || (body.length >= 8 && classes(body) < 2 && !/^AKIA|^ASIA/.test(v))) continue;
      if (/^(?:x+|X+|0+|\*+)$/.test(body)) continue;
    }
    out.push({ type: 'SECRET', start: m.index, end: m.index + v.length, score: 0.95, detector: 'secrets' });
    if (/^(?:AKIA|ASIA)/.test(v)) awsSecretBeside(text, m.index + v.length, out);
  }
}

/**
 * An AWS secret access key written beside its key id, unlabelled: forty characters of base64 ('/' and '+' too) in
 * random case, on the id's line or the next two ("AKIA…\nHy0lUCgZJGlz5YDHT4th8i4Iu9JdKeW+yVAY8kuZ").
 */
const AWS_SECRET_NEAR = /(?<![A-Za-z0-9/+=])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/g;
const AWS_SECRET_REACH = 160;

function awsSecretBeside(text: string, idEnd: number, out: Finding[]): void {
  const near = text.slice(idEnd, idEnd + AWS_SECRET_REACH);
  const lines = near.split('\n', 3).join('\n');
  for (const m of lines.matchAll(AWS_SECRET_NEAR)) {
    const v = m[0];
    if (classes(v) < 3 || /EXAMPLE/.test(v) || isHexDigest(v)) continue;
    out.push({ type: 'SECRET', start: idEnd + m.index, end: idEnd + m.index + v.length, score: 0.9, detector: 'secrets' });
    return;
  }
}

// ------------------------------------------------------------------------------------------- PEM

const PEM = /-----BEGIN ((?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?)-----([\s\S]*?)(?:-----END \1-----|(?=\n\s*\n|$))/g;

function findPem(text: string, out: Finding[]): void {
  if (!text.includes('-----BEGIN')) return;
  PEM.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PEM.exec(text))) {
    const body = m[2]!.replace(/^(?:[\w-]+:.*\n)+/m, ''); // Proc-Type/DEK-Info headers
    const b64 = body.replace(/[^A-Za-z0-9+/=]/g, '');
    if (b64.length < 40 || isPlaceholder(body.trim())) continue;
    let end = m.index + m[0].length;
    while (end > m.index && /\s/.test(text.charAt(end - 1))) end--;
    out.push({ type: 'SECRET', start: m.index, end, score: 1, detector: 'secrets' });
  }
}

// ---------------------------------------------------------------------------------- connection strings

const CONN_URL = /\b[a-zA-Z][a-zA-Z0-9+.-]{1,24}:\/\/([^\s:@/'"`<>]{0,64}):([^\s@'"`<>/]{1,128})@[^\s'"`<>)\]]+/g;
const ADO =
  /\b(?:Server|Data Source|Host|Address|Addr)\s*=[^;\n"']{1,200};[^\n"']{0,400}?\b(?:Password|Pwd|PWD|password)\s*=\s*([^;\n"']+);?[^\n"'\s]*/g;

const CURL_USER = /(?:^|\s)(?:-u|--user)[ =]['"]?([^\s:'"]{1,64}):([^\s'"]{1,128})/g;

function findConnectionStrings(text: string, out: Finding[]): void {
  if (text.includes('://')) {
    CONN_URL.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = CONN_URL.exec(text))) {
      let pw = m[2]!;
      try {
        pw = decodeURIComponent(pw);
      } catch {
        /* keep raw */
      }
      if (isPlaceholder(pw) || isPlaceholder(m[2]!) || /^(?:password|pass|pwd|secret)$/i.test(pw)) continue;
      let v = m[0];
      v = v.replace(/[.,;:!?)]+$/, '');
      out.push({ type: 'SECRET', start: m.index, end: m.index + v.length, score: 0.95, detector: 'secrets' });
    }
  }
  if (text.includes('-u ') || text.includes('--user')) {
    // curl -u user:password, wget --user …: the credential pair.
    CURL_USER.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = CURL_USER.exec(text))) {
      const pw = m[2]!;
      if (isPlaceholder(pw) || pw.length < 4 || /^\$/.test(pw)) continue;
      const start = m.index + m[0].length - m[1]!.length - 1 - pw.length;
      out.push({ type: 'SECRET', start, end: start + m[1]!.length + 1 + pw.length, score: 0.85, detector: 'secrets' });
    }
  }
  if (text.includes(';') && /password|pwd/i.test(text)) {
    ADO.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = ADO.exec(text))) {
      const pw = m[1]!.trim();
      if (isPlaceholder(pw)) continue;
      out.push({ type: 'SECRET', start: m.index, end: m.index + m[0].length, score: 0.9, detector: 'secrets' });
    }
  }
}

// --------------------------------------------------------------------------------------- key = value

// Secret-ish words; each hit is expanded to the surrounding identifier (the key) and, if a separator
// follows, the value is read. Also the anchor for "password is …" in prose.
// Factored by first letters: looked for in every text.
const SECRET_WORD =
  /p(?:ass|wd)|s(?:ecret|chl(?:ü|ue)ssel|leutel)|token|key|c(?:redential|ontrase|lave|hiave|lé)|kennwort|wachtwoord|mdp|b(?:earer|asic)|\bpin\b/gi;
/** The words for a key in the six languages: a random-looking value stated after one is a secret (tokenProseAt). */
const KEY_WORD = /^(?:token|secret|key|schlüssel|schluessel|chiave|sleutel|clé|clave)$/;
const VALUE_AFTER = /["']?[ \t]*(?::=|=>|=|:)[ \t]*(?:"([^"\n]{1,400})"|'([^'\n]{1,400})'|`([^`\n]{1,400})`|([^\s"'`,;}\]&]{1,400}))/y;

/** Keys whose value is not a secret even though the name contains a secret-ish word. */
const NON_SECRET_KEY =
  /(?:public|pub_?key|publishable|_?id$|_?ids$|^id|name$|user(?:name)?$|_?url$|_?uri$|endpoint|path$|file$|_?type$|length|len$|_?min|_?max|expir|ttl|timeout|policy|reset|hash|sha(?:\d+|sum)?(?![a-z])|md5|digest|checksum|fingerprint|salt$|count$|field|label|placeholder|hint|prompt|strength|rotation|required|enabled|header|format|mode|algorithm|alg$|version|_?at$|_?date$|_?time$|forgot|change|confirm|regex|pattern|validator|length|class|style|selector|manager|vault|ref$|arn$|usage|limit|policy|scope|provider|holder)/i;

const SECRET_COMPONENT =
  /(?:^|_|[a-z0-9](?=(?:password|passwd|pwd|secret|token|apikey|secretkey|accesskey|privatekey|authkey)(?:_|\d*$)))(?:password|passwd|pass|pwd|passphrase|passwort|kennwort|wachtwoord|contrase[ñn]a|mot_de_passe|mdp|secret|secrets|token|tokens|apikey|credential|credentials|bearer|(?:api|access|secret|private|auth|signing|encryption|session|master|license|licence|client|app|account|storage|service|deploy|subscription|shared|webhook|stripe|openai|anthropic|google|aws|azure|gcp|sendgrid|twilio|mailgun|github|gitlab|slack|ssh|pgp|gpg|rsa|ecdsa|ed25519|hmac|jwt|crypto|bot|admin|root|mapbox|maps|firebase|algolia|sentry|datadog|dd|newrelic|payment|paypal|braintree|square|shopify|cloudflare|cf|vercel|heroku|netlify|x_api|consumer|app_secret|wg|wireguard|bitcoin|wallet)_?key)(?:_|\d*$)/;
const NOT_A_KEY =
  /(?:^|_)(?:cache|primary|foreign|sort|partition|idempotency|object|s3|map|lookup|hash|public|pub|row|dedup|i18n|translation|registry|composite|unique|index|react|group|query|storage|bucket|ssh_pub|host|monkey|turkey|hockey|jockey|whiskey|donkey)_?key/;

/** The key names a credential: a whole component of a snake/camel/kebab-case name, not "passiert" or "Passnummer". */
function keyOk(key: string): boolean {
  const k = key
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[.\-\s]+/g, '_');
  return SECRET_COMPONENT.test(k) && !NOT_A_KEY.test(k);
}

const PASSWORD_KEY = /pass|pwd|passwort|kennwort|wachtwoord|contrase|mot.?de.?passe|mdp/i;

const KEY_QUALIFIER =
  /^(?:api|access|secret|private|auth|license|licence|client|app|application|bot|signing|encryption|master|session|deploy|refresh|bearer|personal|shared|webhook|service|admin|root|stripe|openai|github|gitlab|slack|aws|gcp|azure|sendgrid|twilio|mailgun|id)$/i;

/** What a password's key is set to when it holds no password: how the password is given, kept or checked. */
const PASSWORD_SETTINGS =
  /^(?:prompt|stdin|file|keyring|keychain|vault|environment|inherit|inherited|disabled|enabled|never|always|plaintext|encrypted|hashed|bcrypt|argon2|argon2id|scrypt|pbkdf2|sha256|sha512|mandatory|optional|required|generated|random|interactive|external|internal|default)$/;

/**
 * Under a token's or a key's name, twelve lower-case letters or more that are no setting, as the field's whole value
 * ("api_key: mohutavakexigu"): its value, whatever it looks like.
 */
function lettersOfAToken(v: string): boolean {
  return /^[a-z]{12,}$/.test(v) && !PASSWORD_SETTINGS.test(v);
}

/** The value is quoted, or nothing but blanks stands after it on its line: a field's whole value, not prose. */
function endsField(text: string, m: RegExpExecArray, raw: string): boolean {
  if (m[4] === undefined) return true;
  const end = m.index + m[0].length;
  return /^[ \t]*(?:\r?\n|$)/.test(text.slice(end, end + 3)) && raw.trim() === raw.trim().replace(/[.,;)]+$/, '');
}

function keyValueAt(text: string, ks: number, ke: number, out: Finding[]): void {
  let key = text.slice(ks, ke);
  // "API key: …", "access token = …": take the word before a bare key/token/secret as part of the name.
  if (/^(?:key|token|secret)s?$/i.test(key) && text.charCodeAt(ks - 1) === 32) {
    const pw = /([A-Za-z]{2,12})[ ]$/.exec(text.slice(Math.max(0, ks - 14), ks));
    if (pw && KEY_QUALIFIER.test(pw[1]!)) key = pw[1] + '_' + key;
  }
  VALUE_AFTER.lastIndex = ke;
  const m = VALUE_AFTER.exec(text);
  if (!m) return;
  const raw = m[1] ?? m[2] ?? m[3] ?? m[4] ?? '';
  if (!keyOk(key) || NON_SECRET_KEY.test(key)) return;
  let v = raw.trim();
  // Unquoted values: drop trailing punctuation that ends a sentence or a code line.
  if (m[4] !== undefined) v = v.replace(/[.,;)]+$/, '');
  v = v.replace(/&[A-Za-z_]+=.*$/, ''); // the next query parameter
  if (!v || isPlaceholder(v)) return;
  if (m[4] !== undefined && /^[[({<]/.test(v)) return; // a list, a call, a bracketed placeholder cut at its `]`
  if (isCodeReference(v) || /^pk_(?:live|test)_/.test(v)) return;
  if (/^(?:true|false|null|none|yes|no|on|off|required|optional)$/i.test(v)) return;
  if (UUID.test(v) && !/secret|token|key/i.test(key)) return;
  if (isHexDigest(v) && !/secret|token|key|pass/i.test(key)) return;
  const isPw = PASSWORD_KEY.test(key) && !/token|key|secret/i.test(key);
  const digits = /^\d+$/.test(v);
  if (digits && !(isPw && v.length >= 4)) return; // a number; under a password's key a PIN ("DB_PASSWORD=807732")
  if (isPw) {
    // a password's key names its value whatever it looks like ("DB_PASSWORD=licelomadepexu"): not a setting's word
    const word = /^[a-z]+$/.test(v);
    if (
      word
        ? v.length < 8 || PASSWORD_SETTINGS.test(v) || !endsField(text, m, raw)
        : !digits && (v.length < 6 || (classes(v) < 2 && v.length < 12))
    )
      return; // a word of the sentence ("--root-password= akzeptiert …"), a metavariable ("PASSWORT"), a setting
    if (/^[a-z]+(?: [a-z]+)+$/.test(v) && v.length < 16) return; // ordinary words
  } else if (!looksRandom(v, 12) && !isRandomCase(v) && !(lettersOfAToken(v) && endsField(text, m, raw))) return; // letters of random case are no word either
  if (/\s/.test(v) && !isPw) return;
  const off = m[0].lastIndexOf(raw);
  const start = m.index + off + (raw.length - raw.trimStart().length);
  out.push({ type: 'SECRET', start, end: start + v.length, score: 0.85, detector: 'secrets' });
}

function findKeyValuesAndProse(text: string, out: Finding[]): void {
  SECRET_WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  let lastKeyEnd = -1;
  while ((m = SECRET_WORD.exec(text))) {
    const i = m.index;
    if (i < lastKeyEnd) continue;
    let ks = i;
    while (ks > 0 && isAsciiKeyChar(text.charCodeAt(ks - 1))) ks--;
    let ke = i + m[0].length;
    while (ke < text.length && isAsciiKeyChar(text.charCodeAt(ke)) && text.charCodeAt(ke) !== 46) ke++;
    lastKeyEnd = ke;
    SECRET_WORD.lastIndex = ke;
    keyValueAt(text, ks, ke, out);
    const w = m[0].toLowerCase();
    if (w === 'bearer' || w === 'token' || w === 'basic') authAt(text, i, out);
    if (KEY_WORD.test(w)) tokenProseAt(text, i, out);
  }
}

// --------------------------------------------------------------------------------- tokens in prose

// "the client secret is 8f7d…", "mein API-Token lautet …": a random-looking value after a token word.
const TOKEN_PROSE =
  /(?:token|secret|key|schlüssel|schluessel|chiave|sleutel|cl[ée]|clave)s?(?:[ \t]+[\p{L}'’-]{1,15}){0,3}?(?:[ \t]+(?:is|was|ist|lautet|est|es|è|wordt)(?![\p{L}\p{N}])|[ \t]*:)[ \t:"'«“]*([A-Za-z0-9+/_\-.=]{16,200})/iuy;

/** "the token KqnqEJry735 stopped working": a token or secret named right before its value, no copula between. */
const TOKEN_NAMED = /(?:token|secret)[ \t]+([A-Za-z0-9+/_\-.=$!#%]{10,200})(?![^\s.,;:!?)])/iy;

function tokenProseAt(text: string, at: number, out: Finding[]): void {
  TOKEN_NAMED.lastIndex = at;
  const named = TOKEN_NAMED.exec(text);
  if (named) {
    const v = named[1]!.replace(/[.]+$/, '');
    // letters of random case, a digest ("use secret 2c69eb…"), or letters and digits with a symbol: no word of the sentence
    const token = isRandomCase(v) || isHexDigest(v) || (/\d/.test(v) && /[A-Za-z]/.test(v) && classes(v) >= 3 && looksRandom(v, 10));
    if (!isPlaceholder(v) && token) {
      const start = named.index + named[0].length - named[1]!.length;
      out.push({ type: 'SECRET', start, end: start + v.length, score: 0.75, detector: 'secrets' });
      return;
    }
  }
  TOKEN_PROSE.lastIndex = at;
  const m = TOKEN_PROSE.exec(text);
  if (!m) return;
  const v = m[1]!.replace(/[.]+$/, '');
  // a digest after "key" is a fingerprint or an id as often; after "token" or "secret" it is the token ("ghp" classic)
  const digestAllowed = isHexDigest(v) && /^(?:token|secret)/i.test(m[0]);
  if (!looksRandom(v, 16) || (isHexDigest(v) && !digestAllowed) || UUID.test(v) || /^[a-z]+(?:[-_.][a-z]+)*$/i.test(v)) return;
  const start = m.index + m[0].length - m[1]!.length;
  out.push({ type: 'SECRET', start, end: start + v.length, score: 0.75, detector: 'secrets' });
}

// ------------------------------------------------------------------------------- Authorization

const AUTH = /(?:Bearer|Token|Basic|BEARER|bearer|token)[ \t]+([A-Za-z0-9\-._~+/]{16,}=*)/y;

function authAt(text: string, at: number, out: Finding[]): void {
  AUTH.lastIndex = at;
  const m = AUTH.exec(text);
  if (!m) return;
  const v = m[1]!;
  if (isPlaceholder(v) || !(looksRandom(v, 16) || isRandomCase(v))) return;
  const start = m.index + m[0].length - v.length;
  out.push({ type: 'SECRET', start, end: start + v.length, score: 0.85, detector: 'secrets' });
}

// ------------------------------------------------------------------------------- command lines

/**
 * A password given on a command line: MySQL's and MariaDB's `-p` glued to the value (`mysql -u root -pS3cret`),
 * `sshpass -p S3cret`. (`--password=…` and `PGPASSWORD=…` are key = value pairs, read above.)
 */
const COMMAND_LINE_PASSWORD =
  /(?:\b(?:mysql|mysqldump|mysqladmin|mysqlimport|mysqlcheck|mariadb|mariadb-dump)\b[^\n]*?[ \t]-p|\bsshpass[ \t]+-p[ \t]*)(['"]?)([^\s'"]{4,})\1/g;

/**
 * A password passed as the third argument of a call that connects or logs in with (address, user, password): PHP's
 * `new PDO($dsn, 'shop', 'Kompass97*')`, `mysqli_connect('db', 'shop', '…')`, `ftp_login($c, 'u', '…')`,
 * `ldap_bind($c, $dn, '…')`, `imap_open($box, 'u', '…')`, Java's `DriverManager.getConnection(url, "u", "…")`.
 * Only a string literal counts, not a variable or a placeholder.
 */
const CONNECT_CALL_RE =
  /(?:\bnew[ \t]+PDO|\bmysqli(?:_connect|_real_connect)?|\bmysql_connect|\bftp_login|\bldap_bind|\bimap_open|\bgetConnection)[ \t]*\(/g;
/** Three arguments, the first two of any shape (no parentheses or quotes inside), the third a quoted string. */
const THIRD_ARGUMENT_AT = /(?:[ \t]*(?:'[^'\n]*'|"[^"\n]*"|[^,()'"\n]+)[ \t]*,){2}[ \t]*(['"])([^'"\n]{4,80})\1[ \t]*[,)]/y;

function findConnectCallPasswords(text: string, out: Finding[]): void {
  if (!text.includes('(')) return;
  for (const m of text.matchAll(CONNECT_CALL_RE)) {
    THIRD_ARGUMENT_AT.lastIndex = m.index + m[0].length;
    const arg = THIRD_ARGUMENT_AT.exec(text);
    if (!arg || isPlaceholder(arg[2]!) || /^\$|^\{\{|^%|^<|\$\{/.test(arg[2]!)) continue;
    const start = THIRD_ARGUMENT_AT.lastIndex - arg[0].length + arg[0].lastIndexOf(arg[2]!);
    out.push({ type: 'SECRET', start, end: start + arg[2]!.length, score: 0.9, detector: 'secrets' });
  }
}

/**
 * A key or token named in prose and written out: "de sleutel pk_b3098182_Pa34Msf… stond in de repo", "the token
 * 9fK2…". The value must be long and random, of capitals, small letters and digits all three (a commit's or a
 * digest's hex is two), and not a public key's ("public key", "pub_…").
 */
const KEY_WORDS = 'key|token|secret|sleutel|schlüssel|clé|clave|chiave|jeton|geheimnis|segreto|secreto';
const NAMED_KEY_RE = new RegExp(
  String.raw`(?<![\p{L}\p{M}])(?:${KEY_WORDS})(?![\p{L}\p{M}])[^\n]{0,24}?(?<![A-Za-z0-9_.-])([A-Za-z0-9][A-Za-z0-9_.-]{23,})(?![A-Za-z0-9_.-])`,
  'giu',
);

/** NAMED_KEY_RE's words alone, looked for first: without `u` on most texts, ~10× cheaper than the whole. */
const KEY_WORD_GATE = caseInsensitiveLatin(new RegExp(KEY_WORDS, 'iu'));

function findNamedKeys(text: string, out: Finding[]): void {
  if (!KEY_WORD_GATE(text).test(text)) return;
  for (const m of text.matchAll(NAMED_KEY_RE)) {
    const v = m[1]!;
    if (!/[A-Z]/.test(v) || !/[a-z]/.test(v) || !/\d/.test(v) || !looksRandom(v, 24) || UUID.test(v)) continue;
    // digits strewn among the letters, as random keys have them ("Pa34MsfWhaIU0bg3…"; not "Deployment_Controller_v2")
    if ((v.match(/\d(?=[A-Za-z])|[A-Za-z](?=\d)/g)?.length ?? 0) < 6) continue;
    if (/public|pub_?key|publishable/i.test(text.slice(Math.max(0, m.index - 12), m.index + m[0].length - v.length)) || /^pub_/i.test(v))
      continue;
    const start = m.index + m[0].length - v.length;
    out.push({ type: 'SECRET', start, end: start + v.length, score: 0.85, detector: 'secrets' });
  }
}

/**
 * A line of PostgreSQL's password file: `host:port:database:user:password` ("db01:5432:compta:yeongjun:^mC*3t…"),
 * where the text names the file or the line holds nothing else.
 */
const PGPASS_LINE_RE = /(?<![^\s:])[\w.*-]+:(?:\d{2,5}|\*):[\w.*-]+:[\w.*-]+:([^\s]{4,128})(?=\s|$)/g;
/** Its line from the port on, looked for first: the line's start is tried at every word. */
const PGPASS_PORT_ON = /:(?:\d{2,5}|\*):[\w.*-]+:[\w.*-]+:[^\s]{4}/;

function findPgpassLines(text: string, out: Finding[]): void {
  if (!text.includes(':') || !PGPASS_PORT_ON.test(text)) return;
  const named = /pgpass/i.test(text);
  for (const m of text.matchAll(PGPASS_LINE_RE)) {
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    const lineEnd = text.indexOf('\n', m.index);
    const alone = text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd).trim() === m[0];
    if ((!named && !alone) || isPlaceholder(m[1]!)) continue;
    const start = m.index + m[0].length - m[1]!.length;
    out.push({ type: 'SECRET', start, end: start + m[1]!.length, score: 0.85, detector: 'secrets' });
  }
}

function findCommandLinePasswords(text: string, out: Finding[]): void {
  if (!text.includes('-p')) return;
  for (const m of text.matchAll(COMMAND_LINE_PASSWORD)) {
    const v = m[2]!;
    if (isPlaceholder(v) || isCodeReference(v)) continue;
    const start = m.index + m[0].length - m[1]!.length - v.length;
    out.push({ type: 'SECRET', start, end: start + v.length, score: 0.8, detector: 'secrets' });
  }
}

/** Several passes can find the same secret (a key = value inside a connection string): keep the outer span. */
function dropNested(found: Finding[]): Finding[] {
  if (found.length < 2) return found;
  const ranked = [...found].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Finding[] = [];
  for (const f of ranked) if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f);
  return kept.sort((a, b) => a.start - b.start);
}

export const secretDetector: Detector = {
  name: 'secrets',
  types: ['SECRET'],
  detect(text: string): Finding[] {
    const out: Finding[] = [];
    findPrefixed(text, out);
    findPem(text, out);
    findConnectionStrings(text, out);
    findKeyValuesAndProse(text, out);
    findPasswordsInProse(text, out);
    findCommandLinePasswords(text, out);
    findConnectCallPasswords(text, out);
    findNamedKeys(text, out);
    findPgpassLines(text, out);
    return dropNested(out);
  },
};
