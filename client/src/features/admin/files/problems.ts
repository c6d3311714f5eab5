import type { Language } from '../../../i18n/i18n';

/**
 * The server words each refused row of an import in English (the API's language). A Japanese page shows it in
 * Japanese: the known sentences below, each with its numbers carried over; a sentence not known here is left
 * out (the row still shows its column, value and the reason's code in Japanese). `line` turns a line number the
 * sentence cites into the one the admin sees (the setup wizard's typed rows have no header line).
 */
const JA: readonly [RegExp, (m: RegExpExecArray, line: (n: number) => number) => string][] = [
  [/^A ticket number has exactly 10 digits$/, () => '接種券番号は 10 桁の数字で書いてください。'],
  [
    /^An address number \(個別宛名番号\) has 1 to 15 digits$/,
    () => '個別宛名番号は 1〜15 桁の数字で書いてください。',
  ],
  [/^At most (\d+) characters$/, (m) => `${m[1]} 文字以内で書いてください。`],
  [/^At most (\d+) bytes$/, (m) => `${m[1]} バイト以内にしてください。`],
  [/^Not a valid past date/, () => '今日より前の日付を YYYY/MM/DD または YYYY-MM-DD で書いてください。'],
  [
    /^Not a valid municipality code$/,
    () => '市町村コードが正しくありません（6 桁、チェックデジットを含む）。',
  ],
  [/^Not an email address$/, () => 'メールアドレスの形になっていません。'],
  [/^Not a slot id$/, () => '枠IDの形になっていません。'],
  [/^Name the venue$/, () => '会場を書いてください。'],
  [/^Name the slot by /, () => '枠は「会場」と「日時」、または「枠ID」で指定してください。'],
  [/^Write the date and time as /, () => '日時は YYYY/MM/DD HH:MM の形で書いてください。'],
  [/^Write 1, 2, 3 or /, () => '接種回は 1、2、3 または「セット」と書いてください。'],
  [/^Write a number of tickets from 1 to (\d+)$/, (m) => `枚数は 1〜${m[1]} の数字で書いてください。`],
  [/^The slot has no place left for this row$/, () => 'この行の枠には空きがありません。'],
  [
    /^Ticket (\d+) is already on line (\d+)$/,
    (m, line) => `接種券番号 ${m[1]} は ${line(Number(m[2]))} 行目にもあります。`,
  ],
  [
    /^The employee id (.+) is already on line (\d+)$/,
    (m, line) => `社員番号 ${m[1]} は ${line(Number(m[2]))} 行目にもあります。`,
  ],
  [
    /^The same real ticket is already on line (\d+)$/,
    (m, line) => `同じ接種券が ${line(Number(m[1]))} 行目にもあります。`,
  ],
  [
    /^Ticket (\d+) is already registered with another address number$/,
    (m) => `接種券番号 ${m[1]} は別の個別宛名番号で登録済みです。`,
  ],
  [
    /^Ticket (\d+) is already registered with other data/,
    (m) => `接種券番号 ${m[1]} は別の内容（生年月日・メールアドレス・社員番号）で登録済みです。`,
  ],
  [
    /^The employee id (.+) belongs to another ticket of the site$/,
    (m) => `社員番号 ${m[1]} はこのサイトの別の接種券で使われています。`,
  ],
  [/^The column (.+) appears twice in the header$/, (m) => `見出しに「${m[1]}」の列が 2 つあります。`],
  [/^The header has no (.+?) column \((.+)\)$/, (m) => `見出しに「${m[1]}」の列がありません（${m[2]}）。`],
  [/^The file has no header row$/, () => '見出しの行がありません。'],
  [/^The file is empty$/, () => 'ファイルが空です。'],
  [
    /^One file holds at most (\d+) rows/,
    (m) => `1 つのファイルは ${m[1]} 行までです。分けて取り込んでください。`,
  ],
  [
    /^One file issues at most (\d+) tickets; this one asks for (\d+)$/,
    (m) => `1 つのファイルで発行できるのは ${m[1]} 枚までです（このファイルは ${m[2]} 枚）。`,
  ],
];

/** A refused row's sentence in the page's language ('' when a Japanese page has no words for it). */
export function problemDetail(
  message: string,
  language: Language,
  line: (n: number) => number = (n) => n,
): string {
  if (language !== 'ja')
    return message.replace(/\bon line (\d+)/, (_, n: string) => `on line ${line(Number(n))}`);
  for (const [pattern, say] of JA) {
    const match = pattern.exec(message);
    if (match) return say(match, line);
  }
  return '';
}
