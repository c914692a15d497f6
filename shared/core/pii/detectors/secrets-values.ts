// What a candidate SECRET value looks like: placeholders and templated values (not labelled), references to
// where a secret lives in code (not a value), random-looking tokens, hashes and UUIDs. Shared by the SECRET
// passes in secrets.ts and secrets-prose.ts.

const PLACEHOLDER_WORDS =
  /^(?:changeme|change[_-]?me|password\d?|passwort|wachtwoord|contraseña|secret|secreto|segreto|geheim|token|redacted|removed|hidden|masked|none|null|nil|undefined|empty|example|sample|dummy|test|testing|foo|bar|baz|foobar|admin|root|user|username|value|string|text|placeholder|todo|tbd|fixme|pass|pwd|mypassword|yourpassword|secretkey|apikey|api_key|your[_-].*|my[_-]?(?:secret|token|key|password).*|insert.*|enter.*|replace.*|put.*here|.*_here|true|false|required|optional|env|process\.env.*|os\.environ.*|getenv.*)$/i;

/**
 * The components of a name that say "this is where a credential goes", in the six languages: `db_password`,
 * `API-TOKEN`, `app.secret`, `TU_CLAVE_AQUI`, `LA_TUA_CHIAVE`, `VOTRE_CLÉ`, `DEIN_SCHLÜSSEL`.
 */
const CREDENTIAL_COMPONENT =
  /^(?:password|passwd|pwd|pass|passphrase|passwort|kennwort|wachtwoord|contraseña|contrasena|mdp|secret|token|key|apikey|pin|credential|credentials|clave|chiave|clé|cle|schlüssel|schluessel|sleutel|geheimnis|secreto|segreto)$/i;
/** The possessive a placeholder opens with and the "here" it ends with, in the six languages: `TU_TOKEN_AQUI`. */
const PLACEHOLDER_OPENING = /^(?:your|tu|tus|su|tua|tuo|la_tua|il_tuo|votre|ton|ta|dein|deine|ihr|ihre|jouw|uw|je)[_.-]/i;
const PLACEHOLDER_ENDING = /[_.-](?:here|aqui|aquí|qui|ici|hier)$/i;

/**
 * A name made only of words joined by `_`, `-` or `.`, one of which names a credential (`[db_password]`,
 * `DB_PASSWORD`), or which opens with "your" or ends with "here" in one of the six languages (`TU_VALOR_AQUI`).
 */
function isCredentialName(v: string): boolean {
  if (!/^\p{L}+(?:[_.-]\p{L}+)+$/u.test(v)) return false;
  return PLACEHOLDER_OPENING.test(v) || PLACEHOLDER_ENDING.test(v) || v.split(/[_.-]/).some((part) => CREDENTIAL_COMPONENT.test(part));
}

/** True for placeholder or templated values that are not real credentials. */
export function isPlaceholder(v: string): boolean {
  if (v.length < 4) return true;
  if (PLACEHOLDER_WORDS.test(v)) return true;
  if (/^[<[{(].*[>\]})]$/.test(v) || /[<>]/.test(v)) return true; // <token>, [secret], {{secret}}
  if (/\$\{|\$\(|\{\{|\}\}|%[A-Z_]+%|^\$[A-Za-z_]/.test(v)) return true; // ${VAR}, $VAR, %VAR%
  if (/\.\.\.|…/.test(v)) return true; // sk-..., truncated
  if (/(?:x{4,}|X{4,}|\*{3,}|[•●·]{3,}|#{4,}|0{8,}|_{4,})/.test(v)) return true; // xxxx, ****, ●●●●
  if (/your[-_]|[-_]here\b|^my[-_]/i.test(v)) return true;
  if (/EXAMPLE|example|placeholder|PLACEHOLDER|your_|YOUR_|dummy|DUMMY|fake|FAKE|sample|SAMPLE|redacted|REDACTED|changeme|CHANGEME/.test(v))
    return true;
  if (/^(.)\1+$/.test(v)) return true;
  if (isCredentialName(v.replace(/^[[<{(]+|[\]>})]+$/g, ''))) return true;
  return false;
}

/** Where a secret comes from in code, not the secret: `os.environ[…]`, `process.env.X`, `$VAR`, `req.body.password`, `getenv(`. */
export function isCodeReference(v: string): boolean {
  if (/^(?:process\.env|os\.environ|env\(|getenv|secrets\.|vault:|ssm:|arn:|\$|%|@|![a-z]+$)/i.test(v)) return true;
  return /^[A-Za-z_][\w.]*[([]/.test(v) || /^[a-z_]+\.[a-z_.]+$/i.test(v); // calls and indexing, attribute paths
}

/** Words run together in camel case, or acronyms: "getPasswordHash", "PostgreSQL", "JavaScript", "APlaceForYourStuff". */
const CAMEL_WORDS = /^(?:[A-Z]?[a-z]{2,}|[A-Z]{2,}(?![a-z])|[A-Z](?=[A-Z][a-z]))+$/;

/**
 * Letters whose case flips at random ("vmWTDdInzyuGR"): no word of any language is written so, nor are names
 * of products or identifiers in code (CAMEL_WORDS), so one such word after a password cue is the password.
 */
export function isRandomCase(v: string): boolean {
  if (v.length < 8 || CAMEL_WORDS.test(v)) return false;
  let flips = 0;
  for (let i = 1; i < v.length; i++) if (isUpper(v.charAt(i)) !== isUpper(v.charAt(i - 1))) flips++;
  return flips >= 4;
}

const isUpper = (c: string) => c !== c.toLowerCase();

/** Character classes present (lower, upper, digit, other). */
export function charClasses(v: string): number {
  let n = 0;
  if (/[a-z]/.test(v)) n++;
  if (/[A-Z]/.test(v)) n++;
  if (/[0-9]/.test(v)) n++;
  if (/[^A-Za-z0-9]/.test(v)) n++;
  return n;
}

/** Shannon entropy in bits per character. */
export function entropy(v: string): number {
  const counts = new Map<string, number>();
  for (const ch of v) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let h = 0;
  for (const c of counts.values()) {
    const p = c / v.length;
    h -= p * Math.log2(p);
  }
  return h;
}

export function isHexDigest(v: string): boolean {
  return (
    /^[0-9a-f]+$/i.test(v) &&
    (v.length === 32 || v.length === 40 || v.length === 56 || v.length === 64 || v.length === 96 || v.length === 128)
  );
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Looks like a random token (key, token, secret) rather than a word, name, path or number. */
export function looksRandom(v: string, minLen = 16): boolean {
  if (v.length < minLen || isPlaceholder(v)) return false;
  if (/^\d+$/.test(v) || (/^[a-z]+$/i.test(v) && v.length < 24)) return false;
  if (/^(?:https?:\/\/|\/|\.\/|~\/)/.test(v)) return false; // URLs and paths
  if (charClasses(v) < 2) return false;
  return entropy(v) >= 3.0;
}
