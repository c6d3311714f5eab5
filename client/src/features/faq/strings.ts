import type { Language } from '../../i18n/i18n';

/** The panel's strings, loaded with the panel (the booking app's i18n holds only the button's label). */
export const faqStrings: Record<Language, Record<string, string>> = {
  ja: {
    title: 'よくある質問(自動応答)',
    intro: '予約やログイン、当日の持ち物などについてお答えします。医学的な相談にはお答えできません。',
    close: '閉じる',
    label: '質問を入力',
    placeholder: '例:予約を変更したい',
    send: '送信',
    suggestions: 'よくある質問',
    you: 'あなた',
    assistant: '回答',
    thinking: '回答を探しています…',
    from: '回答元:{source}「{question}」',
    COMMON: '共通のよくある質問',
    SITE: 'このサイトのよくある質問',
    notFound:
      'すみません、この質問にお答えできる情報が見つかりませんでした。近い質問を選ぶか、お問い合わせください。',
    nearest: '近い質問',
    related: '関連する質問',
    contact: 'お問い合わせ先:{contact}',
    reservations: 'あなたの予約',
    noReservations: '現在、予約はありません。',
    dose: '{dose}回目',
    error: '通信できませんでした。もう一度お試しください。',
    LOGIN: 'ログイン画面へ',
    SELF_REGISTER: '自己登録へ',
    MY_PAGE: 'マイページを開く',
    BOOK: '予約画面を開く',
  },
  en: {
    title: 'FAQ (automatic answers)',
    intro: 'Ask about booking, logging in, what to bring and more. No medical advice.',
    close: 'Close',
    label: 'Your question',
    placeholder: 'e.g. I want to change my booking',
    send: 'Send',
    suggestions: 'Common questions',
    you: 'You',
    assistant: 'Answer',
    thinking: 'Looking for an answer…',
    from: 'From: {source} “{question}”',
    COMMON: 'common FAQ',
    SITE: 'this site’s FAQ',
    notFound: 'Sorry, I found nothing that answers this. Pick a nearby question or contact us.',
    nearest: 'Nearby questions',
    related: 'Related questions',
    contact: 'Contact: {contact}',
    reservations: 'Your bookings',
    noReservations: 'You have no bookings at the moment.',
    dose: 'Dose {dose}',
    error: 'Could not reach the server. Please try again.',
    LOGIN: 'Go to the login page',
    SELF_REGISTER: 'Register yourself',
    MY_PAGE: 'Open My page',
    BOOK: 'Open the booking page',
  },
};

export function faqText(
  language: Language,
  key: string,
  params: Record<string, string | number> = {},
): string {
  return (faqStrings[language][key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) =>
    String(params[name] ?? ''),
  );
}
