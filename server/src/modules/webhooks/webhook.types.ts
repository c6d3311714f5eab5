import { ArrayMaxSize, ArrayMinSize, IsInt, IsOptional, IsUUID, Length, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../../graphql/connection.js';
import { DateTime } from '../../graphql/scalars.js';
import type { DeliveryRow, EndpointRow } from './webhook.repository.js';

export enum WebhookDeliveryStatus {
  PENDING = 'PENDING',
  DELIVERED = 'DELIVERED',
  FAILED = 'FAILED',
}
registerEnumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description:
    'PENDING: not yet delivered (retries to come); DELIVERED: answered 2xx; FAILED: attempts used up',
});

@ObjectType({ description: "An HTTPS endpoint of an integrator's system that receives a site's events" })
export class WebhookEndpoint {
  @Field(() => ID, { description: 'Endpoint id' })
  id!: string;

  @Field(() => ID, { description: 'Site id' })
  siteId!: string;

  @Field(() => String, { description: 'Where events are POSTed (no redirects are followed)' })
  url!: string;

  @Field(() => [String], { description: 'Event types sent to it, e.g. reservation.booked' })
  eventTypes!: string[];

  @Field(() => String, { nullable: true, description: 'Free text for the admins' })
  description!: string | null;

  @Field(() => Boolean, { description: 'False: nothing is sent (new events are not queued for it)' })
  enabled!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Why it is disabled: FAILURES (a run of failed attempts) or ADMIN',
  })
  disabledReason!: string | null;

  @Field(() => Int, { description: 'Failed attempts in a row since the last success' })
  consecutiveFailures!: number;

  @Field(() => DateTime, {
    nullable: true,
    description:
      'After a rotateWebhookSecret: until when deliveries also carry a signature made with the previous secret; null when only the current secret signs',
  })
  previousSecretExpiresAt!: Date | null;

  @Field(() => DateTime, { description: 'Created' })
  createdAt!: Date;

  @Field(() => DateTime, { description: 'Last changed' })
  updatedAt!: Date;
}

@ObjectType({ description: 'One event sent (or to be sent) to one endpoint: the delivery log' })
export class WebhookDelivery {
  @Field(() => ID, { description: 'Delivery id (for redeliverWebhook)' })
  id!: string;

  @Field(() => ID, { description: 'Endpoint id' })
  endpointId!: string;

  @Field(() => ID, { description: 'The event id, sent as the webhook-id header: the same on every attempt' })
  eventId!: string;

  @Field(() => String, { description: 'Event type (webhook.ping for a test ping)' })
  eventType!: string;

  @Field(() => WebhookDeliveryStatus, { description: 'Where it stands' })
  status!: string;

  @Field(() => Int, { description: 'Attempts made so far' })
  attempts!: number;

  @Field(() => DateTime, { nullable: true, description: 'When the next attempt is due (PENDING only)' })
  nextAttemptAt!: Date | null;

  @Field(() => DateTime, { nullable: true, description: 'When the last attempt was made' })
  lastAttemptAt!: Date | null;

  @Field(() => Int, { nullable: true, description: 'HTTP status of the last answer; null when none came' })
  lastStatusCode!: number | null;

  @Field(() => String, { nullable: true, description: 'What went wrong in the last attempt' })
  lastError!: string | null;

  @Field(() => DateTime, { nullable: true, description: 'When it was delivered' })
  deliveredAt!: Date | null;

  @Field(() => DateTime, { description: 'When it was queued' })
  createdAt!: Date;
}

@ObjectType({ description: 'A delivery and its cursor' })
export class WebhookDeliveryEdge {
  @Field(() => String, { description: 'Cursor of this delivery' })
  cursor!: string;

  @Field(() => WebhookDelivery, { description: 'The delivery' })
  node!: DeliveryRow;
}

@ObjectType({ description: "A page of an endpoint's delivery log, newest first" })
export class WebhookDeliveryConnection {
  @Field(() => [WebhookDeliveryEdge], { description: 'Deliveries' })
  edges!: WebhookDeliveryEdge[];

  @Field(() => PageInfo, { description: 'Paging' })
  pageInfo!: PageInfo;
}

