import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { PageInfo } from '../../graphql/connection.js';
import { DateTime } from '../../graphql/scalars.js';
import type { AuditEntryView } from './audit.repository.js';

@ObjectType({ description: 'One admin write' })
export class AuditEntry {
  @Field(() => ID, { description: 'Entry id (increasing)' })
  id!: string;

  @Field(() => ID, { nullable: true, description: 'The site written to; null for platform-wide writes' })
  siteId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The admin user who wrote' })
  actorAdminUserId!: string | null;

  @Field(() => String, { nullable: true, description: 'Their display name' })
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
