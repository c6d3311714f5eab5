import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTime } from '../../graphql/scalars.js';

export const MailKindEnum = {
  LOGIN_INFO: 'LOGIN_INFO',
  BOOKING_CONFIRMATION: 'BOOKING_CONFIRMATION',
  CANCELLATION: 'CANCELLATION',
  REMINDER: 'REMINDER',
  BOOKING_CHANGE: 'BOOKING_CHANGE',
} as const;
registerEnumType(MailKindEnum, { name: 'MailKind', description: 'Why a mail was sent' });

export const MailStatusEnum = {
  PENDING: 'PENDING',
  SENT: 'SENT',
  SKIPPED: 'SKIPPED',
  FAILED: 'FAILED',
} as const;
registerEnumType(MailStatusEnum, {
  name: 'MailStatus',
  description:
    'PENDING: waiting or retrying; SENT: delivered; SKIPPED: no longer needed (e.g. a reminder for a cancelled booking); FAILED: given up',
});

@ObjectType('Mail', { description: 'A mail in the outbox: queued, delivered or given up' })
export class MailType {
  @Field(() => ID, { description: 'Mail id' })
  id!: string;

  @Field(() => ID, { description: 'Site id' })
  siteId!: string;

  @Field(() => MailKindEnum, { description: 'Why it was sent' })
  kind!: keyof typeof MailKindEnum;

  @Field(() => String, { description: 'Recipient address' })
  to!: string;

  @Field(() => String, { description: 'Subject' })
  subject!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Plain-text body; dropped after a login mail reached a real SMTP server',
  })
  text!: string | null;

  @Field(() => MailStatusEnum, { description: 'Delivery status' })
  status!: keyof typeof MailStatusEnum;

  @Field(() => Int, { description: 'Delivery attempts so far' })
  attempts!: number;

  @Field(() => String, {
    nullable: true,
    description: 'SMTP, or DEV_MAILBOX when no SMTP server is configured',
  })
  transport!: string | null;

  @Field(() => DateTime, { description: 'When it was queued' })
  createdAt!: Date;

  @Field(() => DateTime, { nullable: true, description: 'When it was delivered' })
  sentAt!: Date | null;
}
