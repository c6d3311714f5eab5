import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import kuromoji, { type IpadicFeatures, type Tokenizer } from 'kuromoji';
import { stemmer } from 'stemmer';
import { synonymStems, synonymsOf } from './synonyms.js';

/**
 * Turns text into index terms, the same way for entries and questions:
 * NFKC (full-width letters and half-width katakana become one form), lower case, synonyms to one word,
 * then for Japanese the morphological analyser's base forms of content words plus character bigrams of
 * the katakana reading (so all-hiragana and kanji spellings meet), and for English stemmed words.
 */
export class Analyzer {
  private constructor(private readonly tokenizer: Tokenizer<IpadicFeatures>) {}

  private static loading: Promise<Analyzer> | undefined;
  /** Load time and heap growth of the one dictionary load (bench/faq.ts reports them). */
  static loadStats: { ms: number; heapBytes: number } | undefined;

  /** The dictionary (≈18 MB in kuromoji's package) is read once per process, on first use. */
  static load(): Promise<Analyzer> {
    return (Analyzer.loading ??= new Promise<Analyzer>((resolve, reject) => {
      const started = performance.now();
      const heapBefore = process.memoryUsage().heapUsed;
      const dicPath = join(dirname(createRequire(import.meta.url).resolve('kuromoji')), '..', 'dict');
      kuromoji.builder({ dicPath }).build((error, tokenizer) => {
        if (error) {
          Analyzer.loading = undefined;
          reject(error);
          return;
        }
        Analyzer.loadStats = {
          ms: performance.now() - started,
          heapBytes: process.memoryUsage().heapUsed - heapBefore,
        };
        resolve(new Analyzer(tokenizer));
      });
    }));
  }

