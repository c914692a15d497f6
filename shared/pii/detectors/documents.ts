// Placeholder: detector under construction.
import type { Detector } from '../types.ts';

export const identityDocumentDetector: Detector = { name: 'documents', types: ['PASSPORT', 'DRIVER_LICENSE'], detect: () => [] };
