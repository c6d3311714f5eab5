import { ApolloLink, type FetchResult } from '@apollo/client';
import { Observable } from 'rxjs';

/** What client/public/site-preload.js leaves on window: the SiteShell answer it fetched early, or null. */
export interface SitePreload {
  siteCode: string;
  result: Promise<FetchResult | null>;
}

declare global {
  interface Window {
    __vrSitePreload?: SitePreload;
  }
}

/**
 * Answers the app's first SiteShell query for the preloaded site with the answer site-preload.js already
 * fetched (once); anything else, or a preload that failed or carried errors, goes on to the network.
 */
export function preloadedLink(take: () => SitePreload | undefined): ApolloLink {
  return new ApolloLink((operation, forward) => {
    if (operation.operationName !== 'SiteShell') return forward(operation);
    const preload = take();
    if (!preload || preload.siteCode !== operation.variables.siteCode) return forward(operation);
    return new Observable<FetchResult>((subscriber) => {
      let inner: { unsubscribe(): void } | undefined;
      void preload.result.then((result) => {
        if (subscriber.closed) return;
        if (result && result.data && !result.errors?.length) {
          subscriber.next(result);
          subscriber.complete();
        } else {
          inner = forward(operation).subscribe(subscriber);
        }
      });
      return () => inner?.unsubscribe();
    });
  });
}

/** The page's preload, handed out once (a later client, e.g. after logging in, asks the network). */
export function takeWindowPreload(): SitePreload | undefined {
  if (typeof window === 'undefined') return undefined;
  const preload = window.__vrSitePreload;
  window.__vrSitePreload = undefined;
  return preload;
}
