/** What GraphiQL opens with: a dashboard of the demo organization that runs as shipped. */
export const DEFAULT_QUERY = `# Welcome to the Metronome GraphQL gateway.
# Run this query (Ctrl-Enter) to see every customer with their threshold
# notifications and commits. The docs explorer (top left) describes every field.

query Dashboard {
  customers(first: 10) {
    edges {
      node {
        id
        name
        ingestAliases
        alerts {
          edges {
            node {
              customerStatus
              triggeredBy
              notification { id name type threshold }
            }
          }
        }
        commits {
          edges {
            node { id name type balance }
          }
        }
      }
    }
  }
}
`;
