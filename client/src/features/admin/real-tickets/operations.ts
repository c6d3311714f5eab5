import { graphql } from '../gql';

/** Real tickets (issue 15): find the provisional ticket, link it, who is still unlinked, their export. */

export const FindTicketQuery = graphql(`
  query RealTicketsFindTicket($siteId: ID!, $search: String!) {
    tickets(siteId: $siteId, filter: { search: $search }, first: 5) {
      edges {
        node {
          id
          number
        }
      }
    }
  }
`);

export const LinkRealTicketMutation = graphql(`
  mutation RealTicketsLink($input: LinkRealTicketInput!) {
    linkRealTicket(input: $input) {
      ok
      link {
        ticketId
        provisionalNumber
        realNumber
        realMunicipalityCode
      }
      error {
        code
        message
        linkedTicketNumber
      }
    }
  }
`);

export const UnlinkedTicketsQuery = graphql(`
  query RealTicketsUnlinked($siteId: ID!, $after: String) {
    realTicketLinks(siteId: $siteId, linked: false, first: 500, after: $after) {
      edges {
        node {
          ticketId
          provisionalNumber
          externalId
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const ExportUnlinkedQuery = graphql(`
  query RealTicketsExportUnlinked($input: ExportUnlinkedTicketsInput!) {
    exportUnlinkedTickets(input: $input) {
      filename
      contentType
      rowCount
      base64
    }
  }
`);
