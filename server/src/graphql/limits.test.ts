import { Kind, parse, print, type DocumentNode } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import * as clientDocuments from '../../../client/src/gql/graphql.js';
import * as testkitOperations from '../../../tests/testkit/operations.js';
import { testConfig } from '../config/config.js';
import { CheckedDocuments, CostAnalysis, operationLimitsOf, type OperationLimits } from './limits.js';
import { createSchema } from './schema.js';

const limits: OperationLimits = operationLimitsOf(testConfig('postgres://unused'));
let costs: CostAnalysis;
let checked: CheckedDocuments;

beforeAll(async () => {
  const schema = await createSchema();
  costs = new CostAnalysis(schema);
  checked = new CheckedDocuments(schema, limits);
});

/** Every variable at its worst: `first` at 500, dates unknown (so a range costs its cap). */
const worstVariables: Record<string, unknown> = new Proxy({}, { has: () => true, get: () => 500 });

function realOperations(): [string, string][] {
  const client = Object.entries(clientDocuments).flatMap(([name, value]) =>
    name.endsWith('Document') && (value as DocumentNode).kind === Kind.DOCUMENT
      ? [[`client ${name}`, print(value as DocumentNode)] as [string, string]]
      : [],
  );
  // The test kit's operations are typed documents (a few deliberately raw ones stay strings).
  const testkit = Object.entries(testkitOperations).flatMap(([name, value]): [string, string][] => {
    if (typeof value === 'string')
      return /^\s*(query|mutation|subscription|\{)/.test(value) ? [[`testkit ${name}`, value]] : [];
    const document = value as unknown as DocumentNode;
    const isOperation =
      document?.kind === Kind.DOCUMENT &&
      document.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION);
    return isOperation ? [[`testkit ${name}`, print(document)]] : [];
  });
  return [...client, ...testkit];
}

describe('operation limits', () => {
  it('every operation of the booking app and the test kit passes the default limits at its worst', () => {
    const operations = realOperations();
    expect(operations.length).toBeGreaterThan(40);
    const refused: Record<string, unknown> = {};
    let heaviest = { name: '', cost: 0 };
    for (const [name, query] of operations) {
      const document = checked.check(query);
      if (!('kind' in document)) {
        refused[name] = document.map((e) => e.message);
        continue;
      }
      const cost = costs.costOf(document, undefined, worstVariables);
      if (cost > limits.maxCost) refused[name] = `cost ${cost}`;
      if (cost > heaviest.cost) heaviest = { name, cost };
    }
    expect(refused).toEqual({});
    // The budget leaves room above the heaviest real operation, and no more than a few times it.
    expect(heaviest.cost * 5).toBeGreaterThan(limits.maxCost);
    console.log(`heaviest real operation: ${heaviest.name} costs ${heaviest.cost} of ${limits.maxCost}`);
  });

  it('a date range costs by its days and a connection by its page size', () => {
    const availability = parse(`query ($from: LocalDate!, $to: LocalDate!) {
      availability(venueId: "v", vaccineId: "x", from: $from, to: $to) { slots { id } }
    }`);
    const week = costs.costOf(availability, undefined, { from: '2030-01-01', to: '2030-01-07' });
    const month = costs.costOf(availability, undefined, { from: '2030-01-01', to: '2030-01-28' });
    expect(month - 1).toBe((week - 1) * 4);

    const page = (first: number) =>
      costs.costOf(
        parse(`query ($first: Int!) { reservations(siteId: "s", first: $first) { edges { node { id } } } }`),
        undefined,
        { first },
      );
    expect(page(400)).toBeGreaterThan(page(40) * 9);
    // A literal and a schema default count like a variable.
    expect(costs.costOf(parse(`{ auditLog { edges { node { id } } } }`), undefined, {})).toBe(
      costs.costOf(parse(`{ auditLog(first: 50) { edges { node { id } } } }`), undefined, {}),
    );
  });

  it('fragments are costed where they are spread, however often, without compiling them twice', () => {
    const spread = parse(`
      query { venues(siteCode: "S") { ...V ...V } }
      fragment V on Venue { id name }
    `);
    const inline = parse(`query { venues(siteCode: "S") { id name id name } }`);
    expect(costs.costOf(spread, undefined, {})).toBe(costs.costOf(inline, undefined, {}));
  });

  it('aliases, depth, tokens and introspection are refused before anything runs, and the verdict is kept', () => {
    const aliases = `{ ${Array.from({ length: limits.maxAliases + 1 }, (_, i) => `a${i}: site(code: "x") { id }`).join(' ')} }`;
    const refusedAliases = checked.check(aliases);
    expect('kind' in refusedAliases).toBe(false);
    expect(checked.check(aliases)).toBe(refusedAliases);

    const nested = (depth: number) => `{ ${'a { '.repeat(depth)}b${' }'.repeat(depth)} }`;
    const messages = (query: string) => {
      const verdict = checked.check(query);
      return 'kind' in verdict ? [] : verdict.map((e) => e.message);
    };
    expect(messages(nested(limits.maxDepth + 2))).toContainEqual(
      expect.stringMatching(new RegExp(`depth limit of ${limits.maxDepth} exceeded`, 'i')),
    );
    expect(messages(nested(limits.maxDepth - 2))).not.toContainEqual(expect.stringMatching(/depth limit/i));

    const tokens = `{ ${'__typename '.repeat(limits.maxTokens)} }`;
    const refusedTokens = checked.check(tokens);
    expect('kind' in refusedTokens ? [] : refusedTokens.map((e) => e.extensions.code)).toEqual([
      'GRAPHQL_PARSE_FAILED',
    ]);

    const introspection = checked.check(`{ __schema { types { name } } }`);
    expect('kind' in introspection).toBe(false);
    if (!('kind' in introspection))
      expect(new Set(introspection.map((e) => e.extensions.code))).toEqual(
        new Set(['GRAPHQL_VALIDATION_FAILED']),
      );
  });

  it('keeps verdicts within its byte budget, dropping the least recently used first', async () => {
    // A refusal is counted as 1,024 bytes: room for three.
    const small = new CheckedDocuments(await createSchema(), { ...limits, documentCacheBytes: 3 * 1024 });
    const refusal = (n: number) => `{ nope${n} }`;
    const first = small.check(refusal(1));
    const second = small.check(refusal(2));
    small.check(refusal(3));
    expect(small.check(refusal(1))).toBe(first);
    small.check(refusal(4));
    expect(small.size()).toBe(3);
    expect(small.check(refusal(1))).toBe(first);
    expect(small.check(refusal(2))).not.toBe(second);
  });
});
