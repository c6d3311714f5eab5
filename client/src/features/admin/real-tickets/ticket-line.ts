import { z } from 'zod';

/** The 18-digit line as typed, pasted or scanned: full-width digits, spaces and hyphens folded away. */
export function normalizeLine(value: string): string {
  return value.normalize('NFKC').replace(/[\s\-‐–—ー]/g, '');
}

export const linkSchema = z.object({
  provisionalNumber: z
    .string()
    .transform((v) => v.normalize('NFKC').replace(/\s/g, ''))
    .refine((v) => /^\d{10}$/.test(v), 'provisional'),
  line: z
    .string()
    .transform(normalizeLine)
    .refine((v) => /^\d{18}$/.test(v), 'line'),
});

export type LinkValues = z.input<typeof linkSchema>;
