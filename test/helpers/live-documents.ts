import { graphql } from '../gql/index.js';

// Typed operations of the live tests (feeds, and the mutations that move a status on purpose).

/** One customer's feed (one notification with `alertId`), with a small, stable selection. */
export const CustomerFeed = graphql(`
  subscription CustomerFeed($customerId: ID!, $alertId: ID) {
    customerAlertStatusChanged(customerId: $customerId, alertId: $alertId) {
      previousStatus
      status
      source
      changedAt
      customerAlert {
        customerStatus
        triggeredBy
        notification {
          id
          name
        }
        customer {
          name
        }
      }
    }
  }
`);

/** Every change of every customer the viewer may see (the board's feed). */
export const BoardFeed = graphql(`
  subscription BoardFeed {
    alertStatusChanges {
      previousStatus
      status
      source
      changedAt
      customerAlert {
        customerStatus
        triggeredBy
        notification {
          id
          name
        }
        customer {
          name
        }
      }
    }
  }
`);

/** Archives a notification through the gateway: its subscribers see IN_ALARM/OK → ARCHIVED at once (source MUTATION). */
export const ArchiveAlert = graphql(`
  mutation LiveArchiveAlert($id: ID!) {
    archiveThresholdNotification(input: { id: $id }) {
      thresholdNotificationId
    }
  }
`);

/** Creates a notification through the gateway; one already crossed is announced at once (source MUTATION). */
export const CreateAlert = graphql(`
  mutation LiveCreateAlert($input: CreateThresholdNotificationInput!) {
    createThresholdNotification(input: $input) {
      thresholdNotificationId
      customerAlert {
        customerStatus
      }
    }
  }
`);

/** Resets a customer's notification (Metronome evaluates it again and notifies anew). */
export const ResetAlert = graphql(`
  mutation LiveResetAlert($customerId: ID!, $alertId: ID!) {
    resetCustomerAlert(input: { customerId: $customerId, alertId: $alertId }) {
      customerAlert {
        customerStatus
      }
    }
  }
`);
