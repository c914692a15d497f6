// Reading the local stack's receipts while its edge writes them: a read that meets the store's write lock is tried
// again; any other failure is not. (The pull itself runs through the whole stack in test/decisions.e2e.test.ts.)
import { describe, expect, it } from 'vitest';
import { whileBusy } from './audit-pull.ts';

describe('whileBusy', () => {
  it('tries a read again while the store is locked, and returns what it then reads', async () => {
    let calls = 0;
    const read = async () => {
      if (++calls < 3) throw new Error('NOSENTRY database is locked: SQLITE_BUSY');
      return 'receipt';
    };
    await expect(whileBusy(read)).resolves.toBe('receipt');
    expect(calls).toBe(3);
  });

  it('passes any other failure on at once', async () => {
    let calls = 0;
    const read = async () => {
      calls++;
      throw new Error('no such bucket');
    };
    await expect(whileBusy(read)).rejects.toThrow('no such bucket');
    expect(calls).toBe(1);
  });
});
