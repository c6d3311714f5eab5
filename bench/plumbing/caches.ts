/**
 * The two caches, hand-written (bench/plumbing/baseline, as before lru-cache) vs lru-cache:
 * - the principal cache: 2,000,000 lookups over 20,000 live tokens (1 in 20 a miss that is then set);
 * - the WebSocket document verdicts: the Map-as-LRU bounded by bytes that `CheckedDocuments` had, replayed
 *   here as it was, vs LRUCache with maxSize; 2,000,000 lookups over 5,000 digests, 1 in 10 a new one.
 * Operations per second, best of 3 rounds, interleaved. `npx tsx bench/plumbing/caches.ts`
 */
import { LRUCache } from 'lru-cache';
import type { Principal } from '../../server/src/modules/auth/principal.js';
import { PrincipalCache } from '../../server/src/modules/auth/principal-cache.js';
import { PrincipalCache as HandWrittenPrincipalCache } from './baseline/principal-cache.js';

const LOOKUPS = 2_000_000;
const later = new Date(Date.now() + 3600_000);

function principals(cache: {
  get(t: string): Principal | undefined;
  set(t: string, p: Principal, e: Date): void;
}) {
  return () => {
    for (let i = 0; i < LOOKUPS; i++) {
      const n = i % 20_000;
      const token = i % 20 === 0 ? `fresh-${i}` : `token-${n}`;
      if (!cache.get(token))
        cache.set(token, { kind: 'recipient', sessionId: `s-${token}`, ticketId: 't', siteId: 's' }, later);
    }
  };
}

/** CheckedDocuments' store before lru-cache: Map order as recency, evicting the oldest past the byte limit. */
class HandWrittenVerdicts {
  private readonly verdicts = new Map<string, { result: object; bytes: number }>();
  private bytes = 0;
  constructor(private readonly maxBytes: number) {}
  get(key: string): object | undefined {
    const cached = this.verdicts.get(key);
    if (!cached) return undefined;
    this.verdicts.delete(key);
    this.verdicts.set(key, cached);
    return cached.result;
  }
  set(key: string, result: object, bytes: number): void {
    this.verdicts.set(key, { result, bytes });
    this.bytes += bytes;
    for (const [oldest, verdict] of this.verdicts) {
      if (this.bytes <= this.maxBytes) break;
      this.verdicts.delete(oldest);
      this.bytes -= verdict.bytes;
    }
  }
}

function verdicts(store: {
  get(k: string): object | undefined;
  set(k: string, v: object, bytes: number): void;
}) {
  const result = { kind: 'Document' };
  return () => {
    for (let i = 0; i < LOOKUPS; i++) {
      const key = i % 10 === 0 ? `new-${i}` : `doc-${i % 5_000}`;
      if (!store.get(key)) store.set(key, result, 2_048);
    }
  };
}

const MAX_BYTES = 8 * 1024 * 1024;
const cases: Record<string, () => () => void> = {
  'principal cache, hand-written': () => principals(new HandWrittenPrincipalCache(60_000, 200_000)),
  'principal cache, lru-cache': () => principals(new PrincipalCache(60_000, 200_000)),
  'document verdicts, hand-written': () => verdicts(new HandWrittenVerdicts(MAX_BYTES)),
  'document verdicts, lru-cache': () => {
    const cache = new LRUCache<string, object>({ maxSize: MAX_BYTES });
    return verdicts({ get: (k) => cache.get(k), set: (k, v, size) => cache.set(k, v, { size }) });
  },
};
const best: Record<string, number> = {};
for (let round = 0; round < 3; round++) {
  for (const [name, make] of Object.entries(cases)) {
    const run = make();
    const started = performance.now();
    run();
    best[name] = Math.max(best[name] ?? 0, LOOKUPS / ((performance.now() - started) / 1000));
  }
}
for (const [name, perSecond] of Object.entries(best)) {
  console.log(`${name.padEnd(32)} ${Math.round(perSecond).toLocaleString('en')} lookups/s`);
}
