// Placeholder: detector under construction.
import type { Detector } from '../types.ts';

export const secretDetector: Detector = { name: 'secrets', types: ['SECRET'], detect: () => [] };
