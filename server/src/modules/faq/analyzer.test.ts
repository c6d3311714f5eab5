import { describe, expect, it } from 'vitest';
import { Analyzer, KanaToKanji, normalize } from './analyzer.js';

// kuromoji's dictionary loads in 1–5 s on a busy 2-core machine, beyond vitest's default 5 s a test.
describe('the FAQ analyser', { timeout: 60_000 }, () => {
  it('reads half-width katakana and full-width letters as their ordinary forms', () => {
    expect(normalize('ｷｬﾝｾﾙ')).toBe('キャンセル');
    expect(normalize('ＬＯＧＩＮできない')).toBe('ログインできない');
  });

  it('maps English synonyms to one English word in English questions, to the Japanese word in Japanese ones', () => {
    expect(normalize('Change my Appointment')).toBe('change my booking');
    expect(normalize('ebooking')).toBe('ebooking');
    expect(normalize('appointmentの変更')).toBe('予約の変更');
  });

  it('gives all-hiragana and kanji spellings of a question the same reading terms', async () => {
    const analyzer = await Analyzer.load();
    const bigrams = (text: string) => analyzer.terms(text).filter((t) => t.startsWith('b:'));
    expect(bigrams('せっしゅけんをなくした')).toEqual(expect.arrayContaining(bigrams('接種券')));
    expect(bigrams('よやくのへんこう')).toEqual(expect.arrayContaining(bigrams('予約の変更')));
  });

  it('maps synonyms to one word: 取り消し is キャンセル, クーポン is 接種券', async () => {
    const analyzer = await Analyzer.load();
    expect(analyzer.terms('予約を取り消したい')).toContain('w:キャンセル');
    expect(analyzer.terms('クーポンが届かない')).toEqual(expect.arrayContaining(analyzer.terms('接種券')));
  });

  it('reads ordinals in digits, date patterns and texted short forms as the words they stand for', async () => {
    const analyzer = await Analyzer.load();
    expect(normalize('book the 2nd dose')).toBe('book the second dose');
    expect(normalize('birthday yyyy/mm/dd?')).toBe('birthday  year month day ?');
    expect(analyzer.terms('hw do i log in')).toEqual(analyzer.terms('how do i log in'));
    expect(analyzer.terms('i have a fever this morning')).toEqual(analyzer.terms('i have a fever'));
  });

  it('maps plural English synonyms too: "emails" is "mail", "appointments" is "booking"', () => {
    expect(normalize('not receiving emails')).toBe('not receiving mail');
    expect(normalize('my appointments')).toBe('my booking');
  });

  it('reads the romaji names of the site\'s things, "dangerous" and an SMS as the entries\' words (round 21)', () => {
    expect(normalize('where do i put the sesshuken')).toBe('where do i put the ticket');
    expect(normalize('my yoyaku and the kaijou')).toBe('my booking and the venue');
    expect(normalize('yoshinhyo help')).toBe('questionnaire help');
    expect(normalize('is it risky')).toBe('is it safe');
    expect(normalize('an sms came')).toBe('an mail came');
  });

  it('marks kanji, katakana and English words as able to tell another topic, not hiragana ones', async () => {
    const analyzer = await Analyzer.load();
    const foreign = new Set<string>();
    analyzer.terms('カラオケの天気をおしえて weather', foreign);
    expect([...foreign].sort()).toEqual(['e:weather', 'w:カラオケ', 'w:天気']);
    const none = new Set<string>();
    analyzer.terms('はやめにいったほうがいい', none);
    expect([...none]).toEqual([]);
  });

  it('stems English words, so "cancelled" and "cancelling" meet "cancel"', async () => {
    const analyzer = await Analyzer.load();
    expect(analyzer.terms('cancelled')).toEqual(analyzer.terms('cancel'));
    expect(analyzer.terms('cancelling')).toEqual(analyzer.terms('cancel'));
  });

  it('rewrites spoken Japanese to the written form: endings, dialect negation, contractions, spoken how-to', () => {
    expect(normalize('予約したいんだけど').trim()).toBe('予約したい');
    expect(normalize('よやくのしかたがわからんのじゃが')).toContain('わからない');
    expect(normalize('ませんか')).toBe('ませんか');
    expect(normalize('何着てけばいい')).toContain('着ていけば');
    expect(normalize('よやくってどうやるの')).toContain('方法');
    expect(normalize('打ったあと')).toBe('打った後');
  });

  it('gives a hiragana synonym rewritten to kanji a word of its own (メールとどかない → 届かない, not 届)', async () => {
    const analyzer = await Analyzer.load();
    expect(analyzer.terms('メールとどかない')).toContain('w:届ク');
  });

  it("rewrites hiragana spellings of known kanji nouns, longest first, and leaves verbs' endings alone", async () => {
    const analyzer = await Analyzer.load();
    const kanji = new KanaToKanji([
      ...analyzer.kanjiNouns('接種の費用と運動'),
      ['いない', '以内'],
      ['ひよ', '日和'],
    ]);
    expect(kanji.rewrite('ひようはかかる')).toBe('費用はかかる');
    expect(kanji.rewrite('せっしゅのあとうんどう')).toBe('接種のあと運動');
    expect(kanji.rewrite('とどいていない')).toBe('とどいていない');
    expect(analyzer.terms('ひようはかかる？', undefined, kanji)).toContain('w:費用');
  });

  it('rewrites a kanji-and-hiragana noun of the entries typed with its kana in katakana (車イス → 車いす), round 21', async () => {
    const analyzer = await Analyzer.load();
    const kanji = new KanaToKanji(analyzer.kanjiNouns('車いすの方と会場の地図'));
    expect(kanji.rewrite('祖母は車イスです')).toBe('祖母は車いすです');
    expect(kanji.rewrite('電動車イスで行く')).toBe('電動車いすで行く');
    // A katakana word after a kanji that makes no entry noun stays as typed.
    expect(kanji.rewrite('会場マップ')).toBe('会場マップ');
    expect(analyzer.terms('車イスの祖母', undefined, kanji)).toContain('w:車イス');
    expect(analyzer.terms('車イスの祖母')).not.toContain('w:車イス');
  });

  it('reads the words it is given as stop words in a text (a circumstance as a reason, round 21)', async () => {
    const analyzer = await Analyzer.load();
    const ignored = new Set(['w:台風', 'e:storm']);
    expect(analyzer.terms('台風で予約を変更')).toContain('w:台風');
    const terms = analyzer.terms('台風で予約を変更', undefined, undefined, undefined, undefined, ignored);
    expect(terms).not.toContain('w:台風');
    expect(terms).not.toContain('b:タイ');
    expect(terms).toContain('w:変更');
    expect(analyzer.terms('storm so cancel', undefined, undefined, undefined, undefined, ignored)).toEqual([
      'e:cancel',
    ]);
  });

  it('reads a body temperature as a fever, Kansai question words, a calendar\'s × and "no." after a noun (round 7)', async () => {
    expect(normalize('朝から37.5度ある')).toContain('熱');
    expect(normalize('temperature 37.8 this morning')).toContain('fever');
    expect(normalize('i have 38 degrees')).toContain('fever');
    expect(normalize('37 people')).toBe('37 people');
    expect(normalize('ワクチンなんぼかかるん')).toContain('いくら');
    expect(normalize('どの日も×')).toContain('満席');
    expect(normalize('update tel no.')).toBe('update phone number');
    const analyzer = await Analyzer.load();
    expect(analyzer.terms('分かりません')).toEqual([]);
    expect(analyzer.terms('the covid jab')).toEqual(analyzer.terms('the vaccine'));
  });

  it('reads the English and Japanese wording classes of round 8 as the words the entries use', async () => {
    expect(normalize('is it free')).toBe('is it free');
    expect(normalize('no free slots anywhere')).toBe('no available booking anywhere');
    expect(normalize('can i book from my phone')).toBe('can i book smartphone');
    expect(normalize("didn't show up, can i rebook")).toBe('missed, can i book again');
    expect(normalize('temp 37.8')).toContain('fever');
    expect(normalize('i have a temperature')).toContain('fever');
    expect(normalize('change gmail password')).toBe('change google password');
    expect(normalize('iPhoneで使えますか')).toContain('スマートフォン');
    expect(normalize('接種券まだ来てへん')).toContain('届かない');
    const analyzer = await Analyzer.load();
    // "when" joining two clauses asks no time; after a verb of knowing it does.
    expect(analyzer.terms('i get an error when booking')).toEqual(analyzer.terms('i get an error booking'));
    expect(analyzer.terms('tell me when it opens')).toContain('e:when');
    // Synonyms by stem, short forms, stop words.
    expect(analyzer.terms('vaccine type selectable')).toContain('e:choos');
    expect(analyzer.terms('is my info shared with anyone')).toEqual(
      analyzer.terms('is my information shared'),
    );
    // 今 is a time word (a stop word) and 何 gives no reading bigrams.
    expect(analyzer.terms('今何時')).toEqual(['w:何', 'w:時']);
  });

  it('reads an English possessive as its noun', async () => {
    const analyzer = await Analyzer.load();
    expect(analyzer.terms("driver's")).toEqual(analyzer.terms('driver'));
  });

  it('loads the dictionary once, however many ask at the same time', async () => {
    const [a, b] = await Promise.all([Analyzer.load(), Analyzer.load()]);
    expect(a).toBe(b);
  });
});
