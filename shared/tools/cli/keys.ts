// `triage keys create|list|revoke`: API keys for the edge (KEYS KV of the local stack or a deployed Worker,
// kv-location.ts) or for the on-prem node (`--onprem FILE`, its TRIAGE_ONPREM_API_KEYS_FILE). Records hold
// only the key's SHA-256 (shared/protocol/auth/api-keys.ts); the key itself is printed once, at create, and
// `list` shows a hash prefix, never the hash. Node-only.
import { newApiKey, parseKeyRecord, type KeyRecord } from '../../protocol/auth/api-keys.ts';
import { fileKeyStore, kvKeyStore, type KeyStore, type RawRecord } from '../stack/key-stores.ts';
import { kvNamespace } from '../stack/kv.ts';
import { parse } from './audit.ts';
import { type CliIo, EXIT, UsageError } from './io.ts';
import { describeLocation, kvLocation, LOCATION_OPTIONS } from './kv-location.ts';

const OPTIONS = {
  ...LOCATION_OPTIONS,
  onprem: { type: 'string' },
  tenant: { type: 'string' },
  id: { type: 'string' },
  models: { type: 'string' },
  rpm: { type: 'string' },
  tpm: { type: 'string' },
  print: { type: 'boolean' },
} as const;

type Values = ReturnType<typeof parse<typeof OPTIONS>>['values'];

export async function keysCommand(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  const { values, positionals } = parse(rest, OPTIONS);
  if (sub === 'create') return create(values, positionals, io);
  if (sub === 'list') return list(values, positionals, io);
  if (sub === 'revoke') return revoke(values, positionals, io);
  throw new UsageError(
    sub === undefined ? 'keys needs a subcommand: create, list or revoke' : `unknown keys subcommand ${JSON.stringify(sub)}`,
  );
}

interface Target {
  store: KeyStore;
  where: string;
  /** When a new key works there, and when a revoked one stops working. */
  effect: { created: string; revoked: string };
}

function target(values: Values): Target {
  if (values.onprem !== undefined) {
    if (values.env !== undefined || values.remote || values['persist-to'] !== undefined)
      throw new UsageError("--onprem FILE names the node's key file; it does not go with --env, --remote or --persist-to");
    return {
      store: fileKeyStore(values.onprem),
      where: values.onprem,
      effect: { created: 'restart the node: it reads its key file at start', revoked: 'restart the node: it reads its key file at start' },
    };
  }
  const where = kvLocation(values);
  return {
    store: kvKeyStore(kvNamespace('KEYS', where)),
    where: describeLocation(where),
    effect: { created: 'the edge accepts it now', revoked: 'the edge refuses it from now on' },
  };
}

function positiveInt(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n <= 0) throw new UsageError(`--${name} must be a positive integer`);
  return n;
}

function recordOptions(values: Values): Omit<KeyRecord, 'tenant' | 'sha256'> & { keyId?: string } {
  const models = values.models
    ?.split(',')
    .map((m) => m.trim())
    .filter(Boolean);
  const rpm = positiveInt('rpm', values.rpm);
  const tpm = positiveInt('tpm', values.tpm);
  return {
    ...(values.id !== undefined ? { keyId: values.id } : {}),
    ...(models?.length ? { models } : {}),
    ...(rpm !== undefined ? { rpm } : {}),
    ...(tpm !== undefined ? { tpm } : {}),
  };
}

async function create(values: Values, positionals: string[], io: CliIo): Promise<number> {
  if (positionals.length) throw new UsageError('keys create takes options only (--tenant T [--id ID] [--models a,b] [--rpm N] [--tpm N])');
  if (!values.tenant) throw new UsageError('keys create needs --tenant');
  if (values.id !== undefined && !/^[A-Za-z0-9]{8,32}$/.test(values.id)) throw new UsageError('--id must be 8-32 letters or digits');
  const { key, keyId, kvKey, record } = await newApiKey(values.tenant, recordOptions(values));
  if (values.print) {
    if (values.onprem !== undefined) throw new UsageError("--print is for the edge's KV; with --onprem the file is written");
    const ns = kvNamespace('KEYS', kvLocation(values));
    io.stdout(`${key}\n`);
    io.stderr(`the key above is shown once; store its record with:\n  ${ns.putCommand(kvKey, `'${JSON.stringify(record)}'`).join(' ')}\n`);
    return EXIT.ok;
  }
  const t = target(values);
  if ((await t.store.get(keyId)) !== undefined) {
    io.stderr(`triage keys: a key with id ${keyId} exists in ${t.where}; pick another --id (or revoke that one)\n`);
    return EXIT.input;
  }
  await t.store.put(keyId, record as unknown as RawRecord);
  io.stdout(`${key}\n`);
  io.stderr(
    `created key ${keyId} (tenant ${values.tenant}) in ${t.where}; ${t.effect.created}. The key above is shown once: store it now.\n`,
  );
  return EXIT.ok;
}

async function list(values: Values, positionals: string[], io: CliIo): Promise<number> {
  if (positionals.length) throw new UsageError('keys list takes no arguments');
  const t = target(values);
  const all = await t.store.all();
  io.stdout(`${t.where}: ${all.size} key${all.size === 1 ? '' : 's'}\n`);
  for (const [id, raw] of [...all].sort(([a], [b]) => a.localeCompare(b))) io.stdout(formatKeyLine(id, raw) + '\n');
  return EXIT.ok;
}

const KNOWN = new Set(['tenant', 'sha256', 'models', 'rpm', 'tpm', 'disabled']);

/** One line per key: never the secret (not stored) nor the whole hash (8 hex digits tell keys apart). */
export function formatKeyLine(id: string, raw: RawRecord | string): string {
  const record = typeof raw === 'string' ? undefined : parseKeyRecord(raw);
  if (!record) return `${id.padEnd(14)} INVALID RECORD (the edge refuses this key)`;
  const parts = [
    id.padEnd(14),
    (record.disabled ? 'revoked' : 'active').padEnd(8),
    `tenant=${record.tenant}`,
    `sha256=${record.sha256.slice(0, 8)}…`,
    record.models ? `models=${record.models.join(',')}` : 'models=all',
    ...(record.rpm !== undefined ? [`rpm=${record.rpm}`] : []),
    ...(record.tpm !== undefined ? [`tpm=${record.tpm}`] : []),
  ];
  const extra = Object.keys(raw as RawRecord).filter((k) => !KNOWN.has(k));
  if (extra.length) parts.push(`also: ${extra.join(',')}`);
  return parts.join('  ');
}

async function revoke(values: Values, positionals: string[], io: CliIo): Promise<number> {
  if (positionals.length !== 1) throw new UsageError('keys revoke needs one key id (the <id> of tri_<id>_<secret>)');
  const id = positionals[0]!;
  const t = target(values);
  const raw = await t.store.get(id);
  if (raw === undefined || typeof raw === 'string') {
    io.stderr(`triage keys: no key ${id} in ${t.where}\n`);
    return EXIT.input;
  }
  // Only `disabled` changes: whatever else the record holds (fields added by others) stays as it was.
  await t.store.put(id, { ...raw, disabled: true });
  io.stdout(`revoked ${id} in ${t.where}; ${t.effect.revoked}\n`);
  return EXIT.ok;
}
