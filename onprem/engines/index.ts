// Picks the engine the node's configuration names. One engine per node: `openai-upstream` (a local
// OpenAI-compatible server — vLLM, TGI, llama.cpp server, Ollama; the usual GPU path) or `onnx` (the shared
// ONNX runner on onnxruntime-node, CPU or CUDA). See README.md beside this file.
import type { Engine } from './engine.ts';
import type { OnnxEngineOptions } from './onnx.ts';
import type { OpenAiUpstreamOptions } from './openai-upstream.ts';

export type { Engine, EngineKind, EngineModel, EngineRequest } from './engine.ts';
export { EngineError } from './engine.ts';
export type { OnnxEngineOptions } from './onnx.ts';
export type { OpenAiUpstreamOptions } from './openai-upstream.ts';

export type EngineConfig = ({ kind: 'openai-upstream' } & OpenAiUpstreamOptions) | ({ kind: 'onnx' } & OnnxEngineOptions);

/**
 * Loads only the engine the configuration names: the other one's code (onnxruntime-node's native addon, the
 * tokenizers; or the upstream's HTTP client) is not parsed or run at start — a shorter start to the first answer.
 */
export async function createEngine(config: EngineConfig): Promise<Engine> {
  switch (config.kind) {
    case 'openai-upstream': {
      const { kind: _kind, ...opts } = config;
      const { createOpenAiUpstreamEngine } = await import('./openai-upstream.ts');
      return createOpenAiUpstreamEngine(opts);
    }
    case 'onnx': {
      const { kind: _kind, ...opts } = config;
      const { createOnnxEngine } = await import('./onnx.ts');
      return createOnnxEngine(opts);
    }
  }
}
