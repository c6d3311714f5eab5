import type { EntityManager } from '@mikro-orm/postgresql';
import { ImportRepository } from './import.repository.js';

// Imports' answers for modules that import.service itself uses (importing it back would close a loop).
const imports = new ImportRepository();

/** An issuance import's site, sealed result file and upload name; issuance asks here, not the import tables. */
export function issuanceResultFile(
  em: EntityManager,
  importId: string,
): Promise<{ site_id: string; result_file: Buffer | null; filename: string } | undefined> {
  return imports.issuedFile(em, importId);
}
