// Placeholder: detector under construction.
import type { Detector } from '../types.ts';

export const creditCardDetector: Detector = { name: 'cards', types: ['CREDIT_CARD'], detect: () => [] };
