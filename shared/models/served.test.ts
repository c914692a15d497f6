// The model registry: ids → models per task, companions, and configured models replacing built-in ones.
import { describe, expect, it } from 'vitest';
import { createRegistry, type ServedModel } from './served.ts';
import type { ModelTask } from './manifest.ts';

function model(id: string, task: ModelTask, kind: 'demo' | 'hf-folder' = 'demo'): ServedModel {
  const unused = () => Promise.reject(new Error('not run in this test'));
  return {
    id,
    task,
    info: { kind, description: id, version: '0', source: 'test', variant: 'fp32' },
    load: async () => {},
    classify: unused,
    embed: unused,
    generate: () => {
      throw new Error('not run in this test');
    },
  };
}

const builtIn = [
  { model: model('triage-small', 'generate'), companions: { embeddings: 'triage-embed', classify: 'triage-classifier' } },
  { model: model('triage-embed', 'embed') },
  { model: model('triage-classifier', 'classify') },
];

describe('model registry', () => {
  it('resolves an id to its own model for its task and to a companion for the others; nothing else', () => {
    const registry = createRegistry(builtIn);
    const pick = (task: 'chat' | 'embeddings' | 'classify', id: string) => registry.resolve(task, id)?.id;
    expect(pick('chat', 'triage-small')).toBe('triage-small');
    expect(pick('embeddings', 'triage-small')).toBe('triage-embed');
    expect(pick('classify', 'triage-small')).toBe('triage-classifier');
    expect(pick('embeddings', 'triage-embed')).toBe('triage-embed');
    expect(pick('chat', 'triage-embed')).toBeUndefined();
    expect(pick('embeddings', 'triage-classifier')).toBeUndefined();
    expect(pick('chat', 'no-such-model')).toBeUndefined();
    expect(registry.tasksOf('triage-small')).toEqual(['chat', 'embeddings', 'classify']);
    expect(registry.tasksOf('triage-embed')).toEqual(['embeddings']);
    expect(registry.has('triage-embed')).toBe(true);
    expect(registry.has('no-such-model')).toBe(false);
  });

  it('a configured model under a built-in id replaces it and keeps its companions; new ids are added', () => {
    const registry = createRegistry(builtIn, [
      { model: model('triage-small', 'generate', 'hf-folder') },
      { model: model('triage-embed', 'embed', 'hf-folder') },
      { model: model('qwen-chat', 'generate', 'hf-folder') },
    ]);
    expect(registry.models.map((m) => [m.id, m.info.kind])).toEqual([
      ['triage-small', 'hf-folder'],
      ['triage-embed', 'hf-folder'],
      ['triage-classifier', 'demo'],
      ['qwen-chat', 'hf-folder'],
    ]);
    expect(registry.resolve('chat', 'triage-small')?.info.kind).toBe('hf-folder');
    expect(registry.resolve('embeddings', 'triage-small')?.info.kind).toBe('hf-folder'); // the folder embedder, via the companion
    expect(registry.tasksOf('qwen-chat')).toEqual(['chat']);
  });

  it('a companion whose model was replaced by one of another task answers nothing for that task', () => {
    const registry = createRegistry(builtIn, [{ model: model('triage-embed', 'classify', 'hf-folder') }]);
    expect(registry.resolve('embeddings', 'triage-small')).toBeUndefined();
  });
});
