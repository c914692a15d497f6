// Placeholder: detector under construction.
import type { Detector } from '../types.ts';

export const birthDateDetector: Detector = { name: 'birth-dates', types: ['DATE_OF_BIRTH'], detect: () => [] };
