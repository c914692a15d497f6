// What the workerd tests of folder-sources.ts get from Node (test/support/hf-folders.global-setup.ts): the
// built fixture folders' files — workerd cannot read the file system — and what onnxruntime-node computes from
// them on the inputs below, the reference the Worker's onnxruntime-web must reproduce. Pure: both sides import it.

/** The classifier fixture (`BertForSequenceClassification`) and the texts it classifies. */
export const CLASSIFIER_FIXTURE = 'tiny-bert-seqcls';
export const CLASSIFY_TEXTS = ['Hello Anna, the meeting in Zürich is tomorrow.', 'great service', 'Berlin'];

/** The decoder fixture (`LlamaForCausalLM`, KV cache) and the greedy generation it runs. */
export const DECODER_FIXTURE = 'tiny-llama';
export const CHAT_MESSAGES = [{ role: 'user' as const, content: 'What is the capital of France?' }];
export const NEW_TOKENS = 8;

export interface HfFolderFixtures {
  /** Fixture name → path inside the folder (`onnx/model.onnx`) → the file's bytes, base64. */
  folders: Record<string, Record<string, string>>;
  /** CLASSIFY_TEXTS through the classifier on onnxruntime-node: every label's score per text, highest first. */
  scores: { label: string; score: number }[][];
  /** CHAT_MESSAGES through the decoder on onnxruntime-node, greedy, NEW_TOKENS: the generated ids. */
  generatedIds: number[];
}

declare module 'vitest' {
  export interface ProvidedContext {
    hfFolders: HfFolderFixtures;
  }
}
