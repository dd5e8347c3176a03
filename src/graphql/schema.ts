/** Imports every type file and builds the schema; exports nothing else. */
import { lexicographicSortSchema } from 'graphql';
import { builder } from './builder.js';
import './scalars.js';
import './errors.js';
import './types/Provider.js';
import './types/Role.js';
import './types/Tenant.js';
import './types/User.js';
import './types/Invitation.js';
import './types/Person.js';
import './types/providers/apaleo.js';
import './types/providers/authress.js';
import './mutations/forbidden-error.js';
import './mutations/deleteUser.js';
import './mutations/addUserToTenant.js';

export const schema = lexicographicSortSchema(builder.toSchema());
