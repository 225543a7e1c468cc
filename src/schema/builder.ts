import SchemaBuilder from '@pothos/core';
import RelayPlugin from '@pothos/plugin-relay';
import { DateTimeResolver, JSONResolver, UUIDResolver } from 'graphql-scalars';
import type { GatewayContext } from './context.js';

export const builder = new SchemaBuilder<{
  Context: GatewayContext;
  DefaultFieldNullability: false;
  Scalars: {
    DateTime: { Input: Date; Output: Date | string };
    JSON: { Input: unknown; Output: unknown };
    UUID: { Input: string; Output: string };
  };
}>({
  plugins: [RelayPlugin],
  defaultFieldNullability: false,
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    nodeTypeOptions: { description: 'An object with a globally unique, opaque ID that `node` and `nodes` can fetch again.' },
    pageInfoTypeOptions: { description: 'Where a page of a connection sits in the whole list.' },
    nodeQueryOptions: { description: 'Fetches any object by its global ID.', nullable: true },
    nodesQueryOptions: {
      description: 'Fetches several objects by their global IDs, in order; unknown ones are null.',
      nullable: { list: false, items: true },
    },
  },
});

builder.addScalarType('DateTime', DateTimeResolver, {});
builder.addScalarType('JSON', JSONResolver, {});
builder.addScalarType('UUID', UUIDResolver, {});

builder.queryType({ description: 'Read billing data: customers, their threshold notifications and their commits.' });
builder.mutationType({ description: 'Change billing configuration in Metronome.' });
