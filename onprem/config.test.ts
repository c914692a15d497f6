import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_MODELS_DIR, describeConfig, loadConfig } from './config.ts';

const dir = mkdtempSync(join(tmpdir(), 'triage-onprem-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SECRET = 'a-long-enough-secret-0123456789';
const KEYS = { TRIAGE_ONPREM_SIGNING_KEYS: `edge1:${SECRET}` };

function file(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env, dir);
  } catch (e) {
    if (e instanceof ConfigError) return [...e.problems];
    throw e;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('has defaults: loopback, port 8788, the onnx engine on the built models, CPU, audit to stdout', () => {
    const c = loadConfig(KEYS, dir);
    expect(c).toMatchObject({
      host: '127.0.0.1',
      port: 8788,
      engine: { kind: 'onnx', modelsDir: DEFAULT_MODELS_DIR, executionProvider: 'cpu' },
      admission: { maxConcurrent: 8, maxQueue: 64, queueTimeoutMs: 30_000 },
      audit: { sink: 'stdout' },
      signatureWindowSeconds: 300,
    });
    expect([...c.signingKeys]).toEqual([['edge1', SECRET]]);
    expect(c.tls).toBeUndefined();
  });

  it('reads a YAML file and lets the environment override it; relative paths follow their source', () => {
    const cfg = file(
      'node.yaml',
      [
        'port: 9000',
        'engine: openai-upstream',
        'upstream_url: http://127.0.0.1:8000/v1',
        'upstream_models: [llama-3-8b, bge-small]',
        'max_concurrent: 4',
        'audit_log: logs/audit.jsonl',
        'audit_keep: 3',
        '',
      ].join('\n'),
    );
    const c = loadConfig(
      { ...KEYS, TRIAGE_ONPREM_CONFIG: cfg, TRIAGE_ONPREM_MAX_CONCURRENT: '16', TRIAGE_ONPREM_UPSTREAM_API_KEY: 'sk-upstream' },
      '/somewhere/else',
    );
    expect(c.port).toBe(9000);
    expect(c.admission.maxConcurrent).toBe(16);
    expect(c.engine).toEqual({
      kind: 'openai-upstream',
      baseUrl: 'http://127.0.0.1:8000/v1',
      apiKey: 'sk-upstream',
      timeoutMs: 120_000,
      models: ['llama-3-8b', 'bge-small'],
    });
    expect(c.audit).toEqual({ sink: 'file', path: join(dir, 'logs/audit.jsonl'), maxBytes: 100 * 1024 * 1024, keep: 3 });
    const env = loadConfig(
      { ...KEYS, TRIAGE_ONPREM_MODELS_DIR: 'models', TRIAGE_ONPREM_ONNX_PROVIDER: 'cuda', TRIAGE_ONPREM_CUDA_DEVICE_ID: '1' },
      '/srv/app',
    );
    expect(env.engine).toEqual({ kind: 'onnx', modelsDir: '/srv/app/models', executionProvider: 'cuda', cudaDeviceId: 1 });
  });

  it('reads model folders "<id>=<folder>[#<variant>]" from the file (relative to it) or the environment (comma-separated)', () => {
    const cfg = file('folders.yaml', 'model_folders:\n  - triage-small=./models/SmolLM2-135M-Instruct#q8\n  - my-embed=/srv/minilm\n');
    expect(loadConfig({ ...KEYS, TRIAGE_ONPREM_CONFIG: cfg }).engine).toMatchObject({
      kind: 'onnx',
      folders: [
        { id: 'triage-small', location: join(dir, 'models/SmolLM2-135M-Instruct'), variant: 'q8' },
        { id: 'my-embed', location: '/srv/minilm' },
      ],
    });
    const env = loadConfig({ ...KEYS, TRIAGE_ONPREM_MODEL_FOLDERS: 'a=./m/a, b=/m/b#int8' }, '/srv/app');
    expect(env.engine).toMatchObject({
      folders: [
        { id: 'a', location: '/srv/app/m/a' },
        { id: 'b', location: '/m/b', variant: 'int8' },
      ],
    });
    expect(describeConfig(env).engine).toMatchObject({ model_folders: ['a=/srv/app/m/a', 'b=/m/b#int8'] });
    const problems = (folders: string) => {
      try {
        loadConfig({ ...KEYS, TRIAGE_ONPREM_MODEL_FOLDERS: folders });
        return [];
      } catch (e) {
        return (e as ConfigError).problems;
      }
    };
    expect(problems('just-a-path')).toEqual(['TRIAGE_ONPREM_MODEL_FOLDERS: entry 1: expected "<model id>=<folder>[#<variant>]"']);
    expect(problems('a=/m#q3')).toEqual([
      'TRIAGE_ONPREM_MODEL_FOLDERS: entry 1: model "a": unknown variant "q3" (one of fp32, fp16, q8, int8, uint8, q4, q4f16, bnb4)',
    ]);
    expect(problems('a=/m,a=/n')).toEqual(['TRIAGE_ONPREM_MODEL_FOLDERS: entry 2: model "a" is given twice']);
    // A Hub id where a folder should be: nothing is downloaded, the message says how to get the folder.
    expect(problems('triage-small=Qwen/Qwen2.5-0.5B-Instruct')).toEqual([
      expect.stringMatching(
        /^TRIAGE_ONPREM_MODEL_FOLDERS: model "triage-small": Qwen\/Qwen2\.5-0\.5B-Instruct looks like a Hugging Face Hub id.*huggingface-cli download/,
      ),
    ]);
  });

  it('reports YAML syntax errors and bad values with file:line:col', () => {
    const bad = file('bad.yaml', 'port: 8788\nmax_queue: [1, 2\n');
    expect(problems({ ...KEYS, TRIAGE_ONPREM_CONFIG: bad })[0]).toMatch(new RegExp(`^${bad}:\\d+:\\d+: `));
    const dup = file('dup.yaml', 'port: 1\nport: 2\n');
    expect(problems({ ...KEYS, TRIAGE_ONPREM_CONFIG: dup })).toEqual([`${dup}:2:1: duplicate key`]);
    const wrong = file('wrong.yaml', 'host: 0.0.0.0\nport: lots\nengine: gpu\nmax_concurent: 3\n');
    expect(problems({ ...KEYS, TRIAGE_ONPREM_CONFIG: wrong })).toEqual([
      `${wrong}:2:7: port: expected an integer from 0 to 65535, got "lots"`,
      `${wrong}:3:9: engine: expected one of "onnx", "openai-upstream", got "gpu"`,
      expect.stringMatching(new RegExp(`^${wrong}:4:1: unknown setting max_concurent \\(did you mean max_concurrent\\?\\)`)),
    ]);
  });

  it('names the variable in errors for bad environment values', () => {
    expect(
      problems({
        ...KEYS,
        TRIAGE_ONPREM_PORT: 'http',
        TRIAGE_ONPREM_MAX_QUEUE: '-1',
        TRIAGE_ONPREM_ONNX_PROVIDER: 'tpu',
        TRIAGE_ONPREM_UPSTREAM_URL: 'ftp://x',
      }),
    ).toEqual([
      'TRIAGE_ONPREM_PORT: expected an integer from 0 to 65535, got "http"',
      'TRIAGE_ONPREM_UPSTREAM_URL: expected an http(s) URL, got "ftp://x"',
      'TRIAGE_ONPREM_ONNX_PROVIDER: expected one of "cpu", "cuda", got "tpu"',
      'TRIAGE_ONPREM_MAX_QUEUE: expected an integer from 0 to 1000000, got "-1"',
    ]);
    expect(problems({ ...KEYS, TRIAGE_ONPREM_ENGINE: 'openai-upstream' })).toEqual([
      'TRIAGE_ONPREM_UPSTREAM_URL (or upstream_url in the file) is required when the engine is openai-upstream',
    ]);
    expect(problems({ ...KEYS, TRIAGE_ONPREM_TLS_CERT: file('c.pem', 'x') })).toEqual([
      'TRIAGE_ONPREM_TLS_CERT and TRIAGE_ONPREM_TLS_KEY must be set together',
    ]);
  });

  it('refuses to start without credentials, and with weak or duplicate signing keys — never echoing a secret', () => {
    expect(problems({})).toEqual([
      expect.stringMatching(/^no credentials configured: set TRIAGE_ONPREM_SIGNING_KEYS or TRIAGE_ONPREM_SIGNING_KEYS_FILE/),
    ]);
    const weak = problems({ TRIAGE_ONPREM_SIGNING_KEYS: 'edge1:short-pw,edge1:' + SECRET + ',edge1:' + SECRET });
    expect(weak).toEqual([
      'TRIAGE_ONPREM_SIGNING_KEYS: key "edge1" (entry 1) has a secret shorter than 16 characters',
      'TRIAGE_ONPREM_SIGNING_KEYS: key id "edge1" appears twice',
    ]);
    expect(weak.join('\n')).not.toContain('short-pw');
    expect(weak.join('\n')).not.toContain(SECRET);
    const both = problems({ ...KEYS, TRIAGE_ONPREM_SIGNING_KEYS_FILE: file('k', `x:${SECRET}`) });
    expect(both).toEqual(['TRIAGE_ONPREM_SIGNING_KEYS and TRIAGE_ONPREM_SIGNING_KEYS_FILE are both set; use one']);
  });

  it('reads signing keys from a file (a mounted Secret), one per line, for rotation', () => {
    const keys = file('signing-keys', `# rotated 2026-11\nedge-new:${SECRET}-new\n\nedge-old:${SECRET}-old\n`);
    const c = loadConfig({ TRIAGE_ONPREM_SIGNING_KEYS_FILE: keys }, dir);
    expect([...c.signingKeys.keys()]).toEqual(['edge-new', 'edge-old']);
    expect(problems({ TRIAGE_ONPREM_SIGNING_KEYS_FILE: join(dir, 'missing') })).toEqual([
      `TRIAGE_ONPREM_SIGNING_KEYS_FILE: cannot read ${join(dir, 'missing')} (ENOENT)`,
    ]);
  });

  it('loads hashed API key records and rejects malformed ones', () => {
    const good = file('keys.json', JSON.stringify({ batchjob01: { tenant: 'acme', sha256: 'a'.repeat(64) } }));
    const c = loadConfig({ TRIAGE_ONPREM_API_KEYS_FILE: good }, dir);
    expect(c.apiKeys.get('batchjob01')).toEqual({ tenant: 'acme', sha256: 'a'.repeat(64) });
    expect(c.signingKeys.size).toBe(0);
    const bad = file('bad-keys.json', JSON.stringify({ batchjob01: { tenant: 'acme', sha256: 'plain-text-key' } }));
    expect(problems({ TRIAGE_ONPREM_API_KEYS_FILE: bad })[0]).toMatch(/^TRIAGE_ONPREM_API_KEYS_FILE: key "batchjob01" needs "tenant"/);
    expect(problems({ TRIAGE_ONPREM_API_KEYS_FILE: file('nojson.json', '{') })).toEqual([
      `TRIAGE_ONPREM_API_KEYS_FILE: ${join(dir, 'nojson.json')} is not valid JSON`,
    ]);
  });

  it('keeps nonces in memory by default, or in a shared Redis (redis:// or rediss://), with a prefix and a timeout', () => {
    expect(loadConfig(KEYS, dir).nonceStore).toEqual({ kind: 'memory' });
    expect(loadConfig({ ...KEYS, TRIAGE_ONPREM_NONCE_STORE: 'redis://redis.triage-onprem.svc:6379' }, dir).nonceStore).toEqual({
      kind: 'redis',
      url: 'redis://redis.triage-onprem.svc:6379',
      keyPrefix: 'triage:onprem:',
      timeoutMs: 1000,
    });
    const cfg = file(
      'nonces.yaml',
      'nonce_store: rediss://user:pw@10.0.0.5:6380/2\nnonce_store_prefix: "prod:eu:"\nnonce_store_timeout_ms: 250\n',
    );
    expect(loadConfig({ ...KEYS, TRIAGE_ONPREM_CONFIG: cfg }, dir).nonceStore).toEqual({
      kind: 'redis',
      url: 'rediss://user:pw@10.0.0.5:6380/2',
      keyPrefix: 'prod:eu:',
      timeoutMs: 250,
    });
  });

  it('refuses a nonce store that is not "memory" or a Redis URL, without echoing it (it may hold a password)', () => {
    const got = problems({
      ...KEYS,
      TRIAGE_ONPREM_NONCE_STORE: 'http://admin:hunter22@redis:6379',
      TRIAGE_ONPREM_NONCE_STORE_PREFIX: 'has spaces',
      TRIAGE_ONPREM_NONCE_STORE_TIMEOUT_MS: '0',
    });
    expect(got).toEqual([
      expect.stringMatching(/^TRIAGE_ONPREM_NONCE_STORE: expected "memory" or a redis:\/\/ or rediss:\/\/ URL/),
      'TRIAGE_ONPREM_NONCE_STORE_PREFIX: expected 1-64 characters of [A-Za-z0-9:._-], got "has spaces"',
      'TRIAGE_ONPREM_NONCE_STORE_TIMEOUT_MS: expected an integer from 10 to 60000, got "0"',
    ]);
    expect(got.join('\n')).not.toContain('hunter22');
    for (const bad of ['redis://', 'redis://host:6379/notadb', 'redis://host?x=1', 'memcached://host', 'Memory'])
      expect(problems({ ...KEYS, TRIAGE_ONPREM_NONCE_STORE: bad }), bad).toEqual([
        expect.stringMatching(/^TRIAGE_ONPREM_NONCE_STORE: expected "memory"/),
      ]);
  });

  it('warns when Redis settings are given but the store is memory (a forgotten TRIAGE_ONPREM_NONCE_STORE)', () => {
    const c = loadConfig({ ...KEYS, TRIAGE_ONPREM_NONCE_STORE_PREFIX: 'prod:' }, dir);
    expect(c.warnings).toEqual([
      'TRIAGE_ONPREM_NONCE_STORE_PREFIX is set but TRIAGE_ONPREM_NONCE_STORE is "memory" (the default): it has no effect',
    ]);
  });

  it('warns about unknown TRIAGE_ONPREM_* variables instead of ignoring them silently', () => {
    const c = loadConfig({ ...KEYS, TRIAGE_ONPREM_MAX_CONCURENT: '4' }, dir);
    expect(c.warnings).toEqual(['TRIAGE_ONPREM_MAX_CONCURENT: unknown variable, ignored (did you mean TRIAGE_ONPREM_MAX_CONCURRENT?)']);
  });

  it('describes itself for the startup line without secrets', () => {
    const c = loadConfig(
      {
        ...KEYS,
        TRIAGE_ONPREM_ENGINE: 'openai-upstream',
        TRIAGE_ONPREM_UPSTREAM_URL: 'http://user:pw@gpu-box:8000/v1',
        TRIAGE_ONPREM_UPSTREAM_API_KEY: 'sk-secret-upstream',
        TRIAGE_ONPREM_NONCE_STORE: 'redis://:redispass@redis:6379',
      },
      dir,
    );
    const text = JSON.stringify(describeConfig(c));
    expect(text).toContain('edge1');
    expect(describeConfig(c).nonce_store).toEqual({ url: 'redis://redis:6379', key_prefix: 'triage:onprem:', timeout_ms: 1000 });
    for (const s of [SECRET, 'sk-secret-upstream', 'pw@', 'redispass']) expect(text).not.toContain(s);
  });
});
