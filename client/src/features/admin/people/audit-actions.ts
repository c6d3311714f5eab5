import type { Language } from '../../../i18n/i18n';

/**
 * The audit log's actions (the API's mutation names, and the few a service records under its own name) in
 * words an office clerk reads; the filter lists them in this order. An action not listed shows its API name.
 */
export const AUDIT_ACTIONS: Readonly<Record<string, Record<Language, string>>> = {
  createSite: { ja: 'サイトの作成', en: 'Site created' },
  updateSiteSettings: { ja: 'サイト設定の変更', en: 'Site settings changed' },
  createAdminUser: { ja: '管理者・スタッフの登録', en: 'Admin or staff added' },
  assignStaffVenues: { ja: 'スタッフの担当会場の設定', en: 'Staff venues assigned' },
  createVenue: { ja: '会場の登録', en: 'Venue added' },
  updateVenue: { ja: '会場の変更', en: 'Venue changed' },
  addVenueDoctor: { ja: '医師の追加', en: 'Doctor added' },
  removeVenueDoctor: { ja: '医師を一覧から外す', en: 'Doctor removed' },
  createVaccine: { ja: 'ワクチンの登録', en: 'Vaccine added' },
  updateVaccine: { ja: 'ワクチンの変更', en: 'Vaccine changed' },
  createSlot: { ja: '予約枠の作成', en: 'Slot created' },
  createSlots: { ja: '予約枠の一括作成', en: 'Slots created' },
  generateSlots: { ja: '予約枠の一括作成', en: 'Slots generated' },
  updateSlotCapacity: { ja: '定員の変更', en: 'Capacity changed' },
  closeSlots: { ja: '予約枠の受付停止', en: 'Slots closed' },
  reopenSlots: { ja: '予約枠の受付再開', en: 'Slots reopened' },
  cancelSlot: { ja: '予約枠の中止', en: 'Slot cancelled' },
  cancelVenueDay: { ja: '会場の 1 日分の中止', en: 'Venue day cancelled' },
  registerTickets: { ja: '接種券の登録', en: 'Tickets registered' },
  upsertTickets: { ja: '接種券の同期（API）', en: 'Tickets synced (API)' },
  revokeTicket: { ja: '接種券の無効化', en: 'Ticket revoked' },
  revokeTickets: { ja: '接種券の一括無効化', en: 'Tickets revoked' },
  linkRealTicket: { ja: '本接種券の紐付け', en: 'Real ticket linked' },
  previewImport: { ja: 'ファイルの確認', en: 'File checked' },
  commitImport: { ja: 'ファイルの取り込み', en: 'File imported' },
  downloadIssuedTickets: { ja: '発行結果のダウンロード', en: 'Issued tickets downloaded' },
  proxyBookReservation: { ja: '代理予約', en: 'Booked on behalf' },
  proxyCancelReservation: { ja: '代理キャンセル', en: 'Cancelled on behalf' },
  bookReservation: { ja: '予約', en: 'Booked' },
  cancelReservation: { ja: '予約のキャンセル', en: 'Booking cancelled' },
  changeReservation: { ja: '予約の変更', en: 'Booking changed' },
  checkIn: { ja: '受付', en: 'Checked in' },
  markNoShow: { ja: '来場なし', en: 'Marked no-show' },
  recordVaccination: { ja: '接種の記録', en: 'Vaccination recorded' },
  undoVenueAction: { ja: '当日受付の操作の取り消し', en: 'Venue-day action undone' },
  resendLoginInformation: { ja: 'ログイン情報の再送信', en: 'Login information sent again' },
  resetRecipientPassword: { ja: 'パスワードの再設定（管理者）', en: 'Password reset by an admin' },
  requestPasswordReset: { ja: 'パスワード再設定の申し込み', en: 'Password reset requested' },
  resetPasswordWithLink: { ja: 'パスワードの再設定（メールのリンク）', en: 'Password reset (mailed link)' },
  resetPasswordWithFacts: { ja: 'パスワードの再設定（本人確認）', en: 'Password reset (identity facts)' },
  clearLoginLock: { ja: 'ログイン制限の解除', en: 'Login lock cleared' },
  createApiKey: { ja: 'API キーの作成', en: 'API key created' },
  revokeApiKey: { ja: 'API キーの無効化', en: 'API key revoked' },
  createWebhookEndpoint: { ja: 'Webhook 送信先の登録', en: 'Webhook endpoint added' },
  updateWebhookEndpoint: { ja: 'Webhook 送信先の変更', en: 'Webhook endpoint changed' },
  deleteWebhookEndpoint: { ja: 'Webhook 送信先の削除', en: 'Webhook endpoint deleted' },
  rotateWebhookSecret: { ja: 'Webhook 署名シークレットの更新', en: 'Webhook secret rotated' },
  pingWebhookEndpoint: { ja: 'Webhook の送信テスト', en: 'Webhook pinged' },
  redeliverWebhook: { ja: 'Webhook の再送', en: 'Webhook redelivered' },
  createFaqEntry: { ja: 'よくある質問の追加', en: 'FAQ entry added' },
  updateFaqEntry: { ja: 'よくある質問の変更', en: 'FAQ entry changed' },
  reorderFaqEntries: { ja: 'よくある質問の並べ替え', en: 'FAQ entries reordered' },
  setFaqCommonEntryHidden: { ja: '共通のよくある質問の表示切り替え', en: 'Common FAQ entry shown or hidden' },
  setFaqContact: { ja: 'よくある質問の問い合わせ先の設定', en: 'FAQ contact set' },
};

/** An action in the page's language, or its API name when it has no words here. */
export function auditActionLabel(action: string, language: Language): string {
  return AUDIT_ACTIONS[action]?.[language] ?? action;
}

/** What an audit entry touched (the API's targetType), in words; the filter has no use for these. */
export const AUDIT_TARGETS: Readonly<Record<string, Record<Language, string>>> = {
  site: { ja: 'サイト', en: 'Site' },
  admin_user: { ja: '管理者・職員', en: 'Admin user' },
  venue: { ja: '会場', en: 'Venue' },
  vaccine: { ja: 'ワクチン', en: 'Vaccine' },
  slot: { ja: '枠', en: 'Slot' },
  ticket: { ja: '接種券', en: 'Ticket' },
  reservation: { ja: '予約', en: 'Reservation' },
  import: { ja: '取り込み', en: 'Import' },
  login_lock: { ja: 'ログイン制限', en: 'Login lock' },
  api_key: { ja: 'API キー', en: 'API key' },
  webhook_endpoint: { ja: 'Webhook 送信先', en: 'Webhook endpoint' },
  webhook_delivery: { ja: 'Webhook の送信', en: 'Webhook delivery' },
  faq_entry: { ja: 'よくある質問', en: 'FAQ entry' },
};

/** "予約 134d1ccf": the target's kind in the page's language (its API name when unknown) and its short id. */
export function auditTargetLabel(
  targetType: string | null | undefined,
  targetId: string | null | undefined,
  language: Language,
): string {
  if (!targetType) return '—';
  const kind = AUDIT_TARGETS[targetType]?.[language] ?? targetType;
  return targetId ? `${kind} ${targetId.slice(0, 8)}` : kind;
}
