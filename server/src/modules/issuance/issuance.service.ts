import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppConfig } from '../../config/config.js';
import { notFound } from '../../shared/errors.js';
import type { Principal } from '../auth/principal.js';
import { encodeCsv, parseCsv } from '../../shared/csv.js';
import { isUuid } from '../../shared/ids.js';
import { requireSiteAdmin } from '../auth/access.js';
import { issuanceResultFile } from '../imports/import-results.js';
import { exportFile, type CsvEncoding, type ExportFile } from '../reports/export.types.js';
import type { AuditService } from '../audit/audit.service.js';
import type { IssuanceListener } from './issuance.events.js';

/**
 * Issued-ticket files hold initial passwords, which the database otherwise keeps only hashed. They are
 * stored encrypted with AES-256-GCM under a key from the configuration (ISSUANCE_FILE_KEY) or, when unset,
 * a key generated once into ISSUANCE_KEY_FILE; without the key the stored files are unreadable.
 */
export class IssuanceService {
  private key: Promise<Buffer> | undefined;

  constructor(
    readonly config: AppConfig,
    readonly listeners: readonly IssuanceListener[],
    private readonly audit: Pick<AuditService, 'record'>,
  ) {}

  private fileKey(): Promise<Buffer> {
    this.key ??= (async () => {
      if (this.config.issuanceFileKey) return checkedKey(Buffer.from(this.config.issuanceFileKey, 'base64'));
      const file = path.resolve(this.config.issuanceKeyFile);
      try {
        return checkedKey(Buffer.from((await readFile(file, 'utf8')).trim(), 'base64'));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        const key = randomBytes(32);
        await mkdir(path.dirname(file), { recursive: true });
        await writeFile(file, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
        return key;
      }
    })();
    return this.key;
  }

  /** 12-byte IV, 16-byte tag, ciphertext. */
  async encrypt(plain: Buffer): Promise<Buffer> {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', await this.fileKey(), iv);
    const body = Buffer.concat([cipher.update(plain), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]);
  }

  async decrypt(sealed: Buffer): Promise<Buffer> {
    const decipher = createDecipheriv('aes-256-gcm', await this.fileKey(), sealed.subarray(0, 12));
    decipher.setAuthTag(sealed.subarray(12, 28));
    return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]);
  }

  /** The uploaded CSV with issued numbers and initial passwords appended, for the site's admins again. */
  async issuedFile(
    em: EntityManager,
    principal: Principal,
    importId: string,
    encoding: CsvEncoding,
  ): Promise<ExportFile> {
    if (!isUuid(importId)) throw notFound('Issuance');
    const row = await issuanceResultFile(em, importId);
    if (!row) throw notFound('Issuance');
    requireSiteAdmin(principal, row.site_id, 'Issuance');
    if (!row.result_file) throw notFound('Issued file (the import is not committed)');
    const text = (await this.decrypt(Buffer.from(row.result_file))).toString('utf8');
    const records = parseCsv(text).map((r) => r.cells);
    const base = (row.filename || 'issuance.csv').replace(/\.csv$/i, '');
    const filename = `${base}-issued.csv`;
    const rows = Math.max(0, records.length - 1);
    // The file holds initial passwords: who took a copy, and when, is on record.
    await this.audit.record(em, principal, {
      siteId: row.site_id,
      action: 'downloadIssuedTickets',
      targetType: 'import',
      targetId: importId,
      before: null,
      // Key names avoid "file": the audit's redaction drops keys that may hold a file's content.
      after: { downloadedAs: filename, uploadedAs: row.filename, rows, encoding },
    });
    return exportFile(filename, encodeCsv(records, encoding), encoding, rows);
  }
}

function checkedKey(key: Buffer): Buffer {
  if (key.length !== 32) throw new Error('ISSUANCE_FILE_KEY must be 32 bytes, base64');
  return key;
}
