// npm start's configuration: triage.config.json sets ports and the tiers' settings, the environment wins over
// it, relative folders resolve against the file, and without a file the defaults hold.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CONFIG_FILE, loadStartConfig, StartConfigError } from './start-config.ts';

const root = mkdtempSync(join(tmpdir(), 'triage-config-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('loadStartConfig', () => {
  it('without a file: the default ports, nothing else', () => {
    expect(loadStartConfig({}, join(root, 'empty'))).toEqual({ ports: { edge: 8787, onprem: 8788, lambda: 3002 }, env: {}, edgeVars: {} });
  });

  it("reads triage.config.json at the checkout's root; the environment wins over it", () => {
    const dir = join(root, 'checkout');
    mkdirSync(join(dir, 'models', 'llama'), { recursive: true });
    writeFileSync(
      join(dir, CONFIG_FILE),
      JSON.stringify({
        ports: { edge: 9787, onprem: 9788 },
        onprem: {
          engine: 'openai-upstream',
          upstream_url: 'http://127.0.0.1:11434/v1',
          upstream_api_key: 'k',
          upstream_models: ['llama3'],
        },
        cloud: { model_folders: ['triage-small=./models/llama'] },
        edge: { pii_tagger: 'on', vars: { OPENAI_COMPAT_API_KEY: 'sk-x' } },
      }),
    );
    const c = loadStartConfig({ LAMBDA_PORT: '4002', ONPREM_PORT: '5788', TRIAGE_ONPREM_UPSTREAM_URL: 'http://127.0.0.1:8000/v1' }, dir);
    expect(c.file).toBe(join(dir, CONFIG_FILE));
    expect(c.ports).toEqual({ edge: 9787, onprem: 5788, lambda: 4002 });
    expect(c.env).toEqual({
      TRIAGE_ONPREM_ENGINE: 'openai-upstream',
      TRIAGE_ONPREM_UPSTREAM_URL: 'http://127.0.0.1:8000/v1',
      TRIAGE_ONPREM_UPSTREAM_API_KEY: 'k',
      TRIAGE_ONPREM_UPSTREAM_MODELS: 'llama3',
      TRIAGE_CLOUD_MODEL_FOLDERS: `triage-small=${join(dir, 'models', 'llama')}`,
      PII_TAGGER: 'on',
    });
    expect(c.edgeVars).toEqual({ OPENAI_COMPAT_API_KEY: 'sk-x' });
  });

  it('reports bad JSON and a bad port in the environment', () => {
    const file = join(root, 'broken.json');
    writeFileSync(file, '{ "ports": ');
    expect(() => loadStartConfig({ TRIAGE_CONFIG: file })).toThrow(StartConfigError);
    expect(() => loadStartConfig({ TRIAGE_CONFIG: file })).toThrow(/broken\.json: not valid JSON/);
    expect(() => loadStartConfig({ PORT: '99999' }, join(root, 'empty'))).toThrow('PORT must be a port number, got "99999"');
  });
});
