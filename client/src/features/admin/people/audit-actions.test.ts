import { describe, expect, it } from 'vitest';
import { auditTargetLabel } from './audit-actions';

describe("the audit log's target", () => {
  it('names the kind in words, then the short id', () => {
    expect(auditTargetLabel('reservation', '134d1ccf-0000-4000-8000-000000000000', 'ja')).toBe(
      '予約 134d1ccf',
    );
    expect(auditTargetLabel('ticket', '9a8b7c6d-0000', 'ja')).toBe('接種券 9a8b7c6d');
    expect(auditTargetLabel('reservation', '134d1ccf-0000', 'en')).toBe('Reservation 134d1ccf');
    expect(auditTargetLabel('webhook_endpoint', null, 'en')).toBe('Webhook endpoint');
  });

  it('shows an unknown kind as the API names it, and a dash for no target', () => {
    expect(auditTargetLabel('something_new', 'abcdef1234', 'ja')).toBe('something_new abcdef12');
    expect(auditTargetLabel(null, null, 'ja')).toBe('—');
  });
});
