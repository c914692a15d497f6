// The rule-based detectors, one module per family. A model-backed detector (e.g. an ONNX NER tagger for
// names and addresses) joins through the same Detector/AsyncDetector interface in ../types.ts.
import type { Detector } from '../types.ts';

export const DEFAULT_DETECTORS: readonly Detector[] = [];
