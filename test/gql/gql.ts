/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query CountedDashboard {\n    customers(first: 50) {\n      edges {\n        node {\n          name\n          alerts {\n            edges {\n              node {\n                customerStatus\n                notification {\n                  name\n                  threshold\n                }\n              }\n            }\n          }\n          commits {\n            edges {\n              node {\n                name\n                balance\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CountedDashboardDocument,
    "\n  query SameCustomerThrice($id: ID!) {\n    a: customer(id: $id) {\n      name\n    }\n    b: customer(id: $id) {\n      name\n      ingestAliases\n    }\n    c: customer(id: $id) {\n      metronomeId\n    }\n  }\n": typeof types.SameCustomerThriceDocument,
    "\n  query AlertListAndOne($id: ID!, $alertId: ID!) {\n    customer(id: $id) {\n      alerts {\n        edges {\n          node {\n            customerStatus\n          }\n        }\n      }\n      alert(alertId: $alertId) {\n        customerStatus\n        notification {\n          name\n        }\n      }\n    }\n  }\n": typeof types.AlertListAndOneDocument,
    "\n  query CountedNodes($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      id\n    }\n  }\n": typeof types.CountedNodesDocument,
    "\n  query AlertCustomers($id: ID!) {\n    customer(id: $id) {\n      alerts {\n        edges {\n          node {\n            customer {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.AlertCustomersDocument,
    "\n  query AlertsOfAll {\n    customers(first: 10) {\n      edges {\n        node {\n          name\n          alerts {\n            edges {\n              node {\n                notification {\n                  name\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.AlertsOfAllDocument,
    "\n  query ConnectionArgs($first: Int, $last: Int, $after: String, $before: String) {\n    customers(first: $first, last: $last, after: $after, before: $before) {\n      edges {\n        cursor\n      }\n    }\n  }\n": typeof types.ConnectionArgsDocument,
    "\n  query ErrorOneCustomer($id: ID!) {\n    customer(id: $id) {\n      name\n    }\n  }\n": typeof types.ErrorOneCustomerDocument,
    "\n  mutation CreateNotification($input: CreateThresholdNotificationInput!) {\n    createThresholdNotification(input: $input) {\n      thresholdNotificationId\n      customerAlert {\n        customerStatus\n        notification {\n          name\n          type\n          threshold\n          uniquenessKey\n        }\n      }\n    }\n  }\n": typeof types.CreateNotificationDocument,
    "\n  mutation ArchiveNotification($input: ArchiveThresholdNotificationInput!) {\n    archiveThresholdNotification(input: $input) {\n      thresholdNotificationId\n    }\n  }\n": typeof types.ArchiveNotificationDocument,
    "\n  mutation ResetAlert($input: ResetCustomerAlertInput!) {\n    resetCustomerAlert(input: $input) {\n      customerAlert {\n        customerStatus\n        notification {\n          id\n        }\n      }\n    }\n  }\n": typeof types.ResetAlertDocument,
    "\n  mutation CreateCommitForTest($input: CreateCommitInput!) {\n    createCommit(input: $input) {\n      commit {\n        id\n        metronomeId\n        name\n        type\n        priority\n        balance\n        invoiceSchedule {\n          items {\n            amount\n            timestamp\n          }\n        }\n        accessSchedule {\n          segments {\n            amount\n            endingBefore\n          }\n        }\n      }\n    }\n  }\n": typeof types.CreateCommitForTestDocument,
    "\n  mutation UpdateEndDate($input: UpdateCommitEndDateInput!) {\n    updateCommitEndDate(input: $input) {\n      commit {\n        accessSchedule {\n          segments {\n            endingBefore\n          }\n        }\n      }\n    }\n  }\n": typeof types.UpdateEndDateDocument,
    "\n  query CustomerById($id: ID!) {\n    customer(id: $id) {\n      id\n      metronomeId\n      name\n      externalId\n      ingestAliases\n      customFields\n      createdAt\n      archivedAt\n    }\n  }\n": typeof types.CustomerByIdDocument,
    "\n  query CustomersPage($first: Int, $after: String) {\n    customers(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n    }\n  }\n": typeof types.CustomersPageDocument,
    "\n  query AlertsPage($id: ID!, $first: Int, $after: String, $statuses: [ThresholdNotificationStatus!]) {\n    customer(id: $id) {\n      alerts(first: $first, after: $after, statuses: $statuses) {\n        edges {\n          node {\n            customerStatus\n            notification {\n              id\n              name\n              type\n              status\n              threshold\n              creditType {\n                name\n              }\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.AlertsPageDocument,
    "\n  query CommitsPage($id: ID!, $first: Int, $after: String) {\n    customer(id: $id) {\n      commits(first: $first, after: $after) {\n        edges {\n          node {\n            id\n            metronomeId\n            name\n            type\n            priority\n            product {\n              name\n            }\n            accessSchedule {\n              segments {\n                amount\n                startingAt\n                endingBefore\n              }\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.CommitsPageDocument,
    "\n  query CommitsWithLedger($id: ID!) {\n    customer(id: $id) {\n      commits {\n        edges {\n          node {\n            name\n            balance\n            ledger {\n              __typename\n              type\n              amount\n              timestamp\n              ... on SegmentLedgerEntry {\n                segmentId\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CommitsWithLedgerDocument,
    "\n  query NodeLookup($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      id\n      ... on Customer {\n        name\n      }\n      ... on Commit {\n        commitName: name\n        customer {\n          name\n        }\n      }\n    }\n  }\n": typeof types.NodeLookupDocument,
    "\n  query OneCustomerAlert($customerId: ID!, $alertId: ID!) {\n    customerAlert(customerId: $customerId, alertId: $alertId) {\n      customerStatus\n      triggeredBy\n      customer {\n        name\n      }\n      notification {\n        id\n        name\n      }\n    }\n  }\n": typeof types.OneCustomerAlertDocument,
    "\n  query VisibleCustomers {\n    customers(first: 10) {\n      edges {\n        node {\n          name\n        }\n      }\n    }\n  }\n": typeof types.VisibleCustomersDocument,
    "\n  query ClaimedCustomers {\n    customers(first: 10) {\n      edges {\n        node {\n          name\n        }\n      }\n    }\n  }\n": typeof types.ClaimedCustomersDocument,
    "\n  query CustomerName($id: ID!) {\n    customer(id: $id) {\n      name\n    }\n  }\n": typeof types.CustomerNameDocument,
    "\n  mutation ResetForWording($input: ResetCustomerAlertInput!) {\n    resetCustomerAlert(input: $input) {\n      customerAlert {\n        customerStatus\n      }\n    }\n  }\n": typeof types.ResetForWordingDocument,
    "\n  query Ping {\n    __typename\n  }\n": typeof types.PingDocument,
};
const documents: Documents = {
    "\n  query CountedDashboard {\n    customers(first: 50) {\n      edges {\n        node {\n          name\n          alerts {\n            edges {\n              node {\n                customerStatus\n                notification {\n                  name\n                  threshold\n                }\n              }\n            }\n          }\n          commits {\n            edges {\n              node {\n                name\n                balance\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.CountedDashboardDocument,
    "\n  query SameCustomerThrice($id: ID!) {\n    a: customer(id: $id) {\n      name\n    }\n    b: customer(id: $id) {\n      name\n      ingestAliases\n    }\n    c: customer(id: $id) {\n      metronomeId\n    }\n  }\n": types.SameCustomerThriceDocument,
    "\n  query AlertListAndOne($id: ID!, $alertId: ID!) {\n    customer(id: $id) {\n      alerts {\n        edges {\n          node {\n            customerStatus\n          }\n        }\n      }\n      alert(alertId: $alertId) {\n        customerStatus\n        notification {\n          name\n        }\n      }\n    }\n  }\n": types.AlertListAndOneDocument,
    "\n  query CountedNodes($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      id\n    }\n  }\n": types.CountedNodesDocument,
    "\n  query AlertCustomers($id: ID!) {\n    customer(id: $id) {\n      alerts {\n        edges {\n          node {\n            customer {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.AlertCustomersDocument,
    "\n  query AlertsOfAll {\n    customers(first: 10) {\n      edges {\n        node {\n          name\n          alerts {\n            edges {\n              node {\n                notification {\n                  name\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.AlertsOfAllDocument,
    "\n  query ConnectionArgs($first: Int, $last: Int, $after: String, $before: String) {\n    customers(first: $first, last: $last, after: $after, before: $before) {\n      edges {\n        cursor\n      }\n    }\n  }\n": types.ConnectionArgsDocument,
    "\n  query ErrorOneCustomer($id: ID!) {\n    customer(id: $id) {\n      name\n    }\n  }\n": types.ErrorOneCustomerDocument,
    "\n  mutation CreateNotification($input: CreateThresholdNotificationInput!) {\n    createThresholdNotification(input: $input) {\n      thresholdNotificationId\n      customerAlert {\n        customerStatus\n        notification {\n          name\n          type\n          threshold\n          uniquenessKey\n        }\n      }\n    }\n  }\n": types.CreateNotificationDocument,
    "\n  mutation ArchiveNotification($input: ArchiveThresholdNotificationInput!) {\n    archiveThresholdNotification(input: $input) {\n      thresholdNotificationId\n    }\n  }\n": types.ArchiveNotificationDocument,
    "\n  mutation ResetAlert($input: ResetCustomerAlertInput!) {\n    resetCustomerAlert(input: $input) {\n      customerAlert {\n        customerStatus\n        notification {\n          id\n        }\n      }\n    }\n  }\n": types.ResetAlertDocument,
    "\n  mutation CreateCommitForTest($input: CreateCommitInput!) {\n    createCommit(input: $input) {\n      commit {\n        id\n        metronomeId\n        name\n        type\n        priority\n        balance\n        invoiceSchedule {\n          items {\n            amount\n            timestamp\n          }\n        }\n        accessSchedule {\n          segments {\n            amount\n            endingBefore\n          }\n        }\n      }\n    }\n  }\n": types.CreateCommitForTestDocument,
    "\n  mutation UpdateEndDate($input: UpdateCommitEndDateInput!) {\n    updateCommitEndDate(input: $input) {\n      commit {\n        accessSchedule {\n          segments {\n            endingBefore\n          }\n        }\n      }\n    }\n  }\n": types.UpdateEndDateDocument,
    "\n  query CustomerById($id: ID!) {\n    customer(id: $id) {\n      id\n      metronomeId\n      name\n      externalId\n      ingestAliases\n      customFields\n      createdAt\n      archivedAt\n    }\n  }\n": types.CustomerByIdDocument,
    "\n  query CustomersPage($first: Int, $after: String) {\n    customers(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n    }\n  }\n": types.CustomersPageDocument,
    "\n  query AlertsPage($id: ID!, $first: Int, $after: String, $statuses: [ThresholdNotificationStatus!]) {\n    customer(id: $id) {\n      alerts(first: $first, after: $after, statuses: $statuses) {\n        edges {\n          node {\n            customerStatus\n            notification {\n              id\n              name\n              type\n              status\n              threshold\n              creditType {\n                name\n              }\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.AlertsPageDocument,
    "\n  query CommitsPage($id: ID!, $first: Int, $after: String) {\n    customer(id: $id) {\n      commits(first: $first, after: $after) {\n        edges {\n          node {\n            id\n            metronomeId\n            name\n            type\n            priority\n            product {\n              name\n            }\n            accessSchedule {\n              segments {\n                amount\n                startingAt\n                endingBefore\n              }\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.CommitsPageDocument,
    "\n  query CommitsWithLedger($id: ID!) {\n    customer(id: $id) {\n      commits {\n        edges {\n          node {\n            name\n            balance\n            ledger {\n              __typename\n              type\n              amount\n              timestamp\n              ... on SegmentLedgerEntry {\n                segmentId\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.CommitsWithLedgerDocument,
    "\n  query NodeLookup($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      id\n      ... on Customer {\n        name\n      }\n      ... on Commit {\n        commitName: name\n        customer {\n          name\n        }\n      }\n    }\n  }\n": types.NodeLookupDocument,
    "\n  query OneCustomerAlert($customerId: ID!, $alertId: ID!) {\n    customerAlert(customerId: $customerId, alertId: $alertId) {\n      customerStatus\n      triggeredBy\n      customer {\n        name\n      }\n      notification {\n        id\n        name\n      }\n    }\n  }\n": types.OneCustomerAlertDocument,
    "\n  query VisibleCustomers {\n    customers(first: 10) {\n      edges {\n        node {\n          name\n        }\n      }\n    }\n  }\n": types.VisibleCustomersDocument,
    "\n  query ClaimedCustomers {\n    customers(first: 10) {\n      edges {\n        node {\n          name\n        }\n      }\n    }\n  }\n": types.ClaimedCustomersDocument,
    "\n  query CustomerName($id: ID!) {\n    customer(id: $id) {\n      name\n    }\n  }\n": types.CustomerNameDocument,
    "\n  mutation ResetForWording($input: ResetCustomerAlertInput!) {\n    resetCustomerAlert(input: $input) {\n      customerAlert {\n        customerStatus\n      }\n    }\n  }\n": types.ResetForWordingDocument,
    "\n  query Ping {\n    __typename\n  }\n": types.PingDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CountedDashboard {\n    customers(first: 50) {\n      edges {\n        node {\n          name\n          alerts {\n            edges {\n              node {\n                customerStatus\n                notification {\n                  name\n                  threshold\n                }\n              }\n            }\n          }\n          commits {\n            edges {\n              node {\n                name\n                balance\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CountedDashboard {\n    customers(first: 50) {\n      edges {\n        node {\n          name\n          alerts {\n            edges {\n              node {\n                customerStatus\n                notification {\n                  name\n                  threshold\n                }\n              }\n            }\n          }\n          commits {\n            edges {\n              node {\n                name\n                balance\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SameCustomerThrice($id: ID!) {\n    a: customer(id: $id) {\n      name\n    }\n    b: customer(id: $id) {\n      name\n      ingestAliases\n    }\n    c: customer(id: $id) {\n      metronomeId\n    }\n  }\n"): (typeof documents)["\n  query SameCustomerThrice($id: ID!) {\n    a: customer(id: $id) {\n      name\n    }\n    b: customer(id: $id) {\n      name\n      ingestAliases\n    }\n    c: customer(id: $id) {\n      metronomeId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AlertListAndOne($id: ID!, $alertId: ID!) {\n    customer(id: $id) {\n      alerts {\n        edges {\n          node {\n            customerStatus\n          }\n        }\n      }\n      alert(alertId: $alertId) {\n        customerStatus\n        notification {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AlertListAndOne($id: ID!, $alertId: ID!) {\n    customer(id: $id) {\n      alerts {\n        edges {\n          node {\n            customerStatus\n          }\n        }\n      }\n      alert(alertId: $alertId) {\n        customerStatus\n        notification {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CountedNodes($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query CountedNodes($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AlertCustomers($id: ID!) {\n    customer(id: $id) {\n      alerts {\n        edges {\n          node {\n            customer {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AlertCustomers($id: ID!) {\n    customer(id: $id) {\n      alerts {\n        edges {\n          node {\n            customer {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AlertsOfAll {\n    customers(first: 10) {\n      edges {\n        node {\n          name\n          alerts {\n            edges {\n              node {\n                notification {\n                  name\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AlertsOfAll {\n    customers(first: 10) {\n      edges {\n        node {\n          name\n          alerts {\n            edges {\n              node {\n                notification {\n                  name\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConnectionArgs($first: Int, $last: Int, $after: String, $before: String) {\n    customers(first: $first, last: $last, after: $after, before: $before) {\n      edges {\n        cursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConnectionArgs($first: Int, $last: Int, $after: String, $before: String) {\n    customers(first: $first, last: $last, after: $after, before: $before) {\n      edges {\n        cursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ErrorOneCustomer($id: ID!) {\n    customer(id: $id) {\n      name\n    }\n  }\n"): (typeof documents)["\n  query ErrorOneCustomer($id: ID!) {\n    customer(id: $id) {\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateNotification($input: CreateThresholdNotificationInput!) {\n    createThresholdNotification(input: $input) {\n      thresholdNotificationId\n      customerAlert {\n        customerStatus\n        notification {\n          name\n          type\n          threshold\n          uniquenessKey\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateNotification($input: CreateThresholdNotificationInput!) {\n    createThresholdNotification(input: $input) {\n      thresholdNotificationId\n      customerAlert {\n        customerStatus\n        notification {\n          name\n          type\n          threshold\n          uniquenessKey\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveNotification($input: ArchiveThresholdNotificationInput!) {\n    archiveThresholdNotification(input: $input) {\n      thresholdNotificationId\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveNotification($input: ArchiveThresholdNotificationInput!) {\n    archiveThresholdNotification(input: $input) {\n      thresholdNotificationId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetAlert($input: ResetCustomerAlertInput!) {\n    resetCustomerAlert(input: $input) {\n      customerAlert {\n        customerStatus\n        notification {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetAlert($input: ResetCustomerAlertInput!) {\n    resetCustomerAlert(input: $input) {\n      customerAlert {\n        customerStatus\n        notification {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCommitForTest($input: CreateCommitInput!) {\n    createCommit(input: $input) {\n      commit {\n        id\n        metronomeId\n        name\n        type\n        priority\n        balance\n        invoiceSchedule {\n          items {\n            amount\n            timestamp\n          }\n        }\n        accessSchedule {\n          segments {\n            amount\n            endingBefore\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCommitForTest($input: CreateCommitInput!) {\n    createCommit(input: $input) {\n      commit {\n        id\n        metronomeId\n        name\n        type\n        priority\n        balance\n        invoiceSchedule {\n          items {\n            amount\n            timestamp\n          }\n        }\n        accessSchedule {\n          segments {\n            amount\n            endingBefore\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEndDate($input: UpdateCommitEndDateInput!) {\n    updateCommitEndDate(input: $input) {\n      commit {\n        accessSchedule {\n          segments {\n            endingBefore\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateEndDate($input: UpdateCommitEndDateInput!) {\n    updateCommitEndDate(input: $input) {\n      commit {\n        accessSchedule {\n          segments {\n            endingBefore\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerById($id: ID!) {\n    customer(id: $id) {\n      id\n      metronomeId\n      name\n      externalId\n      ingestAliases\n      customFields\n      createdAt\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  query CustomerById($id: ID!) {\n    customer(id: $id) {\n      id\n      metronomeId\n      name\n      externalId\n      ingestAliases\n      customFields\n      createdAt\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomersPage($first: Int, $after: String) {\n    customers(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomersPage($first: Int, $after: String) {\n    customers(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AlertsPage($id: ID!, $first: Int, $after: String, $statuses: [ThresholdNotificationStatus!]) {\n    customer(id: $id) {\n      alerts(first: $first, after: $after, statuses: $statuses) {\n        edges {\n          node {\n            customerStatus\n            notification {\n              id\n              name\n              type\n              status\n              threshold\n              creditType {\n                name\n              }\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AlertsPage($id: ID!, $first: Int, $after: String, $statuses: [ThresholdNotificationStatus!]) {\n    customer(id: $id) {\n      alerts(first: $first, after: $after, statuses: $statuses) {\n        edges {\n          node {\n            customerStatus\n            notification {\n              id\n              name\n              type\n              status\n              threshold\n              creditType {\n                name\n              }\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommitsPage($id: ID!, $first: Int, $after: String) {\n    customer(id: $id) {\n      commits(first: $first, after: $after) {\n        edges {\n          node {\n            id\n            metronomeId\n            name\n            type\n            priority\n            product {\n              name\n            }\n            accessSchedule {\n              segments {\n                amount\n                startingAt\n                endingBefore\n              }\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommitsPage($id: ID!, $first: Int, $after: String) {\n    customer(id: $id) {\n      commits(first: $first, after: $after) {\n        edges {\n          node {\n            id\n            metronomeId\n            name\n            type\n            priority\n            product {\n              name\n            }\n            accessSchedule {\n              segments {\n                amount\n                startingAt\n                endingBefore\n              }\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommitsWithLedger($id: ID!) {\n    customer(id: $id) {\n      commits {\n        edges {\n          node {\n            name\n            balance\n            ledger {\n              __typename\n              type\n              amount\n              timestamp\n              ... on SegmentLedgerEntry {\n                segmentId\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommitsWithLedger($id: ID!) {\n    customer(id: $id) {\n      commits {\n        edges {\n          node {\n            name\n            balance\n            ledger {\n              __typename\n              type\n              amount\n              timestamp\n              ... on SegmentLedgerEntry {\n                segmentId\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeLookup($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      id\n      ... on Customer {\n        name\n      }\n      ... on Commit {\n        commitName: name\n        customer {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NodeLookup($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      id\n      ... on Customer {\n        name\n      }\n      ... on Commit {\n        commitName: name\n        customer {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OneCustomerAlert($customerId: ID!, $alertId: ID!) {\n    customerAlert(customerId: $customerId, alertId: $alertId) {\n      customerStatus\n      triggeredBy\n      customer {\n        name\n      }\n      notification {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query OneCustomerAlert($customerId: ID!, $alertId: ID!) {\n    customerAlert(customerId: $customerId, alertId: $alertId) {\n      customerStatus\n      triggeredBy\n      customer {\n        name\n      }\n      notification {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VisibleCustomers {\n    customers(first: 10) {\n      edges {\n        node {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query VisibleCustomers {\n    customers(first: 10) {\n      edges {\n        node {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClaimedCustomers {\n    customers(first: 10) {\n      edges {\n        node {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClaimedCustomers {\n    customers(first: 10) {\n      edges {\n        node {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerName($id: ID!) {\n    customer(id: $id) {\n      name\n    }\n  }\n"): (typeof documents)["\n  query CustomerName($id: ID!) {\n    customer(id: $id) {\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetForWording($input: ResetCustomerAlertInput!) {\n    resetCustomerAlert(input: $input) {\n      customerAlert {\n        customerStatus\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetForWording($input: ResetCustomerAlertInput!) {\n    resetCustomerAlert(input: $input) {\n      customerAlert {\n        customerStatus\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Ping {\n    __typename\n  }\n"): (typeof documents)["\n  query Ping {\n    __typename\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;