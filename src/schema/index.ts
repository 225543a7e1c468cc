import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { builder } from './builder.js';
import './notification.js';
import './customer-alert.js';
import './commit.js';
import './customer.js';
import './notification-mutations.js';
import './commit-mutations.js';
import './cache-mutations.js';
import './credit.js';
import './billing.js';
import './billing-customer.js';
import './credit-mutations.js';
import './forecast.js';
import './subscriptions.js';

let built: GraphQLSchema | undefined;

/** The gateway's GraphQL schema, built once from the Pothos definitions imported above. */
export function buildSchema(): GraphQLSchema {
  built ??= builder.toSchema();
  return built;
}

/** The SDL as committed in `schema.graphql`: sorted so that diffs show real changes only. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
