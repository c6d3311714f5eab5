/**
 * What an API key may do. An operation an HR system may call declares the scope it needs
 * (`@RequiresScope` in api-key.types.ts); everything else refuses API keys.
 */
export const ApiKeyScope = {
  /** Read the roster (tickets and their state). */
  ROSTER_READ: 'ROSTER_READ',
  /** Register, update and revoke tickets. */
  ROSTER_WRITE: 'ROSTER_WRITE',
  /** Book and cancel on a person's behalf (proxy booking). */
  BOOK_ON_BEHALF: 'BOOK_ON_BEHALF',
  /** Read reservations, vaccination records and their exports. */
  RECORDS_READ: 'RECORDS_READ',
  /** Manage webhook endpoints. */
  WEBHOOKS_MANAGE: 'WEBHOOKS_MANAGE',
} as const;
export type ApiKeyScope = (typeof ApiKeyScope)[keyof typeof ApiKeyScope];

export const API_KEY_SCOPES: readonly ApiKeyScope[] = Object.values(ApiKeyScope);
