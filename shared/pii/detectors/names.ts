// Placeholder: detector under construction.
import type { Detector } from '../types.ts';

export const personNameDetector: Detector = { name: 'names', types: ['PERSON'], detect: () => [] };
