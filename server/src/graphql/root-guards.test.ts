import { isObjectType, type GraphQLResolveInfo } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { GraphQLContext } from './context.js';
import { createSchema } from './schema.js';

const apiKey = {
  kind: 'apiKey' as const,
  apiKeyId: 'k',
  name: 'k',
  siteId: 's',
  scopes: [],
  expiresAt: null,
};

describe('root field guards', () => {
  it('refuses an API key without the scope on every root field, before the resolver runs', async () => {
    const schema = await createSchema();
    const roots = [schema.getQueryType()!, schema.getMutationType()!, schema.getSubscriptionType()!];
    let checked = 0;
    for (const type of roots) {
      for (const field of Object.values(type.getFields())) {
        if (!field.resolve) continue;
        const info = { parentType: type, fieldName: field.name } as unknown as GraphQLResolveInfo;
        const context = { principal: apiKey } as unknown as GraphQLContext;
        expect(() => field.resolve!(undefined, {}, context, info), `${type.name}.${field.name}`).toThrow(
          /API key/,
        );
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('leaves plain fields below the root synchronous (no middleware promise chain per field)', async () => {
    const schema = await createSchema();
    const result = schema.getType('BookReservationResult');
    expect(isObjectType(result)).toBe(true);
    if (!isObjectType(result)) return;
    const ok = result.getFields().ok!;
    const info = { parentType: result, fieldName: 'ok' } as unknown as GraphQLResolveInfo;
    const context = { principal: apiKey } as unknown as GraphQLContext;
    const value = ok.resolve ? ok.resolve({ ok: true }, {}, context, info) : true;
    expect(value).toBe(true);
  });
});
