import { ApiKeyScope } from '../api-keys/api-key.scope.js';
import { RequiresScope } from '../api-keys/api-key.types.js';
import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { Role } from '../auth/principal.js';
import {
  CreateWebhookEndpointInput,
  CreateWebhookEndpointResult,
  DeleteWebhookEndpointResult,
  PingWebhookEndpointResult,
  RedeliverWebhookInput,
  RotateWebhookSecretInput,
  RotateWebhookSecretResult,
  UpdateWebhookEndpointInput,
  WebhookDelivery,
  WebhookDeliveryConnection,
  WebhookDeliveryStatus,
  WebhookEndpoint,
  WebhookEndpointInput,
} from './webhook.types.js';

@Resolver()
export class WebhookResolver {
  @Authorized(Role.OPERATOR, Role.SITE_ADMIN)
  @RequiresScope(ApiKeyScope.WEBHOOKS_MANAGE)
  @Query(() => [WebhookEndpoint], { description: "A site's webhook endpoints (at most 20), oldest first" })
  webhookEndpoints(
    @Arg('siteId', () => ID, { description: 'Site id' }) siteId: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.webhooks.endpoints(ctx.em, ctx.principal, siteId);
  }

  @Authorized(Role.OPERATOR, Role.SITE_ADMIN)
  @RequiresScope(ApiKeyScope.WEBHOOKS_MANAGE)
  @Query(() => WebhookDeliveryConnection, { description: "An endpoint's delivery log, newest first" })
  webhookDeliveries(
    @Arg('endpointId', () => ID, { description: 'Endpoint id' }) endpointId: string,
    @Arg('status', () => WebhookDeliveryStatus, {
      nullable: true,
      description: 'Only deliveries in this state',
    })
    status: WebhookDeliveryStatus | null,
    @Arg('first', () => Int, { defaultValue: 50, description: 'Page size, at most 500' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor from pageInfo.endCursor' })
    after: string | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.webhooks.deliveries(ctx.em, ctx.principal, {
      endpointId,
      status: status ?? null,
      first,
      after: after ?? null,
    });
  }

  @Authorized(Role.OPERATOR, Role.SITE_ADMIN)
  @RequiresScope(ApiKeyScope.WEBHOOKS_MANAGE)
  @Mutation(() => CreateWebhookEndpointResult, {
    description: 'Adds a webhook endpoint to a site; the answer carries its signing secret, shown once',
  })
  createWebhookEndpoint(
    @Arg('input', () => CreateWebhookEndpointInput, { description: 'The endpoint' })
    input: CreateWebhookEndpointInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.webhooks.create(ctx.em, ctx.principal, input);
  }

  @Authorized(Role.OPERATOR, Role.SITE_ADMIN)
  @RequiresScope(ApiKeyScope.WEBHOOKS_MANAGE)
  @Mutation(() => WebhookEndpoint, {
    description: 'Changes an endpoint; `enabled: true` re-enables one disabled after failures',
  })
  updateWebhookEndpoint(
    @Arg('input', () => UpdateWebhookEndpointInput, { description: 'The changes' })
    input: UpdateWebhookEndpointInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.webhooks.update(ctx.em, ctx.principal, input);
  }

  @Authorized(Role.OPERATOR, Role.SITE_ADMIN)
  @RequiresScope(ApiKeyScope.WEBHOOKS_MANAGE)
  @Mutation(() => DeleteWebhookEndpointResult, { description: 'Deletes an endpoint and its delivery log' })
  async deleteWebhookEndpoint(
    @Arg('input', () => WebhookEndpointInput, { description: 'The endpoint' }) input: WebhookEndpointInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<DeleteWebhookEndpointResult> {
    return { deleted: await ctx.services.webhooks.delete(ctx.em, ctx.principal, input.endpointId) };
  }

  @Authorized(Role.OPERATOR, Role.SITE_ADMIN)
  @RequiresScope(ApiKeyScope.WEBHOOKS_MANAGE)
  @Mutation(() => RotateWebhookSecretResult, {
    description:
      'Gives an endpoint a new signing secret, shown once; the previous one keeps signing beside it for previousSecretValidHours (default 24), so a receiver can switch without dropping a delivery',
  })
  rotateWebhookSecret(
    @Arg('input', () => RotateWebhookSecretInput, { description: 'The endpoint and the overlap' })
    input: RotateWebhookSecretInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.webhooks.rotateSecret(ctx.em, ctx.principal, input);
  }

  @Authorized(Role.OPERATOR, Role.SITE_ADMIN)
  @RequiresScope(ApiKeyScope.WEBHOOKS_MANAGE)
  @Mutation(() => PingWebhookEndpointResult, {
    description: 'Sends a signed webhook.ping to the endpoint now and returns what it answered',
  })
  pingWebhookEndpoint(
    @Arg('input', () => WebhookEndpointInput, { description: 'The endpoint' }) input: WebhookEndpointInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.webhooks.ping(ctx.em, ctx.principal, input.endpointId);
  }

  @Authorized(Role.OPERATOR, Role.SITE_ADMIN)
  @RequiresScope(ApiKeyScope.WEBHOOKS_MANAGE)
  @Mutation(() => WebhookDelivery, {
    description: 'Sends a delivery again (same webhook-id), from now on with a fresh set of attempts',
  })
  redeliverWebhook(
    @Arg('input', () => RedeliverWebhookInput, { description: 'The delivery' }) input: RedeliverWebhookInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.webhooks.redeliver(ctx.em, ctx.principal, input.deliveryId);
  }
}
