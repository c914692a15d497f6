// Entity types and spans as defined by the labelling contract (docs/pii-labels.md):
// offsets are UTF-16 code units (JavaScript string indices), `end` exclusive.

export const PII_TYPES = [
  'PERSON',
  'EMAIL',
  'PHONE',
  'ADDRESS',
  'DATE_OF_BIRTH',
  'CREDIT_CARD',
  'IBAN',
  'BANK_ACCOUNT',
  'SSN',
  'NATIONAL_ID',
  'PASSPORT',
  'DRIVER_LICENSE',
  'IP_ADDRESS',
  'SECRET',
] as const;

export type PiiType = (typeof PII_TYPES)[number];

export interface PiiEntity {
  type: PiiType;
  start: number;
  end: number;
}

/** What a detector reports: an entity plus how sure it is and who found it (for merging and debugging). */
export interface Finding extends PiiEntity {
  /** 0..1; validated identifiers (checksum passed) are ~1, context-only guesses lower. */
  score: number;
  detector: string;
}

/**
 * A synchronous, pure detector: text in, findings out. No I/O, no globals, so it runs the same in workerd
 * and Node. Rule-based detectors implement this.
 */
export interface Detector {
  readonly name: string;
  readonly types: readonly PiiType[];
  detect(text: string): Finding[];
}

/** A detector that needs to await (e.g. a model-backed NER tagger running in ONNX Runtime). */
export interface AsyncDetector {
  readonly name: string;
  readonly types: readonly PiiType[];
  detect(text: string): Promise<Finding[]>;
}

/** The result of scanning one text. */
export interface PiiScan {
  pii: boolean;
  entities: PiiEntity[];
  /** Distinct types found, in PII_TYPES order: what routing and headers use (names only, never values). */
  types: PiiType[];
}
