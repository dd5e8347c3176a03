import type { Capability } from '../../domain/provider.js';
import type { IdentityProvider, ProviderHealth } from '../../domain/provider.js';
import { needs } from '../auth.js';
import { builder } from '../builder.js';
import { configuredProviders } from '../connection.js';
import { enumValueOf } from '../../providers/define.js';
import { PROVIDERS, type ProviderId } from '../../providers/known.js';

/** Derived from the provider registry: one value per provider (its id upper-cased), in registry order. */
export const ProviderEnum = builder.enumType('Provider', {
  description: 'The identity providers idgraph can talk to.',
  values: Object.fromEntries(PROVIDERS.map((p) => [enumValueOf(p.id), { value: p.id, description: p.description }])) as Record<
    string,
    { value: ProviderId; description: string }
  >,
});

const CAPABILITIES: Record<Capability, string> = {
  LIST_USERS: 'Lists users (`users`).',
  GET_USER: 'Reads one user by id (`user`, `node`).',
  FIND_USERS_BY_EMAIL: 'Finds users by email (`user(email:)`, `person`).',
  CURRENT_USER: 'Answers the user its credentials act as (`currentUser`).',
  CREATE_USER: 'Creates users (`createUser`).',
  UPDATE_USER: 'Updates users (`updateUser`).',
  DELETE_USER: 'Deletes users (`deleteUser`).',
  ADD_USER_TO_TENANT: 'Adds users to tenants (`addUserToTenant`).',
  LIST_INVITATIONS: 'Lists invitations (`invitations`).',
  CREATE_INVITATION: 'Creates invitations (`createInvitation`).',
  DELETE_INVITATION: 'Deletes invitations (`deleteInvitation`).',
  RESEND_INVITATION: 'Sends an invitation message again (`resendInvitation`).',
  SET_INVITATION_STATUS: 'Accepts or revokes invitations (`setInvitationStatus`).',
  LIST_ROLES: 'Lists roles (`roles`).',
  LIST_TENANTS: 'Lists tenants (`tenants`).',
  BACKWARD_PAGING: 'Pages user lists backwards (`last`/`before`).',
};

export const CapabilityEnum = builder.enumType('ProviderCapability', {
  description: 'What a provider offers through idgraph.',
  values: Object.fromEntries(Object.entries(CAPABILITIES).map(([name, description]) => [name, { value: name as Capability, description }])) as Record<
    Capability,
    { value: Capability; description: string }
  >,
});

export const ProviderModeEnum = builder.enumType('ProviderMode', {
  description: 'Whether a provider is the real service or idgraph’s simulator of it.',
  values: {
    LIVE: { value: 'live', description: 'The real provider, reached with configured credentials.' },
    SANDBOX: { value: 'sandbox', description: 'The built-in simulator with demo data.' },
  } as const,
});

const CircuitStateEnum = builder.enumType('CircuitState', {
  description: 'The state of a provider’s circuit breaker.',
  values: {
    CLOSED: { description: 'Calls go upstream normally.' },
    OPEN: { description: 'After repeated failures, calls fail at once with UPSTREAM_UNAVAILABLE until the cool-down ends.' },
    HALF_OPEN: { description: 'The cool-down ended: one probe call goes upstream; its outcome closes or re-opens the circuit.' },
  } as const,
});

const CircuitInfoRef = builder.objectRef<ProviderHealth['circuit']>('CircuitInfo').implement({
  description: 'The circuit breaker that guards calls to one provider.',
  fields: (t) => ({
    state: t.field({ type: CircuitStateEnum, description: 'CLOSED, OPEN or HALF_OPEN.', resolve: (c) => c.state }),
    failures: t.exposeInt('failures', { description: 'Consecutive failed calls (5xx, timeouts, connection errors) so far.' }),
    openedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the circuit last opened; null while it is closed.',
      resolve: (c) => (c.openedAt == null ? null : new Date(c.openedAt)),
    }),
    retryAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When an open circuit lets the next probe through; null unless open.',
      resolve: (c) => (c.retryAt == null ? null : new Date(c.retryAt)),
    }),
  }),
});

const ProviderInfoRef = builder.objectRef<IdentityProvider>('ProviderInfo').implement({
  description: 'A configured provider: how it is reached and what it can do.',
  fields: (t) => ({
    provider: t.field({ type: ProviderEnum, description: 'Which provider.', resolve: (p) => p.id }),
    mode: t.field({ type: ProviderModeEnum, description: 'LIVE or SANDBOX.', resolve: (p) => p.mode }),
    baseUrl: t.exposeString('baseUrl', { authScopes: needs('admin'), description: 'The base URL idgraph calls.' }),
    capabilities: t.field({ type: [CapabilityEnum], description: 'The operations this provider offers.', resolve: (p) => [...p.capabilities] }),
    userFilters: t.stringList({ description: 'The `UserFilter` fields this provider honours; others are rejected.', resolve: (p) => [...p.userFilters] }),
    invitationFilters: t.stringList({
      description: 'The `InvitationFilter` fields this provider honours; others are rejected.',
      resolve: (p) => [...p.invitationFilters],
    }),
    circuit: t.field({
      authScopes: needs('admin'),
      type: CircuitInfoRef,
      nullable: true,
      description: 'The provider’s circuit breaker; null when its adapter does not report one.',
      resolve: (p) => p.health?.().circuit ?? null,
    }),
  }),
});

builder.queryField('providers', (t) =>
  t.field({
    authScopes: needs(), // any authenticated caller
    type: [ProviderInfoRef],
    description: `Every configured provider, in the order of the Provider enum: ${PROVIDERS.map((p) => enumValueOf(p.id)).join(', ')}.`,
    resolve: (_root, _args, ctx) => configuredProviders(ctx),
  }),
);