@InputType({ description: 'A new webhook endpoint' })
export class CreateWebhookEndpointInput {
  @Field(() => ID, { description: 'Site id' })
  @IsUUID()
  siteId!: string;

  @Field(() => String, { description: 'https:// URL that receives the POSTs' })
  @Length(1, 2000)
  url!: string;

  @Field(() => [String], { description: 'Event types to send, e.g. ["reservation.booked"]' })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  eventTypes!: string[];

  @Field(() => String, { nullable: true, description: 'Free text for the admins' })
  @IsOptional()
  @Length(0, 500)
  description?: string | null;
}

@ObjectType({ description: 'The endpoint and its signing secret, shown this once' })
export class CreateWebhookEndpointResult {
  @Field(() => WebhookEndpoint, { description: 'The endpoint' })
  endpoint!: EndpointRow;

  @Field(() => String, {
    description:
      'Signing secret in the Standard Webhooks format (whsec_…); store it now, it is not shown again',
  })
  secret!: string;
}

@InputType({ description: 'Changes to an endpoint; omitted fields stay as they are' })
export class UpdateWebhookEndpointInput {
  @Field(() => ID, { description: 'Endpoint id' })
  @IsUUID()
  endpointId!: string;

  @Field(() => String, { nullable: true, description: 'New URL' })
  @IsOptional()
  @Length(1, 2000)
  url?: string | null;

  @Field(() => [String], { nullable: true, description: 'New event types' })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  eventTypes?: string[] | null;

  @Field(() => String, { nullable: true, description: 'New description' })
  @IsOptional()
  @Length(0, 500)
  description?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true enables it again (and clears its run of failures); false disables it',
  })
  @IsOptional()
  enabled?: boolean | null;
}

@InputType({ description: 'An endpoint to act on' })
export class WebhookEndpointInput {
  @Field(() => ID, { description: 'Endpoint id' })
  @IsUUID()
  endpointId!: string;
}

@ObjectType({ description: 'Whether an endpoint was deleted (with its delivery log)' })
export class DeleteWebhookEndpointResult {
  @Field(() => Boolean, { description: 'True when it existed and is gone' })
  deleted!: boolean;
}

@ObjectType({ description: 'What the endpoint answered to a signed test ping' })
export class PingWebhookEndpointResult {
  @Field(() => Boolean, { description: 'True when it answered 2xx' })
  ok!: boolean;

  @Field(() => Int, { nullable: true, description: 'The HTTP status it answered; null when none came' })
  statusCode!: number | null;

  @Field(() => String, { nullable: true, description: 'What went wrong' })
  error!: string | null;

  @Field(() => WebhookDelivery, { description: 'The ping as kept in the delivery log' })
  delivery!: DeliveryRow;
}

@InputType({ description: 'A delivery to send again' })
export class RedeliverWebhookInput {
  @Field(() => ID, { description: 'Delivery id (from webhookDeliveries)' })
  @IsUUID()
  deliveryId!: string;
}

@InputType({ description: 'A new signing secret for an endpoint, the old one kept signing for a while' })
export class RotateWebhookSecretInput {
  @Field(() => ID, { description: 'Endpoint id' })
  @IsUUID()
  endpointId!: string;

  @Field(() => Int, {
    defaultValue: 24,
    description:
      'Hours (0 to 168) during which every delivery is signed with both the new and the previous secret; 0: the previous secret stops signing at once',
  })
  @IsInt()
  @Min(0)
  @Max(168)
  previousSecretValidHours!: number;
}

@ObjectType({ description: 'The endpoint and its new signing secret, shown this once' })
export class RotateWebhookSecretResult {
  @Field(() => WebhookEndpoint, { description: 'The endpoint' })
  endpoint!: EndpointRow;

  @Field(() => String, {
    description:
      'The new signing secret (whsec_…); store it now, it is not shown again. It signs every delivery from now on',
  })
  secret!: string;

  @Field(() => DateTime, {
    nullable: true,
    description:
      'Until when deliveries also carry a signature made with the previous secret (the webhook-signature header then holds two); null when previousSecretValidHours was 0',
  })
  previousSecretExpiresAt!: Date | null;
}
