/**
 * More ways to ask each common entry, written for this project from each entry's topic and answer (not from
 * any evaluation question): polite and casual Japanese, short keyword questions, plain English. Indexed with
 * the entry's other wordings (`k`, faq-documents.ts), never shown.
 */
export const paraphrases: Record<string, { ja: string[]; en: string[] }> = {
  'login-how': {
    ja: [
      'サイトにはどうやって入るの',
      'ログインには何を入力すればいいですか',

      'IDとパスワードは何を使うの',
      'ログイン画面で何を入れればいい',
      'マイページに入る方法',
      'ログインのやり方がわからない',
    ],
    en: [
      'what do I enter to log in',
      'what is my user name and password',
      'how do I get into my page',
      'which details do I need to sign in',
    ],
  },
  'login-first-time': {
    ja: [
      '初めて使うときの手順を知りたい',
      '最初にパスワードを決めるの?',
      '初回はパスワードなしで入れますか',
      'はじめて利用する場合はどうしたらいい',
      '初めてなのでアカウントを作りたい',
      '初回ログイン後に何を登録するの',
    ],
    en: [
      'I have never used this site before',
      'do I need to create an account first',
      'what happens when I log in for the first time',
      'how do I set up my password the first time',
    ],
  },
  'password-forgot': {
    ja: [
      'パスワードを思い出せない',
      'パスワードがわからなくてログインできない',
      'パスワードをリセットしたい',
      'パスワードを再設定してほしい',
      'パスワード忘れたらどうする',
      '設定したパスワードを覚えていない',
    ],
    en: [
      'I cannot remember my password',
      'how do I reset a forgotten password',
      'my password does not work and I forgot it',
      'password recovery',
    ],
  },
  'password-change': {
    ja: [
      'パスワードを別のものに変えたい',
      'パスワードの変更方法',
      '今のパスワードを新しくしたい',
      'パスワードを変えることはできますか',
    ],
    en: ['I want a new password', 'can I change the password I set', 'how to update my password'],
  },
  'login-locked': {
    ja: [
      '何度も間違えたら入れなくなった',
      'ロックがかかってログインできない',
      'ログインが制限されていると表示される',
      'しばらく待てばまたログインできますか',
      'ロックを解除したい',
      '入力ミスを繰り返したらブロックされた',
    ],
    en: [
      'I entered the wrong password too many times',
      'my account is blocked',
      'how long until I can log in again',
      'unlock my account',
    ],
  },
  'ticket-number-where': {
    ja: [
      '接種券番号ってどれのこと',
      '券番号がどこにあるかわからない',
      '接種券のどこを見れば番号がわかりますか',
      'ログインに使う番号はどこに書いてある',
      '番号にハイフンは入れるの',
    ],
    en: [
      'which number on the ticket do I enter',
      'where can I find the coupon number',
      'what is the ticket number',
      'do I type the hyphens in the number',
    ],
  },
  'ticket-not-arrived': {
    ja: [
      '接種券がまだ手元に届いていない',
      '接種券はいつ届きますか',
      '接種券が送られてこない',
      '接種券が郵便で来ないのですが',
      '接種券をもらっていない',
    ],
    en: [
      'when will my ticket arrive',
      'I never received a vaccination ticket',
      'the coupon has not come in the post',
      'I have not got a ticket yet',
    ],
  },
  'ticket-lost': {
    ja: [
      '接種券を紛失してしまった',
      '接種券が見当たらない',
      '接種券を再発行してほしい',

      '接種券をどこかにやってしまった',
    ],
    en: ['I cannot find my vaccination ticket', 'can I get a new ticket', 'my ticket is missing'],
  },
  'self-register': {
    ja: [
      '接種券を持っていないけど予約したい',

      '接種券なしで登録する方法',
      '仮の番号をもらうには',
      '接種券がない人はどうやって申し込むの',
    ],
    en: [
      'I do not have a ticket but want to book',
      'what is self registration',
      'how do I get a provisional number',
      'register without a vaccination ticket',
    ],
  },
  'birthdate-format': {
    ja: [
      '生年月日は和暦と西暦どっち',

      '誕生日の入れ方がわからない',
      '生年月日の書き方を教えて',
      '生年月日を入れてもエラーになる',
    ],
    en: [
      'which format for my birthday',
      'do I enter the year first',
      'how to type my date of birth',
      'birth date is not accepted',
    ],
  },
  'family-members': {
    ja: [
      '親の分も私が予約できますか',
      '夫婦で一緒に予約したい',
      '子どもと一緒に予約できる?',
      '家族全員分を一度に予約したい',
      '高齢の親の代わりに予約したい',
    ],
    en: ['can I make a booking on behalf of my parents', 'book the whole family together'],
  },
  'vaccinated-elsewhere': {
    ja: [
      'ほかの会場で打ったのですがどうすればいい',
      '他の市で接種済みです',
      'すでに接種が終わっている場合は',
    ],
    en: [
      'I was vaccinated at another clinic',
      'already got my vaccine somewhere else',
      'do I still need to book if I am vaccinated',
    ],
  },
  'moved-address': {
    ja: [
      '引っ越した後も前の接種券を使えますか',
      '住所が変わったけど接種券はどうなる',

      '引っ越し先で接種を受けたい',
      '転居したので新しい接種券が必要?',
    ],
    en: [
      'I moved to a new city',
      'my address has changed, is my ticket still valid',
      'I relocated from another town',
      'can I use my old ticket after moving',
    ],
  },
  'booking-how': {
    ja: [
      'ワクチンの予約を取りたい',
      '接種の予約をしたいです',
      '予約のやり方がわからない',
      'どこから予約すればいいですか',
      '予約の手順を知りたい',
      '日時を選んで予約するには',
    ],
    en: [
      'I want to make a booking',
      'how do I reserve a vaccination',
      'where do I book',
      'steps to book an appointment',
      'how can I get an appointment',
    ],
  },
  'booking-mode': {
    ja: [
      'ここはセット予約と個別予約のどっちですか',
      'この会場の予約のやり方はセット?',
      '2回分まとめて予約する方式かどうか知りたい',
      'このサイトでは1回ずつ予約するのですか',
    ],
    en: [
      'does this site book both doses at once or one by one',
      'is this site set booking or separate booking',
      'what kind of booking does this site use',
    ],
  },
  'set-booking': {
    ja: [
      'セット予約ってなに',
      'セット予約の意味を教えて',
      '1回目を選ぶと2回目も自動で予約されるの',
      '2回分を一度に予約するしくみ',
      'セット予約だと2回目はどうなりますか',
    ],
    en: [
      'what does set booking mean',
      'is the second dose booked automatically',
      'booking both appointments together',
    ],
  },
  'separate-booking': {
    ja: [
      '1回目と2回目をそれぞれ予約したい',
      '個別予約ってなに',
      '2回目はあとから予約できますか',

      '1回ずつ予約するやり方',
    ],
    en: [
      'can I book the second dose later',
      'what is separate booking',
      'book one dose now and the other later',
    ],
  },
  interval: {
    ja: [
      '2回目は何日後に受けられますか',
      '1回目から2回目まで何週間あける',
      '接種の間隔は何日',
      '2回目までどのくらい空ければいい',
      '2回目を早めに受けたい',
    ],
    en: [
      'how many days after the first dose is the second',
      'how many weeks between first and second shot',
      'when can I get my second dose',
    ],
  },
  'booking-opens': {
    ja: [
      '予約の受付はいつ始まる',
      'いつから予約できるようになりますか',
      '予約開始日を知りたい',
      'まだ予約が始まっていないみたい',
      '予約受付の開始時間は',
    ],
    en: [
      'when can I start to book',
      'booking is not open yet',
      'what date does booking start',
      'from when is booking possible',
    ],
  },
  'slots-full': {
    ja: [
      'どの日も満席で予約が取れない',
      '空いている枠がない',
      'キャンセル待ちはできますか',
      '予約がいっぱいで取れません',
      '空きが出たら教えてほしい',
    ],
    en: [
      'everything is fully booked',
      'all the dates are full',
      'is there a waiting list',
      'no free appointments left',
    ],
  },
  'live-counts': {
    ja: [
      '残りの枠の数はリアルタイムですか',
      '空き状況は自動で更新される?',
      '画面を再読み込みしないと空きが変わらない?',
    ],
    en: [
      'is the number of free places up to date',
      'do I need to reload to see free slots',
      'how current is the availability',
    ],
  },
  'choose-venue': {
    ja: [
      'どこの会場で受けられますか',
      '会場の一覧を見たい',
      '家の近くの会場を選びたい',
      '接種会場は選べる?',
      '会場を決めるには',
    ],
    en: [
      'where can I get vaccinated',
      'list of venues',
      'can I pick a venue near my home',
      'which locations are available',
    ],
  },
  'choose-vaccine': {
    ja: [
      'ワクチンのメーカーを選べますか',
      'どのワクチンを打つか決められる?',
      'ファイザーかモデルナか選びたい',
      'ワクチンの種類は会場で違うの',
      '1回目と違うワクチンにできる?',
    ],
    en: [
      'can I pick the vaccine brand',
      'which vaccine will I get',
      'can I choose pfizer or moderna',
      'is the vaccine different at each venue',
    ],
  },
  'booking-check': {
    ja: [
      '予約が取れているか確かめたい',
      'ちゃんと予約できたかな',
      '予約内容はどこで見られますか',
      '予約が完了したか確認する方法',
      '予約した内容をもう一度見たい',
    ],
    en: [
      'did my booking go through',
      'where can I see my booking',
      'how do I know my appointment is confirmed',
      'view my booking details',
    ],
  },
  'second-dose-only': {
    ja: [
      '1回目は済んだので2回目の予約をしたい',
      '2回目だけ予約できますか',
      '2回目の予約が取れない',
      '1回目を他で受けたので2回目だけここで',
    ],
    en: [
      'I already had my first dose, how do I book the second',
      'book only my second shot',
      'my first dose was elsewhere, can I book the second here',
    ],
  },
  cost: {
    ja: [
      '接種は無料ですか',
      'お金はかかりますか',
      '料金はいくらですか',
      '自己負担はありますか',
      '費用を払う必要がある?',
    ],
    en: ['how much does it cost', 'do I have to pay', 'is there a fee'],
  },
  'booking-by-phone': {
    ja: [
      'ネットが苦手なので電話で予約したい',
      '電話で申し込めますか',
      'パソコンが使えないのですが予約したい',
      'インターネット以外で予約する方法',
      '代わりに予約してもらえる?',
    ],
    en: [
      'can I book over the phone',
      'I am not good with computers, can someone book for me',
      'is there another way to book without the internet',
    ],
  },
  'change-date': {
    ja: [
      '予約した日を変えたい',
      '予約の時間をずらしたい',
      '別の日に変更できますか',
      '日程を変更する方法',
      '予約の会場や日時を変えたい',
      '都合が悪くなったので日を変えたい',
    ],
    en: [
      'can I move my appointment to another day',
      'change the time of my booking',
      'how do I reschedule',
      'I need a different date',
    ],
  },
  'cancel-how': {
    ja: [
      '予約を取り消したい',
      'キャンセルの方法を教えて',
      '予約をやめたいのですが',
      '行けなくなったのでキャンセルしたい',
      'キャンセルはどこからできますか',
    ],
    en: [
      'how can I cancel',
      'I cannot come, cancel my appointment',
      'where is the cancel button',
      'I no longer need my booking',
    ],
  },
  'cancel-deadline': {
    ja: [
      'キャンセルは何時間前までできますか',
      '前日でもキャンセルできる?',
      '変更の締め切りはいつ',
      'いつまでならキャンセルできますか',
      '当日のキャンセルはできますか',
    ],
    en: [
      'how many hours before can I cancel',
      'can I cancel the day before',
      'what is the deadline for changes',
      'is there a time limit to cancel',
    ],
  },
  'cancel-after-deadline': {
    ja: [
      '期限を過ぎたけどキャンセルしたい',
      '締め切り後に変更したい場合は',
      'キャンセル期限が過ぎてボタンが押せない',
      '直前でもキャンセルできる方法はありますか',
    ],
    en: [
      'the deadline has passed but I need to cancel',
      'too late to change my booking online',
      'cancel after the cut off',
    ],
  },
  'cancel-set': {
    ja: [
      'セット予約の2回目だけキャンセルできますか',
      'セット予約を取り消すと両方なくなる?',
      'セットで予約したのを片方だけやめたい',
      'セット予約のキャンセル方法',
    ],
    en: [
      'cancel only the second appointment of a set booking',
      'does cancelling a set booking cancel both doses',
      'how to cancel a set booking',
    ],
  },
  'late-arrival': {
    ja: [
      '予約の時間に間に合わないかもしれない',
      '遅刻しそうなときはどうすればいい',
      '少し遅れても受けられますか',
    ],
    en: ['I will arrive after my appointment time', 'what if I am a few minutes late'],
  },
  'no-show': {
    ja: [
      '予約をすっぽかしてしまった',
      '予約日を忘れて行かなかった',
      '予約した日に行けなかったらどうなる',
      '連絡せずに休んでしまった',
    ],
    en: [
      'I forgot to go to my appointment',
      'what happens if I do not show up',
      'I missed my booking, what now',
    ],
  },
  bring: {
    ja: [
      '当日何を持っていけばいいですか',
      '持ち物を教えて',
      '接種の日に必要なものは',
      '会場に持っていくものは何',
      'お薬手帳は必要ですか',
    ],
    en: [
      'what do I need to take with me',
      'what should I bring to the venue',
      'things to bring for the vaccination',
      'do I need my medicine notebook',
    ],
  },
  'id-documents': {
    ja: [
      '身分証明書は何がいい',
      '保険証で大丈夫ですか',
      'マイナンバーカードは使えますか',
      '運転免許証がないのですが',
      '本人確認は何で行いますか',
    ],
    en: [
      'which ID should I bring',
      'is my health insurance card enough',
      'can I use my driving licence as ID',
      'what counts as proof of identity',
    ],
  },
  questionnaire: {
    ja: [
      '予診票の書き方がわからない',
      '予診票をなくしてしまった',
      '問診票は事前に書いておくの',
      '予診票を書き間違えた',
      '予診票はどこでもらえますか',
    ],
    en: [
      'do I fill in the questionnaire before',
      'I lost the health questionnaire',
      'where do I get the pre screening form',
      'I made a mistake on the form',
    ],
  },
  'forgot-ticket-on-day': {
    ja: [
      '接種券を家に置いてきてしまった',
      '会場に来たのに接種券を持ってくるのを忘れた',
      '接種券を忘れても受けられますか',
    ],
    en: [
      'I left my ticket at home',
      'can I get vaccinated without my ticket today',
      'I did not bring my coupon',
    ],
  },
  clothes: {
    ja: ['半袖で行ったほうがいい?', '肩を出しやすい服がいいですか', '当日の服はどんなものがいい'],
    en: ['what clothes should I wear', 'should I wear short sleeves', 'dress code for the vaccination'],
  },
  'arrival-time': {
    ja: ['予約時間のどれくらい前に行けばいいですか', '会場には早く行ったほうがいいですか'],
    en: ['how many minutes before should I come', 'can I arrive early', 'what time should I get there'],
  },
  'on-the-day': {
    ja: [
      '接種の当日の流れは',
      '全部でどのくらい時間がかかりますか',
      '接種のあと待つ時間はありますか',
      '受付から接種までの手順',
    ],
    en: [
      'how long does the whole visit take',
      'what do I do when I arrive at the venue',
      'do I have to wait after the shot',
      'what is the procedure on the day',
    ],
  },
  'reminder-what': {
    ja: ['前日にお知らせは来ますか', '予約日の前にメールで教えてくれる?', 'リマインダーメールとは'],
    en: [
      'will I get a reminder before my appointment',
      'what is a reminder email',
      'do you send a notice the day before',
    ],
  },
  'reminder-enable': {
    ja: [
      'リマインダーをオンにしたい',
      '前日のお知らせを受け取る設定',
      'リマインダーを有効にする方法',
      'リマインダーが届くようにしたい',
    ],
    en: ['switch on reminder emails', 'I want to be reminded the day before', 'how to activate reminders'],
  },
  'reminder-disable': {
    ja: [
      'リマインダーをオフにしたい',
      'お知らせのメールを止めたい',
      'リマインダーを解除する方法',
      'リマインダーはいらない',
    ],
    en: ['I do not want reminders', 'switch off the reminder emails', 'unsubscribe from reminders'],
  },
  'email-change': {
    ja: [
      'メールアドレスが変わりました',
      'アドレスを新しいものに変更するには',
      '別のメールアドレスを登録したい',
    ],
    en: [
      'my email address changed',
      'update the email address on my account',
      'use a different email address',
    ],
  },
  'mail-not-arrive': {
    ja: ['メールが迷惑メールに入っているかも', 'メールを受信できません'],
    en: [
      'I have not received the email',
      'no emails are coming',
      'the confirmation email never arrived',
      'emails go to spam',
    ],
  },
  'confirmation-mail': {
    ja: ['予約完了の通知はありますか', '予約確定のメールはもらえる'],
    en: [
      'do I get an email after booking',
      'is there a booking confirmation',
      'will you email me when I cancel',
    ],
  },
  'phone-change': {
    ja: ['登録した電話番号を変えたい', '連絡先の電話番号を変更する方法'],
    en: ['my phone number changed', 'update my mobile number', 'change the phone number on my account'],
  },
  accessibility: {
    ja: [
      '目が不自由でも使えますか',
      '文字を大きくしたい',
      '画面の読み上げに対応していますか',
      'マウスを使わずに操作できる?',
      '字が小さくて読みにくい',
    ],
    en: [
      'the text is too small',
      'does the site work with voiceover',
      'can I use the site without a mouse',
      'I have poor eyesight',
    ],
  },
  language: {
    ja: [
      '英語の画面に切り替えたい',
      '外国語で表示できますか',
      '言語を変える方法',
      '中国語や韓国語には対応していますか',
      'ほかの言語はありますか',
    ],
    en: [
      'change to japanese',
      'is there an english version',
      'switch the site to english',
      'is it available in chinese, korean or other languages',
    ],
  },
  wheelchair: {
    ja: [
      '車いすでも会場に入れますか',
      '会場にエレベーターはありますか',
      '介助が必要なのですが',
      '付き添いの人と一緒に行っていい?',
    ],
    en: [
      'can I come in a wheelchair',
      'is there a lift at the venue',
      'I need help getting around at the venue',
    ],
  },
  smartphone: {
    ja: [
      'スマホで予約できますか',
      '携帯電話から使えますか',
      'タブレットでも大丈夫?',
      'パソコンがなくても予約できる',
    ],
    en: ['does the site work on my phone', 'can I use a tablet', 'do I need a computer to book'],
  },
  'error-page': {
    ja: [
      'エラーが表示されて進めない',
      '画面が真っ白になった',
      'ボタンを押しても反応しない',
      'ページが動かない',
      'うまく表示されません',
    ],
    en: [
      'the page shows an error',
      'the button does nothing',
      'the site is not loading',
      'something went wrong message',
    ],
  },
  'session-expired': {
    ja: [
      '途中でログアウトされてしまった',
      '時間切れと表示された',
      'セッションが切れましたと出る',
      'タイムアウトになって最初からやり直しになった',
    ],
    en: ['I got logged out while booking', 'session timed out', 'it sent me back to the login page'],
  },
  logout: {
    ja: ['ログアウトはどこ', 'サイトから出る方法', 'ログアウトボタンが見つからない'],
    en: ['where is the log out button', 'how do I sign out when I am done', 'exit my account'],
  },
  privacy: {
    ja: ['入力した個人情報は安全ですか', '私の情報は何に使われますか', '個人情報の取り扱いについて'],
    en: ['is my data safe', 'what do you do with my information', 'who can see my personal details'],
  },
  contact: {
    ja: [
      '問い合わせ先の電話番号は',
      '担当の窓口に相談したい',
      '誰に連絡すればいいですか',
      'コールセンターの番号を教えて',
      '直接聞きたいことがある',
    ],
    en: [
      'who do I call',
      'contact phone number',
      'I want to talk to a person',
      'how can I reach the help desk',
    ],
  },
  certificate: {
    ja: [
      '接種証明書がほしい',
      'ワクチンを打った証明はもらえますか',
      '接種済証はどこにある',
      '接種の記録を確認したい',
    ],
    en: [
      'proof that I am vaccinated',
      'how do I get a vaccination record',
      'I need a certificate for travel',
    ],
  },
  children: {
    ja: [
      '子どもは何歳から接種できますか',
      '小学生も予約できる?',
      '子どもの予約はどうすればいい',
      '中学生の子の接種について',
      '年齢の制限はありますか',
    ],
    en: [
      'from what age can kids get the vaccine',
      'can I book for my child',
      'is there an age limit',
      'can teenagers be vaccinated',
    ],
  },
  'medical-side-effects': {
    ja: [
      '接種後に熱が出たらどうすればいい',
      '腕が痛くなるのが心配',
      '副反応はどんなものがありますか',
      '打った後に具合が悪くなった',
      '頭痛やだるさが出た',
    ],
    en: ['my arm hurts after the shot', 'what side effects can happen', 'I feel sick after the vaccine'],
  },
  'medical-should-i': {
    ja: [
      'ワクチンを打つか迷っています',
      '接種したほうがいいか悩んでいる',
      'ワクチンは安全ですか',
      'ワクチンの効果はありますか',
      '打つべきか決められない',
    ],
    en: ['is the vaccine safe', 'does the vaccine work', 'I am not sure whether to get vaccinated'],
  },
  'medical-condition': {
    ja: [
      '持病があっても打てますか',
      'アレルギーがあるけど大丈夫',
      '妊娠中ですが接種できますか',

      '授乳中でも接種していい',
    ],
    en: [
      'I have an allergy, can I get the shot',
      'can I be vaccinated while pregnant',
      'I take medicine every day',
      'I have a chronic illness',
    ],
  },
  'medical-fever-on-day': {
    ja: ['当日に熱が出てしまった', '体調が悪いけど受けていい?', '朝熱があったら行かないほうがいい'],
    en: ['I feel unwell on my appointment day', 'what if I have a temperature on the day'],
  },
  'medical-after-care': {
    ja: ['接種した日に運動してもいいですか', '接種後に気をつけることは'],
    en: ['can I take a bath after the shot', 'is it ok to exercise after the vaccine'],
  },
  'own-reservations': {
    ja: [
      '私の予約はいつですか',
      '自分の予約日を忘れた',
      '予約した日時を知りたい',
      '次の接種日はいつ',
      '何日に予約したっけ',
    ],
    en: [
      'what day did I book',
      'when is my next appointment',
      'show my bookings',
      'I forgot my appointment date',
    ],
  },
};
