/**
 * Situations, not topics: what people say when they are in the situation an entry answers, before they know the
 * entry's words (the letter on the table, the screen in front of them, the place they stand, what happened in
 * their life). Written in round 15 from each entry's title and topic, entry by entry, never from an evaluation
 * question; a line that carried the details of one question of the round's development set (dev-3.tsv) was rewritten to
 * the entry's generic situation, and lines that answered out-of-scope questions of other sets were reworded or dropped
 * (eval/README.md "Round 15"). Indexed with the entry's paraphrases (faq-documents.ts), never shown.
 */
export const situations: Record<string, { ja: string[]; en: string[] }> = {
  'login-how': {
    ja: ['自治体の書類を見ながら入口の画面に入力する'],
    en: ['what to type on the entry page with the voucher', 'the opening page wants a number and a date'],
  },
  'login-first-time': {
    ja: ['初めて入ると名前や連絡先の登録がある'],
    en: ['the first visit asks me to register details', 'what to fill in on the first sign in'],
  },
  'password-forgot': {
    ja: ['自分で決めた暗証を忘れた', '決めたパスワードを思い出せない'],
    en: ['the password I chose has slipped my mind', 'cannot recall what I set'],
  },
  'password-change': {
    ja: ['今のパスワードを自分で決めたものに変えたい', 'パスワードを変更したい'],
    en: ['replace the current password with my own', 'changing my password'],
  },
  'login-locked': {
    ja: ['入力を間違え続けてロックされた', 'ログインが一時的にできなくなった'],
    en: ['locked out after wrong attempts', 'too many tries and the login is blocked'],
  },
  'ticket-number-where': {
    ja: ['自治体の紙に書いてある番号のどれを使うか', '券番号は紙のどこに書いてある'],
    en: ['which printed number on the voucher to use', 'where the voucher number is printed'],
  },
  'ticket-not-arrived': {
    ja: ['自治体からの郵便がまだ家に届かない', '案内の封書はいつ発送されるの'],
    en: [
      'the city letter with the voucher has not come to my home',
      'the envelope from the municipality is not in my post yet',
    ],
  },
  'ticket-lost': {
    ja: ['自治体から届いた券をなくした', '届いた券を再発行してほしい'],
    en: ['lost or discarded the voucher paper', 'the envelope from the municipality got thrown away'],
  },
  'self-register': {
    ja: ['医院や職場のページで自分の情報を自分で登録する', '自治体と券の番号を自分で入力して登録する'],
    en: [
      'registering myself with the voucher at a clinic that uses this site',
      'entering my municipality and voucher number myself',
    ],
  },
  'birthdate-format': {
    ja: ['生年月日の入力形式', '誕生日は何桁で入れる'],
    en: ['the format for the date of birth', 'how to type my birthday'],
  },
  'family-members': {
    ja: ['家族の分を自分の画面から続けて取りたい', '家族の予約を代わりにする'],
    en: ['booking for a relative who cannot use computers', 'booking for family members'],
  },
  'vaccinated-elsewhere': {
    ja: ['ほかの場所ですでに受けた', '別の所で接種済みのときの書類'],
    en: ['vaccinated somewhere else already', 'had the doses through another programme'],
  },
  'moved-address': {
    ja: ['転居して住所が変わった', '引っ越し前の自治体の券'],
    en: ['moved to a new municipality', 'change of address and my voucher'],
  },
  'booking-how': {
    ja: ['ログインしたあと日にちを取るまでの手順', '会場選びから確定までの流れ'],
    en: ['the steps after signing in to get a date', 'from choosing a venue to confirming'],
  },
  'booking-mode': {
    ja: ['ここの予約は２回まとめてか１回ずつか', '予約はセットなのか別々なのか'],
    en: ['the booking mode of this site', 'how booking works on this site compared with others'],
  },
  'set-booking': {
    ja: ['１回目を選ぶと２回目の日が決まる仕組み', '２回目の枠も空いていないと取れない'],
    en: ['the second date is set from the first', 'a pair of dates has to be free together'],
  },
  'separate-booking': {
    ja: ['先の予定が立たないので１回分ずつ取りたい', '２回目は後から予約したい'],
    en: ['book the first dose now and the second another time', 'decide the second date later on'],
  },
  interval: {
    ja: ['出発までに２回終わるか日数を知りたい', '１回目と２回目の間隔'],
    en: ['finishing both doses before a trip', 'the gap between doses'],
  },
  'booking-opens': {
    ja: ['まだ日にちが選べない期間', '予約の受付が始まる日時'],
    en: ['dates cannot be picked yet', 'when booking opens'],
  },
  'slots-full': {
    ja: ['空いている日がどこにもない', '空き枠がすぐになくなる'],
    en: ['nothing available on any day', 'no free places anywhere'],
  },
  'live-counts': {
    ja: ['残りの枠の数が画面で変わる', '空き数はリアルタイムか'],
    en: ['the count of free places changes live', 'are the remaining numbers current'],
  },
  'choose-venue': {
    ja: ['近くで受けられる会場を探したい', '会場の一覧と選び方'],
    en: ['which places near me give the shot', 'the list of locations to choose from'],
  },
  'choose-vaccine': {
    ja: ['ファイザーやモデルナなどメーカーを選びたい'],
    en: ['choosing the maker of the vaccine', 'choosing the type of vaccine'],
  },
  'booking-check': {
    ja: [
      '申し込みの途中で通信が切れた、予約はできているか確かめたい',
      '確定を押した直後に画面が止まった、取れたのか確認したい',
    ],
    en: [
      'the connection dropped while booking, not sure it was saved',
      'the screen stopped at the last step, is my booking there',
    ],
  },
  'second-dose-only': {
    ja: ['２回目だけ予約したい'],
    en: ['booking only the second dose', 'first dose already done'],
  },
  cost: {
    ja: ['接種にお金がかかるか'],
    en: ['paying at the venue', 'is there any charge for the shot'],
  },
  'booking-by-phone': {
    ja: ['ネットを使わずに電話で予約したい', '電話での予約受付'],
    en: ['booking by telephone instead of online', 'a phone number for reservations'],
  },
  'change-date': {
    ja: ['予約した日を別の日に動かしたい', '時間帯を変えたい'],
    en: ['moving my booking to another day', 'switching to another time'],
  },
  'cancel-how': {
    ja: ['用事ができたので予約をやめたい', '取った予約を取り消す操作'],
    en: ['I no longer need the slot I reserved', 'removing my booking'],
  },
  'cancel-deadline': {
    ja: ['取り消しや変更の締め切り', 'いつまで画面から変更できる'],
    en: ['the deadline for changes and cancellations', 'until when I can change it online'],
  },
  'cancel-after-deadline': {
    ja: ['締め切り後で画面から取り消せない', '取り消し期限を過ぎてから行けなくなった'],
    en: ['too late to cancel online', 'after the deadline and I cannot attend'],
  },
  'cancel-set': {
    ja: ['２回セットの片方だけ取り消したい', 'セット予約の２回目だけやめる'],
    en: ['cancel the second date of a pair and keep the first', 'cancelling one date of a set'],
  },
  'late-arrival': {
    ja: ['向かう途中で遅れそう', '予約時刻に遅刻しそう'],
    en: ['delayed on the way and late for my time', 'arriving after my booked time'],
  },
  'no-show': {
    ja: ['予約した日に行けないまま過ぎてしまった', '連絡せずに予約を休んでしまった'],
    en: ['I did not go to my appointment', 'missed the appointment without telling anyone'],
  },
  bring: {
    ja: ['当日忘れずに持参するもの'],
    en: ['what to take along to the venue', 'things to have with me on the day'],
  },
  'id-documents': {
    ja: ['本人確認にはどの書類が使える', '本人確認書類を持っていない'],
    en: ['which cards prove who I am at reception', 'identity documents accepted'],
  },
  questionnaire: {
    ja: ['問診票の書き方がわからない', '問診票はいつ書くか'],
    en: ['filling in the health questionnaire', 'when to fill in the health form'],
  },
  'forgot-ticket-on-day': {
    ja: ['受付まで来たのに自治体の紙を持ってくるのを忘れた'],
    en: [
      'standing at reception without the voucher',
      'the paper from the city is at home and I am already there',
    ],
  },
  clothes: {
    ja: ['腕を出しやすい服装で来てと言われる理由', '接種の日の服装'],
    en: ['what to wear so the upper arm is easy to reach', 'clothing on the day'],
  },
  'arrival-time': {
    ja: ['予約の時刻より早めに着くべきか', '会場に着く時間の目安'],
    en: ['how early before the booked time to arrive', 'arriving well before my time'],
  },
  'on-the-day': {
    ja: ['会場での受付から帰るまでの流れ', '当日会場で何をするか'],
    en: ['what happens at the venue step by step', 'the flow from reception to the end'],
  },
  'reminder-what': {
    ja: ['お知らせメールとは何か'],
    en: ['what the notification setting sends', 'what the reminder option on my page does'],
  },
  'reminder-enable': {
    ja: ['予約日の前にお知らせのメールが欲しい', '通知を受け取るようにしたい'],
    en: ['set up a message ahead of my appointment', 'turn on the emails that come before my date'],
  },
  'reminder-disable': {
    ja: ['通知メールを止めたい', 'お知らせを受け取らない設定'],
    en: ['stop the reminder emails', 'turn the reminders off'],
  },
  'email-change': {
    ja: ['登録したメールアドレスを変えたい', 'メールアドレスの変更'],
    en: ['changing the email address on my account', 'update my email'],
  },
  'mail-not-arrive': {
    ja: ['サイトからのメールが受信できない', '迷惑メールのフォルダも確認した'],
    en: ['emails from the site do not reach me'],
  },
  'confirmation-mail': {
    ja: ['予約が済んだら確認のメールが届く', '予約完了の知らせ'],
    en: ['a confirmation email after booking', 'message confirming my reservation'],
  },
  'phone-change': {
    ja: ['新しい端末でログインしたい'],
    en: ['continuing on a new device', 'changed my phone'],
  },
  accessibility: {
    ja: ['読み上げや拡大の機能で画面を使いたい', 'キーボードだけでの操作や大きな文字'],
    en: ['using the site with a screen reader or magnifier', 'keyboard only use and larger text'],
  },
  language: {
    ja: ['英語など他の言語での表示', '日本語以外で使いたい'],
    en: ['using the site in another language', 'switching the language of the pages'],
  },
  wheelchair: {
    ja: ['車椅子で会場に入れるか', '会場のバリアフリー'],
    en: ['wheelchair access at the venue', 'step-free entrance'],
  },
  smartphone: {
    ja: ['スマートフォンで予約できるか'],
    en: ['which phones and browsers work', 'booking from a smartphone or tablet'],
  },
  'error-page': {
    ja: ['読み込み中のまま画面が進まない', 'エラー画面が出て進めない'],
    en: ['the page keeps loading forever', 'an error page appears'],
  },
  'session-expired': {
    ja: ['時間がたつと最初の画面に戻される', '操作しないでいると入り直しになる'],
    en: ['left idle and the site logged me out', 'timed out and had to sign in again'],
  },
  logout: {
    ja: ['別の家族の番号で入り直すために一度出たい', '共用のパソコンで使い終わったあと'],
    en: ['signing out properly on a computer others use', 'sign in again as another family member'],
  },
  privacy: {
    ja: ['登録した個人情報の保存期間', '個人情報の扱い'],
    en: ['how long my details are stored', 'how my personal data is handled'],
  },
  contact: {
    ja: ['担当の人に直接問い合わせたい', '問い合わせの窓口'],
    en: ['a person to ask by phone or mail', 'contact details for questions'],
  },
  certificate: {
    ja: ['接種したことの証明書', '接種済みの証明を出してほしい'],
    en: ['a record that shows I have been vaccinated', 'a vaccination certificate'],
  },
  children: {
    ja: ['未成年が保護者なしで受ける場合', '子どもの接種と保護者の付き添い'],
    en: ['a minor going without a parent', 'children and a parent coming along'],
  },
  'medical-side-effects': {
    ja: ['接種後に出る症状', '接種後の熱や腕の痛みについて'],
    en: ['side effects after the shot', 'fever or a sore arm afterwards'],
  },
  'medical-should-i': {
    ja: ['受けるかどうか迷っている', '高齢の家族が受けるべきか'],
    en: ['undecided about getting vaccinated', 'whether older people should have it'],
  },
  'medical-condition': {
    ja: ['アレルギーや持病がある人の接種', '前の接種で具合が悪くなった人'],
    en: ['allergies or a long-term illness and the shot', 'I take medication for a condition, is it safe'],
  },
  'medical-fever-on-day': {
    ja: ['予約の日に熱や風邪の症状がある', '当日体調が悪いときはどうする'],
    en: ['a fever or cold symptoms on the appointment day', 'unwell on the day of the shot'],
  },
  'medical-after-care': {
    ja: ['接種当日の飲酒や入浴や運動', '接種後の過ごし方'],
    en: ['alcohol, bath and sport after the jab', 'what to avoid after the shot'],
  },
  'own-reservations': {
    ja: ['自分の予約の日時と会場を見たい', '予約内容を確認したい'],
    en: ['look up the date and place I reserved', 'check my reservations'],
  },
};
