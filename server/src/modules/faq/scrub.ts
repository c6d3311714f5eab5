/**
 * What is kept of an unanswered question: mail addresses, phone numbers, dates (birth dates), ticket-like
 * numbers and then every remaining digit are removed, so that the list shows what people ask, not who asked.
 */
export function scrubQuestion(question: string): string {
  return question
    .normalize('NFKC')
    .replace(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, '[mail]')
    .replace(
      /(明治|大正|昭和|平成|令和|[mtshr])\s*(\d{1,2}|元)\s*[年./-]\s*\d{1,2}\s*[月./-]\s*\d{1,2}(\s*日)?/giu,
      '[date]',
    )
    .replace(/\d{2,4}\s*[年./-]\s*\d{1,2}\s*[月./-]\s*\d{1,2}(\s*日)?/g, '[date]')
    .replace(/(\+\d{1,3}[\s-]?)?\(?\d{2,4}\)?[\s-]\d{2,4}[\s-]\d{3,4}/g, '[phone]')
    .replace(/(?<!\d)0\d{9,10}(?!\d)/g, '[phone]')
    .replace(/\d{5,}/g, '[number]')
    .replace(/\d+/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 300);
}
