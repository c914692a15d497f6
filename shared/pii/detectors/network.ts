// Placeholder: detector under construction.
import type { Detector } from '../types.ts';

export const ipAddressDetector: Detector = { name: 'network', types: ['IP_ADDRESS'], detect: () => [] };
