import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../gql';
import type { WizardPreviewImportMutation } from '../gql/graphql';
import { useAdminSession } from '../session';

const PreviewImportMutation = graphql(`
  mutation WizardPreviewImport($input: PreviewImportInput!) {
    previewImport(input: $input) {
      importId
      rowCount
      writableCount
      unchangedCount
      errorCount
      alreadyImported
      errorPage(first: 20) {
        edges {
          node {
            line
            column
            code
            message
          }
        }
      }
    }
  }
`);

const CommitImportMutation = graphql(`
  mutation WizardCommitImport($input: CommitImportInput!) {
    commitImport(input: $input) {
      ok
      createdCount
      unchangedCount
      error {
        code
        message
      }
    }
  }
`);

export type TicketPreview = WizardPreviewImportMutation['previewImport'];

/**
 * Eligible tickets through the existing upload + import path: the file (or typed numbers as a generated
 * CSV) goes to POST /uploads, then previewImport(VALID_TICKETS) checks every row, then commitImport
 * writes all rows or none.
 */
export function useTicketImport(siteId: string) {
  const { session } = useAdminSession();
  const [preview, setPreview] = useState<TicketPreview | null>(null);
  const [busy, setBusy] = useState(false);
  const [previewImport] = useMutation(PreviewImportMutation);
  const [commitImport] = useMutation(CommitImportMutation);

  const check = async (file: Blob, filename: string): Promise<'ok' | 'uploadFailed' | 'failed'> => {
    setBusy(true);
    setPreview(null);
    try {
      const response = await fetch(`/uploads?filename=${encodeURIComponent(filename)}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${session?.token ?? ''}`, 'content-type': 'text/csv' },
        body: file,
      });
      if (response.status !== 201) return 'uploadFailed';
      const { uploadId } = (await response.json()) as { uploadId: string };
      const { data } = await previewImport({
        variables: { input: { siteId, uploadId, kind: 'VALID_TICKETS' } },
      });
      setPreview(data!.previewImport);
      return 'ok';
    } catch {
      return 'failed';
    } finally {
      setBusy(false);
    }
  };

  const commit = async (): Promise<{ ok: true; created: number } | { ok: false }> => {
    if (!preview) return { ok: false };
    setBusy(true);
    try {
      const { data } = await commitImport({ variables: { input: { importId: preview.importId } } });
      const result = data!.commitImport;
      return result.ok ? { ok: true, created: result.createdCount + result.unchangedCount } : { ok: false };
    } catch {
      return { ok: false };
    } finally {
      setBusy(false);
    }
  };
  return { check, commit, preview, busy, reset: () => setPreview(null) };
}
