/**
 * Topics a municipal or clinic booking site is asked about that the assistant must not answer: other public
 * services, other bookings, other vaccines and tests, money, travel to the venue, weather and small talk.
 * Written from what such sites are asked in general (not from any evaluation question). They are indexed
 * with the entries; when one of them is the best match the assistant says it does not know (retriever.ts),
 * and they are never offered as an answer. Words that in-scope questions use as well (予約, 接種, ワクチン,
 * コロナ, 会場, 電話, チケット, アプリ) are left out on purpose: these topics must win only on their own words.
 */
/** One topic: its words and phrases in each language, separated by commas. */
export interface OutOfScopeTopic {
  id: string;
  ja: string;
  en: string;
  /**
   * Indexed as one document a language, not one a phrase (retriever.ts): the words then refuse a question through
   * the outside share and the modifier rule, and only rarely by winning the ranking. Since round 17, for the
   * domains whose words reach many in-scope questions' neighbours (a workplace's, a university's): each phrase
   * document shifts BM25's document count and average length, which flipped near ties between entries.
   */
  oneDocument?: boolean;
  /**
   * Its words are known only as words the out-of-scope topics use (the outside share and the modifier rule refuse with
   * them, and the spelling leaves them alone), and are not indexed: the topic never wins the ranking and shifts none of
   * BM25's statistics, which decide near ties between entries; nor are their reading bigrams counted as seen (README
   * "Round 19", adopted in round 22).
   */
  wordsOnly?: boolean;
}

export const OUT_OF_SCOPE_PREFIX = 'out-of-scope:';

