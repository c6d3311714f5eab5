import { commonEntries } from './knowledge-base.js';
import { paraphrases } from './paraphrases.js';
import type { FaqDocument } from './retriever.js';

let common: FaqDocument[] | undefined;

/** The common entries as documents, one per language; placeholders are not words anybody asks. */
export function commonDocuments(): FaqDocument[] {
  return (common ??= commonEntries.flatMap((e) =>
    (['ja', 'en'] as const).map((lang) => ({
      entryId: e.id,
      site: false,
      q: e[lang].q,
      k: e[lang].k,
      p: paraphrases[e.id]?.[lang] ?? [],
      a: withoutPlaceholders(e[lang].a),
    })),
  ));
}

export function withoutPlaceholders(text: string): string {
  return text.replace(/\{\{\w+\}\}/g, ' ');
}
