/**
 * The small client every example shares: one GraphQL call over plain `fetch`, with the API key as a bearer
 * token, HTTP 429 answered by waiting `Retry-After` seconds, and GraphQL errors turned into exceptions that
 * carry their `extensions.code`.
 *
 * Configuration, first found wins: command-line flags (`--url`, `--key`, `--site`), then the environment
 * (`VACCINATION_API_URL`, `VACCINATION_API_KEY`, `VACCINATION_SITE_ID`).
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

export interface ApiConfig {
  /** The GraphQL endpoint, e.g. https://vaccination.example.jp/graphql */
  url: string;
  /** The API key's secret (vrk_live_…) */
  key: string;
}

/** A GraphQL error of the API: `code` is its `extensions.code` (UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, …). */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface RequestOptions {
  /**
   * Also resend after a lost answer (the connection failed, or HTTP 5xx), up to 4 times with backoff
   * (1, 2, 4, 8 s). Only for operations that are safe to repeat: reads, upsertTickets, revokeTickets, and
   * bookings sent with an idempotency key.
   */
  retryLostAnswers?: boolean;
}

export class ApiClient {
  /** How often a request refused with 429 is sent again before giving up. */
  maxRateLimitRetries = 10;
  /** How often a lost answer is retried when the operation allows it. */
  maxLostAnswerRetries = 4;

  constructor(readonly config: ApiConfig) {}

  /**
   * Sends one operation. A 429 answer (the request was refused before any work was done) is resent after
   * `Retry-After` seconds, for every operation. With `retryLostAnswers`, a failed connection or an HTTP 5xx
   * is resent too. Anything else is thrown: GraphQL errors as ApiError with their code.
   */
  async request<T>(
    query: string,
    variables: Record<string, unknown> = {},
    options: RequestOptions = {},
  ): Promise<T> {
    let limited = 0;
    let lost = 0;
    for (;;) {
      let response: Response;
      try {
        response = await fetch(this.config.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${this.config.key}` },
          body: JSON.stringify({ query, variables }),
          signal: AbortSignal.timeout(120_000),
        });
      } catch (error) {
        if (!options.retryLostAnswers || lost >= this.maxLostAnswerRetries) throw error;
        await this.backoff(++lost, `no answer (${error instanceof Error ? error.message : String(error)})`);
        continue;
      }
      if (response.status === 429 && limited < this.maxRateLimitRetries) {
        limited++;
        const seconds = Number(response.headers.get('retry-after') ?? '1');
        const wait = Math.max(1, Number.isFinite(seconds) ? seconds : 1);
        console.error(`rate limited (429): waiting ${wait} s as Retry-After says`);
        await response.body?.cancel();
        await sleep(wait * 1000);
        continue;
      }
      if (response.status >= 500 && options.retryLostAnswers && lost < this.maxLostAnswerRetries) {
        await response.body?.cancel();
        await this.backoff(++lost, `HTTP ${response.status}`);
        continue;
      }
      const text = await response.text();
      let body: { data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] };
      try {
        body = JSON.parse(text) as typeof body;
      } catch {
        throw new ApiError(`HTTP ${response.status}: ${text.slice(0, 200)}`, `HTTP_${response.status}`);
      }
      const error = body.errors?.[0];
      if (error) {
        const code = typeof error.extensions?.code === 'string' ? error.extensions.code : 'UNKNOWN';
        throw new ApiError(error.message, code, error.extensions);
      }
      if (!body.data) throw new ApiError(`HTTP ${response.status} without data`, `HTTP_${response.status}`);
      return body.data;
    }
  }

  private async backoff(attempt: number, why: string): Promise<void> {
    const seconds = 2 ** (attempt - 1);
    console.error(`${why}: sending again in ${seconds} s`);
    await sleep(seconds * 1000);
  }
}

/**
 * Parses the common flags plus the example's own. `--url`, `--key` and `--site` fall back to the
 * environment; a missing one ends the program with a usage line.
 */
export function parseCommon(
  argv: string[],
  env: NodeJS.ProcessEnv,
  options: Record<string, { type: 'string' | 'boolean'; default?: string | boolean }>,
  usage: string,
): {
  client: ApiClient;
  siteId: string;
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
} {
  const parsed = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { url: { type: 'string' }, key: { type: 'string' }, site: { type: 'string' }, ...options },
  });
  const values = parsed.values as Record<string, string | boolean | undefined>;
  const url = values.url ?? env.VACCINATION_API_URL;
  const key = values.key ?? env.VACCINATION_API_KEY;
  const site = values.site ?? env.VACCINATION_SITE_ID;
  if (typeof url !== 'string' || typeof key !== 'string' || typeof site !== 'string') {
    throw new UsageError(
      `usage: ${usage}\n  --url (VACCINATION_API_URL), --key (VACCINATION_API_KEY) and --site (VACCINATION_SITE_ID) are required`,
    );
  }
  return { client: new ApiClient({ url, key }), siteId: site, values, positionals: parsed.positionals };
}

export class UsageError extends Error {}

/** Runs `main` when the file is the program being run (not when a test imports it). */
export function runIfMain(moduleUrl: string, main: (argv: string[]) => Promise<number>): void {
  const entry = process.argv[1];
  if (!entry || pathToFileURL(path.resolve(entry)).href !== moduleUrl) return;
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      if (error instanceof UsageError) console.error(error.message);
      else if (error instanceof ApiError) console.error(`${error.code}: ${error.message}`);
      else console.error(error);
      process.exitCode = error instanceof UsageError ? 64 : 1;
    },
  );
}
