import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../../graphql/connection.js';
import { DateTime } from '../../graphql/scalars.js';
import type { AuditEntryView } from './audit.repository.js';

/** Who wrote an entry, by kind (the audit log's `actorKind` filter). */
export enum AuditActorKind {
  ADMIN_USER = 'ADMIN_USER',
  API_KEY = 'API_KEY',
  RECIPIENT = 'RECIPIENT',
}
registerEnumType(AuditActorKind, {
  name: 'AuditActorKind',
  description: 'Who wrote an audit entry',
  valuesConfig: {
    ADMIN_USER: { description: 'An admin user (operator, site admin or venue staff)' },
    API_KEY: { description: 'An API key (an HR or other system)' },
    RECIPIENT: {
      description:
        'A recipient themselves: logged in, or self-service without a login (e.g. a password reset)',
    },
  },
});

@ObjectType({ description: 'One admin write' })
export class AuditEntry {
  @Field(() => ID, { description: 'Entry id (increasing)' })
  id!: string;

  @Field(() => ID, { nullable: true, description: 'The site written to; null for platform-wide writes' })
  siteId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The admin user who wrote' })
  actorAdminUserId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The API key that wrote (actorRole API_KEY)' })
  actorApiKeyId!: string | null;

  @Field(() => String, { nullable: true, description: 'Their display name, or the API key’s name' })
  actorName!: string | null;

  @Field(() => String, { description: 'Their role at the time' })
  actorRole!: string;

  @Field(() => String, {
    description: 'What was done: the mutation or use case name, e.g. updateSiteSettings',
  })
  action!: string;

  @Field(() => String, { nullable: true, description: 'Kind of the row changed, e.g. site, reservation' })
  targetType!: string | null;

  @Field(() => String, { nullable: true, description: 'Id of the row changed' })
  targetId!: string | null;

  @Field(() => GraphQLJSON, { nullable: true, description: 'State before the write, where one existed' })
  before!: unknown;

  @Field(() => GraphQLJSON, {
    nullable: true,
    description: 'State after the write, or the input and result of the mutation (secrets removed)',
  })
  after!: unknown;

  @Field(() => DateTime, { description: 'When' })
  createdAt!: Date;
}

@ObjectType({ description: 'An audit entry and its cursor' })
export class AuditEdge {
  @Field(() => String, { description: 'Cursor of this entry' })
  cursor!: string;

  @Field(() => AuditEntry, { description: 'The entry' })
  node!: AuditEntryView;
}

@ObjectType({ description: 'A page of the audit log, newest first' })
export class AuditConnection {
  @Field(() => [AuditEdge], { description: 'Entries' })
  edges!: AuditEdge[];

  @Field(() => PageInfo, { description: 'Paging' })
  pageInfo!: PageInfo;
}
