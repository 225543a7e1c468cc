/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Where a customer stands against one threshold notification. */
export type CustomerAlertStatus =
  /** The notification is archived and no longer evaluated (upstream reports null). */
  | 'ARCHIVED'
  /** Not evaluated yet (e.g. the notification or the customer is new, or it was reset). */
  | 'EVALUATING'
  /** The condition is met: the threshold has been crossed. */
  | 'IN_ALARM'
  /** The condition is not met. */
  | 'OK';

/** How the gateway learnt of a status. */
export type StatusChangeSource =
  /** A mutation made through this gateway caused it. */
  | 'MUTATION'
  /** The shared poller found the change. */
  | 'POLL'
  /** The state when the subscription started (or restarted). */
  | 'SNAPSHOT'
  /** A signed Metronome webhook announced a change; upstream confirmed it. */
  | 'WEBHOOK';

export type ExampleDashboardQueryVariables = Exact<{
  first: number;
}>;


export type ExampleDashboardQuery = { customers: { edges: Array<{ node: { id: string, name: string, alerts: { edges: Array<{ node: { customerStatus: CustomerAlertStatus, notification: { id: string, name: string, threshold: number } } }> } | null } }> } };

export type ExampleAlarmsSubscriptionVariables = Exact<{
  customerId: string | number;
}>;


export type ExampleAlarmsSubscription = { customerAlertStatusChanged: { previousStatus: CustomerAlertStatus | null, status: CustomerAlertStatus, source: StatusChangeSource, customerAlert: { triggeredBy: string | null, notification: { id: string, name: string } } } };


export const ExampleDashboardDocument = {"__meta__":{"hash":"sha256:ba2650da35dae3f020b2dcbc66c5cbd929628f813c9d502e95f6f66395b963ca"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExampleDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"alerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"notification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExampleDashboardQuery, ExampleDashboardQueryVariables>;
export const ExampleAlarmsDocument = {"__meta__":{"hash":"sha256:5a2b8abd1dec50a00a3d9467473adbeda13bc7cd559f3e02d9b2b7171f50f163"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ExampleAlarms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerAlertStatusChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previousStatus"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"customerAlert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"triggeredBy"}},{"kind":"Field","name":{"kind":"Name","value":"notification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExampleAlarmsSubscription, ExampleAlarmsSubscriptionVariables>;