// Placeholder: detector under construction.
import type { Detector } from '../types.ts';

export const nationalIdDetector: Detector = { name: 'national-ids', types: ['SSN', 'NATIONAL_ID'], detect: () => [] };
