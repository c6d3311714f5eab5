/**
 * The per-request limiter: the hand-written token buckets (`TokenBuckets.take`, synchronous) vs
 * rate-limiter-flexible (a RateLimiterMemory per-second window with a BurstyRateLimiter for the burst, the
 * closest it offers; its `consume` returns a promise). Checks per second over 1,000,000 checks, with 100 keys
 * (a few busy clients) and with every check a new key (a flood of addresses); best of 3 rounds.
 * `npx tsx bench/plumbing/rate-limit.ts`
 */
import { BurstyRateLimiter, RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { TokenBuckets } from '../../server/src/graphql/rate-limit.js';

const CHECKS = 1_000_000;
const RATE = 50;
const BURST = 200;

function keyOf(i: number, distinct: number): string {
  return `10.0.${(i % distinct) >> 8}.${(i % distinct) & 255}`;
}

async function best(run: () => Promise<void> | void): Promise<number> {
  let fastest = Infinity;
  for (let round = 0; round < 3; round++) {
    const started = performance.now();
    await run();
    fastest = Math.min(fastest, performance.now() - started);
  }
  return CHECKS / (fastest / 1000);
}

for (const distinct of [100, CHECKS]) {
  const handWritten = await best(() => {
    const buckets = new TokenBuckets(RATE, BURST);
    for (let i = 0; i < CHECKS; i++) buckets.take(keyOf(i, distinct));
  });
  const library = await best(async () => {
    const limiter = new BurstyRateLimiter(
      new RateLimiterMemory({ points: RATE, duration: 1 }),
      new RateLimiterMemory({ keyPrefix: 'burst', points: BURST, duration: BURST / RATE }),
    );
    for (let i = 0; i < CHECKS; i++) {
      await limiter.consume(keyOf(i, distinct)).catch((refusal: unknown) => {
        if (!(refusal instanceof RateLimiterRes)) throw refusal;
      });
    }
  });
  console.log(
    `${distinct.toLocaleString('en')} keys: hand-written ${Math.round(handWritten).toLocaleString('en')} checks/s, ` +
      `rate-limiter-flexible ${Math.round(library).toLocaleString('en')} checks/s (÷ ${(library / handWritten).toFixed(2)})`,
  );
}
