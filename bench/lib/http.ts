import http from 'node:http';

export interface HttpResult {
  status: number;
  body: string;
  ms: number;
}

/** A keep-alive HTTP client for the GraphQL endpoint: one socket per concurrent client. */
export class GraphQLHttp {
  private readonly agent: http.Agent;
  private readonly target: URL;

  constructor(url: string, sockets: number) {
    this.target = new URL(url);
    if (this.target.hostname !== '127.0.0.1' && this.target.hostname !== 'localhost')
      throw new Error(`benches only load 127.0.0.1, not ${this.target.hostname}`);
    this.agent = new http.Agent({ keepAlive: true, maxSockets: sockets, maxFreeSockets: sockets });
  }

  post(
    query: string,
    variables: Record<string, unknown>,
    headers: Record<string, string> = {},
  ): Promise<HttpResult> {
    const body = JSON.stringify({ query, variables });
    const started = performance.now();
    return new Promise((resolve, reject) => {
      const request = http.request(
        {
          host: this.target.hostname,
          port: this.target.port,
          path: this.target.pathname,
          method: 'POST',
          agent: this.agent,
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            ...headers,
          },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () =>
            resolve({
              status: response.statusCode ?? 0,
              body: Buffer.concat(chunks).toString('utf8'),
              ms: performance.now() - started,
            }),
          );
          response.on('error', reject);
        },
      );
      request.on('error', reject);
      request.end(body);
    });
  }

  /** GET of another path on the same server and sockets (e.g. `/healthz`, the floor of the HTTP stack). */
  get(path: string, headers: Record<string, string> = {}): Promise<HttpResult> {
    const started = performance.now();
    return new Promise((resolve, reject) => {
      const request = http.request(
        {
          host: this.target.hostname,
          port: this.target.port,
          path,
          method: 'GET',
          agent: this.agent,
          headers,
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () =>
            resolve({
              status: response.statusCode ?? 0,
              body: Buffer.concat(chunks).toString('utf8'),
              ms: performance.now() - started,
            }),
          );
          response.on('error', reject);
        },
      );
      request.on('error', reject);
      request.end();
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

/** A distinct client address per virtual person (the bench server trusts X-Forwarded-For). */
export function addressOf(index: number): string {
  return `10.${(index >> 16) & 255}.${(index >> 8) & 255}.${index & 255}`;
}

export const BOOK = /* GraphQL */ `
  mutation Book($input: BookReservationInput!) {
    bookReservation(input: $input) {
      ok
      error {
        code
      }
      reservations {
        id
        dose
      }
    }
  }
`;

export interface BookAnswer {
  ok: boolean;
  code: string;
  reservationIds: string[];
}

/** Reads a bookReservation response; transport and GraphQL errors become codes too. */
export function readBookAnswer(result: HttpResult): BookAnswer {
  if (result.status === 429) return { ok: false, code: 'HTTP_429', reservationIds: [] };
  try {
    const parsed = JSON.parse(result.body) as {
      data?: {
        bookReservation?: { ok: boolean; error: { code: string } | null; reservations: { id: string }[] };
      };
      errors?: { extensions?: { code?: string } }[];
    };
    const answer = parsed.data?.bookReservation;
    if (answer)
      return {
        ok: answer.ok,
        code: answer.ok ? 'OK' : (answer.error?.code ?? 'UNKNOWN'),
        reservationIds: answer.reservations.map((r) => r.id),
      };
    return {
      ok: false,
      code: parsed.errors?.[0]?.extensions?.code ?? `HTTP_${result.status}`,
      reservationIds: [],
    };
  } catch {
    return { ok: false, code: `HTTP_${result.status}`, reservationIds: [] };
  }
}
