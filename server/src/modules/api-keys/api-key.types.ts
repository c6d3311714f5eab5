import { ArrayMaxSize, ArrayMinSize, IsOptional, IsUUID, Length } from 'class-validator';
import { Extensions, Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../../graphql/connection.js';
import { DateTime } from '../../graphql/scalars.js';
import type { ApiKeyView } from './api-key.repository.js';
import { API_KEY_PREFIX } from './api-key.secret.js';
import { API_KEY_SCOPES, ApiKeyScope } from './api-key.scope.js';

registerEnumType(ApiKeyScope, {
  name: 'ApiKeyScope',
  description: 'What an API key may do; an operation names the scope it needs in its description',
  valuesConfig: {
    ROSTER_READ: { description: 'Read the roster (tickets and their state)' },
    ROSTER_WRITE: { description: 'Register, update and revoke tickets' },
    BOOK_ON_BEHALF: { description: 'Book and cancel on a person’s behalf (proxyBookReservation…)' },
    RECORDS_READ: { description: 'Read reservations, vaccination records and their CSV exports' },
    WEBHOOKS_MANAGE: { description: 'Manage the site’s webhook endpoints' },
  },
});

/** Public catalogue reads (sites, venues, vaccines, availability): any key may call them, as anyone may. */
export const ANY_API_KEY_SCOPE = API_KEY_SCOPES as [ApiKeyScope, ...ApiKeyScope[]];

/** The field extension the scope check reads (graphql/api-key-scopes.ts). */
export const REQUIRES_SCOPE = 'requiresScope';

/**
 * An API key may call this operation when it holds one of these scopes. Operations without it refuse API
 * keys (deny by default); site scoping is still decided by the service (`requireSiteAccess`).
 */
export function RequiresScope(
  ...scopes: [ApiKeyScope, ...ApiKeyScope[]]
): MethodDecorator & PropertyDecorator {
  return Extensions({ [REQUIRES_SCOPE]: scopes });
}

@ObjectType('ApiKey', {
  description: 'A service account of one site, for an HR system; its secret was shown once, at creation',
})
export class ApiKeyType {
  @Field(() => ID, { description: 'Key id (named in the audit log as the actor of its writes)' })
  id!: string;

  @Field(() => ID, { description: 'The site the key acts for; it sees nothing of other sites' })
  siteId!: string;

  @Field(() => String, { description: 'A name to tell keys apart, e.g. the HR system' })
  name!: string;

  @Field(() => String, { description: `Every secret starts with this prefix (${API_KEY_PREFIX})` })
  prefix!: string;

  @Field(() => String, { description: 'The secret’s last four characters, to tell which key a system holds' })
  lastFour!: string;

  @Field(() => [ApiKeyScope], { description: 'What the key may do' })
  scopes!: ApiKeyScope[];

  @Field(() => DateTime, { description: 'When it was created' })
  createdAt!: Date;

  @Field(() => ID, { nullable: true, description: 'The admin user who created it' })
  createdBy!: string | null;

  @Field(() => DateTime, { nullable: true, description: 'After this it is refused; null: never expires' })
  expiresAt!: Date | null;

  @Field(() => DateTime, {
    nullable: true,
    description: 'Last time it authenticated a request (recorded at most once a minute); null: never used',
  })
  lastUsedAt!: Date | null;

  @Field(() => DateTime, { nullable: true, description: 'When it was revoked; null: not revoked' })
  revokedAt!: Date | null;
}

/** The GraphQL shape of a stored key. */
export function toApiKeyType(view: ApiKeyView): ApiKeyType {
  return {
    id: view.id,
    siteId: view.siteId,
    name: view.name,
    prefix: API_KEY_PREFIX,
    lastFour: view.lastFour,
    scopes: view.scopes,
    createdAt: view.createdAt,
    createdBy: view.createdBy,
    expiresAt: view.expiresAt,
    lastUsedAt: view.lastUsedAt,
    revokedAt: view.revokedAt,
  };
}

@ObjectType({ description: 'An API key and its cursor' })
export class ApiKeyEdge {
  @Field(() => String, { description: 'Cursor of this key' })
  cursor!: string;

  @Field(() => ApiKeyType, { description: 'The key' })
  node!: ApiKeyType;
}

@ObjectType({ description: 'A page of a site’s API keys, newest first' })
export class ApiKeyConnection {
  @Field(() => [ApiKeyEdge], { description: 'Keys' })
  edges!: ApiKeyEdge[];

  @Field(() => PageInfo, { description: 'Paging' })
  pageInfo!: PageInfo;
}

@InputType({ description: 'A new API key of a site' })
export class CreateApiKeyInput {
  @Field(() => ID, { description: 'The site the key acts for' })
  @IsUUID()
  siteId!: string;

  @Field(() => String, { description: 'A name to tell keys apart (1 to 100 characters)' })
  @Length(1, 100)
  name!: string;

  @Field(() => [ApiKeyScope], { description: 'What the key may do (at least one scope)' })
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  scopes!: ApiKeyScope[];

  @Field(() => DateTime, { nullable: true, description: 'When it stops working; omit for no expiry' })
  @IsOptional()
  expiresAt?: Date | null;
}

@ObjectType({ description: 'A created API key and its secret' })
export class CreateApiKeyResult {
  @Field(() => ApiKeyType, { description: 'The key' })
  apiKey!: ApiKeyType;

  @Field(() => String, {
    description:
      'The secret, sent as `Authorization: Bearer <secret>`. Shown only here, once: only its hash is stored',
  })
  secret!: string;
}

@InputType({ description: 'The API key to revoke' })
export class RevokeApiKeyInput {
  @Field(() => ID, { description: 'Key id' })
  @IsUUID()
  id!: string;
}

@ObjectType({ description: 'A revoked API key' })
export class RevokeApiKeyResult {
  @Field(() => ApiKeyType, { description: 'The key, with the time it was (first) revoked' })
  apiKey!: ApiKeyType;
}
