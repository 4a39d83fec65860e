import { Logger } from '@nestjs/common';
import { Registry } from 'prom-client';
import { FailOpenWindowCounter } from './fail-open-counter';
import { SharedHits, SharedWindowCounter } from './rate-limit-storage';

describe('FailOpenWindowCounter', () => {
  let now = 1_000_000;
  let storeAnswers = true;
  let calls = 0;
  const shared: SharedWindowCounter = {
    add: async (entries) => {
      calls += 1;
      if (!storeAnswers) throw new Error('connect ECONNREFUSED 127.0.0.1:6379');
      return entries.map((entry) => ({ total: 100 + entry.hits, msLeft: 30_000 }));
    },
    close: async () => undefined,
  };
  const registry = new Registry();
  const counter = new FailOpenWindowCounter(shared, registry, () => now);
  const hit = (key = 'ip:1'): SharedHits[] => [{ key, ttl: 60_000, hits: 1 }];
  const metric = async (name: string) => (await registry.getSingleMetric(name)!.get()).values[0]?.value ?? 0;
  const warnings = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
  jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);

  it('uses the shared count while the store answers', async () => {
    expect(await counter.add(hit())).toEqual([{ total: 101, msLeft: 30_000 }]);
    expect(await metric('wsp_rate_limit_store_up')).toBe(1);
  });

  it('counts in memory at once when the store fails, asks it again only after two seconds, and logs once', async () => {
    storeAnswers = false;
    calls = 0;
    expect(await counter.add(hit())).toEqual([{ total: 1, msLeft: 60_000 }]);
    now += 500;
    expect(await counter.add(hit())).toEqual([{ total: 2, msLeft: 59_500 }]);
    expect(await counter.add(hit('ip:2'))).toEqual([{ total: 1, msLeft: 60_000 }]);
    expect(calls).toBe(1); // the store was not asked again within the pause
    now += 2000;
    await counter.add(hit());
    expect(calls).toBe(2);
    expect(warnings).toHaveBeenCalledTimes(1);
    expect(await metric('wsp_rate_limit_store_up')).toBe(0);
    expect(await metric('wsp_rate_limit_counted_locally_total')).toBe(4);
  });

  it('shares the count again once the store answers', async () => {
    storeAnswers = true;
    now += 2000;
    expect(await counter.add(hit())).toEqual([{ total: 101, msLeft: 30_000 }]);
    expect(await metric('wsp_rate_limit_store_up')).toBe(1);
  });
});
