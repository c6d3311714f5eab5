import { toKatakana } from 'wanakana';

/**
 * A name field's text with its hiragana turned into katakana (やまだ → ヤマダ), as the person types; Latin
 * letters, spaces and katakana stay as they are (romaji is never converted: "Yamada" stays "Yamada").
 */
export function hiraganaToKatakana(value: string): string {
  return toKatakana(value, { passRomaji: true });
}

/**
 * Whether an input event belongs to an IME composition still under way (converting then would fight the
 * IME): the text is converted when the composition ends instead.
 */
export function isComposing(event: { nativeEvent: Event }): boolean {
  return (event.nativeEvent as InputEvent).isComposing === true;
}
