/** The typed FORBIDDEN result of mutations: the provider refused the operation to idgraph's credentials. */
import { ForbiddenError } from '../../domain/errors.js';
import { builder } from '../builder.js';
import { ErrorInterface } from '../errors.js';
import { ProviderEnum } from '../types/Provider.js';

builder.objectType(ForbiddenError, {
  name: 'ForbiddenError',
  description: 'The provider does not allow this operation to the credentials idgraph uses (HTTP 403). Nothing was changed.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof ForbiddenError,
  fields: (t) => ({
    provider: t.field({ type: ProviderEnum, nullable: true, description: 'The provider that refused.', resolve: (e) => e.provider }),
    operation: t.exposeString('operation', { description: 'The operation that was refused.' }),
    providerMessage: t.exposeString('providerMessage', { nullable: true, description: "The provider's own message, when it sent one." }),
  }),
});

export { ForbiddenError };
