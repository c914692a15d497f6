// IP_ADDRESS: IPv4 (valid octets) and IPv6 (full, compressed, IPv4-embedded) host addresses, without the
// port or zone. Not labelled: loopback and unspecified (127.0.0.0/8, 0.0.0.0/8, ::1, ::), the
// documentation ranges (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32), broadcast and
// netmasks, network addresses written as CIDR blocks (10.0.0.0/8), and version-like dotted numbers
// (v2.10.1.3, "version 1.2.3.4", "Firmware: 8.1.11.91", OIDs such as 1.3.6.1.2.1). Private and
// link-local addresses are labelled.
import type { Detector, Finding } from '../types.ts';
import { isAsciiDigit, isAsciiWordChar, isHexDigit } from '../chars.ts';

const V4 = /(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})/g;
const V6 = /(?<![\w:.])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:(?:\d{1,3}\.){3}\d{1,3}|[0-9A-Fa-f]{1,4})?(?![\w:]|\.\d)/g;

/** Words before a dotted number that make it a version, build or firmware number, not an address. */
const VERSION_CONTEXT =
  /(?:\bv|version|versión|versione|versie|ver\.?|release|build|firmware|firmwareversion|fw|rev|revision|sdk|api|kernel|agent|app|driver|treiber|pilote|controlador|patch|update|upgrade|oid|mib|snmp|semver|tag|chrome|firefox|safari|edge|node|python|java|go|version_?|section|sect?\.|clause|chapter|paragraph|para\.?|article|art\.|§|abschnitt|kapitel|artikel|ziffer|chapitre|paragraphe|sección|secci[óo]n|cap[íi]tulo|art[íi]culo|sezione|capitolo|articolo|hoofdstuk|paragraaf|lid|step|item|rule|table|tabelle|tableau|tabla|tabella|tabel|figure|fig\.?|abbildung|version number)["'\s:=\-_#]*$/i;
/** Update / release words of six languages, then a few function words: "upgrade to", "Update auf die", "mise à jour vers la". */
const UPDATE_CONTEXT =
  /(?:version|versión|versione|versie|release|releases|rilascio|build|compilaci[óo]n|compilazione|patch|hotfix|update|updated|updating|upgrade|upgraded|upgrading|downgrade|aktualisierung|aktualisiert|mise à jour|mise a jour|mis à jour|actualizaci[óo]n|actualizar|actualizado|aggiornamento|aggiornare|aggiornato|bijwerken|bijgewerkt|stand|ausgabe)(?:\s+(?:to|auf|zu|naar|vers|à|a|al|alla|all['’]|la|le|l['’]|the|die|der|den|de|del|della|van|op|is|ist|est|es|è|version|versión|versione|versie|release|nach|de la))*["'\s:=\-_#]*$/i;
/** Software products followed directly by their version ("Zoom 5.16.10.2", "nginx 1.25.3.1", "Firefox v115…"). */
const PRODUCT_CONTEXT =
  /(?:^|[^\w.])(?:chrome|chromium|firefox|safari|edge|opera|brave|thunderbird|outlook|office|excel|teams|zoom|slack|skype|webex|windows|macos|osx|ios|ipados|android|ubuntu|debian|centos|rhel|fedora|linux|node|nodejs|python|java|jdk|jre|golang|rust|ruby|rails|php|perl|dotnet|\.net|django|spring|nginx|apache|httpd|tomcat|jetty|iis|postgres|postgresql|mysql|mariadb|redis|mongodb|elasticsearch|kibana|grafana|prometheus|docker|kubernetes|k8s|helm|terraform|ansible|jenkins|gitlab|jira|confluence|sap|vmware|esxi|vcenter|citrix|fortios|junos|openssl|openssh|curl|git|npm|pip|gradle|maven|xcode|vscode|intellij|eclipse|acrobat|photoshop|unity|sqlite|kafka|rabbitmq|bios|uefi)(?:\s+(?:v|ver\.?|version|versión|versione|versie))?["'\s:=\-_#]*$/i;
const VERSION_KEY = /"(?:version|build|release|firmware|fw|ver|oid|tag)[\w-]*"\s*:\s*"?$/i;

const IP_CONTEXT =
  /\b(?:ip|ipv4|ip[\s_-]?(?:address|addr|adresse|adres|addresse)|(?:adresse|indirizzo|direcci[óo]n|endere[çc]o)\s+ip|host|hostname|server|gateway|router|dns|proxy|peer|remote[\s_-]?addr|client[\s_-]?ip|src|dst|source|destination)\b["'\s:=\-_#]*(?:(?:is|ist|est|es|è|of|van|de|del|du|der|des|la|le|il|el|het)\s+)?$/i;
const TEMPLATE = /<[a-z][\w-]*>|\bexample\.(?:com|org|net)\b|\$\{[A-Z_]+\}|\byour[_-]/i;

function isPrivate(a: number, b: number): boolean {
  return a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254);
}

function octet(s: string): number {
  if (s.length > 1 && s.charCodeAt(0) === 48) return -1; // leading zeros: not an address as written
  const n = Number(s);
  return n <= 255 ? n : -1;
}

function ipv4Excluded(a: number, b: number, c: number, d: number): boolean {
  if (a === 127 || a === 0) return true; // loopback, unspecified / "this network"
  if (a === 255) return true; // broadcast, netmasks
  if (a >= 224) return true; // multicast and reserved: not a host
  if (a === 192 && b === 0 && c === 2) return true; // TEST-NET-1
  if (a === 198 && b === 51 && c === 100) return true; // TEST-NET-2
  if (a === 203 && b === 0 && c === 113) return true; // TEST-NET-3
  if (d === 0 && c === 0 && b === 0) return true; // 10.0.0.0-style network addresses
  return false;
}

export function findIpv4(text: string, out: Finding[]): void {
  V4.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = V4.exec(text))) {
    const a = octet(m[1]!);
    const b = octet(m[2]!);
    const c = octet(m[3]!);
    const d = octet(m[4]!);
    const start = m.index;
    const end = start + m[0].length;
    // Boundaries: not inside a longer dotted number (1.2.3.4.5, OIDs), a word (v2.10.1.3) or a path.
    const p1 = text.charCodeAt(start - 1);
    const n1 = text.charCodeAt(end);
    if (isAsciiWordChar(p1) || p1 === 46 || p1 === 58 || p1 === 45) {
      if (isAsciiDigit(p1)) V4.lastIndex = start + 1 + (m[1]!.length > 1 ? 0 : 0);
      continue;
    }
    if (p1 === 47 && (isAsciiWordChar(text.charCodeAt(start - 2)) || text.charCodeAt(start - 2) === 46)) continue;
    if (isAsciiWordChar(n1) || n1 === 45 || (n1 === 46 && isAsciiDigit(text.charCodeAt(end + 1)))) {
      if (n1 === 46 || isAsciiDigit(n1)) V4.lastIndex = end + 1; // skip the rest of a long dotted run
      continue;
    }
    if (a < 0 || b < 0 || c < 0 || d < 0) continue;
    if (ipv4Excluded(a, b, c, d)) continue;
    // CIDR block: a network address with a prefix length (host bits zero) is an example/range, not a host.
    const cidr = /^\/(\d{1,2})(?!\d)/.exec(text.slice(end, end + 3));
    if (cidr) {
      const len = Number(cidr[1]);
      const ip = ((a << 24) >>> 0) + (b << 16) + (c << 8) + d;
      const hostMask = len >= 32 ? 0 : 0xffffffff >>> len;
      if (len < 32 && (ip & hostMask) === 0) continue;
    }
    const pre = text.slice(Math.max(0, start - 40), start);
    // "IP 10.1.2.3", "indirizzo IP …", "adresse IP : …", "IP-Adresse …", "dirección IP …": an address, whatever
    // else comes before.
    if (
      !IP_CONTEXT.test(pre) &&
      (VERSION_CONTEXT.test(pre) || VERSION_KEY.test(pre) || UPDATE_CONTEXT.test(pre) || PRODUCT_CONTEXT.test(pre))
    )
      continue;
    // A private address in a template (placeholders, example.* domains around it) is an example value.
    if (isPrivate(a, b) && TEMPLATE.test(text.slice(Math.max(0, start - 200), end + 200))) continue;
    out.push({ type: 'IP_ADDRESS', start, end, score: 0.9, detector: 'network' });
  }
}

/** Parse an IPv6 address as written; returns its 8 groups or null. */
export function parseIpv6(s: string): number[] | null {
  let tail4: number[] = [];
  let str = s;
  const lastColon = s.lastIndexOf(':');
  if (s.indexOf('.', lastColon) > 0) {
    const parts = s.slice(lastColon + 1).split('.');
    if (parts.length !== 4) return null;
    const o = parts.map(octet);
    if (o.some((x) => x < 0)) return null;
    tail4 = [(o[0]! << 8) | o[1]!, (o[2]! << 8) | o[3]!];
    // "::ffff:1.2.3.4" keeps its "::"; "a:b:c:d:e:f:1.2.3.4" drops the colon before the IPv4 part.
    str = s.slice(0, lastColon + 1).endsWith('::') ? s.slice(0, lastColon + 1) : s.slice(0, lastColon);
  }
  const dbl = str.indexOf('::');
  if (dbl !== str.lastIndexOf('::')) return null;
  const parseGroups = (p: string): number[] | null => {
    if (p === '') return [];
    const gs = p.split(':');
    const res: number[] = [];
    for (const g of gs) {
      if (!/^[0-9A-Fa-f]{1,4}$/.test(g)) return null;
      res.push(parseInt(g, 16));
    }
    return res;
  };
  let groups: number[];
  if (dbl >= 0) {
    const left = parseGroups(str.slice(0, dbl));
    const right = parseGroups(str.slice(dbl + 2));
    if (!left || !right) return null;
    const fill = 8 - left.length - right.length - tail4.length;
    if (fill < 1) return null;
    groups = [...left, ...new Array<number>(fill).fill(0), ...right, ...tail4];
  } else {
    const all = parseGroups(str);
    if (!all) return null;
    groups = [...all, ...tail4];
    if (groups.length !== 8) return null;
  }
  return groups.length === 8 ? groups : null;
}

function ipv6Excluded(g: number[]): boolean {
  if (g.every((x) => x === 0)) return true; // ::
  if (g.slice(0, 7).every((x) => x === 0) && g[7] === 1) return true; // ::1
  if (g[0] === 0x2001 && g[1] === 0x0db8) return true; // documentation
  if (g.slice(0, 5).every((x) => x === 0) && g[5] === 0xffff && g[6]! >>> 8 === 127) return true; // ::ffff:127.x
  if (g[0]! >= 0xff00) return true; // multicast
  return false;
}

export function findIpv6(text: string, out: Finding[]): void {
  V6.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = V6.exec(text))) {
    const s = m[0];
    if (s.length < 3) continue;
    const g = parseIpv6(s);
    if (!g || ipv6Excluded(g)) continue;
    // "::1:5432", ":::8080": a loopback/unspecified address with a port glued on by a log line.
    const lc = s.lastIndexOf(':');
    if (s.startsWith('::') && /^\d{2,5}$/.test(s.slice(lc + 1))) {
      const head = s.slice(0, lc);
      const hg = head === ':' || head === '' ? [0, 0, 0, 0, 0, 0, 0, 0] : parseIpv6(head);
      if (hg && ipv6Excluded(hg)) continue;
    }
    // Compressed forms with very few written digits ("a::b", "12::34") are more likely code or times.
    if (s.includes('::') && s.replace(/:/g, '').length < 4) continue;
    const start = m.index;
    const end = start + s.length;
    // CIDR network blocks (prefix after a "::"-terminated network) are ranges, not hosts.
    if (text.charCodeAt(end) === 47 && s.endsWith('::')) continue;
    out.push({ type: 'IP_ADDRESS', start, end, score: 0.9, detector: 'network' });
  }
}

/** Cheap gate: "::" or three hex-group colons close together (walks the colons only). */
function mayHaveIpv6(text: string): boolean {
  let i = text.indexOf(':');
  while (i >= 0) {
    if (text.charCodeAt(i + 1) === 58) return true;
    if (isHexDigit(text.charCodeAt(i - 1)) && isHexDigit(text.charCodeAt(i + 1))) {
      let j = i + 1;
      while (j < text.length && j - i <= 5 && isHexDigit(text.charCodeAt(j))) j++;
      if (text.charCodeAt(j) === 58 && isHexDigit(text.charCodeAt(j + 1))) {
        let k = j + 1;
        while (k < text.length && k - j <= 5 && isHexDigit(text.charCodeAt(k))) k++;
        if (text.charCodeAt(k) === 58) return true;
      }
    }
    i = text.indexOf(':', i + 1);
  }
  return false;
}

export const ipAddressDetector: Detector = {
  name: 'network',
  types: ['IP_ADDRESS'],
  detect(text: string): Finding[] {
    const out: Finding[] = [];
    if (/\d\.\d/.test(text)) findIpv4(text, out);
    if (mayHaveIpv6(text)) findIpv6(text, out);
    return out;
  },
};
