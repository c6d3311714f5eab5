import type { FaqLinkTarget, FaqPersonal } from './knowledge-base.js';

export const FaqLanguage = { JA: 'JA', EN: 'EN' } as const;
export type FaqLanguage = (typeof FaqLanguage)[keyof typeof FaqLanguage];

export const FaqEntrySource = { COMMON: 'COMMON', SITE: 'SITE' } as const;
export type FaqEntrySource = (typeof FaqEntrySource)[keyof typeof FaqEntrySource];

export const FaqLink = {
  LOGIN: 'LOGIN',
  SELF_REGISTER: 'SELF_REGISTER',
  MY_PAGE: 'MY_PAGE',
  BOOK: 'BOOK',
} as const;

/** A common or site entry as the assistant uses it. */
export interface KnownEntry {
  id: string;
  source: FaqEntrySource;
  link: FaqLinkTarget | null;
  personal: FaqPersonal | null;
  medical: boolean;
  ja: { q: string; a: string };
  en: { q: string; a: string };
}

export interface FaqEntryRefView {
  id: string;
  source: FaqEntrySource;
  question: string;
}

export interface FaqReservationView {
  id: string;
  dose: number;
  startsAt: Date;
  venueName: string;
}

export interface FaqAnswerView {
  entry: FaqEntryRefView;
  text: string;
  link: FaqLinkTarget | null;
  medical: boolean;
  reservations: FaqReservationView[] | null;
}

export interface FaqReplyView {
  answered: boolean;
  answer: FaqAnswerView | null;
  nearest: FaqEntryRefView[];
  contact: string;
}
