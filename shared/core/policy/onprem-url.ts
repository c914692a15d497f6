// Is an `onprem` target's base_url plausibly the customer's own node? A lint, not a proof (a name can
// resolve anywhere), against the two mistakes that would quietly send PII off-prem:
//   - the URL of a public AI provider's API (a list of well-known domains, matched as suffixes), and
//   - plain http:// to a host that is not private (PII in clear text over the internet).
// Private: loopback, RFC 1918, link-local, CGNAT (100.64/10), IPv6 loopback / ULA / link-local,
// `localhost`, single-label names and the private-use suffixes below. `https://` to a public name stays
// allowed: that is how a tunnel or a private ingress with mTLS is reached.

/** Public LLM API domains (and their subdomains). */
export const PUBLIC_AI_DOMAINS = [
  'openai.com',
  'anthropic.com',
  'claude.ai',
  'googleapis.com',
  'amazonaws.com',
  'on.aws',
  'azure.com',
  'azure-api.net',
  'cohere.ai',
  'cohere.com',
  'mistral.ai',
  'groq.com',
  'together.xyz',
  'together.ai',
  'fireworks.ai',
  'deepseek.com',
  'perplexity.ai',
  'x.ai',
  'huggingface.co',
  'hf.space',
  'replicate.com',
  'deepinfra.com',
  'openrouter.ai',
  'ai21.com',
  'voyageai.com',
  'cerebras.ai',
  'sambanova.ai',
  'api.nvidia.com',
  'api.cloudflare.com',
] as const;

/** Names that only resolve inside a private network. */
const PRIVATE_SUFFIXES = ['localhost', 'local', 'internal', 'lan', 'home.arpa', 'svc', 'cluster.local'] as const;

const underDomain = (host: string, domain: string) => host === domain || host.endsWith('.' + domain);

function ipv4(host: string): number[] | null {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (!m) return null;
  const octets = m.slice(1).map(Number);
  return octets.every((o) => o <= 255) ? octets : null;
}

function privateIpv4([a, b]: number[]): boolean {
  return (
    a === 127 || // loopback
    a === 10 || // RFC 1918
    (a === 172 && b! >= 16 && b! <= 31) ||
    (a === 192 && b === 168) ||
    (a === 169 && b === 254) || // link-local
    (a === 100 && b! >= 64 && b! <= 127) // CGNAT (RFC 6598)
  );
}

/** IPv6 as eight 16-bit groups (the URL parser has already normalised it), or null. */
function ipv6(host: string): number[] | null {
  if (!host.startsWith('[') || !host.endsWith(']')) return null;
  let text = host.slice(1, -1);
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(text); // URL serialises ::ffff:a.b.c.d as hex, but be lenient
  if (v4) {
    const o = ipv4(v4[1]!);
    if (!o) return null;
    text = text.slice(0, -v4[1]!.length) + `${((o[0]! << 8) | o[1]!).toString(16)}:${((o[2]! << 8) | o[3]!).toString(16)}`;
  }
  const [head, tail] = text.includes('::') ? text.split('::') : [text, undefined];
  const parse = (s: string | undefined) => (s ? s.split(':').map((g) => parseInt(g, 16)) : []);
  const h = parse(head);
  const t = parse(tail);
  const groups = tail === undefined ? h : [...h, ...Array<number>(8 - h.length - t.length).fill(0), ...t];
  return groups.length === 8 && groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : null;
}

function privateIpv6(g: number[]): boolean {
  if (g.slice(0, 7).every((x) => x === 0) && g[7] === 1) return true; // ::1
  if ((g[0]! & 0xfe00) === 0xfc00) return true; // fc00::/7 unique local
  if ((g[0]! & 0xffc0) === 0xfe80) return true; // fe80::/10 link-local
  // IPv4-mapped (::ffff:a.b.c.d): private if the IPv4 address is
  if (g.slice(0, 5).every((x) => x === 0) && g[5] === 0xffff) return privateIpv4([g[6]! >> 8, g[6]! & 255, g[7]! >> 8, g[7]! & 255]);
  return false;
}

/** Does `host` (as URL.hostname gives it: lower case, IPv6 in brackets) name a private-network host? */
export function isPrivateHost(hostname: string): boolean {
  const host = hostname.replace(/\.$/, '');
  const v4 = ipv4(host);
  if (v4) return privateIpv4(v4);
  const v6 = ipv6(host);
  if (v6) return privateIpv6(v6);
  if (host.startsWith('[')) return false;
  if (!host.includes('.')) return true; // single-label name (a cluster service, a LAN host)
  return PRIVATE_SUFFIXES.some((s) => underDomain(host, s));
}

/** Why `baseUrl` is no place for an onprem target, or null if it may be. */
export function onpremUrlProblem(baseUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    return null; // the schema reports malformed URLs
  }
  const host = url.hostname.replace(/\.$/, '');
  const provider = PUBLIC_AI_DOMAINS.find((d) => underDomain(host, d));
  if (provider)
    return `base_url is a public AI provider's API (${provider}); an onprem target must be the customer's own node, or PII would leave their network`;
  if (url.protocol === 'http:' && !isPrivateHost(host))
    return `base_url is plain http:// to ${host}, which is not a private address; PII would cross a public network unencrypted — use https:// (a tunnel or private ingress) or a private address`;
  return null;
}
