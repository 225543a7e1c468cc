import SchemaBuilder from '@pothos/core';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import { DateTimeResolver, JSONResolver, UUIDResolver } from 'graphql-scalars';
import { type AuthScopes, unauthorizedError, viewerScopes } from './auth-scopes.js';
import type { GatewayContext } from './context.js';
import { nodeById, nodesByIds, upstreamCost } from './cost.js';
import './glossary.js';
import { validationError } from './input-rules.js';

export const builder = new SchemaBuilder<{
  Context: GatewayContext;
  AuthScopes: AuthScopes;
  DefaultFieldNullability: false;
  Scalars: {
    DateTime: { Input: Date; Output: Date | string };
    JSON: { Input: unknown; Output: unknown };
    UUID: { Input: string; Output: string };
  };
}>({
  // Scope auth first, so a field's rule is checked before any other plugin wraps its resolver.
  plugins: [ScopeAuthPlugin, ValidationPlugin, RelayPlugin, 'glossary'],
  defaultFieldNullability: false,
  scopeAuth: {
    authScopes: viewerScopes,
    unauthorizedError: (_parent, _context, _info, result) => unauthorizedError(result.failure),
    // A subscription's rule is checked when it starts, not only when an event resolves.
    authorizeOnSubscribe: true,
  },
  // Input rules are declared on the input fields and types (see input-rules.ts).
  validation: { validationError: (failure) => validationError(failure) },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    nodeTypeOptions: { description: 'An object with a globally unique, opaque ID that `node` and `nodes` can fetch again.' },
    pageInfoTypeOptions: { description: 'Where a page of a connection sits in the whole list.' },
    nodeQueryOptions: { description: 'Fetches any object by its global ID.', nullable: true, extensions: upstreamCost(nodeById) },
    nodesQueryOptions: {
      description: 'Fetches several objects by their global IDs, in order; unknown ones are null.',
      nullable: { list: false, items: true },
      extensions: upstreamCost(nodesByIds),
    },
  },
});

builder.addScalarType('DateTime', DateTimeResolver, {});
builder.addScalarType('JSON', JSONResolver, {});
builder.addScalarType('UUID', UUIDResolver, {});

builder.queryType({ description: 'Read billing data: customers, their threshold notifications and their commits.' });
builder.mutationType({ description: 'Change billing configuration in Metronome.' });
