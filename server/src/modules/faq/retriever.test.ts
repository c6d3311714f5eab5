import { beforeAll, describe, expect, it } from 'vitest';
import { Analyzer } from './analyzer.js';
import { commonDocuments } from './faq-documents.js';
import { OUT_OF_SCOPE_PREFIX } from './out-of-scope.js';
import { FaqRetriever, type FaqDocument } from './retriever.js';

describe('the FAQ retriever on the common entries', () => {
  // The dictionary takes seconds to load on a busy machine.
  beforeAll(() => Analyzer.load(), 60_000);
  const retriever = async () => new FaqRetriever(await Analyzer.load(), commonDocuments());
  /** Each question answered, confidently, by its entry. */
  const expectAnswered = (r: FaqRetriever, answers: readonly (readonly [string, string])[]) => {
    for (const [question, entry] of answers) {
      const s = r.search(question);
      expect(s.confident, question).toBe(true);
      expect(s.ranked[0]!.entryId, question).toBe(entry);
    }
  };
  /** Each question refused (`false`) or answered with some entry (`true`). */
  const expectConfident = (r: FaqRetriever, questions: readonly string[], confident: boolean) => {
    for (const question of questions) expect(r.search(question).confident, question).toBe(confident);
  };

  it('refuses a question whose main word is a katakana word no entry uses, like a kanji or English one', async () => {
    const r = await retriever();
    expect(r.search('新しい質問 カラオケ').confident).toBe(false);
    expect(r.search('新しい質問 天気予報').confident).toBe(false);
    expect(r.search('karaoke tonight').confident).toBe(false);
  });

  it('refuses an English question whose unknown words weigh about as much as what the best entry matched', async () => {
    const r = await retriever();
    expect(r.search('i want to book a dental cleaning').confident).toBe(false);
    const s = r.search('is the site usable with a screen reader');
    expect(s.confident).toBe(true);
    expect(s.ranked[0]!.entryId).toBe('accessibility');
  });

  it('answers a situation told in everyday words with the entry it names in other words, and refuses it for another business', async () => {
    const r = await retriever();
    expectAnswered(r, [
      ['予約を白紙に戻したいです', 'cancel-how'],
      ['接種の日を来週に移したい', 'change-date'],
      ['何時に会場に着けばいいですか', 'arrival-time'],
      ['こっちに越してきたけど予約はどうなる？', 'moved-address'],
      ['違う日にしてもらえますか', 'change-date'],
      ['会場に入ってから何をするの', 'on-the-day'],
      ['いったん抜けるにはどうすれば', 'logout'],
      ['らくらくホンで予約できる？', 'smartphone'],
      ['質問がたくさん書いてある紙は当日書くの？', 'questionnaire'],
      ['予約サイトに入れた連絡先はいつ消えるの？', 'privacy'],
      ['だれに きけば いいか わからない', 'contact'],
      ['ただ ですか おかね いりますか', 'cost'],
      ['Does it work on an old iPhone?', 'smartphone'],
      ['what should I have with me on the day?', 'bring'],
      ['I want to move my booking to Friday', 'change-date'],
      ['the change period has ended, what now?', 'cancel-after-deadline'],
    ]);
    expectConfident(
      r,
      [
        'ホテルの予約を白紙に戻したい',
        '美容院の予約を来週に移したい',
        'レストランの予約を違う日にしたい',
        'どのホテルで予約したのか忘れた',
        '銀行のアプリに入れたデータはいつまで残る？',
        'この町に引っ越してきたけどゴミの日は？',
        'the restaurant is booked solid, any alternative?',
      ],
      false,
    );
  });

  it('reads a sentence typed in half-width katakana as hiragana, and keeps a short loanword no entry uses unknown', async () => {
    const r = await retriever();
    const s = r.search('ﾖﾔｸｦｷｬﾝｾﾙｼﾀｲﾝﾃﾞｽｶﾞ');
    expect(s.confident).toBe(true);
    expect(s.ranked[0]!.entryId).toBe('cancel-how');
    expect(r.search('ｶﾗｵｹの予約').confident).toBe(false);
  });

  it('refuses a question where a word only the out-of-scope topics use qualifies an entry word (犬のワクチン, concert venue)', async () => {
    const r = await retriever();
    expect(r.search('犬のワクチン接種の予約').confident).toBe(false);
    expect(r.search('is the concert venue wheelchair accessible').confident).toBe(false);
    const s = r.search('予約をキャンセルしたい');
    expect(s.confident).toBe(true);
    expect(s.ranked[0]!.entryId).toBe('cancel-how');
  });

  it("refuses a workplace's or a university's own matter through a topic indexed as one document (leave, payroll, a transcript)", async () => {
    const r = await retriever();
    expect(r.search('有給の残りの日数を知りたい').confident).toBe(false);
    expect(r.search('給与の振込日はいつ？').confident).toBe(false);
    expect(r.search('how do i get my transcript').confident).toBe(false);
    const s = r.search('会社の人事から番号をもらった。どうやってログインするの？');
    expect(s.confident).toBe(true);
    expect(s.ranked[0]!.entryId).toBe('login-how');
  });

  it('refuses an out-of-scope word qualifying a word no document uses, but not an entry word the analyser cut in two', async () => {
    const r = await retriever();
    // Round 20: a concert's or a film's ticket is theirs (no entry says チケット; the speller would read チャット).
    expect(r.search('野球のチケットが届かない').confident).toBe(false);
    expect(r.search('映画のチケットを払い戻したい').confident).toBe(false);
    // 車イス is cut into 車 (a word of parking-and-transport) and イス, but is the wheelchair entry's one word.
    expectAnswered(r, [
      ['足が悪くて車イスなんだけど入れる？', 'wheelchair'],
      ['接種のチケットをなくしました', 'ticket-lost'],
    ]);
  });

  it('answers 車いす typed with katakana after its kanji (車イス), also inside a longer compound (電動車イス), round 21', async () => {
    const r = await retriever();
    expectAnswered(r, [
      ['車イスのまま接種会場に入れますか', 'wheelchair'],
      ['電動車イスを使っていますが会場は大丈夫？', 'wheelchair'],
    ]);
    expect(r.search('車の修理を頼みたい').confident).toBe(false);
  });

  it('reads weather or a disaster given as the reason for cancelling or changing a booking as a stop word, round 21', async () => {
    const r = await retriever();
    expectAnswered(r, [
      ['大雪の予報なので予約を取り消したい', 'cancel-how'],
      ['地震のせいで接種日を変更したいです', 'change-date'],
      ['there is a storm coming, I need to cancel my booking', 'cancel-how'],
    ]);
    // Asked about on their own, or with another body's booking or a bus, they are still refused.
    expect(r.search('台風はいつ頃来そうですか').confident).toBe(false);
    expect(r.search('大雪でホテルの予約をキャンセルしたい').confident).toBe(false);
    expect(r.search('is the bus going to be late in the snow').confident).toBe(false);
  });

  it("answers the site's things named in romaji, and refuses them when another body's (round 21)", async () => {
    const r = await retriever();
    expectAnswered(r, [
      ['i forgot where i put my sesshuken', 'ticket-lost'],
      ['how do i fill the monshinhyo', 'questionnaire'],
    ]);
    expect(r.search('hotel yoyaku for tonight').confident).toBe(false);
  });

  it("refuses another body's certificate, a newsletter and a class's booking, and still answers the vaccination certificate", async () => {
    const r = await retriever();
    // A graduation's or an employment's certificate qualifies the entries' 証明書 (round 18, A).
    expect(r.search('卒業証明書はどこでもらえますか').confident).toBe(false);
    expect(r.search('在職証明書が必要です').confident).toBe(false);
    // A newsletter's mail is not the site's (B); a class is a booking of its own, not spelled to an entry's word (G).
    expect(r.search('メルマガのメールが届かない').confident).toBe(false);
    expect(r.search('change my dance class reservation').confident).toBe(false);
    expectAnswered(r, [
      ['I need a vaccination certificate for my employer', 'certificate'],
      ['接種証明書を発行したい', 'certificate'],
    ]);
  });

  it("refuses a hospital's other services through a words-only topic, and ranks as before", async () => {
    const r = await retriever();
    // Words only the out-of-scope topics use, not indexed (round 22): the outside share refuses with them.
    expect(r.search('病院の面会の予約は必要ですか').confident).toBe(false);
    expect(r.search('病院の面会の受付はどこですか').confident).toBe(false);
    for (const [question, entry] of [
      // A words-only topic's reading bigrams are not counted as seen (ショートステイ's テイ is not 予定's).
      ['予定がはっきりしたら予約を変更したい', 'change-date'],
      ['予約をキャンセルしたい', 'cancel-how'],
      ['I want to cancel my booking', 'cancel-how'],
    ]) {
      const s = r.search(question!);
      expect(s.confident, question).toBe(true);
      expect(s.ranked[0]!.entryId, question).toBe(entry);
    }
  });

  it("refuses a procedure on another body's card, and answers the same card asked about for the site", async () => {
    const r = await retriever();
    // Another body's card with a procedure of its own (round 22): the issuer's matter.
    expectConfident(
      r,
      [
        '社員証をどこかで落としたみたい',
        '健康保険証の切り替えはいつまでに？',
        'I lost my employee ID card',
        'my student card expired, how do i get a new one',
      ],
      false,
    );
    // The same cards asked about for the site (the vaccination, the identity check, being without it meanwhile).
    expectConfident(
      r,
      [
        '保険証をなくしました。本人確認は何でできますか',
        '運転免許証の更新中で、手元に何もない場合は？',
        'my passport expired, is it still ok as ID?',
        'I lost my vaccination ticket and my insurance card',
      ],
      true,
    );
  });

  it("refuses another body's login, and answers a login a workplace or a university sent for the site", async () => {
    const r = await retriever();
    // A system named as another body's, with a password or a login (round 22): that body's matter.
    expectConfident(r, ['スマホの会社のパスワードを忘れた', 'How do I reset my HR system password?'], false);
    // The body as the sender of the site's login, or the site named: the site's.
    expectConfident(
      r,
      [
        '会社からもらったパスワードでログインできない',
        'HR gave me my login details, where do I enter them?',
        'Our company portal links to this site, my password does not work here',
      ],
      true,
    );
  });

  it("refuses another body's service the analyser cuts into the entries' words, unless the question is the site's", async () => {
    const r = await retriever();
    // A check-up, a class, visiting hours (round 22): named on the question's text.
    expectConfident(
      r,
      ['パソコン教室の場所を教えて', '健診センターの電話番号は？', 'hospital visiting hours on weekends?'],
      false,
    );
    // The vaccination named, or one's booking changed because of a check-up: the site's.
    expectConfident(
      r,
      ['健診と同じ日に接種できますか', '健診の日と予約が重なったので日にちを変更したい'],
      true,
    );
  });

  it("refuses an employer's leave and a phone carrier's contract, and answers the booking or the number they touch", async () => {
    const r = await retriever();
    expectConfident(
      r,
      ['does my company give special leave for vaccination?', 'I want to end my internet contract'],
      false,
    );
    expectConfident(
      r,
      [
        'Should I take a day off after the vaccine?',
        'My boss said I can take the day off for my appointment, which slots are free?',
        'My new phone contract gave me a new number',
      ],
      true,
    );
  });

  it('refuses a question with no topic word, and getting or losing an identity document issued elsewhere', async () => {
    const r = await retriever();
    expect(r.search('how are you').confident).toBe(false);
    expect(r.search('I lost my passport').confident).toBe(false);
    const s = r.search('can I bring my passport as ID');
    expect(s.confident).toBe(true);
    expect(s.ranked[0]!.entryId).toBe('id-documents');
  });

  it('answers a question typed in hiragana through the kanji of the entries and of the topics it refuses', async () => {
    const r = await retriever();
    const s = r.search('ひようはかかる？');
    expect(s.confident).toBe(true);
    expect(s.ranked[0]!.entryId).toBe('cost');
    expect(r.search('あしたのてんきは?').confident).toBe(false);
  });

  it('reads a kana-kanji conversion slip as the entry noun it sounds like (摂取券 → 接種券, 開場 → 会場)', async () => {
    const r = await retriever();
    for (const [question, entry] of [
      ['摂取券なくしちゃった', 'ticket-lost'],
      ['開場えらべる？', 'choose-venue'],
    ] as const) {
      const s = r.search(question);
      expect(s.confident, question).toBe(true);
      expect(s.ranked[0]!.entryId, question).toBe(entry);
    }
  });

  it('reads a katakana compound of two known words as those words (リマインドメール)', async () => {
    const s = (await retriever()).search('リマインドメールを設定するには');
    expect(s.confident).toBe(true);
    expect(s.ranked[0]!.entryId).toBe('reminder-enable');
  });

  it('does not count a typo it matched fuzzily as a word no entry uses', async () => {
    const s = (await retriever()).search('forgot pasword help');
    expect(s.confident).toBe(true);
    expect(s.ranked[0]!.entryId).toBe('password-forgot');
  });

  it('reads a misspelt word as the word the entries use, in English and in katakana', async () => {
    const r = await retriever();
    for (const [question, entry] of [
      ['cancel my reservtaion', 'cancel-how'],
      ['how do I reschedule my apointment', 'change-date'],
      ['キャンセレしたい', 'cancel-how'],
    ] as const) {
      const s = r.search(question);
      expect(s.confident, question).toBe(true);
      expect(s.ranked[0]!.entryId, question).toBe(entry);
    }
  });

  it('refuses a question about a topic it does not answer and never offers that topic', async () => {
    const r = await retriever();
    for (const question of [
      '年金はいつもらえる',
      'how much is parking at the venue',
      'ホテルの予約をキャンセルしたい',
    ]) {
      const s = r.search(question);
      expect(s.confident, question).toBe(false);
      expect(s.ranked.length, question).toBeGreaterThan(0);
      expect(
        s.ranked.filter((m) => m.entryId.startsWith(OUT_OF_SCOPE_PREFIX)),
        question,
      ).toEqual([]);
    }
  });

  it("answers a site's own entry on a topic the common entries leave out (parking)", async () => {
    const site: FaqDocument[] = [
      {
        entryId: 'site-parking',
        site: true,
        q: '会場に駐車場はありますか',
        k: '駐車場 車',
        a: '20台分あります。',
      },
      {
        entryId: 'site-parking',
        site: true,
        q: 'Is there parking at the venue?',
        k: 'parking car',
        a: '20 spaces.',
      },
    ];
    const r = new FaqRetriever(await Analyzer.load(), [...commonDocuments(), ...site]);
    for (const question of ['駐車場はありますか', 'how much is parking at the venue']) {
      const s = r.search(question);
      expect(s.confident, question).toBe(true);
      expect(s.ranked[0]!.entryId, question).toBe('site-parking');
    }
  });

  it('finds an entry by one of its paraphrases', async () => {
    const s = (await retriever()).search('can I pick the vaccine brand');
    expect(s.confident).toBe(true);
    expect(s.ranked[0]!.entryId).toBe('choose-vaccine');
  });
});
