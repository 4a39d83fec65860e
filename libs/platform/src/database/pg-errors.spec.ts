import { QueryFailedError } from 'typeorm';
import { retryTransientConflicts } from './pg-errors';

const pgError = (code: string) => new QueryFailedError('DELETE …', [], Object.assign(new Error('pg'), { code }));

describe('retryTransientConflicts', () => {
  it('runs the transaction again after a deadlock, and returns its result', async () => {
    let calls = 0;
    const result = await retryTransientConflicts(async () => {
      calls += 1;
      if (calls === 1) throw pgError('40P01');
      return 'done';
    });
    expect([result, calls]).toEqual(['done', 2]);
  });

  it('passes other errors through at once, and gives up after the last attempt', async () => {
    let calls = 0;
    await expect(
      retryTransientConflicts(async () => {
        calls += 1;
        throw pgError('23505');
      }),
    ).rejects.toThrow(QueryFailedError);
    expect(calls).toBe(1);
    calls = 0;
    await expect(
      retryTransientConflicts(async () => {
        calls += 1;
        throw pgError('40001');
      }, 2),
    ).rejects.toThrow(QueryFailedError);
    expect(calls).toBe(2);
  });
});
