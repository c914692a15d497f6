// Placeholder: detector under construction.
import type { Detector } from '../types.ts';

export const emailDetector: Detector = { name: 'email', types: ['EMAIL'], detect: () => [] };
