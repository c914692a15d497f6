// The rule-based detectors, one module per family. A model-backed detector (e.g. an ONNX NER tagger for
// names and addresses) joins through the same Detector/AsyncDetector interface in ../types.ts.
import type { Detector } from '../types.ts';
import { addressDetector } from './addresses.ts';
import { bankDetector } from './bank.ts';
import { birthDateDetector } from './birth-dates.ts';
import { creditCardDetector } from './cards.ts';
import { identityDocumentDetector } from './documents.ts';
import { emailDetector } from './email.ts';
import { nationalIdDetector } from './national-ids.ts';
import { ipAddressDetector } from './network.ts';
import { personNameDetector } from './names.ts';
import { phoneDetector } from './phone.ts';
import { secretDetector } from './secrets.ts';
import { travelDocumentDetector } from './travel-documents.ts';

export const DEFAULT_DETECTORS: readonly Detector[] = [
  secretDetector,
  emailDetector,
  creditCardDetector,
  bankDetector,
  nationalIdDetector,
  identityDocumentDetector,
  travelDocumentDetector,
  ipAddressDetector,
  phoneDetector,
  birthDateDetector,
  addressDetector,
  personNameDetector,
];
