import { graphql } from './gql/index.js';

/** The operations this example frontend sends; `npm run codegen` types them from schema.graphql. */

export const DashboardQuery = graphql(`
  query ExampleDashboard($first: Int!) {
    customers(first: $first) {
      edges {
        node {
          id
          name
          alerts {
            edges {
              node {
                customerStatus
                notification {
                  id
                  name
                  threshold
                }
              }
            }
          }
        }
      }
    }
  }
`);

export const AlarmSubscription = graphql(`
  subscription ExampleAlarms($customerId: ID!) {
    customerAlertStatusChanged(customerId: $customerId) {
      previousStatus
      status
      source
      customerAlert {
        triggeredBy
        notification {
          id
          name
        }
      }
    }
  }
`);
