// Placeholder: detector under construction.
import type { Detector } from '../types.ts';

export const bankDetector: Detector = { name: 'bank', types: ['IBAN', 'BANK_ACCOUNT'], detect: () => [] };
