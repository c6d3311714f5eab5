import type { EntityManager } from '@mikro-orm/postgresql';
import { encodeCsv } from '../../shared/csv.js';
import { requireSiteAdmin } from '../auth/access.js';
import type { Principal } from '../auth/principal.js';
import { realTicketLinkPage } from '../tickets/real-ticket.service.js';
import { exportFile, type CsvEncoding, type ExportFile } from './export.types.js';

const MAX_ROWS = 200_000;

/** Who is still unlinked (provisional tickets without their real ticket), as a CSV for Excel. */
export class UnlinkedTicketsExport {
  async export(
    em: EntityManager,
    principal: Principal,
    input: { siteId: string; encoding: CsvEncoding },
  ): Promise<ExportFile> {
    requireSiteAdmin(principal, input.siteId);
    const rows = await realTicketLinkPage(em, input.siteId, false, MAX_ROWS, null);
    const lines = rows.map((r) => [r.provisionalNumber, r.externalId, r.email]);
    return exportFile(
      `unlinked-tickets-${input.siteId.slice(0, 8)}.csv`,
      encodeCsv([['仮接種券番号', '社員番号', 'メールアドレス'], ...lines], input.encoding),
      input.encoding,
      lines.length,
    );
  }
}
