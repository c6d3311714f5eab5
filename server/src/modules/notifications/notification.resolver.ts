import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { Role } from '../auth/principal.js';
import { DateTime } from '../../graphql/scalars.js';
import type { OutboxMail } from './mail-outbox.repository.js';
import { MailType } from './notification.types.js';

@Resolver(() => MailType)
export class NotificationResolver {
  @Authorized(Role.OPERATOR, Role.SITE_ADMIN)
  @Query(() => [MailType], {
    description:
      'The mail the system sent or will send, newest first. Without SMTP_URL this is the development mailbox: nothing leaves the machine.',
  })
  mailbox(
    @Arg('siteId', () => ID, { nullable: true, description: 'Site id; site admins see only their own' })
    siteId: string | null,
    @Arg('first', () => Int, { defaultValue: 20, description: 'How many (at most 200)' }) first: number,
    @Arg('before', () => DateTime, {
      nullable: true,
      description: 'Only mails queued before this instant (paging)',
    })
    before: Date | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<OutboxMail[]> {
    return ctx.services.notifications.mailbox(ctx.em, ctx.principal, siteId ?? null, first, before ?? null);
  }
}
