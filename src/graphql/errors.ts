/**
 * Error fields shared by several error types have the same type everywhere (`provider: Provider`,
 * nullable), so one selection set can ask for them across the union without a conflict.
 *
 * The typed errors of mutation results: one GraphQL object per domain error class, all implementing
 * `interface Error { message code }`, so a client writes `... on Error { code message }`.
 */
import { EmailConnectorMissingError, InputError, NotFoundError, ProviderError, UnsupportedOperationError } from '../domain/errors.js';
import { builder } from './builder.js';
import { ProviderEnum } from './types/Provider.js';

export const ErrorInterface = builder.interfaceRef<Error & { code: string }>('Error').implement({
  description: 'A failure a client is expected to handle. `code` is stable; `message` is for people.',
  fields: (t) => ({
    message: t.exposeString('message', { description: 'What went wrong, for people.' }),
    code: t.exposeString('code', { description: 'A stable, machine-readable code such as BAD_USER_INPUT or NOT_FOUND.' }),
  }),
});

builder.objectType(InputError, {
  name: 'ValidationError',
  description: 'The input was rejected before anything was sent upstream. `field` names the offending argument or input field.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof InputError,
  fields: (t) => ({
    field: t.exposeString('field', { description: 'The argument or input field at fault, as a dotted path (for example `input.email`).' }),
    reason: t.exposeString('reason', { description: 'Why the value was rejected.' }),
    provider: t.field({
      type: ProviderEnum,
      nullable: true,
      description: 'The provider whose rules the value broke, if the rule is provider-specific.',
      resolve: (e) => e.provider,
    }),
  }),
});

builder.objectType(NotFoundError, {
  name: 'NotFoundError',
  description: 'The object to change does not exist in its provider (or no longer does).',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof NotFoundError,
  fields: (t) => ({
    provider: t.field({ type: ProviderEnum, nullable: true, description: 'The provider that was asked.', resolve: (e) => e.provider }),
    kind: t.exposeString('kind', { description: 'The type of the missing object: User, Invitation, Role or Tenant.' }),
    resourceId: t.exposeString('id', { description: "The provider's own id of the missing object." }),
    inputField: t.exposeString('field', {
      nullable: true,
      description: 'The input field that named the missing object, when a mutation input named it (for example input.tenantIds).',
    }),
  }),
});

builder.objectType(UnsupportedOperationError, {
  name: 'UnsupportedOperationError',
  description: 'The provider does not offer this operation. Nothing was changed.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof UnsupportedOperationError,
  fields: (t) => ({
    provider: t.field({ type: ProviderEnum, nullable: true, description: 'The provider that lacks the operation.', resolve: (e) => e.provider }),
    operation: t.exposeString('operation', { description: 'The operation that was asked for.' }),
  }),
});

builder.objectType(ProviderError, {
  name: 'UpstreamError',
  description:
    'The provider refused or failed the call. `code` is UPSTREAM_ERROR, UPSTREAM_TIMEOUT, UPSTREAM_UNAVAILABLE, RATE_LIMITED, FORBIDDEN, NOT_FOUND or BAD_USER_INPUT (the provider rejected the values).',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof ProviderError,
  fields: (t) => ({
    provider: t.field({ type: ProviderEnum, nullable: true, description: 'The provider that answered.', resolve: (e) => e.provider }),
    operation: t.exposeString('operation', { description: 'The upstream operation that failed.' }),
    httpStatus: t.exposeInt('status', { nullable: true, description: 'The HTTP status the provider answered; null when no answer came.' }),
    providerCode: t.exposeString('providerCode', { nullable: true, description: "The provider's own error code, when it sent one." }),
    providerMessage: t.exposeString('providerMessage', { nullable: true, description: "The provider's own error message, when it sent one (shortened)." }),
    retryable: t.exposeBoolean('retryable', { description: 'Whether trying again later may succeed.' }),
    outcomeUnknown: t.exposeBoolean('outcomeUnknown', {
      description: 'True when the request was sent but no answer came: the change may or may not have happened. Check before repeating it.',
    }),
    retryAfterSeconds: t.exposeFloat('retryAfterSeconds', { nullable: true, description: 'How long the provider asked to wait, for RATE_LIMITED.' }),
  }),
});

/** The error classes every mutation may answer, most specific first. */
export const MUTATION_ERRORS = [InputError, NotFoundError, UnsupportedOperationError, ProviderError];

builder.objectType(EmailConnectorMissingError, {
  name: 'EmailConnectorMissingError',
  description: 'The provider was asked to send an email (the invitation message) but has no email connector configured. Nothing was created or sent.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof EmailConnectorMissingError,
  fields: (t) => ({
    provider: t.field({ type: ProviderEnum, nullable: true, description: 'The provider that has no email connector.', resolve: (e) => e.provider }),
    operation: t.exposeString('operation', { description: 'The operation that needed to send email.' }),
  }),
});

/** The errors of mutations that may send an email, most specific first. */
export const EMAIL_MUTATION_ERRORS = [EmailConnectorMissingError, ...MUTATION_ERRORS];
