// Placeholder: detector under construction.
import type { Detector } from '../types.ts';

export const addressDetector: Detector = { name: 'addresses', types: ['ADDRESS'], detect: () => [] };
