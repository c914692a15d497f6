// Placeholder: detector under construction.
import type { Detector } from '../types.ts';

export const phoneDetector: Detector = { name: 'phone', types: ['PHONE'], detect: () => [] };
