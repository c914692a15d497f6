import { describe, expect, it } from 'vitest';
import { mergeFindings, scanText } from './detect.ts';
import type { Finding } from './types.ts';

const f = (type: Finding['type'], start: number, end: number, score = 0.9): Finding => ({ type, start, end, score, detector: 't' });

describe('mergeFindings', () => {
  it('keeps the longest span, then the higher score', () => {
    expect(mergeFindings([f('PERSON', 0, 4), f('EMAIL', 0, 20)])).toEqual([{ type: 'EMAIL', start: 0, end: 20 }]);
    expect(mergeFindings([f('NATIONAL_ID', 5, 14, 0.95), f('DRIVER_LICENSE', 5, 14, 0.85)])).toEqual([
      { type: 'NATIONAL_ID', start: 5, end: 14 },
    ]);
  });
  it('an IP address beats an overlapping (even longer) ADDRESS span', () => {
    expect(mergeFindings([f('ADDRESS', 0, 24, 0.95), f('IP_ADDRESS', 11, 24, 0.9)])).toEqual([{ type: 'IP_ADDRESS', start: 11, end: 24 }]);
    // an ADDRESS elsewhere in the text is kept
    expect(mergeFindings([f('ADDRESS', 30, 50), f('IP_ADDRESS', 0, 8)])).toHaveLength(2);
  });
  it('end to end: IP words in six languages give IP_ADDRESS', () => {
    for (const t of ['IP-Adresse 10.1.2.3', 'adresse IP 10.1.2.3', 'dirección IP 10.1.2.3', 'indirizzo IP 10.1.2.3', 'IP-adres 10.1.2.3']) {
      expect(scanText(t).entities.map((e) => e.type)).toEqual(['IP_ADDRESS']);
    }
  });
});
