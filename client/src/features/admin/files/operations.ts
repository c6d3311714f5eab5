import { graphql } from '../gql';

/** The file screens' documents (issue 15): preview, commit, the issuance file, the site's import history. */

/** Problems read per request: the first page comes with the preview, the rest as the table scrolls. */
export const ERROR_PAGE_SIZE = 200;

graphql(`
  fragment FilesImportErrorPage on ImportRowErrorConnection {
    totalCount
    edges {
      node {
        line
        column
        code
        message
        value
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
`);

export const FilesPreviewMutation = graphql(`
  mutation FilesPreviewImport($input: PreviewImportInput!, $first: Int!) {
    previewImport(input: $input) {
      importId
      kind
      encoding
      rowCount
      writableCount
      unchangedCount
      errorCount
      alreadyImported
      errorPage(first: $first) {
        ...FilesImportErrorPage @unmask
      }
    }
  }
`);

export const FilesImportErrorsQuery = graphql(`
  query FilesImportErrors($importId: ID!, $first: Int!, $after: String) {
    importErrors(importId: $importId, first: $first, after: $after) {
      ...FilesImportErrorPage @unmask
    }
  }
`);

export const FilesCommitMutation = graphql(`
  mutation FilesCommitImport($input: CommitImportInput!) {
    commitImport(input: $input) {
      ok
      importId
      createdCount
      unchangedCount
      alreadyImported
      errors {
        line
        column
        code
        message
      }
      error {
        code
        message
      }
    }
  }
`);

export const IssuedTicketsFileQuery = graphql(`
  query FilesIssuedTicketsFile($importId: ID!, $encoding: CsvEncoding!) {
    issuedTicketsFile(importId: $importId, encoding: $encoding) {
      filename
      contentType
      rowCount
      base64
    }
  }
`);

export const ImportHistoryQuery = graphql(`
  query FilesImportHistory($siteId: ID!, $after: String) {
    imports(siteId: $siteId, first: 50, after: $after) {
      edges {
        node {
          id
          kind
          filename
          status
          rowCount
          createdCount
          errorCount
          createdAt
          committedAt
          unchangedCount
          mailsQueuedCount
          uploadedBy {
            kind
            id
            name
          }
          committedBy {
            kind
            id
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
