// A learned detector beside the rules: a token tagger (a model) that finds the PII rules cannot see — names
// with no cue word, addresses written freely. The model runtime implements it (shared/models/entity-tagger.ts);
// the scanner only needs this shape, so the domain stays free of ONNX Runtime.
import type { Finding } from '../types.ts';

export interface EntityTagger {
  /** What ran, for the decision's record: the model's name and the first 12 hex digits of its weights' SHA-256. */
  readonly version: string;
  /** The findings in each text (offsets into that text). Rejects when the model cannot run: never "nothing found". */
  tag(texts: readonly string[]): Promise<Finding[][]>;
}