  /**
   * `foreign`, when given, receives the terms that can tell a question about something else: English stems,
   * and nouns written in kanji or katakana (天気, カラオケ) — not hiragana words, which are as often a
   * question's own spelling of a known word or the analyser cutting a word apart, nor verbs (見れる), which
   * say what is done rather than what about.
   */
  terms(
    text: string,
    foreign?: Set<string>,
    kanji?: KanaToKanji,
    /** Receives the text's nouns written with kanji and their readings in hiragana (KanaToKanji). */
    kanjiNouns?: [reading: string, surface: string][],
    /**
     * Receives each word that qualifies the next one (猫のワクチン, コンサート会場, concert venue): a noun followed by
     * の or by another noun, an English word right before another.
     */
    modifiers?: [modifier: string, head: string][],
    /** Words read as stop words in this text (a circumstance given as a reason, retriever.ts; since round 21). */
    ignored?: ReadonlySet<string>,
  ): string[] {
    const normalized = kanji ? kanji.rewrite(normalize(text)) : normalize(text);
    const out: string[] = [];
    let previous: string | undefined;
    for (const typed of normalized.match(/[a-z][a-z0-9']*|[^a-z\s]+/g) ?? []) {
      const written = textingWords.get(typed) ?? typed;
      if (!/^[a-z]/.test(written) || written.length < 2 || englishStopWords.has(written)) {
        previous = undefined;
        continue;
      }
      // A possessive is its noun (driver's → driver), not a word of its own no entry uses.
      const word = written.replace(/'s?$/, '');
      if (word.length < 2 || englishStopWords.has(word)) {
        previous = undefined;
        continue;
      }
      const stem = stemmer(word);
      const term = `e:${synonymStems.get(stem) ?? stem}`;
      if (ignored?.has(term)) {
        previous = undefined;
        continue;
      }
      out.push(term);
      foreign?.add(term);
      if (previous) modifiers?.push([previous, term]);
      previous = term;
    }
    const japanese = normalized.replace(/[a-z0-9'’]+/g, ' ');
    if (!/[\u3040-\u30ff\u4e00-\u9fff]/.test(japanese)) return out;
    let reading = '';
    let noun: string | undefined;
    for (const token of this.tokenizer.tokenize(japanese)) {
      const surface = token.surface_form;
      if (/^[\s\p{P}\p{S}]+$/u.test(surface)) {
        reading += ' ';
        noun = undefined;
        continue;
      }
      const kana = toKatakana(token.reading && token.reading !== '*' ? token.reading : surface);
      if (
        kanjiNouns &&
        token.pos === '名詞' &&
        /[\u4e00-\u9fff]/.test(surface) &&
        token.reading &&
        token.reading !== '*'
      )
        kanjiNouns.push([toHiragana(token.reading), surface]);
      // Katakana nouns too: a question may type them in hiragana (えらー, ろぐあうと).
      else if (kanjiNouns && token.pos === '名詞' && /^[\u30a1-\u30fa][\u30a1-\u30fcー]{2,}$/.test(surface))
        kanjiNouns.push([toHiragana(surface), surface]);
      // A place name (大阪, 名古屋) says where the asker comes from or lives, not what about (as "from Osaka").
      const place =
        token.pos_detail_1 === '固有名詞' && token.pos_detail_2 === '地域' && token.pos_detail_3 === '一般';
      const stop =
        japaneseStopWords.has(token.basic_form) ||
        japaneseStopWords.has(surface) ||
        place ||
        !!ignored?.has(`w:${toKatakana(token.basic_form === '*' ? surface : token.basic_form)}`);
      // Dependent verbs and nouns (てしまう, ている, てみる, のこと) only bend the word before them.
      const content = !functionalPos.has(token.pos) && token.pos_detail_1 !== '非自立' && !stop;
      if (content) {
        const written = token.basic_form === '*' ? surface : token.basic_form;
        // A kana-kanji conversion slip (摂取 for 接種, 開場 for 会場): a noun no entry uses whose reading is an
        // entry noun's is read as that noun.
        const base =
          (token.pos === '名詞' && token.reading && kanji?.homophone(written, toHiragana(token.reading))) ||
          written;
        if (base.length > 1 || /[\u4e00-\u9fff]/.test(base)) {
          out.push(`w:${toKatakana(base)}`);
          if (token.pos === '名詞') {
            if (noun) modifiers?.push([noun, `w:${toKatakana(base)}`]);
            noun = `w:${toKatakana(base)}`;
          } else noun = undefined;
          // Counters (何時's 時, 2回's 回) say how many, not what about.
          if (
            token.pos === '名詞' &&
            token.pos_detail_2 !== '助数詞' &&
            (/[\u4e00-\u9fff]/.test(base) || /^[\u30a0-\u30ff]{2,}$/.test(surface))
          )
            foreign?.add(`w:${toKatakana(base)}`);
        }
        // 方法 (every how-to word, synonyms.ts) is matched as a word: its reading's bigrams would meet
        // 両方 and 片方 by chance.
        // Since round 8 the question word 何 neither: its ナニ is in every entry that says 何.
        reading += base === '方法' || base === '何' ? ' ' : kana;
      } else {
        // の joins a noun to the noun it qualifies (猫のワクチン); anything else ends the phrase.
        if (!(surface === 'の' && token.pos === '助詞')) noun = undefined;
        // Particles separate the words of a reading: "ヨヤクヲキャンセル" makes no bigram "クヲ".
        // A lone kana that is no particle is usually the analyser cutting a hiragana word apart
        // ("はいつから" → は/い/つ/から): it stays in the reading so the word's bigrams survive.
        const lone = [...surface].length === 1 && /[\u3040-\u309f]/.test(surface) && token.pos !== '助詞';
        reading += lone ? kana : stop || kana.length <= 2 ? ' ' : kana;
      }
    }
    // "いつから" (since when) and "いつまで" (until when) ask other things than "いつ": the particle that the
    // reading drops is kept as one word with the question word.
    for (const [, , until] of japanese.matchAll(/(いつ|何時|何日|なんじ|なんにち)(から|まで)/g))
      out.push(until === 'から' ? 'w:イツカラ' : 'w:イツマデ');
    for (const run of reading.split(/\s+/)) {
      const chars = [...run.replace(/[ー〜]/g, '')];
      for (let i = 0; i + 1 < chars.length; i++) out.push(`b:${chars[i]}${chars[i + 1]}`);
    }
    return out;
  }

  /**
   * The nouns written with kanji in a text (entries' wordings), each with its reading in hiragana: 費用 →
   * ひよう. A question typed in hiragana is rewritten with them (KanaToKanji) before it is analysed.
   */
  kanjiNouns(text: string): [reading: string, surface: string][] {
    const nouns: [string, string][] = [];
    this.terms(text, undefined, undefined, nouns);
    return nouns;
  }
}

/**
 * Hiragana spellings of the entries' kanji nouns (ひよう → 費用, うんどう → 運動): the analyser cuts a
 * hiragana noun it does not know into verbs and particles (ひよう → 干る + う), so a question typed in hiragana
 * is rewritten, longest reading first, before it is analysed. Only readings of three kana or more (two-kana
 * readings are too often part of other words), and none that end the way verbs and auxiliaries end in
 * hiragana (以内's いない is a negation far more often than a noun).
 */
export class KanaToKanji {
  private readonly surfaces = new Map<string, string>();
  private readonly longest: number;
  /** Every kanji noun the documents use, whatever its reading's length. */
  private readonly known = new Set<string>();

  constructor(nouns: Iterable<[reading: string, surface: string]>) {
    const counts = new Map<string, Map<string, number>>();
    for (const [reading, surface] of nouns) {
      this.known.add(surface);
      if ([...reading].length < 3 || !/^[\u3041-\u3096ー]+$/.test(reading) || verbLike.test(reading))
        continue;
      const bySurface = counts.get(reading) ?? new Map<string, number>();
      counts.set(reading, bySurface);
      bySurface.set(surface, (bySurface.get(surface) ?? 0) + 1);
    }
    // One surface per reading: the one the entries use most (a homophone used less is left out).
    for (const [reading, bySurface] of counts)
      this.surfaces.set(reading, [...bySurface].sort((a, b) => b[1] - a[1])[0]![0]);
    this.longest = Math.max(0, ...[...this.surfaces.keys()].map((r) => r.length));
  }

  /** The entries' noun read like `surface` when `surface` is none of theirs (摂取 → 接種), else undefined. */
  homophone(surface: string, reading: string): string | undefined {
    if (!/[\u4e00-\u9fff]/.test(surface) || this.known.has(surface)) return undefined;
    return this.surfaces.get(reading);
  }

  rewrite(text: string): string {
    // A noun the entries write in kanji and hiragana typed with its kana in katakana (車イス for 車いす, which the
    // analyser cuts into 車 + イス): the entries' spelling. Since round 21.
    text = text.replace(/([\u4e00-\u9fff]+)([\u30a1-\u30f6ー]+)/g, (span, kanji: string, kana: string) => {
      for (let i = 0; i < kanji.length; i++)
        if (this.known.has(`${kanji.slice(i)}${toHiragana(kana)}`)) return `${kanji}${toHiragana(kana)}`;
      return span;
    });
    if (this.surfaces.size === 0) return text;
    return text.replace(/[\u3041-\u3096ー]{3,}/g, (run) => {
      let out = '';
      for (let i = 0; i < run.length;) {
        let found = 0;
        for (let n = Math.min(this.longest, run.length - i); n >= 3 && !found; n--)
          // A word never ends before a small kana or a long mark (でんしゃ is no 電子 + ゃ).
          if (this.surfaces.has(run.slice(i, i + n)) && !/^[ぁぃぅぇぉゃゅょゎー]/.test(run[i + n] ?? ''))
            found = n;
        if (found) {
          out += this.surfaces.get(run.slice(i, i + found));
          i += found;
        } else out += run[i++];
      }
      return out;
    });
  }
}

const verbLike = /(?:ない|たい|ます|です|った|って|れる|せる|える|する)$/;

export function toHiragana(text: string): string {
  return text.replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
}

export function normalize(text: string): string {
  return synonymsOf(
    text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[‘’`´]/g, "'")
      // Contractions typed without the apostrophe (dont, didnt, cant) are the contractions the word lists know.
      .replace(/\b(do|does|did|is|are|was|were|have|has|had|could|would|should)nt\b/g, "$1n't")
      .replace(/\b(can|won)t\b/g, "$1't")
      // A question word run into is (when's, where's) is the question word: when is my booking, not a stop word alone.
      .replace(/\b(when|where|how|what|who|which)'?s\b(?!')/g, '$1 is')
      // English short forms of words the entries spell out (info, temp, appt, mins): the whole word.
      .replace(/\b(info|temp|appts?|mins?|hrs|vaxx?|msg|acct|tix)\b/g, (w: string) => shortForms.get(w) ?? w)
      // An age written short (12 yo, 12yo, 8 y/o, a 10-year-old, 11 yrs old) is the years old the children's entry names.
      .replace(/\b(\d+)\s*(?:yo|y\/o|-years?-olds?|yrs? old)\b/g, '$1 years old')
      // A date pattern (yyyy/mm/dd, dd-mm-yy) asks for the date's format: its words, not letters no entry uses.
      .replace(/\b(?:y{2,4}|m{1,2}|d{1,2})(?:[/.-](?:y{2,4}|m{1,2}|d{1,2})){2}\b/g, ' year month day ')
      // A phone's make used for something (iPhoneで, iPhoneから, on my android, only an iPhone) is the smartphone; its own
      // settings are not.
      .replace(
        /(iphone|android|ipad|アイフォン|アンドロイド)\s*(?=でも|で|から|だと|の(?:古い|新しい)?機種)/g,
        'スマホ',
      )
      .replace(
        /\b(on|with|from|using|have) (my|an|a)(?: old| older| new| cheap)? (iphone|android|ipad)\b/g,
        '$1 $2 smartphone',
      )
      .replace(/\b(only|just) (?:my |an |a )?(iphone|android|ipad)\b/g, '$1 a smartphone')
      .replace(/\b(use|using) (?:an? |my )?(?:iphone|android|ipad)\b/g, '$1 a smartphone')
      // A mail service's account or password is its company's account (Gmail → Google), not this site's mail.
      .replace(
        /\b(gmail|hotmail|outlook|icloud|yahoo)(?:\s*mail)?(?=\s*の?\s*(?:account|password|pw|アカウント|パスワード))/g,
        (_, service: string) => mailServices.get(service) ?? service,
      )
      // Getting, losing or replacing an identity document issued elsewhere (lost my health insurance card, get a
      // passport) is applying for it again, which the city or the insurer does, not this site: "renew" is a word
      // of the out-of-scope topics only. Which documents to bring stays the entries' (no verb of getting).
      .replace(
        /\b(?:lost|lose|losing|get|getting|obtain|replace|replacing|apply for|make|renewing|(?:documents?|papers?|paperwork)(?: do i need| needed| required)? for)\s+(?:my|a|an|the|new|a new|my new)?\s*(?=(?:health |national health )?insurance card|residence card|zairyu card|passport|(?:driver'?s?|driving) licen[cs]e|birth certificate)/g,
        'renew ',
      )
      // A number to call or an address to write to with questions (a phone number I can call, an email address for
      // enquiries) is the contact, not one's own number or address to change.
      .replace(
        /\b(?:(?:tele)?phone |contact )?(?:number|no\.?)(?= (?:to call|i can call|to ring|i can ring|for (?:questions|enquiries|inquiries|help))\b)/g,
        'contact phone number',
      )
      .replace(
        /\b(?:e-?mail )?address(?= (?:for|to send) (?:my )?(?:questions|enquiries|inquiries|help)\b)/g,
        'contact address',
      )
      // The second dose alone (just the second, only my 2nd jab, second one only) is one thing asked: "just" and "only" are
      // stop words, so the request is kept as a word of its own, in the entries' text and the question alike.
      // An HTTP status number beside "error" or "page" (error 500, a 404 page) is the error message, not a number.
      .replace(/\berror (?:code )?[45]\d\d\b|\b[45]\d\d (?:error|page)s?\b/g, 'error message')
      // A dose numbered after the noun (dose 2, jab one) is the ordinal, and needing or wanting only it (only need the
      // second, just want dose 2) asks for it alone.
      .replace(
        /\b(dose|jab|shot)s? (?:no\.? ?|number |#)?(2|two|1|one)\b(?! (?:of|or|and|more|weeks?|days?|months?)\b)/g,
        (_: string, noun: string, n: string) => `${n === '2' || n === 'two' ? 'second' : 'first'} ${noun}`,
      )
      .replace(
        /\b(?:just|only) (?:(?:need|needs|want|wants)(?: to (?:book|get|have|do))? )?(?:the |my |a |for the |book (?:the |my )?)?(second|2nd)\b/g,
        'secondonly $1',
      )
      .replace(
        /\b(second|2nd)((?: (?:dose|jab|shot|one|vaccine|vaccination|appointment|booking))?) only\b/g,
        'secondonly $1$2',
      )
      // So is the first dose alone (just book the first jab now, only the first shot for now).
      .replace(/\b(?:just|only) (?:book |reserve )?(?:the |my |a )?(first|1st)\b/g, 'firstonly $1')
      // Sorting something out is arranging it, not sorting rubbish.
      .replace(/\bsort(?:s|ed|ing)? (?:(?:it|them|this|that|things|the \w+) )?out\b/g, 'arrange')
      // A relative who does or has something (my dad uses a wheelchair, my mum has no phone) is whom the question is about,
      // not a booking for the family: unless the text books for them (for him, on her behalf, together). So is a relative
      // asked whether they can do something themselves (can my grandma book over the phone), unless it is for me.
      .replace(
        /\b(?<=(?:can|could|may|should) )my (?:dad|father|mum|mom|mother|gran|grandma|grandpa|grandmother|grandfather|parents)(?= (?:make|book|call|ring|phone|do|use|get|go)\b)/g,
        (kin: string, _: number, whole: string) =>
          /\bfor (?:him|her|them|me|my|our|us)\b|behalf|together|\bboth\b|\bus\b|\bwith me\b/.test(whole)
            ? kin
            : 'he',
      )
      .replace(
        /\bmy (?:dad|father|mum|mom|mother|husband|wife|gran|grandma|grandpa|grandmother|grandfather|parents)(?= (?:uses|use|has|have|is|are|can't|cannot|doesn't|does not|don't|do not|needs|need|walks|got|had|was|were|feels|felt)\b)/g,
        (kin: string, _: number, whole: string) =>
          /\bfor (?:him|her|them|my|our)\b|behalf|together|\bboth\b|\bus\b/.test(whole) ? kin : 'he',
      )
      // A number of days or weeks between doses (the second jab 2 weeks after the first, 3 weeks for Pfizer) asks the
      // interval; not a time before something (2 days before) or how long something lasts (for 3 days).
      .replace(
        /\b(?<!for )(?:\d+|one|two|three|four|five|six|eight)\s*-?\s*(?:days?|weeks?|wks?)\b(?! before)/g,
        (span: string, _: number, whole: string) =>
          /\b(?:doses?|jabs?|shots?|second|first|1st|2nd|vaccines?|pfizer|moderna)\b/.test(whole)
            ? `${span} interval`
            : span,
      )
      // A vaccine's name with a gap or a wait (the gap for Moderna, how long to wait with Pfizer) asks the interval too.
      .replace(
        /\b(?:gap|wait|how long|how many days|how many weeks)\b/g,
        (asked: string, _: number, whole: string) =>
          /\b(?:pfizer|moderna|novavax|astrazeneca|takeda)\b/.test(whole) ? `${asked} interval` : asked,
      )
      // The setting of a thing the site sends (the notification setting, reminder settings) is that thing, and "in my
      // settings" says where: a noun, not the verb set of a set booking.
      .replace(/\b(notifications?|reminders?|alerts?|e-?mails?|mail) settings?\b/g, '$1')
      .replace(/\bin (?:my|the) settings\b/g, ' ')
      // Turning or switching a thing on or off is enabling or disabling it ("on" is a stop word, so "turn on notifications"
      // would otherwise read like "turn off notifications").
      .replace(
        /\b(?:turn|turning|switch|switching|toggle) (?:it|them|the \w+|my \w+|\w+) on\b/g,
        (m: string) => `${m} enable`,
      )
      .replace(
        /\b(?:turn|turning|switch|switching|toggle) (?:it|them|the \w+|my \w+|\w+) off\b/g,
        (m: string) => `${m} disable`,
      )
      .replace(/\b(?:turn|turning|switch|switching) on\b/g, 'enable')
      .replace(/\b(?:turn|turning|switch|switching) off\b/g, 'disable')
      // A computer that is not one's own (a library computer, an internet cafe's PC) is the shared or public computer the
      // logout entry names, not a question about the library.
      .replace(
        /\b(?:library|internet cafe|internet café|hotel|lobby|kiosk) (?:computer|pc|laptop|terminal)s?\b/g,
        'public computer',
      )
      .replace(
        /(?:図書館|ネットカフェ|ネットカフェー|漫画喫茶|まんが喫茶|ホテル|公民館)の?(?:共用の?|共有の?)?(?:パソコン|pc|端末)/g,
        '共用のパソコン',
      )
      // Being late (I'm running late, gonna be late, arriving after my slot, not making it on time) is a late arrival, not a
      // deadline that is too late.
      .replace(
        /\b(?:(?:be|am|'m|im|running|was|going to be)\s+(?:a (?:bit|little|few minutes)\s+|\d+\s*min(?:ute)?s?\s+)?late|(?:arrive|arriving|get there|getting there|come|coming) after (?:my|the) (?:slot|appointment|booking|time)|(?:n't|\bnot|\bnever) make it on time)\b/g,
        (late: string) => `${late} delay`,
      )
      // Not having received any mail (I didn't get any email from you) is mail not arriving, not a question about which
      // mails are sent.
      .replace(
        /\b(?:(?:didn't|did not|haven't|have not|hasn't|has not|never|not) (?:get|got|gotten|receive|received|had)(?: any| an| the| a| your)? (?:e-?mails?|mails?|messages?)|no (?:e-?mails?|mails?|messages?) (?:came|come|arrived|has come|have come|has arrived|have arrived))\b/g,
        (m: string) => `${m} not received`,
      )
      // Forgetting when or what day (I forgot what day my appointment is) asks to be told it, not about forgetting a ticket.
      .replace(
        /\b(?:forgot|forget|forgotten) (?:for )?(?=(?:what day|what date|when|what time|which day|which date|the date|the day|the time)\b)/g,
        'tell me ',
      )
      // Being at the venue without one's ticket (arrived without my voucher) is having forgotten it, not a ticket not arrived.
      .replace(
        /\b(?:arrived|came|come|here|turned up|showed up|at the venue|at reception) without (?:my|the|a) (ticket|voucher|coupon)\b/g,
        'forgot my $1',
      )
      // A symptom after the shot (a fever after the second dose, the jab makes you feverish) is a side effect.
      .replace(
        /\b(?:fever|feverish|sore|headache|tired|aches?|achy|swollen|swelling|pain|painful|ill|sick|unwell|rough|dizzy)\b/g,
        (symptom: string, _: number, whole: string) =>
          /\b(?:after|since|makes? you|made me|following)\b/.test(whole) &&
          /\b(?:doses?|jabs?|shots?|vaccines?|vaccination|injection|second|2nd|booster)\b/.test(whole)
            ? `${symptom} side effect`
            : symptom,
      )
      // Something of the site not working (site not working, the button doesn't work, the page is broken) is an error.
      .replace(
        /\b(?:site|website|page|button|screen|link|it)(?: is| was)? (?:not working|doesn't work|does not work|won't work|isn't working|stopped working|broken)\b/g,
        (broken: string) => `${broken} error`,
      )
      // The password one logs in with (my login password, account password) is the password.
      .replace(/\b(?:login|log-in|sign-in|account|user) (?=passwords?\b)/g, '')
      // A deadline that is over (the deadline is over, has passed) is too late.
      .replace(/\bdeadline(?: is| has| was)? (?:over|passed|gone|expired)\b/g, 'deadline passed too late')
      // A calendar greyed or crossed out (all greyed out, every day crossed out) shows no free places.
      .replace(/\b(?:greyed|grayed|crossed|blanked) out\b|\ball (?:grey|gray)\b/g, 'full')
      // A ticket damaged past use (my kid ripped up the coupon, the ticket got wet and is unreadable) has to be replaced,
      // like a lost one.
      .replace(
        /\b(?:ripped|torn|tore|chewed|shredded|damaged|unreadable|soaked|washed|ruined)\b/g,
        (damaged: string, _: number, whole: string) =>
          /\b(?:ticket|coupon|voucher)s?\b/.test(whole) ? `${damaged} lost replacement` : damaged,
      )
      // Places shown free but gone when clicked (it showed 2 left but when I clicked it was full) asks whether the counts
      // are live.
      .replace(
        /\b(?:showed|shows|said|says|was|were|had)\b[^.?!]{0,30}?\b(?:left|available|free|open)\b[^.?!]{0,30}?\bbut\b[^.?!]{0,30}?\b(?:full|gone|taken|booked)\b/g,
        (gone: string) => `${gone} live update`,
      )
      // A ticket not received (still haven't got my ticket, I didn't get any coupon) has not arrived; it is not lost.
      .replace(
        /\b(?:haven't|have not|hasn't|has not|didn't|did not|never|not yet) (?:got|get|gotten|received|receive|had)(?: my| a| the| any| our)?(?: vaccination| vaccine)? (?:ticket|coupon|voucher)s?\b/g,
        (m: string) => `${m} not arrived`,
      )
      // A booking that went through (did my booking go through) succeeded: no going anywhere.
      .replace(/\b(?:go|goes|went|gone|going) through\b/g, 'succeed')
      // Vaccinated or told at one's work (at work, through my work, my work says) is the workplace the entries name; "does it
      // work" is no place.
      .replace(/\b(at|through|via|from|by) (?:my |our )?work\b/g, '$1 workplace')
      // Having logged in already (I logged in, now how do I book) says where the asker is, not what about.
      .replace(
        /\b(?:i(?:'ve| have)?|after|once) (?:logged|logging|signed|signing) in\b|\b(?:after|once) (?:login|log in|sign in|signing in)\b/g,
        ' ',
      )
      // "now what?" and "what now?" say the asker is stuck, not what about: the question that follows names it.
      .replace(/\b(?:now what|what now)\b(?= ?[?!.,]| \w)/g, ' ')
      // "what time" asks when (what time do reservations start), not about a first time.
      .replace(/\bwhat time\b/g, 'when')
      // So do "what day" and "which date" (what day is my appointment, which day am I booked for): not the day's own word.
      .replace(/\b(?:what|which) (?:day|date)\b/g, 'when')
      // Wanting a reminder or a mail the day before (I want an email the day before) asks to turn reminders on; not wanting
      // one (I don't want reminder mails) does not.
      .replace(
        /\b(?<!(?:n't|not|no longer|never) )(?:want|need|like) (?:to (?:get|receive|have) )?(?:a |an )?(?=(?:reminder|e-?mail|notice|notification)s?\b)/g,
        'enable ',
      )
      // "remind me (of) my …" asks to be told it again (like "tell me my"), not for a reminder mail.
      .replace(/\bremind me (?:of |about )?(?=my |when |what |which )/g, 'tell me ')
      // Withdrawing, scrapping or calling off one's booking is cancelling it (withdrawing money is another thing).
      .replace(
        /\b(?:withdraw|withdrawing|withdrew|scrap|scrapping|call off|calling off)(?= (?:from )?(?:my|the|our|this|a) (?:booking|appointment|slot|reservation|jab|shot|vaccination)s?\b)/g,
        'cancel',
      )
      // Moving, switching or shifting one's booking (to next week, to a later day) is changing it, not moving house.
      .replace(
        /\b(?:move|moving|switch|switching|shift|shifting|push|pushing)(?= (?:my|the|our|this) (?:booking|appointment|slot|reservation|date|time)s?\b)/g,
        'change',
      )
      // A check-up is one word, the medical examination, not checking a booking.
      .replace(/\bcheck-ups?\b/g, 'checkup')
      // Being on a (tight) budget or short of money says who asks about a fee, not what about.
      .replace(
        /\b(?:on a (?:tight |low |small |limited |strict )?budget|short of money|low on money)\b/g,
        ' ',
      )
      // Feeling under the weather or poorly is being unwell, not the weather.
      .replace(
        /\bunder the weather\b|\b(?<=(?:feel|feeling|felt|am|i'm|is|was) )(?:poorly|rough|crook)\b/g,
        'unwell',
      )
      // Having or running a temperature is having a fever (the weather's temperature is another topic).
      .replace(
        /\b(have|has|had|having|running|run|got|with) a (?:high |slight |bit of a )?temperature\b/g,
        '$1 a fever temperature',
      )
      // "free" before a place or a time is its being available ("no free slots"), not its costing nothing.
      .replace(
        /\bfree (?=(?:places?|slots?|spaces?|spots?|seats?|times?|dates?|days?|appointments?|bookings?)\b)/g,
        'available ',
      )
      // "when" inside a sentence, after a word that asks nothing (an error when booking), joins two clauses; after
      // until, since or a verb of knowing (tell me when, see when) it still asks a time.
      .replace(/\b([a-z']+) when\b/g, (all, before: string) => (indirect.has(before) ? all : `${before} `))
      // "no." after a noun is its number (ticket no., tel no.), not a "no".
      .replace(/\b([a-z]+) no\.(?=\s|$)/g, '$1 number')
      // English ordinals in digits (2nd dose, 1st shot): the word, not "nd" or "st".
      .replace(/\b([1-3])(st|nd|rd)\b/g, (_, n: string) => ordinals[Number(n) - 1]!)
      // A body temperature (37.5度, 38℃, 37.8 this morning) is a fever: its digits and 度 name nothing an entry has.
      .replace(/(?<![\d.])3[6-9](?:\.\d)?\s*(?:度|°c?|degrees?)?(?![\d.])/g, (t, _: number, whole: string) =>
        /[度°d]/.test(t) || /temperature|熱/.test(whole)
          ? /[\u3040-\u30ff\u4e00-\u9fff]/.test(whole)
            ? ' 熱 '
            : ' fever '
          : t,
      ),
  );
}

const ordinals = ['first', 'second', 'third'];

const mailServices = new Map([
  ['gmail', 'google'],
  ['hotmail', 'microsoft'],
  ['outlook', 'microsoft'],
  ['icloud', 'apple id'],
]);

/** Words after which "when" still asks a time (until when, tell me when, not sure when). */
const indirect = new Set(
  'until till since by from and or but know knows tell me us see check find out ask wonder sure confirm decide show is forgot forget remember'.split(
    ' ',
  ),
);

export const shortForms = new Map([
  ['info', 'information'],
  ['temp', 'temperature'],
  ['appt', 'appointment'],
  ['appts', 'appointments'],
  ['min', 'minutes'],
  ['mins', 'minutes'],
  ['hrs', 'hours'],
  ['vax', 'vaccine'],
  ['vaxx', 'vaccine'],
  ['msg', 'message'],
  ['acct', 'account'],
  ['tix', 'tickets'],
]);

/** Words shortened the way people text (hw do i log in, wat is my pw): the words they stand for. */
export const textingWords = new Map([
  ['hw', 'how'],
  ['wat', 'what'],
  ['wht', 'what'],
  ['wen', 'when'],
  ['whr', 'where'],
  ['ur', 'your'],
  ['b4', 'before'],
  ['bc', 'because'],
  ['cuz', 'because'],
  ['gonna', 'going'],
  ['wanna', 'want'],
  ['gotta', 'must'],
  ['tmrw', 'tomorrow'],
  ['tmr', 'tomorrow'],
  ['tmw', 'tomorrow'],
  ['nr', 'number'],
]);

export function toKatakana(text: string): string {
  return text.replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60));
}

const functionalPos = new Set(['助詞', '助動詞', '記号', '接続詞', '感動詞', 'フィラー']);

const japaneseStopWords = new Set([
  'する',
  'ある',
  'いる',
  'なる',
  'れる',
  'られる',
  'できる',
  'ない',
  'です',
  'ます',
  'こと',
  'もの',
  'よう',
  'の',
  'ん',
  'くださる',
  'ください',
  '教える',
  'おしえる',
  'いい',
  'よい',
  'たい',
  'てる',
  'ちゃう',
  'これ',
  'それ',
  'この',
  'その',
  'ため',
  '思う',
  'みたい',
  'わかる',
  'けど',
  'んだ',
  'なん',
  'かな',
  'ござる',
  'いただく',
  'もらう',
  'もらえる',
  'おく',
  // Words that frame a question without naming its topic ("…で大丈夫?", "…を知りたい").
  '大丈夫',
  'だいじょうぶ',
  '知る',
  '可能',
  '質問',
  '聞く',
  // Words of time and manner that no entry uses and that name no topic (今日, 明日, さっき, 本当, 一応): counted as
  // unknown words they made in-scope questions refused (the English ones are in englishStopWords).
  ...[
    '今日',
    'きょう',
    '明日',
    'あした',
    '昨日',
    'きのう',
    '今朝',
    '今',
    'いま',
    '夜',
    '昼',
    '午前',
    '午後',
    'さっき',
    '先日',
  ],
  // Kanji spellings of the stop words above (分かる for わかる, 出来る, 下さい, 良い), and words that frame or address a
  // question without naming its topic: 言う (…って言われた), お願い, よろしい, pronouns of place and people (ここ,
  // こちら, みんな), やつ.
  ...['分かる', '出来る', '下さい', '良い', '無い', '有る', '居る', '頂く', '貰う'],
  // The disease the whole site is about names no topic of its own (コロナのワクチン asks what ワクチン asks), nor does the
  // workplace vaccination (職域) a site may run as a whole.
  'コロナ',
  '職域',
  // Words that soften or frame what they follow: 風邪気味 is 風邪, 熱っぽい 熱, エラーが発生 エラー.
  ...['気味', 'っぽい', 'ぽい', '発生'],
  ...['今度', '来週', '先週', '本当', 'ほんとう', '全然', 'ちょっと', '絶対', '一応', '普通'],
]);

export const englishStopWords = new Set(
  (
    'a an the and or but of to in on at for with from by about as is are was were be been being am do does did ' +
    'i me my we our you your he she it its they them this that these those there here ' +
    'can could should would will shall may might must have has had not no yes so if then than ' +
    'too very just any some all up out into over please tell know want need get got getting gets im ive dont cant ' +
    // contractions, greetings and words that frame a question without naming its topic
    "i'm i've i'd i'll don't doesn't didn't can't couldn't won't isn't aren't haven't hasn't it's what's " +
    "that's there's how's where's when's now ok okay hi hello help thanks " +
    // words of time, persons and manner that no entry uses and that name no topic: "i have fever, my appointment
    // is this morning" is about the fever; counted as unknown words they made in-scope questions refused
    'tomorrow yesterday tonight morning evening afternoon anymore recently him her his hers mine ' +
    // times of day ("my slot is at 3pm"), since round 16
    'pm noon midnight oclock ' +
    'really actually maybe exactly pls plz thx thank ' +
    // how a screen behaves, not what it is about: "it keeps saying my birth date is wrong", "when i click book"
    'keep keeps kept keeping say says said saying told tells telling click clicked clicking tap tapped ' +
    // asking to be told, like 教える in Japanese: "can you explain the flow"
    'explain explained describe teach supposed advice tips ' +
    // words of permission frame a question like "can" (可能 in Japanese): "are kids eligible", "is it allowed"
    'eligible allowed permitted possible able ' +
    // what a thing of the site is called, not which thing ("the reminder email feature" is the reminder email)
    'feature features function functions functionality ' +
    // the disease the whole site is about: "the covid shot" asks what "the shot" asks
    'covid corona coronavirus ' +
    // being from abroad says who asks, not what about ("any fee for foreigners?")
    'foreign foreigner foreigners ' +
    // closed-class words no entry uses, which name no topic: indefinite pronouns ("no free places anywhere"),
    // conjunctions ("because the deadline passed"), time words (today, now, ago, previous) and fillers
    'anyone anybody anywhere somebody everyone everybody everywhere nobody nowhere ' +
    'because instead even though although unless today now ago previous ready actually basically gone still only ' +
    // people around the asker who are not booked for ("my neighbour already got hers")
    'neighbour neighbours neighbor neighbors colleague colleagues coworker coworkers ' +
    // number words count, like Japanese counters (2回's 回), and name no topic ("for my two children")
    'two three four five six seven eight nine ten twelve twenty hundred ' +
    // words that judge or grade what they qualify, which no entry uses ("the best clothes", "a stronger password",
    // "a really bad reaction", "this is ridiculous")
    'good best worse worst bad strong stronger weak great nice awful terrible horrible ridiculous annoying ' +
    'common usual typical friendly properly correctly ' +
    // greetings no entry uses, and texting fillers that name no topic (lol, asap, btw)
    'hiya hey heya yo lol lmao asap btw tbh omg idk fyi imo'
  ).split(' '),
);
