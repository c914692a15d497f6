// The rule detectors' version for receipts: a hash of the detector list (names and the types each finds), so
// that adding, removing or retargeting a detector changes it. It does not see a change inside a detector's
// code; the policy version and the deployment's own version cover that.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { DEFAULT_DETECTORS } from '../pii/detectors/index.ts';

export const DETECTOR_VERSION_PREFIX = 'd-';

export const DETECTOR_VERSION: string =
  DETECTOR_VERSION_PREFIX +
  bytesToHex(sha256(utf8ToBytes(DEFAULT_DETECTORS.map((d) => `${d.name}:${[...d.types].join(',')}`).join(';')))).slice(0, 16);
