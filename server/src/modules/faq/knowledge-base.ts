/**
 * The common knowledge base every site gets, written for this system in Japanese and English.
 * `k` holds other ways people ask (indexed with the question, never shown). Answers may hold
 * {{siteName}}, {{cutoffHours}}, {{bookingMode}}, {{opensAt}} and {{contact}}: they are filled from the
 * site's settings when the answer is given, so they are never stale (faq-answer.ts).
 */
export type FaqLinkTarget = 'LOGIN' | 'SELF_REGISTER' | 'MY_PAGE' | 'BOOK';

/** What the person's own state adds to an answer when they are logged in. */
export type FaqPersonal = 'RESERVATIONS' | 'CANCEL' | 'CHANGE';

export interface FaqText {
  q: string;
  k: string;
  a: string;
}

export interface CommonEntry {
  id: string;
  topic: string;
  ja: FaqText;
  en: FaqText;
  link?: FaqLinkTarget;
  personal?: FaqPersonal;
  /** Medical: never advice, always the site's contact and a doctor. */
  medical?: boolean;
}

export const commonEntries: CommonEntry[] = [
  // ── logging in ──
  {
    id: 'login-how',
    topic: 'login',
    link: 'LOGIN',
    ja: {
      q: 'ログインの仕方を教えてください',
      k: 'ログインページ 入れない ログインしたい アクセス 入口 接種券番号 生年月日 ログイン方法 ログインできない 入り方 サインイン ログイン画面 どうやって入る 利用方法',
      a: '接種券に書かれた接種券番号と生年月日を入力してログインします。2回目からは、初回に設定したパスワードを接種券番号と一緒に入力します。',
    },
    en: {
      q: 'How do I log in?',
      k: 'log into my account access the site enter ticket number and birth date cannot get in login sign in log on enter the site access account how to use',
      a: 'Log in with the ticket number printed on your vaccination ticket and your date of birth. From the second time on, enter your ticket number together with the password you set the first time.',
    },
  },
  {
    id: 'login-first-time',
    topic: 'login',
    link: 'LOGIN',
    ja: {
      q: '初めてログインするときはどうすればいいですか',
      k: 'はじめてログイン 初めての利用 最初のログイン 登録の仕方 初回ログイン やり方 はじめて使う 初めての方 初回 はじめて 最初 初めて使う 初回登録 新規登録 パスワード設定 利用登録 アカウント作成 カタカナの名前 氏名 利用規約に同意',
      a: '初回は接種券番号と生年月日でログインし、続けてパスワードと連絡先(サイトの設定により電話番号やメールアドレス)を登録します。次回からは接種券番号とそのパスワードでログインします。',
    },
    en: {
      q: 'What do I do the first time I log in?',
      k: 'first login first visit new here getting started first time new user never logged in before register create account set password initial setup enter my name in katakana profile terms of use',
      a: 'The first time, log in with your ticket number and date of birth, then set a password and your contact details (phone or e-mail, depending on the site). After that you log in with your ticket number and that password.',
    },
  },
  {
    id: 'password-forgot',
    topic: 'login',
    ja: {
      q: 'パスワードを忘れました',
      k: 'パスワード 忘れてしまった 分からない 紛失 再発行 わからなくなった 忘れちゃった パスワード忘れ わからない 思い出せない 再発行 再設定 リセット',
      a: 'パスワードはこのサイトから再設定できません。お手数ですが {{contact}} へご連絡ください。本人確認のうえでパスワードを初期化します。',
    },
    en: {
      q: 'I forgot my password',
      k: 'do not remember my password reset it recover access forgotten password lost password reset password recover cannot remember',
      a: 'The password cannot be reset on this site. Please contact {{contact}}; after checking who you are, they will reset it.',
    },
  },
  {
    id: 'password-change',
    topic: 'login',
    link: 'MY_PAGE',
    ja: {
      q: 'パスワードを変更したい',
      k: 'パスワードを変えたい パスワード更新 パスワード変更 変え方 新しいパスワード',
      a: 'パスワードの変更は {{contact}} にお問い合わせください。ログインしている方はマイページからご自身の連絡先を変更できます。',
    },
    en: {
      q: 'How do I change my password?',
      k: 'update my password modify password change password new password update password',
      a: 'To change your password, please contact {{contact}}. When logged in you can change your contact details on My page.',
    },
  },
  {
    id: 'login-locked',
    topic: 'login',
    ja: {
      q: 'ログインできなくなりました(ロックされた)',
      k: 'ロックされた 入れなくなった 制限された エラーで入れない ロック 何回も間違えた 失敗 しばらくログインできません 待ってください ブロック 制限',
      a: 'ログインに何度も失敗すると、安全のため一定時間ログインが制限されます。時間をおいてから、接種券番号・生年月日・パスワードを確かめて入力し直してください。それでも入れない場合は {{contact}} へご連絡ください。',
    },
    en: {
      q: 'I cannot log in any more, my account seems locked',
      k: 'account locked blocked cannot sign in temporarily locked out too many attempts failed login blocked wait try again later wrong password several times will not let me in',
      a: 'After several failed attempts logins are paused for a while to protect your account. Wait a little, check your ticket number, date of birth and password, and try again. If it still fails, contact {{contact}}.',
    },
  },
  {
    id: 'ticket-number-where',
    topic: 'ticket',
    ja: {
      q: '接種券番号はどこに書いてありますか',
      k: '接種券番号 券番号 どこに 書いてある 確認 接種券番号 券番号 番号 どこ 見つからない 場所 クーポン番号 10桁',
      a: '接種券番号は、届いた接種券(クーポン券)の券番号の欄に印字されている数字です。数字だけを入力してください(ハイフンや空白は不要です)。',
    },
    en: {
      q: 'Where is my ticket number?',
      k: 'where do I find the ticket number coupon code number on ticket ticket number coupon number where find digits printed',
      a: 'The ticket number is printed in the number field of the vaccination ticket (coupon) you received. Enter the digits only, without hyphens or spaces.',
    },
  },
  {
    id: 'ticket-not-arrived',
    topic: 'ticket',
    ja: {
      q: '接種券がまだ届きません',
      k: 'まだ来ない 届いていない 接種券がない 受け取っていない 接種券 届かない 来ない まだ ない 持っていない 発行 郵送',
      a: '予約には接種券番号が必要です。接種券が届いていない場合は、発行元(お住まいの自治体や勤務先など)か {{contact}} にお問い合わせください。サイトによっては接種券なしで自己登録できる場合があります。',
    },
    en: {
      q: 'My vaccination ticket has not arrived',
      k: 'did not get my ticket not delivered have not received coupon ticket not arrived not received no ticket yet never came coupon mail issued',
      a: 'You need a ticket number to book. If your ticket has not arrived, ask whoever issues it (your municipality or employer) or {{contact}}. Some sites let you register yourself without a ticket.',
    },
  },
  {
    id: 'ticket-lost',
    topic: 'ticket',
    ja: {
      q: '接種券をなくしました',
      k: 'なくした 紛失した 見つからない 接種券をなくした 無くした lost my ticket 紛失 なくした 失くした 捨てた 見当たらない 再発行',
      a: '接種券の再発行は発行元(お住まいの自治体や勤務先など)が行います。発行元か {{contact}} にお問い合わせください。',
    },
    en: {
      q: 'I lost my vaccination ticket',
      k: 'misplaced my ticket cannot find my coupon lost my ticket lost my vaccination coupon lost ticket lost coupon misplaced threw away reissue replacement',
      a: 'Tickets are reissued by whoever issued them (your municipality or employer). Please contact them or {{contact}}.',
    },
  },
  {
    id: 'self-register',
    topic: 'ticket',
    link: 'SELF_REGISTER',
    ja: {
      q: '接種券がなくても自分で登録できますか(自己登録)',
      k: '登録 接種券なし 自分で申し込む じことうろく 自己登録とは 自己登録 自分で登録 接種券なし 仮番号 新規',
      a: '自己登録を受け付けているサイトでは、ログイン画面の「自己登録」から氏名などを登録すると仮の接種券番号が発行されます。受け付けていないサイトでは {{contact}} にお問い合わせください。',
    },
    en: {
      q: 'Can I register myself without a ticket?',
      k: 'register without a ticket sign up myself self registration register myself without ticket provisional number sign up municipality code register my ticket on the website',
      a: 'Where a site accepts self-registration, use "Register yourself" on the login page; you receive a provisional ticket number. Otherwise please contact {{contact}}.',
    },
  },
  {
    id: 'birthdate-format',
    topic: 'login',
    link: 'LOGIN',
    ja: {
      q: '生年月日はどのように入力しますか',
      k: '生年月日の入力 誕生日 形式 西暦 和暦 生年月日 誕生日 入力 和暦 西暦 昭和 平成 形式 書き方',
      a: '生年月日は西暦の年・月・日で入力します(例:1980年4月1日)。和暦の方は西暦に直して入力してください(昭和55年=1980年)。',
    },
    en: {
      q: 'How do I enter my date of birth?',
      k: 'birth date format how to type my birthday date of birth birthday format enter year month day what format year first western calendar or japanese era slashes',
      a: 'Enter your date of birth as year, month and day in the Western calendar (for example 1980-04-01).',
    },
  },
  {
    id: 'family-members',
    topic: 'ticket',
    link: 'LOGIN',
    ja: {
      q: '家族の分もまとめて予約できますか',
      k: '家族 まとめて 一緒に 代わりに予約 親の分 子どもの分 家族の予約 家族もいっしょに 家族 夫 妻 夫婦 親 子ども 代わりに 代理 まとめて 一緒に 同時に 複数人',
      a: '予約は接種券1枚ごとに行います。ご家族の分は、その方の接種券番号と生年月日でログインし直して予約してください。ご本人の了解を得て、代わりに操作していただいてかまいません。',
    },
    en: {
      q: 'Can I book for my family members too?',
      k: 'family together for someone else parents spouse relatives family members husband wife parents mother father children book for someone else on behalf together elderly parent grandparents',
      a: 'Each booking belongs to one ticket. For a family member, log out and log in with their ticket number and date of birth, then book. You may do this for them with their consent.',
    },
  },
  {
    id: 'vaccinated-elsewhere',
    topic: 'ticket',
    ja: {
      q: '別の場所ですでに接種しました',
      k: 'すでに接種 接種済み 他で受けた 別のところ 別の場所 ほかで 他の会場 接種済 他で接種 ほかの病院 接種済み 打った 受けた 職場 個別接種 かかりつけ医 集団接種 大規模接種センター',
      a: 'すでに他の会場や医療機関で接種を受けた場合、このサイトで予約する必要はありません。予約済みの方はキャンセルしてください。接種記録については {{contact}} にお問い合わせください。',
    },
    en: {
      q: 'I have already been vaccinated somewhere else',
      k: 'already had the vaccine got it elsewhere already vaccinated elsewhere other clinic got the shot another place',
      a: 'If you were vaccinated at another venue or clinic, you do not need to book here; if you already booked, please cancel. For your vaccination record, contact {{contact}}.',
    },
  },
  {
    id: 'moved-address',
    topic: 'ticket',
    ja: {
      q: '引っ越しました。接種券は使えますか',
      k: '転居 引っ越し 住所が変わった 引っ越し 転居 住所変更 転入 転出 別の市',
      a: '転居された場合、以前の接種券が使えないことがあります。新しいお住まいの自治体か {{contact}} にお問い合わせください。',
    },
    en: {
      q: 'I moved, can I still use my ticket?',
      k: 'moved address changed relocated moved house new address relocated another city changed address',
      a: 'After moving, your old ticket may no longer be valid. Please ask your new municipality or {{contact}}.',
    },
  },
  // ── booking ──
  {
    id: 'booking-how',
    topic: 'booking',
    link: 'BOOK',
    ja: {
      q: '予約の仕方を教えてください',
      k: '予約のやり方 予約手順 予約したい 申し込みたい 予約方法 予約する 予約したい 予約取りたい 申し込み方 どこから 手順 接種予約',
      a: 'ログイン後、マイページの「予約する」から会場・日付・時間を選び、内容を確かめて確定します。このサイトの予約方式:{{bookingMode}}',
    },
    en: {
      q: 'How do I book an appointment?',
      k: 'how to book reserve a slot make an appointment book appointment make a reservation booking steps schedule vaccination',
      a: 'After logging in, choose "Book" on My page, pick a venue, a date and a time, check and confirm. Booking mode of this site: {{bookingMode}}',
    },
  },
  {
    id: 'booking-mode',
    topic: 'booking',
    ja: {
      q: 'このサイトの予約方式は何ですか',
      k: '予約方式 セットか個別か どちらの方式 予約のタイプ このサイトはセット予約 別々か一緒か 方式',
      a: '{{siteName}} の予約方式:{{bookingMode}}',
    },
    en: {
      q: 'Which booking mode does this site use?',
      k: 'booking type set or separate booking mode first and second dose together separately both doses together or one at a time one by one which way this site books',
      a: 'Booking mode of {{siteName}}: {{bookingMode}}',
    },
  },
  {
    id: 'set-booking',
    topic: 'booking',
    ja: {
      q: 'セット予約とは何ですか',
      k: 'セット予約 2回まとめて 一括予約 セット せっと セット予約 2回分 まとめて 同時 一緒 1回目と2回目',
      a: 'セット予約では、1回目の日時を選ぶと、決められた間隔をあけた2回目も同じ会場で一緒に予約されます。2回とも取れたときだけ予約が確定します。このサイトの予約方式:{{bookingMode}}',
    },
    en: {
      q: 'What is a set booking?',
      k: 'book both doses at once set set booking both doses together at once pair',
      a: 'In a set booking, choosing the first appointment also books the second one at the required interval at the same venue; the booking is made only if both places are free. Booking mode of this site: {{bookingMode}}',
    },
  },
  {
    id: 'separate-booking',
    topic: 'booking',
    ja: {
      q: '1回目と2回目を別々に予約できますか(個別予約)',
      k: '別々 個別 1回ずつ予約 個別予約 ひとつずつ 1回ずつ 単独 1回目だけ先に 2回目はあとで 別に予約 あとから',
      a: '個別予約では、1回目と2回目をそれぞれ予約します。2回目は1回目から決められた間隔をあけた日から選べます。このサイトの予約方式:{{bookingMode}}',
    },
    en: {
      q: 'Can I book the first and second dose separately?',
      k: 'book each dose separately one at a time separate booking one dose at a time individually each dose one dose for now and the other one later',
      a: 'In separate booking you book each dose on its own; the second can be chosen from the day the required interval after the first has passed. Booking mode of this site: {{bookingMode}}',
    },
  },
  {
    id: 'interval',
    topic: 'booking',
    ja: {
      q: '1回目と2回目の間隔はどれくらいですか',
      k: '間隔 何日あける 次の接種まで 間隔 何日 何週間 あける 期間 次の接種まで',
      a: '間隔はワクチンの種類ごとに決められており、予約画面では2回目として選べる日だけが表示されます。具体的な日数は予約画面の案内か {{contact}} でご確認ください。',
    },
    en: {
      q: 'How long is the interval between the doses?',
      k: 'how long between doses days apart wait interval days weeks between doses gap wait time until next dose',
      a: 'The interval is set for each vaccine; the booking page only offers days that respect it for the second dose. For the exact number of days, see the booking page or ask {{contact}}.',
    },
  },
  {
    id: 'booking-opens',
    topic: 'booking',
    ja: {
      q: '予約はいつから受け付けていますか',
      k: '予約開始日 受付開始 いつから予約 予約開始 受付開始 いつから 始まる まだ予約できない 解禁',
      a: '{{siteName}} の予約受付開始:{{opensAt}}',
    },
    en: {
      q: 'When does booking open?',
      k: 'when can I start booking opening date booking opens start when can I book not open yet',
      a: 'Booking at {{siteName}} opens: {{opensAt}}',
    },
  },
  {
    id: 'slots-full',
    topic: 'booking',
    link: 'BOOK',
    ja: {
      q: '空きがなくて予約できません',
      k: '空きがない 満員 予約が取れない 枠がない 満席 満員 空きがない 埋まっている いっぱい キャンセル待ち 枠がない',
      a: '空き枠はキャンセルが出ると増えます。予約画面の空き状況は自動で更新されるので、時間をおいて確かめるか、別の会場や日付をお選びください。キャンセル待ちの受付はありません。',
    },
    en: {
      q: 'There are no free places',
      k: 'full no slots available no space fully booked no slots full no available times waiting list sold out every date full all slots taken more slots added will you add or release more slots',
      a: 'Places free up when others cancel; the booking page updates the counts by itself, so check again later or choose another venue or date. There is no waiting list.',
    },
  },
  {
    id: 'live-counts',
    topic: 'booking',
    ja: {
      q: '空き状況はリアルタイムで更新されますか',
      k: '空き状況 残り枠 リアルタイム リアルタイム 残り 残数 更新 自動 表示 空き数',
      a: 'はい。予約画面の残り枠は、誰かが予約やキャンセルをするとすぐに自動で更新されます。再読み込みは不要です。',
    },
    en: {
      q: 'Are the remaining places updated live?',
      k: 'availability remaining places live update live counts real time remaining places update automatically refresh',
      a: 'Yes. The remaining places on the booking page update by themselves as soon as someone books or cancels; no need to reload.',
    },
  },
  {
    id: 'choose-venue',
    topic: 'booking',
    link: 'BOOK',
    ja: {
      q: '会場はどこを選べますか',
      k: '会場 場所 選び方 どこで受ける 会場 場所 選ぶ 近く 一覧 どこで 接種会場',
      a: '予約画面で、このサイトの会場の一覧から選べます。会場ごとに扱うワクチンや日程が異なります。',
    },
    en: {
      q: 'Which venues can I choose?',
      k: 'choose a venue location where to get vaccinated venue location place choose nearby list where venue options close to home near me',
      a: 'The booking page lists the venues of this site; choose one there. Venues differ in vaccines and dates.',
    },
  },
  {
    id: 'choose-vaccine',
    topic: 'booking',
    link: 'BOOK',
    ja: {
      q: 'ワクチンの種類は選べますか',
      k: 'ワクチンの種類 メーカー 選ぶ ワクチン 種類 メーカー 選べる ファイザー モデルナ 武田 ノババックス アストラゼネカ 銘柄 指定 希望',
      a: '会場ごとに扱うワクチンが決まっています。予約画面で会場を選ぶと、そこで扱うワクチンが表示されます。2回目は原則1回目と同じワクチンです。',
    },
    en: {
      q: 'Can I choose the vaccine?',
      k: 'which vaccine type choose brand vaccine type brand manufacturer choose pfizer moderna takeda novavax astrazeneca',
      a: 'Each venue offers certain vaccines; the booking page shows them once you choose a venue. The second dose is normally the same vaccine as the first.',
    },
  },
  {
    id: 'booking-check',
    topic: 'booking',
    link: 'MY_PAGE',
    personal: 'RESERVATIONS',
    ja: {
      q: '予約できたか確認したい',
      k: '予約の確認 予約内容 予約できたか 予約とれてる 予約取れてる ちゃんと予約 予約確認 予約内容 確認方法 取れたか 見る マイページ',
      a: 'ログインしてマイページを開くと、予約の日時と会場が表示されます。',
    },
    en: {
      q: 'How can I check my booking?',
      k: 'check my booking confirm appointment check booking confirm reservation view my appointment details my page',
      a: 'Log in and open My page: it shows the date, time and venue of your bookings.',
    },
  },
  {
    id: 'second-dose-only',
    topic: 'booking',
    link: 'BOOK',
    ja: {
      q: '2回目だけ予約したい',
      k: '2回目の予約 2回目だけ 二回目だけ 2回目のみ 1回目は済んだ 2回目から',
      a: '個別予約のサイトでは、1回目の予約(または接種)のあとに2回目を予約できます。1回目を他で受けた場合などは {{contact}} にお問い合わせください。このサイトの予約方式:{{bookingMode}}',
    },
    en: {
      q: 'I want to book only the second dose',
      k: 'second dose booking only second dose only book second cannot book second',
      a: 'Where doses are booked separately, the second can be booked after the first. If your first dose was given elsewhere, please contact {{contact}}. Booking mode of this site: {{bookingMode}}',
    },
  },
  {
    id: 'cost',
    topic: 'booking',
    ja: {
      q: '接種に費用はかかりますか',
      k: '料金 費用 無料 お金 ただ free of charge 費用 料金 無料 有料 お金 いくら 自己負担',
      a: '費用はサイト(自治体・勤務先・医療機関)によって異なります。{{siteName}} のご案内をご覧いただくか {{contact}} にお問い合わせください。',
    },
    en: {
      q: 'Does the vaccination cost anything?',
      k: 'cost free price money charge is it free cost price fee free charge pay money how much',
      a: 'Costs differ between sites (municipality, employer, clinic). See the information from {{siteName}} or ask {{contact}}.',
    },
  },
  {
    id: 'booking-by-phone',
    topic: 'booking',
    ja: {
      q: '電話で予約できますか',
      k: '電話 電話予約 電話で申し込み 電話予約 電話で申し込み ネットが苦手 代行 窓口',
      a: 'このサイトでの予約が難しい場合は {{contact}} にご相談ください。職員が代わりに予約できる場合があります。',
    },
    en: {
      q: 'Can I book by phone?',
      k: 'phone booking call to book telephone book by phone telephone call help booking not good with internet',
      a: 'If booking on this site is difficult, contact {{contact}}; staff may be able to book for you.',
    },
  },
  // ── change and cancel ──
  {
    id: 'change-date',
    topic: 'change',
    link: 'MY_PAGE',
    personal: 'CHANGE',
    ja: {
      q: '予約の日時を変更したい',
      k: '日程変更 予約変更 日付を変える 時間を変える 変更 日時変更 日にち 時間 別の日 ずらす 振替 予約変更',
      a: 'マイページから予約の日時を変更できます。変更・キャンセルは接種日時の{{cutoffHours}}時間前まで受け付けます。それ以降は {{contact}} にご連絡ください。',
    },
    en: {
      q: 'I want to change my appointment',
      k: 'change my appointment reschedule different date change date reschedule move appointment another day different time',
      a: 'You can change your appointment on My page. Changes and cancellations are accepted until {{cutoffHours}} hours before the appointment; after that, contact {{contact}}.',
    },
  },
  {
    id: 'cancel-how',
    topic: 'change',
    link: 'MY_PAGE',
    personal: 'CANCEL',
    ja: {
      q: '予約をキャンセルしたい',
      k: 'キャンセル 取り消し 予約をやめる キャンセル 取り消し 取消 やめたい 行けなくなった 解約',
      a: 'マイページで予約の「キャンセル」を押してください。接種日時の{{cutoffHours}}時間前まで自分でキャンセルできます。',
    },
    en: {
      q: 'How do I cancel my booking?',
      k: 'cancel my appointment cancel booking cancel booking cancel reservation call off cannot go',
      a: 'On My page, press "Cancel" on the booking. You can cancel yourself until {{cutoffHours}} hours before the appointment.',
    },
  },
  {
    id: 'cancel-deadline',
    topic: 'change',
    ja: {
      q: 'キャンセルや変更はいつまでできますか',
      k: 'キャンセル期限 いつまで 締め切り 期限 きげん キャンセルの期限 締切 前日 当日 何時間前 変更期限 いつまでならキャンセルできる',
      a: '{{siteName}} では、変更・キャンセルは接種日時の{{cutoffHours}}時間前まで受け付けます。',
    },
    en: {
      q: 'What is the deadline to cancel or change?',
      k: 'cancel deadline until when last day what is the deadline cancellation deadline cut off how late until when hours before',
      a: 'At {{siteName}}, changes and cancellations are accepted until {{cutoffHours}} hours before the appointment.',
    },
  },
  {
    id: 'cancel-after-deadline',
    topic: 'change',
    ja: {
      q: 'キャンセル期限を過ぎてしまいました',
      k: '期限を過ぎた 締め切り後 期限すぎた 期限切れ 過ぎた 過ぎてしまった 間に合わない 期限後にキャンセルしたい',
      a: '期限({{cutoffHours}}時間前)を過ぎるとサイトからは変更・キャンセルできません。{{contact}} にご連絡ください。',
    },
    en: {
      q: 'It is too late to cancel',
      k: 'past the deadline too late deadline has passed missed the deadline too late to cancel after cut off cannot cancel any more',
      a: 'After the cut-off ({{cutoffHours}} hours before) you cannot change or cancel on the site. Please contact {{contact}}.',
    },
  },
  {
    id: 'cancel-set',
    topic: 'change',
    link: 'MY_PAGE',
    ja: {
      q: 'セット予約をキャンセルするとどうなりますか',
      k: 'セット予約 両方 セット予約のキャンセル セット 2回目も 両方とも 片方だけ',
      a: 'セット予約は1回目と2回目がまとめてキャンセルされます(片方だけのキャンセルはできません)。受付は接種日時の{{cutoffHours}}時間前までです。',
    },
    en: {
      q: 'What happens when I cancel a set booking?',
      k: 'cancel both doses set booking cancel cancel set booking both doses first dose only pair',
      a: 'A set booking is cancelled as a whole: both appointments together (not one of them alone), until {{cutoffHours}} hours before the first.',
    },
  },
  {
    id: 'late-arrival',
    topic: 'day',
    ja: {
      q: '予約時間に遅れそうです',
      k: '遅刻 遅れる 間に合わない 遅れる 遅刻 間に合わない 遅延 遅くなる',
      a: '遅れそうなときは、早めに {{contact}} にご連絡ください。会場の状況によっては別の日時への変更をお願いすることがあります。',
    },
    en: {
      q: 'I am going to be late',
      k: 'running late delay arrive late late delayed running late miss the time stuck in traffic',
      a: 'If you will be late, please let {{contact}} know as early as possible. Depending on the venue you may be asked to change to another time.',
    },
  },
  {
    id: 'no-show',
    topic: 'day',
    link: 'BOOK',
    ja: {
      q: '予約した日に行けませんでした',
      k: '行けなかった 来られなかった 予約を忘れた 行けなかった 無断キャンセル すっぽかし 欠席 来られなかった 寝坊 行きそびれた 取り直し 予約し直す',
      a: '予約日に来られなかった場合、その予約は取り消し扱いになります。あらためて予約画面から予約してください。',
    },
    en: {
      q: 'I missed my appointment',
      k: 'missed my appointment did not show up missed appointment did not go no show forgot',
      a: 'A missed appointment is not kept. Please book again on the booking page.',
    },
  },
  // ── on the day ──
  {
    id: 'bring',
    topic: 'day',
    ja: {
      q: '当日の持ち物は何ですか',
      k: '持ち物 持っていくもの 必要なもの 持っていくもの 一覧 何を持って 持ち物 持っていく 必要なもの 準備 用意',
      a: '接種券、本人確認書類(マイナンバーカード、運転免許証、健康保険証など)、記入済みの予診票をお持ちください。お薬手帳があればあわせてお持ちください。',
    },
    en: {
      q: 'What should I bring on the day?',
      k: 'what to bring things to take what do I need what to bring things needed documents take with me prepare',
      a: 'Bring your vaccination ticket, an identity document (My Number card, driving licence, health insurance card, …) and the filled-in pre-screening questionnaire; your medicine notebook too if you have one.',
    },
  },
  {
    id: 'id-documents',
    topic: 'day',
    ja: {
      q: '本人確認書類は何が使えますか',
      k: '本人確認書類 身分証 免許証 保険証 本人確認 身分証 マイナンバーカード 運転免許証 保険証 パスポート',
      a: 'マイナンバーカード、運転免許証、健康保険証、パスポートなど、氏名と生年月日が確認できるものをお持ちください。',
    },
    en: {
      q: 'Which identity documents are accepted?',
      k: 'identification ID card license insurance card id identity document identification passport driving licence insurance card',
      a: 'Anything showing your name and date of birth: My Number card, driving licence, health insurance card, passport, and the like.',
    },
  },
  {
    id: 'questionnaire',
    topic: 'day',
    ja: {
      q: '予診票はどうすればいいですか',
      k: '予診票 問診票 書き方 予診票 問診票 記入 書く もらう 用紙',
      a: '予診票は接種券と一緒に届きます。事前に記入して当日お持ちください。なくした場合や書き間違えた場合は会場でも受け取れます。',
    },
    en: {
      q: 'What about the pre-screening questionnaire?',
      k: 'questionnaire form pre screening health form questionnaire pre screening form fill in health form',
      a: 'The questionnaire comes with your ticket. Fill it in beforehand and bring it; the venue has spare forms if you lost it or made a mistake.',
    },
  },
  {
    id: 'forgot-ticket-on-day',
    topic: 'day',
    ja: {
      q: '当日、接種券を忘れてしまいました',
      k: '接種券を忘れた 家に忘れた 忘れた 置いてきた 持ってくるのを忘れた 当日',
      a: '接種券がないと接種を受けられない場合があります。会場のスタッフか {{contact}} にご相談ください。',
    },
    en: {
      q: 'I forgot my ticket on the day',
      k: 'forgot my ticket left at home forgot ticket at home left behind did not bring',
      a: 'Without the ticket you may not be vaccinated. Please ask the venue staff or {{contact}}.',
    },
  },
  {
    id: 'clothes',
    topic: 'day',
    ja: {
      q: '当日の服装はどうすればいいですか',
      k: '服装 着ていく服 半袖 服装 服 半袖 肩 着ていく 着る',
      a: '肩を出しやすい服装(半袖や、袖をまくりやすい服)でお越しください。',
    },
    en: {
      q: 'What should I wear?',
      k: 'clothes what to wear sleeves wear clothes clothing short sleeves shoulder',
      a: 'Wear something that makes your upper arm easy to reach, such as short sleeves.',
    },
  },
  {
    id: 'arrival-time',
    topic: 'day',
    ja: {
      q: '何分前に会場に行けばいいですか',
      k: '何分前 到着 早めに 早め 着く 集合 受付時間 何分前に着けばいい 早く行く',
      a: '予約時間の5〜10分前を目安にお越しください。早く着きすぎると会場が混み合うことがあります。',
    },
    en: {
      q: 'How early should I arrive?',
      k: 'how early arrive minutes before arrive early minutes before arrival time',
      a: 'Please arrive 5 to 10 minutes before your time; arriving much earlier can crowd the venue.',
    },
  },
  {
    id: 'on-the-day',
    topic: 'day',
    ja: {
      q: '当日、会場での流れを教えてください',
      k: '当日 流れ 受付 所要時間 流れ 手順 受付 会場に着いたら 所要時間 どれくらいかかる',
      a: '受付で接種券と本人確認書類を見せ、予診(医師の問診)のあと接種を受けます。接種後は会場で15分ほど様子を見てからお帰りいただきます。',
    },
    en: {
      q: 'What happens on the day?',
      k: 'on the day what happens how long on the day procedure steps reception how long does it take flow of the day what to expect',
      a: 'At reception show your ticket and ID, see the doctor for the screening, get the shot, then wait about 15 minutes at the venue before leaving.',
    },
  },
  // ── reminders and mail ──
  {
    id: 'reminder-what',
    topic: 'mail',
    ja: {
      q: 'リマインダーとは何ですか',
      k: 'リマインダー お知らせ 前日 リマインダー リマインド お知らせ 前日 通知',
      a: 'リマインダーは、接種日の前日に予約の日時と会場をお知らせするメールです。メールアドレスを登録してリマインダーを有効にした方に届きます。',
    },
    en: {
      q: 'What are reminders?',
      k: 'reminder notification notice what is a reminder mail the day before',
      a: 'A reminder is an e-mail sent the day before your appointment with its time and venue, to people who registered an e-mail address and turned reminders on.',
    },
  },
  {
    id: 'reminder-enable',
    topic: 'mail',
    link: 'MY_PAGE',
    ja: {
      q: 'リマインダーを受け取るには',
      k: 'リマインダー 受け取る 設定 お知らせメールをオン オン 有効 受け取りたい 通知を受け取る お知らせメールがほしい',
      a: 'マイページでメールアドレスを登録し、「リマインダーを受け取る」をオンにしてください(メール送信をしていないサイトもあります)。',
    },
    en: {
      q: 'How do I turn on reminders?',
      k: 'get reminders turn on enable turn on reminders enable reminder get notified sign up for reminder want a reminder mail the day before my appointment receive reminders',
      a: 'On My page, register an e-mail address and switch on "Receive reminders" (some sites do not send mail).',
    },
  },
  {
    id: 'reminder-disable',
    topic: 'mail',
    link: 'MY_PAGE',
    ja: {
      q: 'リマインダーを止めたい',
      k: 'リマインダー 止める 停止 オフ 解除 いらない 不要 お知らせメールを止める 通知を止める 通知いらない 配信停止 受け取りたくない',
      a: 'マイページで「リマインダーを受け取る」をオフにしてください。',
    },
    en: {
      q: 'How do I turn off reminders?',
      k: 'stop reminders turn off turn off reminders stop unsubscribe disable',
      a: 'Switch off "Receive reminders" on My page.',
    },
  },
  {
    id: 'email-change',
    topic: 'mail',
    link: 'MY_PAGE',
    ja: {
      q: 'メールアドレスを変更したい',
      k: 'メールアドレス 変更 メールアドレス メアド アドレス 変更 登録 変わった 携帯会社 キャリア 乗り換え アドレスが変わった',
      a: 'マイページの連絡先からメールアドレスを変更できます。',
    },
    en: {
      q: 'How do I change my e-mail address?',
      k: 'change email update address change email address update email new email wrong email address registered correct fix a typo',
      a: 'Change it in the contact details on My page.',
    },
  },
  {
    id: 'mail-not-arrive',
    topic: 'mail',
    link: 'MY_PAGE',
    ja: {
      q: 'メールが届きません',
      k: 'メール 届かない 来ない メール 届かない 来ない 受信できない 迷惑メール',
      a: 'マイページで登録したメールアドレスに誤りがないか確かめ、迷惑メールフォルダもご確認ください。受信拒否の設定をしている場合は、このサイトからのメールを受け取れるようにしてください。それでも届かない場合は {{contact}} へ。',
    },
    en: {
      q: 'I do not receive any e-mails',
      k: 'email not received no mail email not arriving no email did not get spam junk',
      a: 'Check the address on My page and your spam folder, and allow mail from this site if you filter. If mails still do not arrive, contact {{contact}}.',
    },
  },
  {
    id: 'confirmation-mail',
    topic: 'mail',
    ja: {
      q: '予約完了のメールは届きますか',
      k: '確認メール 予約完了 完了メール 確認メール 予約確定 通知 届く',
      a: 'メールアドレスを登録している方には、予約・変更・キャンセルのたびに確認のメールが届きます(メール送信をしていないサイトもあります)。予約内容はいつでもマイページで確認できます。',
    },
    en: {
      q: 'Will I get a confirmation e-mail?',
      k: 'confirmation email booking confirmed confirmation email booking confirmed notification',
      a: 'If you registered an e-mail address you get a confirmation for each booking, change and cancellation (some sites send no mail). My page always shows your bookings.',
    },
  },
  {
    id: 'phone-change',
    topic: 'mail',
    link: 'MY_PAGE',
    ja: {
      q: '電話番号を変更したい',
      k: '電話番号 変更 電話番号 携帯 番号 変更 変わった',
      a: 'マイページの連絡先から電話番号を変更できます。',
    },
    en: {
      q: 'How do I change my phone number?',
      k: 'change phone number change phone number mobile update telephone wrong number registered correct fix',
      a: 'Change it in the contact details on My page.',
    },
  },
  // ── using the site ──
  {
    id: 'accessibility',
    topic: 'site',
    ja: {
      q: 'スクリーンリーダーやキーボードだけで使えますか',
      k: '読み上げ 音声 拡大 キーボード 見えにくい アクセシビリティ 読み上げ 音声 文字を大きく 拡大 目が見えにくい キーボード 視覚障害',
      a: 'このサイトはスクリーンリーダーとキーボードだけでも操作できるように作られています。文字はブラウザの拡大機能で大きくできます。使いにくい点があれば {{contact}} にお知らせください。',
    },
    en: {
      q: 'Can I use the site with a screen reader or keyboard only?',
      k: 'screen reader keyboard zoom accessibility blind accessibility screen reader keyboard only larger text zoom visually impaired navigate with the keyboard',
      a: 'The site works with screen readers and with the keyboard alone; use your browser zoom for larger text. Please tell {{contact}} about anything hard to use.',
    },
  },
  {
    id: 'language',
    topic: 'site',
    ja: {
      q: '英語で表示できますか',
      k: '英語 日本語 言語 英語 言語 切り替え 日本語 English 表示 中国語 韓国語 外国語 多言語',
      a: '画面上部の言語の切り替えで、日本語と英語を選べます。',
    },
    en: {
      q: 'Can I switch the language?',
      k: 'english japanese language switch language english japanese switch change language',
      a: 'Use the language switch at the top of the page to choose Japanese or English.',
    },
  },
  {
    id: 'wheelchair',
    topic: 'site',
    ja: {
      q: '車いすで会場に行けますか',
      k: '車いす バリアフリー 介助 車いす 車椅子 バリアフリー エレベーター 付き添い 介助',
      a: '会場の設備や付き添いについては {{contact}} にお問い合わせください。必要な配慮をご相談いただけます。',
    },
    en: {
      q: 'Is the venue wheelchair accessible?',
      k: 'wheelchair accessible assistance wheelchair barrier free elevator lift companion assistance',
      a: "For a venue's facilities or bringing a companion, please ask {{contact}}; they can arrange what you need.",
    },
  },
  {
    id: 'smartphone',
    topic: 'site',
    ja: {
      q: 'スマートフォンから予約できますか',
      k: 'スマホ 携帯 パソコン スマホで予約 スマホから スマホ スマートフォン 携帯 パソコン タブレット',
      a: 'はい。スマートフォン、タブレット、パソコンのブラウザから予約できます。',
    },
    en: {
      q: 'Can I book from my smartphone?',
      k: 'smartphone mobile phone computer use my phone to book smartphone mobile phone tablet computer browser android',
      a: 'Yes, from the browser of a smartphone, tablet or computer.',
    },
  },
  {
    id: 'error-page',
    topic: 'site',
    ja: {
      q: 'エラーが出て先に進めません',
      k: 'エラー 動かない 表示されない ボタン 押しても 反応しない エラー 進めない 動かない 真っ白 表示されない 固まる 不具合',
      a: 'ページを再読み込みしてもう一度お試しください。通信が不安定な場合は場所を変えてお試しください。続く場合は {{contact}} にご連絡ください。',
    },
    en: {
      q: 'I get an error and cannot continue',
      k: 'error not working broken error broken not working blank page stuck bug error message something went wrong cannot proceed page does not load site not working',
      a: 'Reload the page and try again, or try from a better connection. If it continues, contact {{contact}}.',
    },
  },
  {
    id: 'session-expired',
    topic: 'site',
    link: 'LOGIN',
    ja: {
      q: '勝手にログアウトされました',
      k: 'ログアウトされた セッション 時間切れ セッション切れ せっしょん きれた ログアウトされた 自動 セッション 切れた 時間切れ 戻された 入力中に勝手にログイン画面に戻される 急にログアウトした',
      a: '安全のため、一定時間がたつと自動的にログアウトされます。もう一度ログインしてください。',
    },
    en: {
      q: 'I was logged out automatically',
      k: 'logged out session expired timeout logged out automatically session expired timed out kicked out sent back to login while typing',
      a: 'For your safety, sessions end after a while. Please log in again.',
    },
  },
  {
    id: 'logout',
    topic: 'site',
    ja: {
      q: 'ログアウトの仕方を教えてください',
      k: 'ログアウト 終了 終わったら 出る方法 ログアウト 終了 出る やめる サインアウト 共用のパソコン 共有のパソコン',
      a: '画面右上の「ログアウト」を押してください。',
    },
    en: {
      q: 'How do I log out?',
      k: 'log out sign out log out sign out exit leave on a shared or public computer',
      a: 'Press "Log out" at the top right of the page.',
    },
  },
  {
    id: 'privacy',
    topic: 'site',
    ja: {
      q: '個人情報はどのように扱われますか',
      k: '個人情報 プライバシー 安全 データ 情報 漏れる 名前や電話番号は誰が見るのか 勤務先の会社に見られるか 何に使われるのか 第三者に共有されるか',
      a: '入力された情報は接種の予約と実施のためだけに使われます。詳しくは {{siteName}} の利用規約をご覧ください。',
    },
    en: {
      q: 'What happens to my personal data?',
      k: 'privacy personal data personal data privacy information safe secure privacy policy who can see my information data protection how my data is used my name and phone number my employer who my information is shared with passed on to others',
      a: 'What you enter is used only to book and give your vaccination. See the terms of use of {{siteName}} for details.',
    },
  },
  {
    id: 'contact',
    topic: 'site',
    ja: {
      q: '問い合わせ先を教えてください',
      k: '問い合わせ 連絡先 窓口 お問い合わせ 連絡 問い合わせ 連絡先 窓口 コールセンター 相談 電話番号 人と話したい 担当者 聞きたい',
      a: '{{siteName}} のお問い合わせ先:{{contact}}',
    },
    en: {
      q: 'Who can I contact?',
      k: 'contact help phone number contact information contact details contact help desk call centre phone number ask someone talk to a person support',
      a: 'Contact for {{siteName}}: {{contact}}',
    },
  },
  {
    id: 'certificate',
    topic: 'site',
    ja: {
      q: '接種証明書はもらえますか',
      k: '証明書 接種証明 しょうめいしょ 接種証明 証明書 ワクチンパスポート 記録 済証',
      a: '接種の記録は接種券の接種済証に記入されます。接種証明書の発行については発行元か {{contact}} にお問い合わせください。',
    },
    en: {
      q: 'Can I get a vaccination certificate?',
      k: 'certificate proof of vaccination vaccination certificate proof record passport vaccination record for travel abroad for work employer',
      a: 'The vaccination is recorded on your ticket. For a certificate, ask the issuer or {{contact}}.',
    },
  },
  {
    id: 'children',
    topic: 'site',
    ja: {
      q: '子どもも接種できますか',
      k: '子ども 子供 年齢 歳 才 子の予約 子ども 子供 こども 小学生 中学生 年齢 何歳から 未満 以上 年齢制限',
      a: '接種できる年齢はワクチンと会場によって決まっています。お子さまの予約は、お子さまの接種券で行ってください。年齢などの条件は {{contact}} にお問い合わせください。',
    },
    en: {
      q: 'Can children be vaccinated?',
      k: 'child children age kids children child kids age years old minimum age son daughter kid under 12 age limit how old',
      a: "The minimum age depends on the vaccine and venue. Book with the child's own ticket; ask {{contact}} about the conditions.",
    },
  },
  // ── medical: never advice ──
  {
    id: 'medical-side-effects',
    topic: 'medical',
    medical: true,
    ja: {
      q: '副反応が心配です',
      k: '副反応 副作用 痛み 熱 痛い 痛み 接種後に 副反応 副作用 腕が痛い 発熱 熱が出た 腫れ だるい 頭痛 2回目の後の熱',
      a: 'このチャットでは医学的な助言はできません。体調について心配なことは、かかりつけの医師にご相談ください。接種についてのお問い合わせは {{contact}} へ。急に具合が悪くなったときは、ためらわず医療機関を受診してください。',
    },
    en: {
      q: 'I am worried about side effects',
      k: 'side effects reaction pain fever side effects adverse reaction sore arm fever headache swelling tired fever after the second dose',
      a: 'This chat cannot give medical advice. Please talk to your doctor about your health; for questions about the vaccination contact {{contact}}. If you feel suddenly unwell, see a doctor without delay.',
    },
  },
  {
    id: 'medical-should-i',
    topic: 'medical',
    medical: true,
    ja: {
      q: 'ワクチンを受けたほうがいいですか',
      k: '接種すべき 受けるべき 迷う 打ったほうがいい 受けるか迷う 迷ってる 打つか 接種するか 受けるべき 打つべき 受けたほうがいい 迷っている 効果 安全性 若い 健康 必要 打たなくてもいい 受けなくてもいい',
      a: 'このチャットでは医学的な助言はできません。接種するかどうかは、かかりつけの医師にご相談ください。接種についてのお問い合わせは {{contact}} へ。',
    },
    en: {
      q: 'Should I get vaccinated?',
      k: 'should I get vaccinated unsure should I get vaccinated worth it safe effective decide do I need the vaccine is it necessary should I take it young and healthy benefits',
      a: 'This chat cannot give medical advice. Please discuss with your doctor whether to be vaccinated; for questions about the vaccination contact {{contact}}.',
    },
  },
  {
    id: 'medical-condition',
    topic: 'medical',
    medical: true,
    ja: {
      q: '持病やアレルギーがありますが接種できますか',
      k: '持病 アレルギー 妊娠 薬 アレルギー 持病 妊娠 妊婦 授乳 薬 服用 基礎疾患 病気 喘息 糖尿病 心臓病 高血圧 血液をサラサラにする薬 抗凝固薬 アナフィラキシー 卵アレルギー 治療中',
      a: 'このチャットでは医学的な助言はできません。持病・アレルギー・妊娠・服薬中の方は、かかりつけの医師にご相談ください。当日の予診でも医師が確認します。お問い合わせは {{contact}} へ。',
    },
    en: {
      q: 'I have an illness or allergy, can I be vaccinated?',
      k: 'allergy pregnant illness medication allergy allergic pregnant pregnancy breastfeeding medication medicine condition disease chronic disease asthma diabetes heart disease blood thinners anaphylaxis egg allergy underlying condition',
      a: 'This chat cannot give medical advice. If you have an illness or allergy, are pregnant or take medication, please ask your doctor; the doctor at the screening also checks. Questions: {{contact}}.',
    },
  },
  {
    id: 'medical-fever-on-day',
    topic: 'medical',
    medical: true,
    link: 'MY_PAGE',
    ja: {
      q: '当日に熱や体調不良があるときは',
      k: '熱 体調不良 風邪 当日 熱 発熱 体調不良 風邪 具合が悪い 当日 熱や風邪のときに接種できるか',
      a: 'このチャットでは医学的な助言はできません。当日に熱があるなど体調が悪いときは、医師にご相談のうえ、予約の変更を検討してください。お問い合わせは {{contact}} へ。',
    },
    en: {
      q: 'What if I have a fever or feel unwell on the day?',
      k: 'fever sick cold on the day fever cold unwell sick on the day ill',
      a: 'This chat cannot give medical advice. If you have a fever or feel unwell on the day, consult a doctor and consider changing your appointment. Questions: {{contact}}.',
    },
  },
  {
    id: 'medical-after-care',
    topic: 'medical',
    medical: true,
    ja: {
      q: '接種後の過ごし方(入浴・飲酒・運動)は',
      k: '接種後 お風呂 お酒 運動 接種後 お風呂 入浴 飲酒 お酒 運動 シャワー 過ごし方',
      a: 'このチャットでは医学的な助言はできません。接種後の過ごし方は、当日会場の医師の説明に従い、心配なときはかかりつけの医師にご相談ください。お問い合わせは {{contact}} へ。',
    },
    en: {
      q: 'What can I do after the vaccination (bath, alcohol, exercise)?',
      k: 'after vaccination bath alcohol exercise after vaccination bath shower alcohol drink exercise sport workout',
      a: 'This chat cannot give medical advice. Follow what the doctor at the venue tells you, and ask your own doctor if you are worried. Questions: {{contact}}.',
    },
  },
  // ── one's own state ──
  {
    id: 'own-reservations',
    topic: 'booking',
    link: 'MY_PAGE',
    personal: 'RESERVATIONS',
    ja: {
      q: 'いつ予約していますか(自分の予約)',
      k: '私の予約 予約日 予約した日 自分の予約 何日 予約した日時 予約状況 予約内容 予約した内容 接種日 自分の接種日 予約を確認 2回目の予約日 次の接種日',
      a: 'ご自身の予約はマイページに表示されます。ログインしていれば、ここにも予約の日時と会場を表示します。',
    },
    en: {
      q: 'When is my appointment?',
      k: 'my appointment when is my booking my reservation my appointment my booking when what did I book my reservation date what time is my appointment date and time of my appointment details of my slot when is my second dose',
      a: 'Your bookings are shown on My page; when you are logged in they are listed here too.',
    },
  },
];
