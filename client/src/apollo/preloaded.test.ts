import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ApolloLink, gql } from '@apollo/client';
import { parse, print, type DocumentNode, type FieldNode, type OperationDefinitionNode } from 'graphql';
import { Observable, firstValueFrom, of } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { SiteShellQueryDocument } from '../features/booking/routes/SiteApp';
import { preloadedLink, type SitePreload } from './preloaded';

const script = readFileSync(path.resolve(import.meta.dirname, '../../public/site-preload.js'), 'utf8');

function siteFields(document: DocumentNode): string[] {
  const operation = document.definitions[0] as OperationDefinitionNode;
  const site = operation.selectionSet.selections[0] as FieldNode;
  return site
    .selectionSet!.selections.map((s) => (s as FieldNode).name.value)
    .filter((n) => n !== '__typename');
}

const shellResult = {
  data: { site: { __typename: 'Site', id: 's1', code: 'S0001', name: 'みなと市' } },
};

function run(link: ApolloLink, operationName: string, siteCode: string, network: () => unknown) {
  const chain = ApolloLink.from([link, new ApolloLink(() => of(network() as ApolloLink.Result))]);
  const query = gql(`query ${operationName}($siteCode: String!) { site(code: $siteCode) { id } }`);
  return firstValueFrom(
    ApolloLink.execute(
      chain,
      { query, variables: { siteCode } },
      { client: {} as never },
    ) as Observable<unknown>,
  );
}

describe('the SiteShell answer fetched while the app script downloads', () => {
  it('site-preload.js asks for exactly the fields of the SiteShell query', () => {
    const query = /var query =\s*'([^']+)'/.exec(script)?.[1];
    expect(query).toBeDefined();
    expect(siteFields(parse(query!))).toEqual(siteFields(SiteShellQueryDocument));
    expect(print(parse(query!))).toContain('query SiteShell($siteCode: String!)');
  });

  it('answers the first SiteShell query of the preloaded site without the network, and only once', async () => {
    let preload: SitePreload | undefined = { siteCode: 'S0001', result: Promise.resolve(shellResult) };
    const link = preloadedLink(() => {
      const p = preload;
      preload = undefined;
      return p;
    });
    let networkCalls = 0;
    const network = () => {
      networkCalls++;
      return { data: { site: { __typename: 'Site', id: 's1', code: 'S0001', name: 'from the network' } } };
    };
    expect(await run(link, 'SiteShell', 'S0001', network)).toEqual(shellResult);
    expect(networkCalls).toBe(0);
    await run(link, 'SiteShell', 'S0001', network);
    expect(networkCalls).toBe(1);
  });

  it('goes to the network for another site, another query, or a preload that failed', async () => {
    let calls = 0;
    const network = () => {
      calls++;
      return { data: { site: null } };
    };
    const ready = (result: unknown) => () => ({ siteCode: 'S0001', result: Promise.resolve(result as null) });
    await run(preloadedLink(ready(shellResult)), 'SiteShell', 'S0002', network);
    await run(preloadedLink(ready(shellResult)), 'MyPage', 'S0001', network);
    await run(preloadedLink(ready(null)), 'SiteShell', 'S0001', network);
    await run(preloadedLink(ready({ errors: [{ message: 'boom' }] })), 'SiteShell', 'S0001', network);
    expect(calls).toBe(4);
  });
});