export const outOfScopeTopics: OutOfScopeTopic[] = [
  {
    id: 'weather',
    ja: '天気, 天気予報, 雨, 雪, 台風, 気温, 晴れ, 降水確率, 梅雨',
    en: 'weather forecast, rain, snow, typhoon, temperature, sunny',
  },
  {
    id: 'other-vaccines',
    ja: 'インフルエンザ, 帯状疱疹, 肺炎球菌, 子宮頸がん, HPV, 麻しん, 風しん, はしか, おたふく, 日本脳炎, 定期接種',
    en: 'flu, influenza, shingles, pneumococcal, hpv, measles, rubella, mumps, tetanus, hepatitis, routine immunization',
  },
  {
    id: 'tests-and-infections',
    ja: 'PCR検査, 抗原検査, 検査キット, 陽性, 陰性, 感染者数, 濃厚接触者, 自宅療養, 隔離, 療養期間, 発熱外来',
    en: 'pcr test, antigen test, test kit, tested positive, tested negative, cases, infections, close contact, quarantine, isolation',
  },
  {
    id: 'city-services',
    ja: '住民票, 戸籍, 印鑑証明, 印鑑登録, 印鑑登録証明書, 納税証明書, 課税証明書, 所得証明書, 転出届, 婚姻届, 出生届, 税金, 住民税, 確定申告, 国民健康保険, 年金, 児童手当, 給付金, 介護保険, 認知症, 市役所, 区役所, 役場, 開庁時間',
    en: 'resident certificate, birth certificate, tax certificate, income certificate, family register, seal registration, tax return, income tax, residence tax, pension, child allowance, benefit, nursing care, dementia, city hall, town hall, office hours',
  },
  {
    // Identity documents are issued elsewhere: getting, renewing or replacing one is no question for this site
    // (which only says which of them to bring).
    id: 'documents-elsewhere',
    ja: '保険証の再発行, 保険証をなくした, 保険証の切り替え, 運転免許の更新, 運転免許の取得, 免許の更新, 免許センター, パスポートの申請, パスポートの更新, 在留カードの更新, ビザの申請',
    en: 'lost insurance card, insurance card reissue, get an insurance card, driver license renewal, renew driving licence, driving test, passport renewal, renew passport, passport application, visa application',
  },
  {
    id: 'my-number-card',
    ja: 'マイナンバーカードの申請, マイナンバーカードの更新, マイナンバーカードの暗証番号, 銀行の暗証番号, マイナポイント, 電子証明書',
    en: 'pin code, renewal, renew',
  },
  {
    id: 'garbage',
    ja: 'ゴミ, ごみ, 粗大ごみ, 分別, 収集日, 資源ごみ, リサイクル',
    en: 'garbage, rubbish, trash, bulky waste, recycling, collection, sorting',
  },
  {
    id: 'other-bookings',
    ja: 'コンサート, ライブ, 公演, ホテル, 旅館, レストラン, 居酒屋, 美容院, 美容室, 床屋, 歯医者, 歯科, 眼科, 健康診断, 人間ドック, 献血, 新幹線, 飛行機, レンタカー, 図書館, テニスコート',
    en: 'concert, live show, theatre, hotel, restaurant, table, dinner, hairdresser, haircut, salon, dentist, optician, checkup, blood donation, donate blood, flight, rental car, library, tennis court',
  },
  {
    id: 'parking-and-transport',
    ja: '駐車場, 駐輪場, 駐車料金, 車で行く, 自転車, タクシー, 道順, 行き方, 最寄り駅',
    en: 'parking, car park, parking fee, drive by car, bicycle, taxi, directions, nearest station, route',
  },
  {
    id: 'bills-and-payments',
    ja: '水道料金, 電気代, ガス代, 公共料金, 振込, 口座振替, クレジットカード, 請求書, 支払い方法',
    en: 'water bill, electricity bill, gas bill, utility bill, bank transfer, direct debit, credit, invoice',
  },
  {
    id: 'devices',
    ja: 'Wi-Fi, プリンター, 印刷, 機種変更, 充電, パソコンの使い方, ウイルス対策',
    en: 'wifi, printer, print, charging, battery, repair, antivirus',
  },
  {
    id: 'jobs-and-schools',
    ja: '求人, アルバイト, パート, 職員募集, 採用, 保育園, 幼稚園, 入園, 学校, 転校, 学童',
    en: 'job vacancy, hiring, recruitment, nursery, kindergarten, school, enrolment',
  },
  {
    // A workplace's own matters (leave, pay, expenses, HR procedures, the company's systems and health checks): an
    // employer's, not this site's, even during a workplace campaign (職域接種). Since round 18 also the certificates an
    // employer issues (在職証明書, 源泉徴収票) and its clients (English only: 取引先 flipped near ties elsewhere).
    id: 'work-and-hr',
    oneDocument: true,
    ja: '有給, 有休, 休暇, 休職, 退職, 在職, 在職証明書, 退職証明書, 源泉徴収票, 勤怠, 給与, 賞与, 経費, 精算, 扶養, 残業, 労災, 産業医, ストレスチェック, 福利厚生, 社用',
    en: 'client, paid leave, sick leave, annual leave, pto, payroll, salary, payslip, wage, bonus, expense claim, expenses, reimburse, reimbursement, resign, resignation, dependent, overtime, timesheet, occupational health, stress check, intranet, vpn',
  },
  {
    // A university's own matters: its certificates, courses and fees; since round 18 a graduation's certificate and a
    // class or a lesson (which the spelling no longer turns into an entry's word: "class" is no "clash").
    id: 'campus',
    oneDocument: true,
    ja: '在学証明書, 成績証明書, 卒業証明書, 卒業, 学位, 奨学金, 学費, 授業, 休講',
    en: 'transcript, certificate of enrolment, enrollment certificate, graduation, diploma, degree, scholarship, tuition, lecture, class, lesson, semester',
  },
  {
    // Money matters of one's own: shares and investing.
    id: 'investing',
    oneDocument: true,
    ja: '株, 株式, 株主, 投資, 証券, 資産運用, 仮想通貨',
    en: 'shares, stock market, investing, investment, investor, crypto, bitcoin',
  },
  {
    // A hospital's or clinic's other services (its outpatient clinics, visiting hours, prescriptions and pharmacy, home
    // visits) and a carer's services: the venue's or the care provider's, not this site's, even when the
    // campaign runs in a hospital. Japanese words no in-scope question uses, words only (README "Round 22"; round 19's
    // English list refused in-scope questions: emergency, department, referral are words they use).
    id: 'hospital-services',
    wordsOnly: true,
    ja: '面会, お見舞い, 外来, 処方, 処方箋, 薬局, 往診, ケアマネ, ショートステイ',
    en: '',
  },
  {
    id: 'pets',
    ja: 'ペット, 犬, 猫, 狂犬病, 動物病院',
    en: 'pet, dog, cat, rabies, vet, veterinarian, animal',
  },
  {
    id: 'disaster-and-safety',
    ja: '地震, 避難所, 避難場所, 防災, ハザードマップ, 停電, 断水, 火事, 警察',
    en: 'earthquake, evacuation, shelter, disaster, hazard map, power cut, outage, fire, police',
  },
  {
    id: 'elections',
    ja: '選挙, 投票, 期日前投票, 投票所, 投票用紙',
    en: 'election, vote, voting, polling station, ballot',
  },
  {
    id: 'small-talk',
    ja: 'こんにちは, こんばんは, おはよう, ありがとう, さようなら, カラオケ, 映画, おすすめ, レシピ, 料理, 占い, 恋愛, ゲーム, 野球, サッカー, 株価, ニュース',
    en: 'karaoke, movie, film, recipe, cooking, horoscope, game, football, baseball, stocks, news, joke',
  },
  {
    // Questions about the assistant itself: it answers about the booking site, not about itself.
    id: 'about-the-assistant',
    ja: 'あなたは誰, あなたの名前, ロボット, AI',
    en: 'who are you, your name, are you a bot, robot, ai',
  },
  {
    // Other companies' accounts and services (a password of theirs is not this site's); since round 18 newsletters and
    // mailing lists (their mail is not the site's).
    id: 'other-services',
    ja: 'メルマガ, メールマガジン, Amazon, アマゾン, 楽天, Netflix, ネットフリックス, Google, グーグル, Apple ID, Instagram, インスタ, Facebook, Twitter, LINE, ライン, Yahoo, ヤフー, YouTube, ユーチューブ, TikTok, Zoom',
    en: 'newsletter, mailing list, amazon, netflix, google account, apple id, instagram, facebook, twitter, spotify, paypal, line messenger, whatsapp, wechat, yahoo, youtube, tiktok, zoom, skype',
  },
];

/**
 * Weather and disasters as they happen (a typhoon, heavy snow, an earthquake, a power cut): words of the weather and
 * disaster topics above, and a few more of the same kind, that a question may give as the reason for something it asks
 * of its booking (台風なので予約をキャンセルしたい, change my date because of the snow). In such a question they say why, not what
 * about (retriever.ts, `bookingActions`); asked about on their own (台風はいつ来ますか) they are refused as before.
 * Not the places and services of those topics (避難所, ハザードマップ, 警察): changing those is their own matter. Since
 * round 21.
 */
export const circumstances = {
  ja: '天気, 天気予報, 予報, 警報, 雨, 大雨, 豪雨, 雪, 大雪, 積雪, 台風, 暴風, 強風, 嵐, 雷, 地震, 津波, 洪水, 停電, 断水',
  en: 'weather, forecast, rain, heavy rain, snow, heavy snow, snowstorm, storm, typhoon, wind, thunder, earthquake, tsunami, flood, flooding, power cut, blackout, outage',
};
