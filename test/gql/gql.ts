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
    "\n  query BoardCheck($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n      netBalance {\n        amount\n        creditType {\n          id\n          name\n        }\n      }\n      monthToDateSpend {\n        amount\n        creditType {\n          id\n          name\n        }\n      }\n      alerts {\n        edges {\n          node {\n            customerStatus\n            notification {\n              id\n              type\n            }\n            forecast {\n              projectedAt\n              reason\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.BoardCheckDocument,
    "\n  query AlarmNetBalance($id: ID!) {\n    customer(id: $id) {\n      netBalance {\n        amount\n      }\n    }\n  }\n": typeof types.AlarmNetBalanceDocument,
    "\n  query DrawnDown($id: ID!) {\n    customer(id: $id) {\n      netBalance {\n        amount\n      }\n      commits {\n        edges {\n          node {\n            balance\n          }\n        }\n      }\n    }\n  }\n": typeof types.DrawnDownDocument,
    "\n  query WatchedStatus($customerId: ID!, $alertId: ID!) { customerAlert(customerId: $customerId, alertId: $alertId) { customerStatus } }\n": typeof types.WatchedStatusDocument,
    "\n  query IsolationDashboard {\n    customers(first: 50) {\n      edges {\n        node {\n          id\n          name\n          alerts { edges { node { customerStatus notification { name } } } }\n          commits { edges { node { name balance } } }\n        }\n      }\n    }\n  }\n": typeof types.IsolationDashboardDocument,
    "\n  query IsolationCustomer($id: ID!) {\n    customer(id: $id) { name alerts { edges { node { notification { name } } } } commits { edges { node { name } } } }\n  }\n": typeof types.IsolationCustomerDocument,
    "\n  mutation IsolationPurge($customerId: ID!) { purgeCustomerCache(customerId: $customerId) { customerId } }\n": typeof types.IsolationPurgeDocument,
    "\n  query MutatedCustomerRead($id: ID!) {\n    customer(id: $id) {\n      alerts { edges { node { customerStatus notification { id name } } } }\n      commits { edges { node { metronomeId name accessSchedule { segments { endingBefore } } } } }\n    }\n  }\n": typeof types.MutatedCustomerReadDocument,
    "\n  mutation CacheCreateNotification($id: ID!) {\n    createThresholdNotification(input: { customerId: $id, type: SPEND_THRESHOLD_REACHED, name: \"Fresh one\", threshold: 50000 }) {\n      thresholdNotificationId\n    }\n  }\n": typeof types.CacheCreateNotificationDocument,
    "\n  mutation CacheArchiveNotification($id: ID!) { archiveThresholdNotification(input: { id: $id }) { thresholdNotificationId } }\n": typeof types.CacheArchiveNotificationDocument,
    "\n  mutation CacheResetAlert($c: ID!, $a: ID!) { resetCustomerAlert(input: { customerId: $c, alertId: $a }) { customerAlert { customerStatus } } }\n": typeof types.CacheResetAlertDocument,
    "\n  mutation CacheCreateCommit($id: ID!, $product: ID!, $segments: [AccessSegmentInput!]!) {\n    createCommit(\n      input: { customerId: $id, type: PREPAID, priority: 3, productId: $product, name: \"Fresh commit\", accessSchedule: { segments: $segments } }\n    ) { commit { id } }\n  }\n": typeof types.CacheCreateCommitDocument,
    "\n  mutation CacheUpdateCommitEnd($c: ID!, $commit: ID!) {\n    updateCommitEndDate(input: { customerId: $c, commitId: $commit, accessEndingBefore: \"2026-09-01T00:00:00Z\" }) { commit { id } }\n  }\n": typeof types.CacheUpdateCommitEndDocument,
    "\n  query PolledStatus($customerId: ID!, $alertId: ID!) { customerAlert(customerId: $customerId, alertId: $alertId) { customerStatus } }\n": typeof types.PolledStatusDocument,
    "\n  query LostStatus($customerId: ID!, $alertId: ID!) { customerAlert(customerId: $customerId, alertId: $alertId) { customerStatus } }\n": typeof types.LostStatusDocument,
    "\n  query ScaledCustomer($id: ID!) { customer(id: $id) { alerts { edges { node { customerStatus } } } commits { edges { node { name } } } } }\n": typeof types.ScaledCustomerDocument,
    "\n  query MainFirstCustomer {\n    customers(first: 1) { edges { node { name } } }\n  }\n": typeof types.MainFirstCustomerDocument,
    "\n  query CountedBillingOverview($metricId: ID!) {\n    customers(first: 50) {\n      edges {\n        node {\n          name\n          netBalance {\n            amount\n            creditType {\n              name\n            }\n          }\n          monthToDateSpend {\n            amount\n          }\n          usageSeries(billableMetricId: $metricId) {\n            startingAt\n            value\n          }\n        }\n      }\n    }\n  }\n": typeof types.CountedBillingOverviewDocument,
    "\n  query CountedOverviewWithSpend($metricId: ID!) {\n    customers(first: 50) {\n      edges {\n        node {\n          monthToDateSpend {\n            amount\n          }\n          spendSeries {\n            startingAt\n          }\n          usageSeries(billableMetricId: $metricId) {\n            value\n          }\n          weekly: usageSeries(billableMetricId: $metricId, window: DAY) {\n            value\n          }\n        }\n      }\n    }\n  }\n": typeof types.CountedOverviewWithSpendDocument,
    "\n  query CountedUsageOfNodes($ids: [ID!]!, $metricId: ID!) {\n    nodes(ids: $ids) {\n      ... on Customer {\n        usageSeries(billableMetricId: $metricId) {\n          value\n        }\n      }\n    }\n  }\n": typeof types.CountedUsageOfNodesDocument,
    "\n  query BillingPicture($id: ID!, $metricId: ID!) {\n    customer(id: $id) {\n      netBalance {\n        amount\n        creditType {\n          id\n          name\n        }\n      }\n      monthToDateSpend {\n        amount\n        creditType {\n          name\n        }\n      }\n      credits {\n        edges {\n          node {\n            name\n            balance\n            ledger {\n              type\n              amount\n            }\n          }\n        }\n      }\n      balances {\n        edges {\n          node {\n            __typename\n            ... on Commit {\n              name\n              type\n              balance\n            }\n            ... on Credit {\n              name\n              balance\n            }\n          }\n        }\n      }\n      spendSeries {\n        startingAt\n        spend {\n          amount\n        }\n      }\n      usageSeries(billableMetricId: $metricId, window: DAY, startingOn: \"2026-06-13T00:00:00Z\", endingBefore: \"2026-06-16T00:00:00Z\") {\n        startingAt\n        endingBefore\n        value\n      }\n    }\n  }\n": typeof types.BillingPictureDocument,
    "\n  query BillingInvoices($id: ID!, $status: InvoiceStatus, $startingOn: DateTime, $first: Int, $after: String) {\n    customer(id: $id) {\n      invoices(status: $status, startingOn: $startingOn, first: $first, after: $after) {\n        edges {\n          node {\n            id\n            metronomeId\n            status\n            startingAt\n            endingBefore\n            subtotal {\n              amount\n            }\n            total {\n              amount\n              creditType {\n                name\n              }\n            }\n            lineItems {\n              type\n              name\n              quantity\n              total {\n                amount\n              }\n              appliedCommitOrCredit {\n                id\n                type\n              }\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.BillingInvoicesDocument,
    "\n  query BillingOneInvoice($id: ID!, $invoiceId: ID!, $node: ID!) {\n    customer(id: $id) {\n      invoice(invoiceId: $invoiceId) {\n        status\n        total {\n          amount\n        }\n      }\n    }\n    node(id: $node) {\n      ... on Invoice {\n        status\n      }\n    }\n  }\n": typeof types.BillingOneInvoiceDocument,
    "\n  query BillingHourlySpend($id: ID!, $startingOn: DateTime, $endingBefore: DateTime) {\n    customer(id: $id) {\n      spendSeries(window: HOUR, startingOn: $startingOn, endingBefore: $endingBefore) {\n        startingAt\n        spend {\n          amount\n        }\n      }\n    }\n  }\n": typeof types.BillingHourlySpendDocument,
    "\n  mutation BillingCreateCredit($input: CreateCreditInput!) {\n    createCredit(input: $input) {\n      credit {\n        id\n        metronomeId\n        name\n        balance\n        accessSchedule {\n          segments {\n            amount\n            startingAt\n            endingBefore\n          }\n        }\n      }\n    }\n  }\n": typeof types.BillingCreateCreditDocument,
    "\n  mutation BillingUpdateCreditEnd($input: UpdateCreditEndDateInput!) {\n    updateCreditEndDate(input: $input) {\n      credit {\n        accessSchedule {\n          segments {\n            endingBefore\n          }\n        }\n      }\n    }\n  }\n": typeof types.BillingUpdateCreditEndDocument,
    "\n  query CountedDashboard {\n    customers(first: 50) {\n      edges {\n        node {\n          name\n          alerts {\n            edges {\n              node {\n                customerStatus\n                notification {\n                  name\n                  threshold\n                }\n              }\n            }\n          }\n          commits {\n            edges {\n              node {\n                name\n                balance\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CountedDashboardDocument,
    "\n  query SameCustomerThrice($id: ID!) {\n    a: customer(id: $id) {\n      name\n    }\n    b: customer(id: $id) {\n      name\n      ingestAliases\n    }\n    c: customer(id: $id) {\n      metronomeId\n    }\n  }\n": typeof types.SameCustomerThriceDocument,
    "\n  query AlertListAndOne($id: ID!, $alertId: ID!) {\n    customer(id: $id) {\n      alerts {\n        edges {\n          node {\n            customerStatus\n          }\n        }\n      }\n      alert(alertId: $alertId) {\n        customerStatus\n        notification {\n          name\n        }\n      }\n    }\n  }\n": typeof types.AlertListAndOneDocument,
    "\n  query CountedNodes($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      id\n    }\n  }\n": typeof types.CountedNodesDocument,
    "\n  query AlertCustomers($id: ID!) {\n    customer(id: $id) {\n      alerts {\n        edges {\n          node {\n            customer {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.AlertCustomersDocument,
    "\n  query OneCustomerById($id: ID!) {\n    customer(id: $id) {\n      name\n      archivedAt\n    }\n  }\n": typeof types.OneCustomerByIdDocument,
    "\n  query DemoBilling($id: ID!, $metricId: ID!) {\n    customer(id: $id) {\n      name\n      netBalance {\n        amount\n      }\n      monthToDateSpend {\n        amount\n      }\n      invoices {\n        edges {\n          node {\n            status\n            startingAt\n            subtotal {\n              amount\n            }\n          }\n        }\n      }\n      spendSeries {\n        startingAt\n        spend {\n          amount\n        }\n      }\n      usageSeries(billableMetricId: $metricId) {\n        value\n      }\n      alerts {\n        edges {\n          node {\n            customerStatus\n            notification {\n              name\n            }\n            forecast(billableMetricId: $metricId) {\n              projectedAt\n              reason\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.DemoBillingDocument,
    "\n  query AlertsOfAll {\n    customers(first: 10) {\n      edges {\n        node {\n          name\n          alerts {\n            edges {\n              node {\n                notification {\n                  name\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.AlertsOfAllDocument,
    "\n  query ConnectionArgs($first: Int, $last: Int, $after: String, $before: String) {\n    customers(first: $first, last: $last, after: $after, before: $before) {\n      edges {\n        cursor\n      }\n    }\n  }\n": typeof types.ConnectionArgsDocument,
    "\n  query ErrorOneCustomer($id: ID!) {\n    customer(id: $id) {\n      name\n    }\n  }\n": typeof types.ErrorOneCustomerDocument,
    "\n  query CostedCustomers {\n    customers(first: 2) {\n      edges {\n        node {\n          name\n          alerts { edges { node { customerStatus customer { name } } } }\n          commits { edges { node { balance ledger { amount } customer { name } } } }\n        }\n      }\n    }\n  }\n": typeof types.CostedCustomersDocument,
    "\n  query CostedCustomerAlert($c: ID!, $a: ID!) { customer(id: $c) { name alert(alertId: $a) { customerStatus } } }\n": typeof types.CostedCustomerAlertDocument,
    "\n  query CostedAlertOfCustomer($c: ID!, $a: ID!) { customerAlert(customerId: $c, alertId: $a) { customer { name } } }\n": typeof types.CostedAlertOfCustomerDocument,
    "\n  query CostedNode($node: ID!) { node(id: $node) { id } }\n": typeof types.CostedNodeDocument,
    "\n  query CostedCommitNodes($commit: ID!) { nodes(ids: [$commit]) { ... on Commit { name balance customer { name } } } }\n": typeof types.CostedCommitNodesDocument,
    "\n  mutation CostedCreateNotification($c: ID!) {\n    createThresholdNotification(input: { customerId: $c, type: SPEND_THRESHOLD_REACHED, name: \"Costed\", threshold: 500 }) {\n      thresholdNotificationId\n      customerAlert { customerStatus }\n    }\n  }\n": typeof types.CostedCreateNotificationDocument,
    "\n  mutation CostedResetAlert($c: ID!, $a: ID!) { resetCustomerAlert(input: { customerId: $c, alertId: $a }) { customerAlert { customerStatus } } }\n": typeof types.CostedResetAlertDocument,
    "\n  mutation CostedArchiveNotification($id: ID!) { archiveThresholdNotification(input: { id: $id }) { thresholdNotificationId } }\n": typeof types.CostedArchiveNotificationDocument,
    "\n  mutation CostedCreateCommit($c: ID!, $p: ID!, $segments: [AccessSegmentInput!]!) {\n    createCommit(input: { customerId: $c, type: PREPAID, priority: 1, productId: $p, accessSchedule: { segments: $segments } }) {\n      commit { id ledger { amount } customer { name } }\n    }\n  }\n": typeof types.CostedCreateCommitDocument,
    "\n  mutation CostedUpdateCommitEnd($c: ID!, $id: ID!) {\n    updateCommitEndDate(input: { customerId: $c, commitId: $id, accessEndingBefore: \"2026-09-01T00:00:00Z\" }) { commit { id } }\n  }\n": typeof types.CostedUpdateCommitEndDocument,
    "\n  subscription CostedAlertFeed($c: ID!) { customerAlertStatusChanged(customerId: $c) { status customerAlert { customer { name } } } }\n": typeof types.CostedAlertFeedDocument,
    "\n  query Forecasts($id: ID!, $metricId: ID) {\n    customer(id: $id) {\n      alerts {\n        edges {\n          node {\n            customerStatus\n            notification {\n              name\n            }\n            forecast(billableMetricId: $metricId) {\n              projectedAt\n              ratePerDay\n              basis\n              observedFrom\n              observedTo\n              currentValue\n              reason\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ForecastsDocument,
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
    "\n  subscription CustomerFeed($customerId: ID!, $alertId: ID) {\n    customerAlertStatusChanged(customerId: $customerId, alertId: $alertId) {\n      previousStatus\n      status\n      source\n      changedAt\n      customerAlert {\n        customerStatus\n        triggeredBy\n        notification {\n          id\n          name\n        }\n        customer {\n          name\n        }\n      }\n    }\n  }\n": typeof types.CustomerFeedDocument,
    "\n  subscription BoardFeed {\n    alertStatusChanges {\n      previousStatus\n      status\n      source\n      changedAt\n      customerAlert {\n        customerStatus\n        triggeredBy\n        notification {\n          id\n          name\n        }\n        customer {\n          name\n        }\n      }\n    }\n  }\n": typeof types.BoardFeedDocument,
    "\n  mutation LiveArchiveAlert($id: ID!) {\n    archiveThresholdNotification(input: { id: $id }) {\n      thresholdNotificationId\n    }\n  }\n": typeof types.LiveArchiveAlertDocument,
    "\n  mutation LiveCreateAlert($input: CreateThresholdNotificationInput!) {\n    createThresholdNotification(input: $input) {\n      thresholdNotificationId\n      customerAlert {\n        customerStatus\n      }\n    }\n  }\n": typeof types.LiveCreateAlertDocument,
    "\n  mutation LiveResetAlert($customerId: ID!, $alertId: ID!) {\n    resetCustomerAlert(input: { customerId: $customerId, alertId: $alertId }) {\n      customerAlert {\n        customerStatus\n      }\n    }\n  }\n": typeof types.LiveResetAlertDocument,
    "\n  subscription FanoutBoard {\n    alertStatusChanges {\n      previousStatus\n      status\n      source\n      changedAt\n      customerAlert {\n        customerStatus\n        notification {\n          id\n          name\n        }\n        customer {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.FanoutBoardDocument,
    "\n  subscription FanoutOneAlert($customerId: ID!, $alertId: ID) {\n    customerAlertStatusChanged(customerId: $customerId, alertId: $alertId) {\n      status\n      source\n      customerAlert {\n        notification {\n          name\n        }\n        customer {\n          name\n        }\n      }\n    }\n  }\n": typeof types.FanoutOneAlertDocument,
    "\n  query RedisDownTypename {\n    __typename\n  }\n": typeof types.RedisDownTypenameDocument,
    "\n  query VisibleCustomers {\n    customers(first: 10) {\n      edges {\n        node {\n          name\n        }\n      }\n    }\n  }\n": typeof types.VisibleCustomersDocument,
    "\n  query MeasuredDashboard {\n    customers(first: 5) { edges { node { name alerts { edges { cursor } } } } }\n  }\n": typeof types.MeasuredDashboardDocument,
    "\n  query Broken($id: ID!) {\n    customer(id: $id) { name }\n  }\n": typeof types.BrokenDocument,
    "\n  query Retried {\n    customers(first: 1) { edges { cursor } }\n  }\n": typeof types.RetriedDocument,
    "\n  query LoggedOne {\n    customers(first: 2) { edges { node { name } } }\n  }\n": typeof types.LoggedOneDocument,
    "\n  query LoggedTwo($badId: ID!) {\n    customers(first: 1) { edges { cursor } }\n    nope: customer(id: $badId) { name }\n  }\n": typeof types.LoggedTwoDocument,
    "\n  query FirstCustomerName {\n    customers(first: 1) { edges { node { name } } }\n  }\n": typeof types.FirstCustomerNameDocument,
    "\n  query Traced($id: ID!) {\n    customer(id: $id) { name alerts { edges { cursor } } }\n  }\n": typeof types.TracedDocument,
    "\n  query Sampled { __typename }\n": typeof types.SampledDocument,
    "\n  query Unsampled { __typename }\n": typeof types.UnsampledDocument,
    "\n  query FromCaller($id: ID!) {\n    customer(id: $id) { name }\n  }\n": typeof types.FromCallerDocument,
    "\n  query NotByCaller($id: ID!) {\n    customer(id: $id) { name }\n  }\n": typeof types.NotByCallerDocument,
    "\n  query Marker { __typename }\n": typeof types.MarkerDocument,
    "\n  query BudgetCommitNodes($ids: [ID!]!) {\n    nodes(ids: $ids) { ... on Commit { name balance ledger { amount } customer { name } } }\n  }\n": typeof types.BudgetCommitNodesDocument,
    "\n  query BudgetFirstCustomer { customers(first: 1) { edges { cursor } } }\n": typeof types.BudgetFirstCustomerDocument,
    "\n  query BudgetCustomersAfter($after: String) { customers(first: 100, after: $after) { edges { cursor } } }\n": typeof types.BudgetCustomersAfterDocument,
    "\n  query BudgetAlertsAfter($id: ID!, $after: String) { customer(id: $id) { alerts(after: $after) { edges { cursor } } } }\n": typeof types.BudgetAlertsAfterDocument,
    "\n  query BudgetHundredAlerts($id: ID!) { customer(id: $id) { alerts(first: 100) { edges { cursor } } } }\n": typeof types.BudgetHundredAlertsDocument,
    "\n  query BudgetHundredAlertsAfter($id: ID!, $after: String) { customer(id: $id) { alerts(first: 100, after: $after) { edges { cursor } } } }\n": typeof types.BudgetHundredAlertsAfterDocument,
    "\n  query BudgetAlertsDefaultFirst($id: ID!, $n: Int = 100) { customer(id: $id) { alerts(first: $n) { edges { cursor } } } }\n": typeof types.BudgetAlertsDefaultFirstDocument,
    "\n  query BudgetCommitsToldNot($id: ID!) {\n    customer(id: $id) { commits(includeBalance: false, includeLedgers: false) { edges { node { balance ledger { amount } } } } }\n  }\n": typeof types.BudgetCommitsToldNotDocument,
    "\n  query BudgetAlertCustomer($c: ID!, $a: ID!) { customerAlert(customerId: $c, alertId: $a) { customer { name } notification { name } } }\n": typeof types.BudgetAlertCustomerDocument,
    "\n  query BudgetCustomerName($id: ID!) { customer(id: $id) { name } }\n": typeof types.BudgetCustomerNameDocument,
    "\n  query BudgetAlertBeyondFirstPage($id: ID!, $a: ID!) {\n    customer(id: $id) { alerts(first: 1) { edges { cursor } } alert(alertId: $a) { customerStatus } }\n  }\n": typeof types.BudgetAlertBeyondFirstPageDocument,
    "\n  query BudgetViewerCustomers { customers(first: 100) { edges { cursor } pageInfo { endCursor } } }\n": typeof types.BudgetViewerCustomersDocument,
    "\n  query BudgetDashboard {\n    customers(first: 50) { edges { node { alerts { edges { node { customerStatus } } } commits { edges { node { balance } } } } } }\n  }\n": typeof types.BudgetDashboardDocument,
    "\n  query BudgetCustomerPages($after: String) {\n    customers(first: 100, after: $after) { edges { node { name } } pageInfo { hasNextPage endCursor } }\n  }\n": typeof types.BudgetCustomerPagesDocument,
    "\n  query BudgetLongSpend($id: ID!, $ds: DateTime!, $de: DateTime!, $hs: DateTime!, $he: DateTime!) {\n    customer(id: $id) {\n      days: spendSeries(window: DAY, startingOn: $ds, endingBefore: $de) { startingAt spend { amount } }\n      hours: spendSeries(window: HOUR, startingOn: $hs, endingBefore: $he) { startingAt spend { amount } }\n    }\n  }\n": typeof types.BudgetLongSpendDocument,
    "\n  query BudgetLongSpendOf40($ds: DateTime!, $de: DateTime!) {\n    customers(first: 40) { edges { node { spendSeries(window: DAY, startingOn: $ds, endingBefore: $de) { spend { amount } } } } }\n  }\n": typeof types.BudgetLongSpendOf40Document,
    "\n  query BudgetUsageOf100($m: ID!, $w: SeriesWindow!, $s: DateTime, $e: DateTime) {\n    customers(first: 100) { edges { node {\n      usageSeries(billableMetricId: $m, window: $w, startingOn: $s, endingBefore: $e) { startingAt value }\n      again: usageSeries(billableMetricId: $m, window: $w) { value }\n    } } }\n  }\n": typeof types.BudgetUsageOf100Document,
    "\n  query BudgetBillingOf10($m: ID!) {\n    customers(first: 10) { edges { node {\n      netBalance { amount } monthToDateSpend { amount }\n      invoices(first: 100) { edges { node { total { amount } lineItems { name } } } }\n      balances(first: 25) { edges { cursor } } credits { edges { cursor } }\n      alerts(first: 5) { edges { node { forecast(billableMetricId: $m) { projectedAt reason } } } }\n    } } }\n  }\n": typeof types.BudgetBillingOf10Document,
    "\n  query ClaimedCustomers {\n    customers(first: 10) {\n      edges {\n        node {\n          name\n        }\n      }\n    }\n  }\n": typeof types.ClaimedCustomersDocument,
    "\n  query FaultyAlerts { customers(first: 20) { edges { node { name alerts { edges { cursor } } } } } }\n": typeof types.FaultyAlertsDocument,
    "\n  query FaultsFirstCustomer { customers(first: 1) { edges { cursor } } }\n": typeof types.FaultsFirstCustomerDocument,
    "\n  mutation CreateOnceOnly {\n    createThresholdNotification(input: { type: SPEND_THRESHOLD_REACHED, name: \"Once only\", threshold: 5 }) { thresholdNotificationId }\n  }\n": typeof types.CreateOnceOnlyDocument,
    "\n  query IsoFirstCursor {\n    customers(first: 1) {\n      edges {\n        cursor\n      }\n    }\n  }\n": typeof types.IsoFirstCursorDocument,
    "\n  query IsoCustomerName($id: ID!) {\n    customer(id: $id) {\n      name\n    }\n  }\n": typeof types.IsoCustomerNameDocument,
    "\n  query IsoCustomerNames($first: Int, $customerIds: [ID!]) {\n    customers(first: $first, customerIds: $customerIds) {\n      edges {\n        node {\n          name\n        }\n      }\n    }\n  }\n": typeof types.IsoCustomerNamesDocument,
    "\n  query IsoAliased($mine: ID!, $theirs: ID!) {\n    mine: customer(id: $mine) {\n      name\n    }\n    theirs: customer(id: $theirs) {\n      name\n      alerts {\n        edges {\n          cursor\n        }\n      }\n    }\n  }\n": typeof types.IsoAliasedDocument,
    "\n  query IsoNodeIds($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      id\n    }\n  }\n": typeof types.IsoNodeIdsDocument,
    "\n  query IsoNodeId($id: ID!) {\n    node(id: $id) {\n      id\n    }\n  }\n": typeof types.IsoNodeIdDocument,
    "\n  query IsoOneAlert($customerId: ID!, $alertId: ID!) {\n    customerAlert(customerId: $customerId, alertId: $alertId) {\n      customerStatus\n    }\n  }\n": typeof types.IsoOneAlertDocument,
    "\n  mutation IsoCreateCommit($input: CreateCommitInput!) {\n    createCommit(input: $input) {\n      commit {\n        id\n      }\n    }\n  }\n": typeof types.IsoCreateCommitDocument,
    "\n  query IsoBillingPicture($id: ID!) {\n    customer(id: $id) {\n      netBalance {\n        amount\n      }\n      monthToDateSpend {\n        amount\n      }\n      invoices {\n        edges {\n          node {\n            id\n            status\n          }\n        }\n      }\n      credits {\n        edges {\n          node {\n            id\n          }\n        }\n      }\n      balances {\n        edges {\n          cursor\n        }\n      }\n      spendSeries {\n        startingAt\n      }\n    }\n  }\n": typeof types.IsoBillingPictureDocument,
    "\n  query IsoInvoiceIds($id: ID!) {\n    customer(id: $id) {\n      invoices {\n        edges {\n          node {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.IsoInvoiceIdsDocument,
    "\n  mutation IsoCreateCredit($input: CreateCreditInput!) {\n    createCredit(input: $input) {\n      credit {\n        id\n      }\n    }\n  }\n": typeof types.IsoCreateCreditDocument,
    "\n  mutation IsoUpdateCreditEnd($input: UpdateCreditEndDateInput!) {\n    updateCreditEndDate(input: $input) {\n      credit {\n        id\n      }\n    }\n  }\n": typeof types.IsoUpdateCreditEndDocument,
    "\n  query IsoSeriesById($id: ID!, $metric: ID!) {\n    customer(id: $id) {\n      usageSeries(billableMetricId: $metric) {\n        startingAt\n        value\n      }\n      spendSeries {\n        startingAt\n        spend {\n          amount\n        }\n      }\n      alerts {\n        edges {\n          node {\n            forecast(billableMetricId: $metric) {\n              reason\n              projectedAt\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.IsoSeriesByIdDocument,
    "\n  query IsoSeriesBatched($ids: [ID!]!, $metric: ID!) {\n    customers(customerIds: $ids, first: 2) {\n      edges {\n        node {\n          name\n          usageSeries(billableMetricId: $metric) {\n            startingAt\n            value\n          }\n          spendSeries {\n            startingAt\n            spend {\n              amount\n            }\n          }\n          alerts {\n            edges {\n              node {\n                forecast(billableMetricId: $metric) {\n                  reason\n                  projectedAt\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.IsoSeriesBatchedDocument,
    "\n  query IsoSeriesThroughAlert($id: ID!, $alert: ID!, $metric: ID!) {\n    customerAlert(customerId: $id, alertId: $alert) {\n      customer {\n        usageSeries(billableMetricId: $metric) {\n          startingAt\n          value\n        }\n        spendSeries {\n          startingAt\n          spend {\n            amount\n          }\n        }\n        alerts {\n          edges {\n            node {\n              forecast(billableMetricId: $metric) {\n                reason\n                projectedAt\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.IsoSeriesThroughAlertDocument,
    "\n  query IsoInvoiceMetronomeIds($id: ID!) {\n    customer(id: $id) {\n      invoices {\n        edges {\n          node {\n            metronomeId\n          }\n        }\n      }\n    }\n  }\n": typeof types.IsoInvoiceMetronomeIdsDocument,
    "\n  query IsoInvoiceUnderCustomer($id: ID!, $invoice: ID!) {\n    customer(id: $id) {\n      invoice(invoiceId: $invoice) {\n        id\n      }\n    }\n  }\n": typeof types.IsoInvoiceUnderCustomerDocument,
    "\n  query IsoTypename {\n    __typename\n  }\n": typeof types.IsoTypenameDocument,
    "\n  query LimitsDashboard { customers(first: 50) { edges { node { alerts { edges { cursor } } commits { edges { node { balance } } } } } } }\n": typeof types.LimitsDashboardDocument,
    "\n  query LimitsDashboardOfN($n: Int) {\n    customers(first: $n) { edges { node { alerts { edges { cursor } } commits { edges { node { balance } } } } } }\n  }\n": typeof types.LimitsDashboardOfNDocument,
    "\n  query CustomerName($id: ID!) {\n    customer(id: $id) {\n      name\n    }\n  }\n": typeof types.CustomerNameDocument,
    "\n  mutation ResetForWording($input: ResetCustomerAlertInput!) {\n    resetCustomerAlert(input: $input) {\n      customerAlert {\n        customerStatus\n      }\n    }\n  }\n": typeof types.ResetForWordingDocument,
    "\n  query PassthroughCustomerNames {\n    customers(first: 10) {\n      edges {\n        node {\n          name\n        }\n      }\n    }\n  }\n": typeof types.PassthroughCustomerNamesDocument,
    "\n  query PassthroughCustomerName($id: ID!) {\n    customer(id: $id) {\n      name\n    }\n  }\n": typeof types.PassthroughCustomerNameDocument,
    "\n  query RateProbe { __typename }\n": typeof types.RateProbeDocument,
    "\n  query ExpiryCustomerName($id: ID!) {\n    customer(id: $id) {\n      name\n    }\n  }\n": typeof types.ExpiryCustomerNameDocument,
    "\n  query Ping {\n    __typename\n  }\n": typeof types.PingDocument,
    "\n  query CircuitFirstCustomer {\n    customers(first: 1) {\n      edges {\n        cursor\n      }\n    }\n  }\n": typeof types.CircuitFirstCustomerDocument,
    "\n  query CircuitCustomerName($id: ID!) {\n    customer(id: $id) {\n      name\n    }\n  }\n": typeof types.CircuitCustomerNameDocument,
};
const documents: Documents = {
    "\n  query BoardCheck($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n      netBalance {\n        amount\n        creditType {\n          id\n          name\n        }\n      }\n      monthToDateSpend {\n        amount\n        creditType {\n          id\n          name\n        }\n      }\n      alerts {\n        edges {\n          node {\n            customerStatus\n            notification {\n              id\n              type\n            }\n            forecast {\n              projectedAt\n              reason\n            }\n          }\n        }\n      }\n    }\n  }\n": types.BoardCheckDocument,
    "\n  query AlarmNetBalance($id: ID!) {\n    customer(id: $id) {\n      netBalance {\n        amount\n      }\n    }\n  }\n": types.AlarmNetBalanceDocument,
    "\n  query DrawnDown($id: ID!) {\n    customer(id: $id) {\n      netBalance {\n        amount\n      }\n      commits {\n        edges {\n          node {\n            balance\n          }\n        }\n      }\n    }\n  }\n": types.DrawnDownDocument,
    "\n  query WatchedStatus($customerId: ID!, $alertId: ID!) { customerAlert(customerId: $customerId, alertId: $alertId) { customerStatus } }\n": types.WatchedStatusDocument,
    "\n  query IsolationDashboard {\n    customers(first: 50) {\n      edges {\n        node {\n          id\n          name\n          alerts { edges { node { customerStatus notification { name } } } }\n          commits { edges { node { name balance } } }\n        }\n      }\n    }\n  }\n": types.IsolationDashboardDocument,
    "\n  query IsolationCustomer($id: ID!) {\n    customer(id: $id) { name alerts { edges { node { notification { name } } } } commits { edges { node { name } } } }\n  }\n": types.IsolationCustomerDocument,
    "\n  mutation IsolationPurge($customerId: ID!) { purgeCustomerCache(customerId: $customerId) { customerId } }\n": types.IsolationPurgeDocument,
    "\n  query MutatedCustomerRead($id: ID!) {\n    customer(id: $id) {\n      alerts { edges { node { customerStatus notification { id name } } } }\n      commits { edges { node { metronomeId name accessSchedule { segments { endingBefore } } } } }\n    }\n  }\n": types.MutatedCustomerReadDocument,
    "\n  mutation CacheCreateNotification($id: ID!) {\n    createThresholdNotification(input: { customerId: $id, type: SPEND_THRESHOLD_REACHED, name: \"Fresh one\", threshold: 50000 }) {\n      thresholdNotificationId\n    }\n  }\n": types.CacheCreateNotificationDocument,
    "\n  mutation CacheArchiveNotification($id: ID!) { archiveThresholdNotification(input: { id: $id }) { thresholdNotificationId } }\n": types.CacheArchiveNotificationDocument,
    "\n  mutation CacheResetAlert($c: ID!, $a: ID!) { resetCustomerAlert(input: { customerId: $c, alertId: $a }) { customerAlert { customerStatus } } }\n": types.CacheResetAlertDocument,
    "\n  mutation CacheCreateCommit($id: ID!, $product: ID!, $segments: [AccessSegmentInput!]!) {\n    createCommit(\n      input: { customerId: $id, type: PREPAID, priority: 3, productId: $product, name: \"Fresh commit\", accessSchedule: { segments: $segments } }\n    ) { commit { id } }\n  }\n": types.CacheCreateCommitDocument,
    "\n  mutation CacheUpdateCommitEnd($c: ID!, $commit: ID!) {\n    updateCommitEndDate(input: { customerId: $c, commitId: $commit, accessEndingBefore: \"2026-09-01T00:00:00Z\" }) { commit { id } }\n  }\n": types.CacheUpdateCommitEndDocument,
    "\n  query PolledStatus($customerId: ID!, $alertId: ID!) { customerAlert(customerId: $customerId, alertId: $alertId) { customerStatus } }\n": types.PolledStatusDocument,
    "\n  query LostStatus($customerId: ID!, $alertId: ID!) { customerAlert(customerId: $customerId, alertId: $alertId) { customerStatus } }\n": types.LostStatusDocument,
    "\n  query ScaledCustomer($id: ID!) { customer(id: $id) { alerts { edges { node { customerStatus } } } commits { edges { node { name } } } } }\n": types.ScaledCustomerDocument,
    "\n  query MainFirstCustomer {\n    customers(first: 1) { edges { node { name } } }\n  }\n": types.MainFirstCustomerDocument,
    "\n  query CountedBillingOverview($metricId: ID!) {\n    customers(first: 50) {\n      edges {\n        node {\n          name\n          netBalance {\n            amount\n            creditType {\n              name\n            }\n          }\n          monthToDateSpend {\n            amount\n          }\n          usageSeries(billableMetricId: $metricId) {\n            startingAt\n            value\n          }\n        }\n      }\n    }\n  }\n": types.CountedBillingOverviewDocument,
    "\n  query CountedOverviewWithSpend($metricId: ID!) {\n    customers(first: 50) {\n      edges {\n        node {\n          monthToDateSpend {\n            amount\n          }\n          spendSeries {\n            startingAt\n          }\n          usageSeries(billableMetricId: $metricId) {\n            value\n          }\n          weekly: usageSeries(billableMetricId: $metricId, window: DAY) {\n            value\n          }\n        }\n      }\n    }\n  }\n": types.CountedOverviewWithSpendDocument,
    "\n  query CountedUsageOfNodes($ids: [ID!]!, $metricId: ID!) {\n    nodes(ids: $ids) {\n      ... on Customer {\n        usageSeries(billableMetricId: $metricId) {\n          value\n        }\n      }\n    }\n  }\n": types.CountedUsageOfNodesDocument,
    "\n  query BillingPicture($id: ID!, $metricId: ID!) {\n    customer(id: $id) {\n      netBalance {\n        amount\n        creditType {\n          id\n          name\n        }\n      }\n      monthToDateSpend {\n        amount\n        creditType {\n          name\n        }\n      }\n      credits {\n        edges {\n          node {\n            name\n            balance\n            ledger {\n              type\n              amount\n            }\n          }\n        }\n      }\n      balances {\n        edges {\n          node {\n            __typename\n            ... on Commit {\n              name\n              type\n              balance\n            }\n            ... on Credit {\n              name\n              balance\n            }\n          }\n        }\n      }\n      spendSeries {\n        startingAt\n        spend {\n          amount\n        }\n      }\n      usageSeries(billableMetricId: $metricId, window: DAY, startingOn: \"2026-06-13T00:00:00Z\", endingBefore: \"2026-06-16T00:00:00Z\") {\n        startingAt\n        endingBefore\n        value\n      }\n    }\n  }\n": types.BillingPictureDocument,
    "\n  query BillingInvoices($id: ID!, $status: InvoiceStatus, $startingOn: DateTime, $first: Int, $after: String) {\n    customer(id: $id) {\n      invoices(status: $status, startingOn: $startingOn, first: $first, after: $after) {\n        edges {\n          node {\n            id\n            metronomeId\n            status\n            startingAt\n            endingBefore\n            subtotal {\n              amount\n            }\n            total {\n              amount\n              creditType {\n                name\n              }\n            }\n            lineItems {\n              type\n              name\n              quantity\n              total {\n                amount\n              }\n              appliedCommitOrCredit {\n                id\n                type\n              }\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.BillingInvoicesDocument,
    "\n  query BillingOneInvoice($id: ID!, $invoiceId: ID!, $node: ID!) {\n    customer(id: $id) {\n      invoice(invoiceId: $invoiceId) {\n        status\n        total {\n          amount\n        }\n      }\n    }\n    node(id: $node) {\n      ... on Invoice {\n        status\n      }\n    }\n  }\n": types.BillingOneInvoiceDocument,
    "\n  query BillingHourlySpend($id: ID!, $startingOn: DateTime, $endingBefore: DateTime) {\n    customer(id: $id) {\n      spendSeries(window: HOUR, startingOn: $startingOn, endingBefore: $endingBefore) {\n        startingAt\n        spend {\n          amount\n        }\n      }\n    }\n  }\n": types.BillingHourlySpendDocument,
    "\n  mutation BillingCreateCredit($input: CreateCreditInput!) {\n    createCredit(input: $input) {\n      credit {\n        id\n        metronomeId\n        name\n        balance\n        accessSchedule {\n          segments {\n            amount\n            startingAt\n            endingBefore\n          }\n        }\n      }\n    }\n  }\n": types.BillingCreateCreditDocument,
    "\n  mutation BillingUpdateCreditEnd($input: UpdateCreditEndDateInput!) {\n    updateCreditEndDate(input: $input) {\n      credit {\n        accessSchedule {\n          segments {\n            endingBefore\n          }\n        }\n      }\n    }\n  }\n": types.BillingUpdateCreditEndDocument,
    "\n  query CountedDashboard {\n    customers(first: 50) {\n      edges {\n        node {\n          name\n          alerts {\n            edges {\n              node {\n                customerStatus\n                notification {\n                  name\n                  threshold\n                }\n              }\n            }\n          }\n          commits {\n            edges {\n              node {\n                name\n                balance\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.CountedDashboardDocument,
    "\n  query SameCustomerThrice($id: ID!) {\n    a: customer(id: $id) {\n      name\n    }\n    b: customer(id: $id) {\n      name\n      ingestAliases\n    }\n    c: customer(id: $id) {\n      metronomeId\n    }\n  }\n": types.SameCustomerThriceDocument,
    "\n  query AlertListAndOne($id: ID!, $alertId: ID!) {\n    customer(id: $id) {\n      alerts {\n        edges {\n          node {\n            customerStatus\n          }\n        }\n      }\n      alert(alertId: $alertId) {\n        customerStatus\n        notification {\n          name\n        }\n      }\n    }\n  }\n": types.AlertListAndOneDocument,
    "\n  query CountedNodes($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      id\n    }\n  }\n": types.CountedNodesDocument,
    "\n  query AlertCustomers($id: ID!) {\n    customer(id: $id) {\n      alerts {\n        edges {\n          node {\n            customer {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.AlertCustomersDocument,
    "\n  query OneCustomerById($id: ID!) {\n    customer(id: $id) {\n      name\n      archivedAt\n    }\n  }\n": types.OneCustomerByIdDocument,
    "\n  query DemoBilling($id: ID!, $metricId: ID!) {\n    customer(id: $id) {\n      name\n      netBalance {\n        amount\n      }\n      monthToDateSpend {\n        amount\n      }\n      invoices {\n        edges {\n          node {\n            status\n            startingAt\n            subtotal {\n              amount\n            }\n          }\n        }\n      }\n      spendSeries {\n        startingAt\n        spend {\n          amount\n        }\n      }\n      usageSeries(billableMetricId: $metricId) {\n        value\n      }\n      alerts {\n        edges {\n          node {\n            customerStatus\n            notification {\n              name\n            }\n            forecast(billableMetricId: $metricId) {\n              projectedAt\n              reason\n            }\n          }\n        }\n      }\n    }\n  }\n": types.DemoBillingDocument,
    "\n  query AlertsOfAll {\n    customers(first: 10) {\n      edges {\n        node {\n          name\n          alerts {\n            edges {\n              node {\n                notification {\n                  name\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.AlertsOfAllDocument,
    "\n  query ConnectionArgs($first: Int, $last: Int, $after: String, $before: String) {\n    customers(first: $first, last: $last, after: $after, before: $before) {\n      edges {\n        cursor\n      }\n    }\n  }\n": types.ConnectionArgsDocument,
    "\n  query ErrorOneCustomer($id: ID!) {\n    customer(id: $id) {\n      name\n    }\n  }\n": types.ErrorOneCustomerDocument,
    "\n  query CostedCustomers {\n    customers(first: 2) {\n      edges {\n        node {\n          name\n          alerts { edges { node { customerStatus customer { name } } } }\n          commits { edges { node { balance ledger { amount } customer { name } } } }\n        }\n      }\n    }\n  }\n": types.CostedCustomersDocument,
    "\n  query CostedCustomerAlert($c: ID!, $a: ID!) { customer(id: $c) { name alert(alertId: $a) { customerStatus } } }\n": types.CostedCustomerAlertDocument,
    "\n  query CostedAlertOfCustomer($c: ID!, $a: ID!) { customerAlert(customerId: $c, alertId: $a) { customer { name } } }\n": types.CostedAlertOfCustomerDocument,
    "\n  query CostedNode($node: ID!) { node(id: $node) { id } }\n": types.CostedNodeDocument,
    "\n  query CostedCommitNodes($commit: ID!) { nodes(ids: [$commit]) { ... on Commit { name balance customer { name } } } }\n": types.CostedCommitNodesDocument,
    "\n  mutation CostedCreateNotification($c: ID!) {\n    createThresholdNotification(input: { customerId: $c, type: SPEND_THRESHOLD_REACHED, name: \"Costed\", threshold: 500 }) {\n      thresholdNotificationId\n      customerAlert { customerStatus }\n    }\n  }\n": types.CostedCreateNotificationDocument,
    "\n  mutation CostedResetAlert($c: ID!, $a: ID!) { resetCustomerAlert(input: { customerId: $c, alertId: $a }) { customerAlert { customerStatus } } }\n": types.CostedResetAlertDocument,
    "\n  mutation CostedArchiveNotification($id: ID!) { archiveThresholdNotification(input: { id: $id }) { thresholdNotificationId } }\n": types.CostedArchiveNotificationDocument,
    "\n  mutation CostedCreateCommit($c: ID!, $p: ID!, $segments: [AccessSegmentInput!]!) {\n    createCommit(input: { customerId: $c, type: PREPAID, priority: 1, productId: $p, accessSchedule: { segments: $segments } }) {\n      commit { id ledger { amount } customer { name } }\n    }\n  }\n": types.CostedCreateCommitDocument,
    "\n  mutation CostedUpdateCommitEnd($c: ID!, $id: ID!) {\n    updateCommitEndDate(input: { customerId: $c, commitId: $id, accessEndingBefore: \"2026-09-01T00:00:00Z\" }) { commit { id } }\n  }\n": types.CostedUpdateCommitEndDocument,
    "\n  subscription CostedAlertFeed($c: ID!) { customerAlertStatusChanged(customerId: $c) { status customerAlert { customer { name } } } }\n": types.CostedAlertFeedDocument,
    "\n  query Forecasts($id: ID!, $metricId: ID) {\n    customer(id: $id) {\n      alerts {\n        edges {\n          node {\n            customerStatus\n            notification {\n              name\n            }\n            forecast(billableMetricId: $metricId) {\n              projectedAt\n              ratePerDay\n              basis\n              observedFrom\n              observedTo\n              currentValue\n              reason\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ForecastsDocument,
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
    "\n  subscription CustomerFeed($customerId: ID!, $alertId: ID) {\n    customerAlertStatusChanged(customerId: $customerId, alertId: $alertId) {\n      previousStatus\n      status\n      source\n      changedAt\n      customerAlert {\n        customerStatus\n        triggeredBy\n        notification {\n          id\n          name\n        }\n        customer {\n          name\n        }\n      }\n    }\n  }\n": types.CustomerFeedDocument,
    "\n  subscription BoardFeed {\n    alertStatusChanges {\n      previousStatus\n      status\n      source\n      changedAt\n      customerAlert {\n        customerStatus\n        triggeredBy\n        notification {\n          id\n          name\n        }\n        customer {\n          name\n        }\n      }\n    }\n  }\n": types.BoardFeedDocument,
    "\n  mutation LiveArchiveAlert($id: ID!) {\n    archiveThresholdNotification(input: { id: $id }) {\n      thresholdNotificationId\n    }\n  }\n": types.LiveArchiveAlertDocument,
    "\n  mutation LiveCreateAlert($input: CreateThresholdNotificationInput!) {\n    createThresholdNotification(input: $input) {\n      thresholdNotificationId\n      customerAlert {\n        customerStatus\n      }\n    }\n  }\n": types.LiveCreateAlertDocument,
    "\n  mutation LiveResetAlert($customerId: ID!, $alertId: ID!) {\n    resetCustomerAlert(input: { customerId: $customerId, alertId: $alertId }) {\n      customerAlert {\n        customerStatus\n      }\n    }\n  }\n": types.LiveResetAlertDocument,
    "\n  subscription FanoutBoard {\n    alertStatusChanges {\n      previousStatus\n      status\n      source\n      changedAt\n      customerAlert {\n        customerStatus\n        notification {\n          id\n          name\n        }\n        customer {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.FanoutBoardDocument,
    "\n  subscription FanoutOneAlert($customerId: ID!, $alertId: ID) {\n    customerAlertStatusChanged(customerId: $customerId, alertId: $alertId) {\n      status\n      source\n      customerAlert {\n        notification {\n          name\n        }\n        customer {\n          name\n        }\n      }\n    }\n  }\n": types.FanoutOneAlertDocument,
    "\n  query RedisDownTypename {\n    __typename\n  }\n": types.RedisDownTypenameDocument,
    "\n  query VisibleCustomers {\n    customers(first: 10) {\n      edges {\n        node {\n          name\n        }\n      }\n    }\n  }\n": types.VisibleCustomersDocument,
    "\n  query MeasuredDashboard {\n    customers(first: 5) { edges { node { name alerts { edges { cursor } } } } }\n  }\n": types.MeasuredDashboardDocument,
    "\n  query Broken($id: ID!) {\n    customer(id: $id) { name }\n  }\n": types.BrokenDocument,
    "\n  query Retried {\n    customers(first: 1) { edges { cursor } }\n  }\n": types.RetriedDocument,
    "\n  query LoggedOne {\n    customers(first: 2) { edges { node { name } } }\n  }\n": types.LoggedOneDocument,
    "\n  query LoggedTwo($badId: ID!) {\n    customers(first: 1) { edges { cursor } }\n    nope: customer(id: $badId) { name }\n  }\n": types.LoggedTwoDocument,
    "\n  query FirstCustomerName {\n    customers(first: 1) { edges { node { name } } }\n  }\n": types.FirstCustomerNameDocument,
    "\n  query Traced($id: ID!) {\n    customer(id: $id) { name alerts { edges { cursor } } }\n  }\n": types.TracedDocument,
    "\n  query Sampled { __typename }\n": types.SampledDocument,
    "\n  query Unsampled { __typename }\n": types.UnsampledDocument,
    "\n  query FromCaller($id: ID!) {\n    customer(id: $id) { name }\n  }\n": types.FromCallerDocument,
    "\n  query NotByCaller($id: ID!) {\n    customer(id: $id) { name }\n  }\n": types.NotByCallerDocument,
    "\n  query Marker { __typename }\n": types.MarkerDocument,
    "\n  query BudgetCommitNodes($ids: [ID!]!) {\n    nodes(ids: $ids) { ... on Commit { name balance ledger { amount } customer { name } } }\n  }\n": types.BudgetCommitNodesDocument,
    "\n  query BudgetFirstCustomer { customers(first: 1) { edges { cursor } } }\n": types.BudgetFirstCustomerDocument,
    "\n  query BudgetCustomersAfter($after: String) { customers(first: 100, after: $after) { edges { cursor } } }\n": types.BudgetCustomersAfterDocument,
    "\n  query BudgetAlertsAfter($id: ID!, $after: String) { customer(id: $id) { alerts(after: $after) { edges { cursor } } } }\n": types.BudgetAlertsAfterDocument,
    "\n  query BudgetHundredAlerts($id: ID!) { customer(id: $id) { alerts(first: 100) { edges { cursor } } } }\n": types.BudgetHundredAlertsDocument,
    "\n  query BudgetHundredAlertsAfter($id: ID!, $after: String) { customer(id: $id) { alerts(first: 100, after: $after) { edges { cursor } } } }\n": types.BudgetHundredAlertsAfterDocument,
    "\n  query BudgetAlertsDefaultFirst($id: ID!, $n: Int = 100) { customer(id: $id) { alerts(first: $n) { edges { cursor } } } }\n": types.BudgetAlertsDefaultFirstDocument,
    "\n  query BudgetCommitsToldNot($id: ID!) {\n    customer(id: $id) { commits(includeBalance: false, includeLedgers: false) { edges { node { balance ledger { amount } } } } }\n  }\n": types.BudgetCommitsToldNotDocument,
    "\n  query BudgetAlertCustomer($c: ID!, $a: ID!) { customerAlert(customerId: $c, alertId: $a) { customer { name } notification { name } } }\n": types.BudgetAlertCustomerDocument,
    "\n  query BudgetCustomerName($id: ID!) { customer(id: $id) { name } }\n": types.BudgetCustomerNameDocument,
    "\n  query BudgetAlertBeyondFirstPage($id: ID!, $a: ID!) {\n    customer(id: $id) { alerts(first: 1) { edges { cursor } } alert(alertId: $a) { customerStatus } }\n  }\n": types.BudgetAlertBeyondFirstPageDocument,
    "\n  query BudgetViewerCustomers { customers(first: 100) { edges { cursor } pageInfo { endCursor } } }\n": types.BudgetViewerCustomersDocument,
    "\n  query BudgetDashboard {\n    customers(first: 50) { edges { node { alerts { edges { node { customerStatus } } } commits { edges { node { balance } } } } } }\n  }\n": types.BudgetDashboardDocument,
    "\n  query BudgetCustomerPages($after: String) {\n    customers(first: 100, after: $after) { edges { node { name } } pageInfo { hasNextPage endCursor } }\n  }\n": types.BudgetCustomerPagesDocument,
    "\n  query BudgetLongSpend($id: ID!, $ds: DateTime!, $de: DateTime!, $hs: DateTime!, $he: DateTime!) {\n    customer(id: $id) {\n      days: spendSeries(window: DAY, startingOn: $ds, endingBefore: $de) { startingAt spend { amount } }\n      hours: spendSeries(window: HOUR, startingOn: $hs, endingBefore: $he) { startingAt spend { amount } }\n    }\n  }\n": types.BudgetLongSpendDocument,
    "\n  query BudgetLongSpendOf40($ds: DateTime!, $de: DateTime!) {\n    customers(first: 40) { edges { node { spendSeries(window: DAY, startingOn: $ds, endingBefore: $de) { spend { amount } } } } }\n  }\n": types.BudgetLongSpendOf40Document,
    "\n  query BudgetUsageOf100($m: ID!, $w: SeriesWindow!, $s: DateTime, $e: DateTime) {\n    customers(first: 100) { edges { node {\n      usageSeries(billableMetricId: $m, window: $w, startingOn: $s, endingBefore: $e) { startingAt value }\n      again: usageSeries(billableMetricId: $m, window: $w) { value }\n    } } }\n  }\n": types.BudgetUsageOf100Document,
    "\n  query BudgetBillingOf10($m: ID!) {\n    customers(first: 10) { edges { node {\n      netBalance { amount } monthToDateSpend { amount }\n      invoices(first: 100) { edges { node { total { amount } lineItems { name } } } }\n      balances(first: 25) { edges { cursor } } credits { edges { cursor } }\n      alerts(first: 5) { edges { node { forecast(billableMetricId: $m) { projectedAt reason } } } }\n    } } }\n  }\n": types.BudgetBillingOf10Document,
    "\n  query ClaimedCustomers {\n    customers(first: 10) {\n      edges {\n        node {\n          name\n        }\n      }\n    }\n  }\n": types.ClaimedCustomersDocument,
    "\n  query FaultyAlerts { customers(first: 20) { edges { node { name alerts { edges { cursor } } } } } }\n": types.FaultyAlertsDocument,
    "\n  query FaultsFirstCustomer { customers(first: 1) { edges { cursor } } }\n": types.FaultsFirstCustomerDocument,
    "\n  mutation CreateOnceOnly {\n    createThresholdNotification(input: { type: SPEND_THRESHOLD_REACHED, name: \"Once only\", threshold: 5 }) { thresholdNotificationId }\n  }\n": types.CreateOnceOnlyDocument,
    "\n  query IsoFirstCursor {\n    customers(first: 1) {\n      edges {\n        cursor\n      }\n    }\n  }\n": types.IsoFirstCursorDocument,
    "\n  query IsoCustomerName($id: ID!) {\n    customer(id: $id) {\n      name\n    }\n  }\n": types.IsoCustomerNameDocument,
    "\n  query IsoCustomerNames($first: Int, $customerIds: [ID!]) {\n    customers(first: $first, customerIds: $customerIds) {\n      edges {\n        node {\n          name\n        }\n      }\n    }\n  }\n": types.IsoCustomerNamesDocument,
    "\n  query IsoAliased($mine: ID!, $theirs: ID!) {\n    mine: customer(id: $mine) {\n      name\n    }\n    theirs: customer(id: $theirs) {\n      name\n      alerts {\n        edges {\n          cursor\n        }\n      }\n    }\n  }\n": types.IsoAliasedDocument,
    "\n  query IsoNodeIds($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      id\n    }\n  }\n": types.IsoNodeIdsDocument,
    "\n  query IsoNodeId($id: ID!) {\n    node(id: $id) {\n      id\n    }\n  }\n": types.IsoNodeIdDocument,
    "\n  query IsoOneAlert($customerId: ID!, $alertId: ID!) {\n    customerAlert(customerId: $customerId, alertId: $alertId) {\n      customerStatus\n    }\n  }\n": types.IsoOneAlertDocument,
    "\n  mutation IsoCreateCommit($input: CreateCommitInput!) {\n    createCommit(input: $input) {\n      commit {\n        id\n      }\n    }\n  }\n": types.IsoCreateCommitDocument,
    "\n  query IsoBillingPicture($id: ID!) {\n    customer(id: $id) {\n      netBalance {\n        amount\n      }\n      monthToDateSpend {\n        amount\n      }\n      invoices {\n        edges {\n          node {\n            id\n            status\n          }\n        }\n      }\n      credits {\n        edges {\n          node {\n            id\n          }\n        }\n      }\n      balances {\n        edges {\n          cursor\n        }\n      }\n      spendSeries {\n        startingAt\n      }\n    }\n  }\n": types.IsoBillingPictureDocument,
    "\n  query IsoInvoiceIds($id: ID!) {\n    customer(id: $id) {\n      invoices {\n        edges {\n          node {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.IsoInvoiceIdsDocument,
    "\n  mutation IsoCreateCredit($input: CreateCreditInput!) {\n    createCredit(input: $input) {\n      credit {\n        id\n      }\n    }\n  }\n": types.IsoCreateCreditDocument,
    "\n  mutation IsoUpdateCreditEnd($input: UpdateCreditEndDateInput!) {\n    updateCreditEndDate(input: $input) {\n      credit {\n        id\n      }\n    }\n  }\n": types.IsoUpdateCreditEndDocument,
    "\n  query IsoSeriesById($id: ID!, $metric: ID!) {\n    customer(id: $id) {\n      usageSeries(billableMetricId: $metric) {\n        startingAt\n        value\n      }\n      spendSeries {\n        startingAt\n        spend {\n          amount\n        }\n      }\n      alerts {\n        edges {\n          node {\n            forecast(billableMetricId: $metric) {\n              reason\n              projectedAt\n            }\n          }\n        }\n      }\n    }\n  }\n": types.IsoSeriesByIdDocument,
    "\n  query IsoSeriesBatched($ids: [ID!]!, $metric: ID!) {\n    customers(customerIds: $ids, first: 2) {\n      edges {\n        node {\n          name\n          usageSeries(billableMetricId: $metric) {\n            startingAt\n            value\n          }\n          spendSeries {\n            startingAt\n            spend {\n              amount\n            }\n          }\n          alerts {\n            edges {\n              node {\n                forecast(billableMetricId: $metric) {\n                  reason\n                  projectedAt\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.IsoSeriesBatchedDocument,
    "\n  query IsoSeriesThroughAlert($id: ID!, $alert: ID!, $metric: ID!) {\n    customerAlert(customerId: $id, alertId: $alert) {\n      customer {\n        usageSeries(billableMetricId: $metric) {\n          startingAt\n          value\n        }\n        spendSeries {\n          startingAt\n          spend {\n            amount\n          }\n        }\n        alerts {\n          edges {\n            node {\n              forecast(billableMetricId: $metric) {\n                reason\n                projectedAt\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.IsoSeriesThroughAlertDocument,
    "\n  query IsoInvoiceMetronomeIds($id: ID!) {\n    customer(id: $id) {\n      invoices {\n        edges {\n          node {\n            metronomeId\n          }\n        }\n      }\n    }\n  }\n": types.IsoInvoiceMetronomeIdsDocument,
    "\n  query IsoInvoiceUnderCustomer($id: ID!, $invoice: ID!) {\n    customer(id: $id) {\n      invoice(invoiceId: $invoice) {\n        id\n      }\n    }\n  }\n": types.IsoInvoiceUnderCustomerDocument,
    "\n  query IsoTypename {\n    __typename\n  }\n": types.IsoTypenameDocument,
    "\n  query LimitsDashboard { customers(first: 50) { edges { node { alerts { edges { cursor } } commits { edges { node { balance } } } } } } }\n": types.LimitsDashboardDocument,
    "\n  query LimitsDashboardOfN($n: Int) {\n    customers(first: $n) { edges { node { alerts { edges { cursor } } commits { edges { node { balance } } } } } }\n  }\n": types.LimitsDashboardOfNDocument,
    "\n  query CustomerName($id: ID!) {\n    customer(id: $id) {\n      name\n    }\n  }\n": types.CustomerNameDocument,
    "\n  mutation ResetForWording($input: ResetCustomerAlertInput!) {\n    resetCustomerAlert(input: $input) {\n      customerAlert {\n        customerStatus\n      }\n    }\n  }\n": types.ResetForWordingDocument,
    "\n  query PassthroughCustomerNames {\n    customers(first: 10) {\n      edges {\n        node {\n          name\n        }\n      }\n    }\n  }\n": types.PassthroughCustomerNamesDocument,
    "\n  query PassthroughCustomerName($id: ID!) {\n    customer(id: $id) {\n      name\n    }\n  }\n": types.PassthroughCustomerNameDocument,
    "\n  query RateProbe { __typename }\n": types.RateProbeDocument,
    "\n  query ExpiryCustomerName($id: ID!) {\n    customer(id: $id) {\n      name\n    }\n  }\n": types.ExpiryCustomerNameDocument,
    "\n  query Ping {\n    __typename\n  }\n": types.PingDocument,
    "\n  query CircuitFirstCustomer {\n    customers(first: 1) {\n      edges {\n        cursor\n      }\n    }\n  }\n": types.CircuitFirstCustomerDocument,
    "\n  query CircuitCustomerName($id: ID!) {\n    customer(id: $id) {\n      name\n    }\n  }\n": types.CircuitCustomerNameDocument,
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
export function graphql(source: "\n  query BoardCheck($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n      netBalance {\n        amount\n        creditType {\n          id\n          name\n        }\n      }\n      monthToDateSpend {\n        amount\n        creditType {\n          id\n          name\n        }\n      }\n      alerts {\n        edges {\n          node {\n            customerStatus\n            notification {\n              id\n              type\n            }\n            forecast {\n              projectedAt\n              reason\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BoardCheck($id: ID!) {\n    customer(id: $id) {\n      id\n      name\n      netBalance {\n        amount\n        creditType {\n          id\n          name\n        }\n      }\n      monthToDateSpend {\n        amount\n        creditType {\n          id\n          name\n        }\n      }\n      alerts {\n        edges {\n          node {\n            customerStatus\n            notification {\n              id\n              type\n            }\n            forecast {\n              projectedAt\n              reason\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AlarmNetBalance($id: ID!) {\n    customer(id: $id) {\n      netBalance {\n        amount\n      }\n    }\n  }\n"): (typeof documents)["\n  query AlarmNetBalance($id: ID!) {\n    customer(id: $id) {\n      netBalance {\n        amount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DrawnDown($id: ID!) {\n    customer(id: $id) {\n      netBalance {\n        amount\n      }\n      commits {\n        edges {\n          node {\n            balance\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DrawnDown($id: ID!) {\n    customer(id: $id) {\n      netBalance {\n        amount\n      }\n      commits {\n        edges {\n          node {\n            balance\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WatchedStatus($customerId: ID!, $alertId: ID!) { customerAlert(customerId: $customerId, alertId: $alertId) { customerStatus } }\n"): (typeof documents)["\n  query WatchedStatus($customerId: ID!, $alertId: ID!) { customerAlert(customerId: $customerId, alertId: $alertId) { customerStatus } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IsolationDashboard {\n    customers(first: 50) {\n      edges {\n        node {\n          id\n          name\n          alerts { edges { node { customerStatus notification { name } } } }\n          commits { edges { node { name balance } } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query IsolationDashboard {\n    customers(first: 50) {\n      edges {\n        node {\n          id\n          name\n          alerts { edges { node { customerStatus notification { name } } } }\n          commits { edges { node { name balance } } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IsolationCustomer($id: ID!) {\n    customer(id: $id) { name alerts { edges { node { notification { name } } } } commits { edges { node { name } } } }\n  }\n"): (typeof documents)["\n  query IsolationCustomer($id: ID!) {\n    customer(id: $id) { name alerts { edges { node { notification { name } } } } commits { edges { node { name } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IsolationPurge($customerId: ID!) { purgeCustomerCache(customerId: $customerId) { customerId } }\n"): (typeof documents)["\n  mutation IsolationPurge($customerId: ID!) { purgeCustomerCache(customerId: $customerId) { customerId } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MutatedCustomerRead($id: ID!) {\n    customer(id: $id) {\n      alerts { edges { node { customerStatus notification { id name } } } }\n      commits { edges { node { metronomeId name accessSchedule { segments { endingBefore } } } } }\n    }\n  }\n"): (typeof documents)["\n  query MutatedCustomerRead($id: ID!) {\n    customer(id: $id) {\n      alerts { edges { node { customerStatus notification { id name } } } }\n      commits { edges { node { metronomeId name accessSchedule { segments { endingBefore } } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CacheCreateNotification($id: ID!) {\n    createThresholdNotification(input: { customerId: $id, type: SPEND_THRESHOLD_REACHED, name: \"Fresh one\", threshold: 50000 }) {\n      thresholdNotificationId\n    }\n  }\n"): (typeof documents)["\n  mutation CacheCreateNotification($id: ID!) {\n    createThresholdNotification(input: { customerId: $id, type: SPEND_THRESHOLD_REACHED, name: \"Fresh one\", threshold: 50000 }) {\n      thresholdNotificationId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CacheArchiveNotification($id: ID!) { archiveThresholdNotification(input: { id: $id }) { thresholdNotificationId } }\n"): (typeof documents)["\n  mutation CacheArchiveNotification($id: ID!) { archiveThresholdNotification(input: { id: $id }) { thresholdNotificationId } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CacheResetAlert($c: ID!, $a: ID!) { resetCustomerAlert(input: { customerId: $c, alertId: $a }) { customerAlert { customerStatus } } }\n"): (typeof documents)["\n  mutation CacheResetAlert($c: ID!, $a: ID!) { resetCustomerAlert(input: { customerId: $c, alertId: $a }) { customerAlert { customerStatus } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CacheCreateCommit($id: ID!, $product: ID!, $segments: [AccessSegmentInput!]!) {\n    createCommit(\n      input: { customerId: $id, type: PREPAID, priority: 3, productId: $product, name: \"Fresh commit\", accessSchedule: { segments: $segments } }\n    ) { commit { id } }\n  }\n"): (typeof documents)["\n  mutation CacheCreateCommit($id: ID!, $product: ID!, $segments: [AccessSegmentInput!]!) {\n    createCommit(\n      input: { customerId: $id, type: PREPAID, priority: 3, productId: $product, name: \"Fresh commit\", accessSchedule: { segments: $segments } }\n    ) { commit { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CacheUpdateCommitEnd($c: ID!, $commit: ID!) {\n    updateCommitEndDate(input: { customerId: $c, commitId: $commit, accessEndingBefore: \"2026-09-01T00:00:00Z\" }) { commit { id } }\n  }\n"): (typeof documents)["\n  mutation CacheUpdateCommitEnd($c: ID!, $commit: ID!) {\n    updateCommitEndDate(input: { customerId: $c, commitId: $commit, accessEndingBefore: \"2026-09-01T00:00:00Z\" }) { commit { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolledStatus($customerId: ID!, $alertId: ID!) { customerAlert(customerId: $customerId, alertId: $alertId) { customerStatus } }\n"): (typeof documents)["\n  query PolledStatus($customerId: ID!, $alertId: ID!) { customerAlert(customerId: $customerId, alertId: $alertId) { customerStatus } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LostStatus($customerId: ID!, $alertId: ID!) { customerAlert(customerId: $customerId, alertId: $alertId) { customerStatus } }\n"): (typeof documents)["\n  query LostStatus($customerId: ID!, $alertId: ID!) { customerAlert(customerId: $customerId, alertId: $alertId) { customerStatus } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScaledCustomer($id: ID!) { customer(id: $id) { alerts { edges { node { customerStatus } } } commits { edges { node { name } } } } }\n"): (typeof documents)["\n  query ScaledCustomer($id: ID!) { customer(id: $id) { alerts { edges { node { customerStatus } } } commits { edges { node { name } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MainFirstCustomer {\n    customers(first: 1) { edges { node { name } } }\n  }\n"): (typeof documents)["\n  query MainFirstCustomer {\n    customers(first: 1) { edges { node { name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CountedBillingOverview($metricId: ID!) {\n    customers(first: 50) {\n      edges {\n        node {\n          name\n          netBalance {\n            amount\n            creditType {\n              name\n            }\n          }\n          monthToDateSpend {\n            amount\n          }\n          usageSeries(billableMetricId: $metricId) {\n            startingAt\n            value\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CountedBillingOverview($metricId: ID!) {\n    customers(first: 50) {\n      edges {\n        node {\n          name\n          netBalance {\n            amount\n            creditType {\n              name\n            }\n          }\n          monthToDateSpend {\n            amount\n          }\n          usageSeries(billableMetricId: $metricId) {\n            startingAt\n            value\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CountedOverviewWithSpend($metricId: ID!) {\n    customers(first: 50) {\n      edges {\n        node {\n          monthToDateSpend {\n            amount\n          }\n          spendSeries {\n            startingAt\n          }\n          usageSeries(billableMetricId: $metricId) {\n            value\n          }\n          weekly: usageSeries(billableMetricId: $metricId, window: DAY) {\n            value\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CountedOverviewWithSpend($metricId: ID!) {\n    customers(first: 50) {\n      edges {\n        node {\n          monthToDateSpend {\n            amount\n          }\n          spendSeries {\n            startingAt\n          }\n          usageSeries(billableMetricId: $metricId) {\n            value\n          }\n          weekly: usageSeries(billableMetricId: $metricId, window: DAY) {\n            value\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CountedUsageOfNodes($ids: [ID!]!, $metricId: ID!) {\n    nodes(ids: $ids) {\n      ... on Customer {\n        usageSeries(billableMetricId: $metricId) {\n          value\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CountedUsageOfNodes($ids: [ID!]!, $metricId: ID!) {\n    nodes(ids: $ids) {\n      ... on Customer {\n        usageSeries(billableMetricId: $metricId) {\n          value\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BillingPicture($id: ID!, $metricId: ID!) {\n    customer(id: $id) {\n      netBalance {\n        amount\n        creditType {\n          id\n          name\n        }\n      }\n      monthToDateSpend {\n        amount\n        creditType {\n          name\n        }\n      }\n      credits {\n        edges {\n          node {\n            name\n            balance\n            ledger {\n              type\n              amount\n            }\n          }\n        }\n      }\n      balances {\n        edges {\n          node {\n            __typename\n            ... on Commit {\n              name\n              type\n              balance\n            }\n            ... on Credit {\n              name\n              balance\n            }\n          }\n        }\n      }\n      spendSeries {\n        startingAt\n        spend {\n          amount\n        }\n      }\n      usageSeries(billableMetricId: $metricId, window: DAY, startingOn: \"2026-06-13T00:00:00Z\", endingBefore: \"2026-06-16T00:00:00Z\") {\n        startingAt\n        endingBefore\n        value\n      }\n    }\n  }\n"): (typeof documents)["\n  query BillingPicture($id: ID!, $metricId: ID!) {\n    customer(id: $id) {\n      netBalance {\n        amount\n        creditType {\n          id\n          name\n        }\n      }\n      monthToDateSpend {\n        amount\n        creditType {\n          name\n        }\n      }\n      credits {\n        edges {\n          node {\n            name\n            balance\n            ledger {\n              type\n              amount\n            }\n          }\n        }\n      }\n      balances {\n        edges {\n          node {\n            __typename\n            ... on Commit {\n              name\n              type\n              balance\n            }\n            ... on Credit {\n              name\n              balance\n            }\n          }\n        }\n      }\n      spendSeries {\n        startingAt\n        spend {\n          amount\n        }\n      }\n      usageSeries(billableMetricId: $metricId, window: DAY, startingOn: \"2026-06-13T00:00:00Z\", endingBefore: \"2026-06-16T00:00:00Z\") {\n        startingAt\n        endingBefore\n        value\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BillingInvoices($id: ID!, $status: InvoiceStatus, $startingOn: DateTime, $first: Int, $after: String) {\n    customer(id: $id) {\n      invoices(status: $status, startingOn: $startingOn, first: $first, after: $after) {\n        edges {\n          node {\n            id\n            metronomeId\n            status\n            startingAt\n            endingBefore\n            subtotal {\n              amount\n            }\n            total {\n              amount\n              creditType {\n                name\n              }\n            }\n            lineItems {\n              type\n              name\n              quantity\n              total {\n                amount\n              }\n              appliedCommitOrCredit {\n                id\n                type\n              }\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BillingInvoices($id: ID!, $status: InvoiceStatus, $startingOn: DateTime, $first: Int, $after: String) {\n    customer(id: $id) {\n      invoices(status: $status, startingOn: $startingOn, first: $first, after: $after) {\n        edges {\n          node {\n            id\n            metronomeId\n            status\n            startingAt\n            endingBefore\n            subtotal {\n              amount\n            }\n            total {\n              amount\n              creditType {\n                name\n              }\n            }\n            lineItems {\n              type\n              name\n              quantity\n              total {\n                amount\n              }\n              appliedCommitOrCredit {\n                id\n                type\n              }\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BillingOneInvoice($id: ID!, $invoiceId: ID!, $node: ID!) {\n    customer(id: $id) {\n      invoice(invoiceId: $invoiceId) {\n        status\n        total {\n          amount\n        }\n      }\n    }\n    node(id: $node) {\n      ... on Invoice {\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query BillingOneInvoice($id: ID!, $invoiceId: ID!, $node: ID!) {\n    customer(id: $id) {\n      invoice(invoiceId: $invoiceId) {\n        status\n        total {\n          amount\n        }\n      }\n    }\n    node(id: $node) {\n      ... on Invoice {\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BillingHourlySpend($id: ID!, $startingOn: DateTime, $endingBefore: DateTime) {\n    customer(id: $id) {\n      spendSeries(window: HOUR, startingOn: $startingOn, endingBefore: $endingBefore) {\n        startingAt\n        spend {\n          amount\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BillingHourlySpend($id: ID!, $startingOn: DateTime, $endingBefore: DateTime) {\n    customer(id: $id) {\n      spendSeries(window: HOUR, startingOn: $startingOn, endingBefore: $endingBefore) {\n        startingAt\n        spend {\n          amount\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BillingCreateCredit($input: CreateCreditInput!) {\n    createCredit(input: $input) {\n      credit {\n        id\n        metronomeId\n        name\n        balance\n        accessSchedule {\n          segments {\n            amount\n            startingAt\n            endingBefore\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BillingCreateCredit($input: CreateCreditInput!) {\n    createCredit(input: $input) {\n      credit {\n        id\n        metronomeId\n        name\n        balance\n        accessSchedule {\n          segments {\n            amount\n            startingAt\n            endingBefore\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BillingUpdateCreditEnd($input: UpdateCreditEndDateInput!) {\n    updateCreditEndDate(input: $input) {\n      credit {\n        accessSchedule {\n          segments {\n            endingBefore\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BillingUpdateCreditEnd($input: UpdateCreditEndDateInput!) {\n    updateCreditEndDate(input: $input) {\n      credit {\n        accessSchedule {\n          segments {\n            endingBefore\n          }\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query OneCustomerById($id: ID!) {\n    customer(id: $id) {\n      name\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  query OneCustomerById($id: ID!) {\n    customer(id: $id) {\n      name\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoBilling($id: ID!, $metricId: ID!) {\n    customer(id: $id) {\n      name\n      netBalance {\n        amount\n      }\n      monthToDateSpend {\n        amount\n      }\n      invoices {\n        edges {\n          node {\n            status\n            startingAt\n            subtotal {\n              amount\n            }\n          }\n        }\n      }\n      spendSeries {\n        startingAt\n        spend {\n          amount\n        }\n      }\n      usageSeries(billableMetricId: $metricId) {\n        value\n      }\n      alerts {\n        edges {\n          node {\n            customerStatus\n            notification {\n              name\n            }\n            forecast(billableMetricId: $metricId) {\n              projectedAt\n              reason\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DemoBilling($id: ID!, $metricId: ID!) {\n    customer(id: $id) {\n      name\n      netBalance {\n        amount\n      }\n      monthToDateSpend {\n        amount\n      }\n      invoices {\n        edges {\n          node {\n            status\n            startingAt\n            subtotal {\n              amount\n            }\n          }\n        }\n      }\n      spendSeries {\n        startingAt\n        spend {\n          amount\n        }\n      }\n      usageSeries(billableMetricId: $metricId) {\n        value\n      }\n      alerts {\n        edges {\n          node {\n            customerStatus\n            notification {\n              name\n            }\n            forecast(billableMetricId: $metricId) {\n              projectedAt\n              reason\n            }\n          }\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query CostedCustomers {\n    customers(first: 2) {\n      edges {\n        node {\n          name\n          alerts { edges { node { customerStatus customer { name } } } }\n          commits { edges { node { balance ledger { amount } customer { name } } } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CostedCustomers {\n    customers(first: 2) {\n      edges {\n        node {\n          name\n          alerts { edges { node { customerStatus customer { name } } } }\n          commits { edges { node { balance ledger { amount } customer { name } } } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CostedCustomerAlert($c: ID!, $a: ID!) { customer(id: $c) { name alert(alertId: $a) { customerStatus } } }\n"): (typeof documents)["\n  query CostedCustomerAlert($c: ID!, $a: ID!) { customer(id: $c) { name alert(alertId: $a) { customerStatus } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CostedAlertOfCustomer($c: ID!, $a: ID!) { customerAlert(customerId: $c, alertId: $a) { customer { name } } }\n"): (typeof documents)["\n  query CostedAlertOfCustomer($c: ID!, $a: ID!) { customerAlert(customerId: $c, alertId: $a) { customer { name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CostedNode($node: ID!) { node(id: $node) { id } }\n"): (typeof documents)["\n  query CostedNode($node: ID!) { node(id: $node) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CostedCommitNodes($commit: ID!) { nodes(ids: [$commit]) { ... on Commit { name balance customer { name } } } }\n"): (typeof documents)["\n  query CostedCommitNodes($commit: ID!) { nodes(ids: [$commit]) { ... on Commit { name balance customer { name } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CostedCreateNotification($c: ID!) {\n    createThresholdNotification(input: { customerId: $c, type: SPEND_THRESHOLD_REACHED, name: \"Costed\", threshold: 500 }) {\n      thresholdNotificationId\n      customerAlert { customerStatus }\n    }\n  }\n"): (typeof documents)["\n  mutation CostedCreateNotification($c: ID!) {\n    createThresholdNotification(input: { customerId: $c, type: SPEND_THRESHOLD_REACHED, name: \"Costed\", threshold: 500 }) {\n      thresholdNotificationId\n      customerAlert { customerStatus }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CostedResetAlert($c: ID!, $a: ID!) { resetCustomerAlert(input: { customerId: $c, alertId: $a }) { customerAlert { customerStatus } } }\n"): (typeof documents)["\n  mutation CostedResetAlert($c: ID!, $a: ID!) { resetCustomerAlert(input: { customerId: $c, alertId: $a }) { customerAlert { customerStatus } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CostedArchiveNotification($id: ID!) { archiveThresholdNotification(input: { id: $id }) { thresholdNotificationId } }\n"): (typeof documents)["\n  mutation CostedArchiveNotification($id: ID!) { archiveThresholdNotification(input: { id: $id }) { thresholdNotificationId } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CostedCreateCommit($c: ID!, $p: ID!, $segments: [AccessSegmentInput!]!) {\n    createCommit(input: { customerId: $c, type: PREPAID, priority: 1, productId: $p, accessSchedule: { segments: $segments } }) {\n      commit { id ledger { amount } customer { name } }\n    }\n  }\n"): (typeof documents)["\n  mutation CostedCreateCommit($c: ID!, $p: ID!, $segments: [AccessSegmentInput!]!) {\n    createCommit(input: { customerId: $c, type: PREPAID, priority: 1, productId: $p, accessSchedule: { segments: $segments } }) {\n      commit { id ledger { amount } customer { name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CostedUpdateCommitEnd($c: ID!, $id: ID!) {\n    updateCommitEndDate(input: { customerId: $c, commitId: $id, accessEndingBefore: \"2026-09-01T00:00:00Z\" }) { commit { id } }\n  }\n"): (typeof documents)["\n  mutation CostedUpdateCommitEnd($c: ID!, $id: ID!) {\n    updateCommitEndDate(input: { customerId: $c, commitId: $id, accessEndingBefore: \"2026-09-01T00:00:00Z\" }) { commit { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CostedAlertFeed($c: ID!) { customerAlertStatusChanged(customerId: $c) { status customerAlert { customer { name } } } }\n"): (typeof documents)["\n  subscription CostedAlertFeed($c: ID!) { customerAlertStatusChanged(customerId: $c) { status customerAlert { customer { name } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Forecasts($id: ID!, $metricId: ID) {\n    customer(id: $id) {\n      alerts {\n        edges {\n          node {\n            customerStatus\n            notification {\n              name\n            }\n            forecast(billableMetricId: $metricId) {\n              projectedAt\n              ratePerDay\n              basis\n              observedFrom\n              observedTo\n              currentValue\n              reason\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Forecasts($id: ID!, $metricId: ID) {\n    customer(id: $id) {\n      alerts {\n        edges {\n          node {\n            customerStatus\n            notification {\n              name\n            }\n            forecast(billableMetricId: $metricId) {\n              projectedAt\n              ratePerDay\n              basis\n              observedFrom\n              observedTo\n              currentValue\n              reason\n            }\n          }\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  subscription CustomerFeed($customerId: ID!, $alertId: ID) {\n    customerAlertStatusChanged(customerId: $customerId, alertId: $alertId) {\n      previousStatus\n      status\n      source\n      changedAt\n      customerAlert {\n        customerStatus\n        triggeredBy\n        notification {\n          id\n          name\n        }\n        customer {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription CustomerFeed($customerId: ID!, $alertId: ID) {\n    customerAlertStatusChanged(customerId: $customerId, alertId: $alertId) {\n      previousStatus\n      status\n      source\n      changedAt\n      customerAlert {\n        customerStatus\n        triggeredBy\n        notification {\n          id\n          name\n        }\n        customer {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BoardFeed {\n    alertStatusChanges {\n      previousStatus\n      status\n      source\n      changedAt\n      customerAlert {\n        customerStatus\n        triggeredBy\n        notification {\n          id\n          name\n        }\n        customer {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription BoardFeed {\n    alertStatusChanges {\n      previousStatus\n      status\n      source\n      changedAt\n      customerAlert {\n        customerStatus\n        triggeredBy\n        notification {\n          id\n          name\n        }\n        customer {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveArchiveAlert($id: ID!) {\n    archiveThresholdNotification(input: { id: $id }) {\n      thresholdNotificationId\n    }\n  }\n"): (typeof documents)["\n  mutation LiveArchiveAlert($id: ID!) {\n    archiveThresholdNotification(input: { id: $id }) {\n      thresholdNotificationId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveCreateAlert($input: CreateThresholdNotificationInput!) {\n    createThresholdNotification(input: $input) {\n      thresholdNotificationId\n      customerAlert {\n        customerStatus\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LiveCreateAlert($input: CreateThresholdNotificationInput!) {\n    createThresholdNotification(input: $input) {\n      thresholdNotificationId\n      customerAlert {\n        customerStatus\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveResetAlert($customerId: ID!, $alertId: ID!) {\n    resetCustomerAlert(input: { customerId: $customerId, alertId: $alertId }) {\n      customerAlert {\n        customerStatus\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LiveResetAlert($customerId: ID!, $alertId: ID!) {\n    resetCustomerAlert(input: { customerId: $customerId, alertId: $alertId }) {\n      customerAlert {\n        customerStatus\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription FanoutBoard {\n    alertStatusChanges {\n      previousStatus\n      status\n      source\n      changedAt\n      customerAlert {\n        customerStatus\n        notification {\n          id\n          name\n        }\n        customer {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription FanoutBoard {\n    alertStatusChanges {\n      previousStatus\n      status\n      source\n      changedAt\n      customerAlert {\n        customerStatus\n        notification {\n          id\n          name\n        }\n        customer {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription FanoutOneAlert($customerId: ID!, $alertId: ID) {\n    customerAlertStatusChanged(customerId: $customerId, alertId: $alertId) {\n      status\n      source\n      customerAlert {\n        notification {\n          name\n        }\n        customer {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription FanoutOneAlert($customerId: ID!, $alertId: ID) {\n    customerAlertStatusChanged(customerId: $customerId, alertId: $alertId) {\n      status\n      source\n      customerAlert {\n        notification {\n          name\n        }\n        customer {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RedisDownTypename {\n    __typename\n  }\n"): (typeof documents)["\n  query RedisDownTypename {\n    __typename\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VisibleCustomers {\n    customers(first: 10) {\n      edges {\n        node {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query VisibleCustomers {\n    customers(first: 10) {\n      edges {\n        node {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeasuredDashboard {\n    customers(first: 5) { edges { node { name alerts { edges { cursor } } } } }\n  }\n"): (typeof documents)["\n  query MeasuredDashboard {\n    customers(first: 5) { edges { node { name alerts { edges { cursor } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Broken($id: ID!) {\n    customer(id: $id) { name }\n  }\n"): (typeof documents)["\n  query Broken($id: ID!) {\n    customer(id: $id) { name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Retried {\n    customers(first: 1) { edges { cursor } }\n  }\n"): (typeof documents)["\n  query Retried {\n    customers(first: 1) { edges { cursor } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LoggedOne {\n    customers(first: 2) { edges { node { name } } }\n  }\n"): (typeof documents)["\n  query LoggedOne {\n    customers(first: 2) { edges { node { name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LoggedTwo($badId: ID!) {\n    customers(first: 1) { edges { cursor } }\n    nope: customer(id: $badId) { name }\n  }\n"): (typeof documents)["\n  query LoggedTwo($badId: ID!) {\n    customers(first: 1) { edges { cursor } }\n    nope: customer(id: $badId) { name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FirstCustomerName {\n    customers(first: 1) { edges { node { name } } }\n  }\n"): (typeof documents)["\n  query FirstCustomerName {\n    customers(first: 1) { edges { node { name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Traced($id: ID!) {\n    customer(id: $id) { name alerts { edges { cursor } } }\n  }\n"): (typeof documents)["\n  query Traced($id: ID!) {\n    customer(id: $id) { name alerts { edges { cursor } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Sampled { __typename }\n"): (typeof documents)["\n  query Sampled { __typename }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Unsampled { __typename }\n"): (typeof documents)["\n  query Unsampled { __typename }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FromCaller($id: ID!) {\n    customer(id: $id) { name }\n  }\n"): (typeof documents)["\n  query FromCaller($id: ID!) {\n    customer(id: $id) { name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotByCaller($id: ID!) {\n    customer(id: $id) { name }\n  }\n"): (typeof documents)["\n  query NotByCaller($id: ID!) {\n    customer(id: $id) { name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Marker { __typename }\n"): (typeof documents)["\n  query Marker { __typename }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BudgetCommitNodes($ids: [ID!]!) {\n    nodes(ids: $ids) { ... on Commit { name balance ledger { amount } customer { name } } }\n  }\n"): (typeof documents)["\n  query BudgetCommitNodes($ids: [ID!]!) {\n    nodes(ids: $ids) { ... on Commit { name balance ledger { amount } customer { name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BudgetFirstCustomer { customers(first: 1) { edges { cursor } } }\n"): (typeof documents)["\n  query BudgetFirstCustomer { customers(first: 1) { edges { cursor } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BudgetCustomersAfter($after: String) { customers(first: 100, after: $after) { edges { cursor } } }\n"): (typeof documents)["\n  query BudgetCustomersAfter($after: String) { customers(first: 100, after: $after) { edges { cursor } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BudgetAlertsAfter($id: ID!, $after: String) { customer(id: $id) { alerts(after: $after) { edges { cursor } } } }\n"): (typeof documents)["\n  query BudgetAlertsAfter($id: ID!, $after: String) { customer(id: $id) { alerts(after: $after) { edges { cursor } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BudgetHundredAlerts($id: ID!) { customer(id: $id) { alerts(first: 100) { edges { cursor } } } }\n"): (typeof documents)["\n  query BudgetHundredAlerts($id: ID!) { customer(id: $id) { alerts(first: 100) { edges { cursor } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BudgetHundredAlertsAfter($id: ID!, $after: String) { customer(id: $id) { alerts(first: 100, after: $after) { edges { cursor } } } }\n"): (typeof documents)["\n  query BudgetHundredAlertsAfter($id: ID!, $after: String) { customer(id: $id) { alerts(first: 100, after: $after) { edges { cursor } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BudgetAlertsDefaultFirst($id: ID!, $n: Int = 100) { customer(id: $id) { alerts(first: $n) { edges { cursor } } } }\n"): (typeof documents)["\n  query BudgetAlertsDefaultFirst($id: ID!, $n: Int = 100) { customer(id: $id) { alerts(first: $n) { edges { cursor } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BudgetCommitsToldNot($id: ID!) {\n    customer(id: $id) { commits(includeBalance: false, includeLedgers: false) { edges { node { balance ledger { amount } } } } }\n  }\n"): (typeof documents)["\n  query BudgetCommitsToldNot($id: ID!) {\n    customer(id: $id) { commits(includeBalance: false, includeLedgers: false) { edges { node { balance ledger { amount } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BudgetAlertCustomer($c: ID!, $a: ID!) { customerAlert(customerId: $c, alertId: $a) { customer { name } notification { name } } }\n"): (typeof documents)["\n  query BudgetAlertCustomer($c: ID!, $a: ID!) { customerAlert(customerId: $c, alertId: $a) { customer { name } notification { name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BudgetCustomerName($id: ID!) { customer(id: $id) { name } }\n"): (typeof documents)["\n  query BudgetCustomerName($id: ID!) { customer(id: $id) { name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BudgetAlertBeyondFirstPage($id: ID!, $a: ID!) {\n    customer(id: $id) { alerts(first: 1) { edges { cursor } } alert(alertId: $a) { customerStatus } }\n  }\n"): (typeof documents)["\n  query BudgetAlertBeyondFirstPage($id: ID!, $a: ID!) {\n    customer(id: $id) { alerts(first: 1) { edges { cursor } } alert(alertId: $a) { customerStatus } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BudgetViewerCustomers { customers(first: 100) { edges { cursor } pageInfo { endCursor } } }\n"): (typeof documents)["\n  query BudgetViewerCustomers { customers(first: 100) { edges { cursor } pageInfo { endCursor } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BudgetDashboard {\n    customers(first: 50) { edges { node { alerts { edges { node { customerStatus } } } commits { edges { node { balance } } } } } }\n  }\n"): (typeof documents)["\n  query BudgetDashboard {\n    customers(first: 50) { edges { node { alerts { edges { node { customerStatus } } } commits { edges { node { balance } } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BudgetCustomerPages($after: String) {\n    customers(first: 100, after: $after) { edges { node { name } } pageInfo { hasNextPage endCursor } }\n  }\n"): (typeof documents)["\n  query BudgetCustomerPages($after: String) {\n    customers(first: 100, after: $after) { edges { node { name } } pageInfo { hasNextPage endCursor } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BudgetLongSpend($id: ID!, $ds: DateTime!, $de: DateTime!, $hs: DateTime!, $he: DateTime!) {\n    customer(id: $id) {\n      days: spendSeries(window: DAY, startingOn: $ds, endingBefore: $de) { startingAt spend { amount } }\n      hours: spendSeries(window: HOUR, startingOn: $hs, endingBefore: $he) { startingAt spend { amount } }\n    }\n  }\n"): (typeof documents)["\n  query BudgetLongSpend($id: ID!, $ds: DateTime!, $de: DateTime!, $hs: DateTime!, $he: DateTime!) {\n    customer(id: $id) {\n      days: spendSeries(window: DAY, startingOn: $ds, endingBefore: $de) { startingAt spend { amount } }\n      hours: spendSeries(window: HOUR, startingOn: $hs, endingBefore: $he) { startingAt spend { amount } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BudgetLongSpendOf40($ds: DateTime!, $de: DateTime!) {\n    customers(first: 40) { edges { node { spendSeries(window: DAY, startingOn: $ds, endingBefore: $de) { spend { amount } } } } }\n  }\n"): (typeof documents)["\n  query BudgetLongSpendOf40($ds: DateTime!, $de: DateTime!) {\n    customers(first: 40) { edges { node { spendSeries(window: DAY, startingOn: $ds, endingBefore: $de) { spend { amount } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BudgetUsageOf100($m: ID!, $w: SeriesWindow!, $s: DateTime, $e: DateTime) {\n    customers(first: 100) { edges { node {\n      usageSeries(billableMetricId: $m, window: $w, startingOn: $s, endingBefore: $e) { startingAt value }\n      again: usageSeries(billableMetricId: $m, window: $w) { value }\n    } } }\n  }\n"): (typeof documents)["\n  query BudgetUsageOf100($m: ID!, $w: SeriesWindow!, $s: DateTime, $e: DateTime) {\n    customers(first: 100) { edges { node {\n      usageSeries(billableMetricId: $m, window: $w, startingOn: $s, endingBefore: $e) { startingAt value }\n      again: usageSeries(billableMetricId: $m, window: $w) { value }\n    } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BudgetBillingOf10($m: ID!) {\n    customers(first: 10) { edges { node {\n      netBalance { amount } monthToDateSpend { amount }\n      invoices(first: 100) { edges { node { total { amount } lineItems { name } } } }\n      balances(first: 25) { edges { cursor } } credits { edges { cursor } }\n      alerts(first: 5) { edges { node { forecast(billableMetricId: $m) { projectedAt reason } } } }\n    } } }\n  }\n"): (typeof documents)["\n  query BudgetBillingOf10($m: ID!) {\n    customers(first: 10) { edges { node {\n      netBalance { amount } monthToDateSpend { amount }\n      invoices(first: 100) { edges { node { total { amount } lineItems { name } } } }\n      balances(first: 25) { edges { cursor } } credits { edges { cursor } }\n      alerts(first: 5) { edges { node { forecast(billableMetricId: $m) { projectedAt reason } } } }\n    } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClaimedCustomers {\n    customers(first: 10) {\n      edges {\n        node {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClaimedCustomers {\n    customers(first: 10) {\n      edges {\n        node {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FaultyAlerts { customers(first: 20) { edges { node { name alerts { edges { cursor } } } } } }\n"): (typeof documents)["\n  query FaultyAlerts { customers(first: 20) { edges { node { name alerts { edges { cursor } } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FaultsFirstCustomer { customers(first: 1) { edges { cursor } } }\n"): (typeof documents)["\n  query FaultsFirstCustomer { customers(first: 1) { edges { cursor } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOnceOnly {\n    createThresholdNotification(input: { type: SPEND_THRESHOLD_REACHED, name: \"Once only\", threshold: 5 }) { thresholdNotificationId }\n  }\n"): (typeof documents)["\n  mutation CreateOnceOnly {\n    createThresholdNotification(input: { type: SPEND_THRESHOLD_REACHED, name: \"Once only\", threshold: 5 }) { thresholdNotificationId }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IsoFirstCursor {\n    customers(first: 1) {\n      edges {\n        cursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query IsoFirstCursor {\n    customers(first: 1) {\n      edges {\n        cursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IsoCustomerName($id: ID!) {\n    customer(id: $id) {\n      name\n    }\n  }\n"): (typeof documents)["\n  query IsoCustomerName($id: ID!) {\n    customer(id: $id) {\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IsoCustomerNames($first: Int, $customerIds: [ID!]) {\n    customers(first: $first, customerIds: $customerIds) {\n      edges {\n        node {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query IsoCustomerNames($first: Int, $customerIds: [ID!]) {\n    customers(first: $first, customerIds: $customerIds) {\n      edges {\n        node {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IsoAliased($mine: ID!, $theirs: ID!) {\n    mine: customer(id: $mine) {\n      name\n    }\n    theirs: customer(id: $theirs) {\n      name\n      alerts {\n        edges {\n          cursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query IsoAliased($mine: ID!, $theirs: ID!) {\n    mine: customer(id: $mine) {\n      name\n    }\n    theirs: customer(id: $theirs) {\n      name\n      alerts {\n        edges {\n          cursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IsoNodeIds($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query IsoNodeIds($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IsoNodeId($id: ID!) {\n    node(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query IsoNodeId($id: ID!) {\n    node(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IsoOneAlert($customerId: ID!, $alertId: ID!) {\n    customerAlert(customerId: $customerId, alertId: $alertId) {\n      customerStatus\n    }\n  }\n"): (typeof documents)["\n  query IsoOneAlert($customerId: ID!, $alertId: ID!) {\n    customerAlert(customerId: $customerId, alertId: $alertId) {\n      customerStatus\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IsoCreateCommit($input: CreateCommitInput!) {\n    createCommit(input: $input) {\n      commit {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IsoCreateCommit($input: CreateCommitInput!) {\n    createCommit(input: $input) {\n      commit {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IsoBillingPicture($id: ID!) {\n    customer(id: $id) {\n      netBalance {\n        amount\n      }\n      monthToDateSpend {\n        amount\n      }\n      invoices {\n        edges {\n          node {\n            id\n            status\n          }\n        }\n      }\n      credits {\n        edges {\n          node {\n            id\n          }\n        }\n      }\n      balances {\n        edges {\n          cursor\n        }\n      }\n      spendSeries {\n        startingAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query IsoBillingPicture($id: ID!) {\n    customer(id: $id) {\n      netBalance {\n        amount\n      }\n      monthToDateSpend {\n        amount\n      }\n      invoices {\n        edges {\n          node {\n            id\n            status\n          }\n        }\n      }\n      credits {\n        edges {\n          node {\n            id\n          }\n        }\n      }\n      balances {\n        edges {\n          cursor\n        }\n      }\n      spendSeries {\n        startingAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IsoInvoiceIds($id: ID!) {\n    customer(id: $id) {\n      invoices {\n        edges {\n          node {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query IsoInvoiceIds($id: ID!) {\n    customer(id: $id) {\n      invoices {\n        edges {\n          node {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IsoCreateCredit($input: CreateCreditInput!) {\n    createCredit(input: $input) {\n      credit {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IsoCreateCredit($input: CreateCreditInput!) {\n    createCredit(input: $input) {\n      credit {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IsoUpdateCreditEnd($input: UpdateCreditEndDateInput!) {\n    updateCreditEndDate(input: $input) {\n      credit {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IsoUpdateCreditEnd($input: UpdateCreditEndDateInput!) {\n    updateCreditEndDate(input: $input) {\n      credit {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IsoSeriesById($id: ID!, $metric: ID!) {\n    customer(id: $id) {\n      usageSeries(billableMetricId: $metric) {\n        startingAt\n        value\n      }\n      spendSeries {\n        startingAt\n        spend {\n          amount\n        }\n      }\n      alerts {\n        edges {\n          node {\n            forecast(billableMetricId: $metric) {\n              reason\n              projectedAt\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query IsoSeriesById($id: ID!, $metric: ID!) {\n    customer(id: $id) {\n      usageSeries(billableMetricId: $metric) {\n        startingAt\n        value\n      }\n      spendSeries {\n        startingAt\n        spend {\n          amount\n        }\n      }\n      alerts {\n        edges {\n          node {\n            forecast(billableMetricId: $metric) {\n              reason\n              projectedAt\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IsoSeriesBatched($ids: [ID!]!, $metric: ID!) {\n    customers(customerIds: $ids, first: 2) {\n      edges {\n        node {\n          name\n          usageSeries(billableMetricId: $metric) {\n            startingAt\n            value\n          }\n          spendSeries {\n            startingAt\n            spend {\n              amount\n            }\n          }\n          alerts {\n            edges {\n              node {\n                forecast(billableMetricId: $metric) {\n                  reason\n                  projectedAt\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query IsoSeriesBatched($ids: [ID!]!, $metric: ID!) {\n    customers(customerIds: $ids, first: 2) {\n      edges {\n        node {\n          name\n          usageSeries(billableMetricId: $metric) {\n            startingAt\n            value\n          }\n          spendSeries {\n            startingAt\n            spend {\n              amount\n            }\n          }\n          alerts {\n            edges {\n              node {\n                forecast(billableMetricId: $metric) {\n                  reason\n                  projectedAt\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IsoSeriesThroughAlert($id: ID!, $alert: ID!, $metric: ID!) {\n    customerAlert(customerId: $id, alertId: $alert) {\n      customer {\n        usageSeries(billableMetricId: $metric) {\n          startingAt\n          value\n        }\n        spendSeries {\n          startingAt\n          spend {\n            amount\n          }\n        }\n        alerts {\n          edges {\n            node {\n              forecast(billableMetricId: $metric) {\n                reason\n                projectedAt\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query IsoSeriesThroughAlert($id: ID!, $alert: ID!, $metric: ID!) {\n    customerAlert(customerId: $id, alertId: $alert) {\n      customer {\n        usageSeries(billableMetricId: $metric) {\n          startingAt\n          value\n        }\n        spendSeries {\n          startingAt\n          spend {\n            amount\n          }\n        }\n        alerts {\n          edges {\n            node {\n              forecast(billableMetricId: $metric) {\n                reason\n                projectedAt\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IsoInvoiceMetronomeIds($id: ID!) {\n    customer(id: $id) {\n      invoices {\n        edges {\n          node {\n            metronomeId\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query IsoInvoiceMetronomeIds($id: ID!) {\n    customer(id: $id) {\n      invoices {\n        edges {\n          node {\n            metronomeId\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IsoInvoiceUnderCustomer($id: ID!, $invoice: ID!) {\n    customer(id: $id) {\n      invoice(invoiceId: $invoice) {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query IsoInvoiceUnderCustomer($id: ID!, $invoice: ID!) {\n    customer(id: $id) {\n      invoice(invoiceId: $invoice) {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IsoTypename {\n    __typename\n  }\n"): (typeof documents)["\n  query IsoTypename {\n    __typename\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LimitsDashboard { customers(first: 50) { edges { node { alerts { edges { cursor } } commits { edges { node { balance } } } } } } }\n"): (typeof documents)["\n  query LimitsDashboard { customers(first: 50) { edges { node { alerts { edges { cursor } } commits { edges { node { balance } } } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LimitsDashboardOfN($n: Int) {\n    customers(first: $n) { edges { node { alerts { edges { cursor } } commits { edges { node { balance } } } } } }\n  }\n"): (typeof documents)["\n  query LimitsDashboardOfN($n: Int) {\n    customers(first: $n) { edges { node { alerts { edges { cursor } } commits { edges { node { balance } } } } } }\n  }\n"];
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
export function graphql(source: "\n  query PassthroughCustomerNames {\n    customers(first: 10) {\n      edges {\n        node {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PassthroughCustomerNames {\n    customers(first: 10) {\n      edges {\n        node {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PassthroughCustomerName($id: ID!) {\n    customer(id: $id) {\n      name\n    }\n  }\n"): (typeof documents)["\n  query PassthroughCustomerName($id: ID!) {\n    customer(id: $id) {\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RateProbe { __typename }\n"): (typeof documents)["\n  query RateProbe { __typename }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExpiryCustomerName($id: ID!) {\n    customer(id: $id) {\n      name\n    }\n  }\n"): (typeof documents)["\n  query ExpiryCustomerName($id: ID!) {\n    customer(id: $id) {\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Ping {\n    __typename\n  }\n"): (typeof documents)["\n  query Ping {\n    __typename\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CircuitFirstCustomer {\n    customers(first: 1) {\n      edges {\n        cursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query CircuitFirstCustomer {\n    customers(first: 1) {\n      edges {\n        cursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CircuitCustomerName($id: ID!) {\n    customer(id: $id) {\n      name\n    }\n  }\n"): (typeof documents)["\n  query CircuitCustomerName($id: ID!) {\n    customer(id: $id) {\n      name\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;