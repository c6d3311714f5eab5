import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../modules/auth/principal.js';
import type { Loaders } from './loaders.js';
import type { Services } from '../services.js';

/** Built once per HTTP request, and once per WebSocket connection for subscriptions. */
export interface GraphQLContext {
  em: EntityManager;
  principal: Principal;
  clientAddress: string;
  loaders: Loaders;
  services: Services;
}
