import { IsBoolean, IsIn, IsOptional, IsUUID, Length, MaxLength, ArrayMaxSize } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../../graphql/connection.js';
import { DateTime } from '../../graphql/scalars.js';
import {
  FaqEntrySource,
  FaqLanguage,
  FaqLink,
  type FaqEntryRefView,
  type FaqReservationView,
} from './faq.model.js';
import type { FaqLinkTarget } from './knowledge-base.js';
import type { SiteEntryRow, UnansweredRow } from './faq.repository.js';

registerEnumType(FaqLanguage, {
  name: 'FaqLanguage',
  description: 'Language of the question and the answer',
});
registerEnumType(FaqEntrySource, {
  name: 'FaqEntrySource',
  description: 'COMMON: the knowledge base every site has; SITE: written by the site’s admins',
});
registerEnumType(FaqLink, {
  name: 'FaqLinkTarget',
  description: 'A page of the booking app an answer leads to (LOGIN, SELF_REGISTER, MY_PAGE, BOOK)',
});

@InputType({ description: 'A question to the FAQ assistant, or an entry picked from a list' })
export class AskFaqInput {
  @Field(() => String, { description: 'The site whose assistant is asked' })
  @Length(1, 64)
  siteCode!: string;

  @Field(() => FaqLanguage, { description: 'Language to answer in (the app’s language)' })
  @IsIn(Object.values(FaqLanguage))
  language!: FaqLanguage;

  @Field(() => String, { nullable: true, description: 'The question as typed (at most 300 characters)' })
  @IsOptional()
  @Length(1, 300)
  question?: string | null;

  @Field(() => ID, { nullable: true, description: 'An entry to answer instead (a suggested or nearest one)' })
  @IsOptional()
  @Length(1, 64)
  entryId?: string | null;
}

@ObjectType({ description: 'An entry of the knowledge base, named by its question' })
export class FaqEntryRef {
  @Field(() => ID, { description: 'Entry id: a common entry’s name (e.g. login-how) or a site entry’s id' })
  id!: string;

  @Field(() => FaqEntrySource, { description: 'Common or the site’s own' })
  source!: FaqEntrySource;

  @Field(() => String, { description: 'Its question, in the language asked' })
  question!: string;
}

@ObjectType({ description: 'One of the person’s own booked appointments' })
export class FaqReservation {
  @Field(() => ID, { description: 'Reservation id' })
  id!: string;

  @Field(() => Int, { description: 'Dose number' })
  dose!: number;

  @Field(() => DateTime, { description: 'When the appointment starts' })
  startsAt!: Date;

  @Field(() => String, { description: 'Venue name' })
  venueName!: string;
}

@ObjectType({ description: 'An answer, quoted from one entry with the site’s current settings filled in' })
export class FaqAnswer {
  @Field(() => FaqEntryRef, { description: 'The entry the answer comes from' })
  entry!: FaqEntryRefView;

  @Field(() => String, { description: 'The answer text' })
  text!: string;

  @Field(() => FaqLink, { nullable: true, description: 'The app page that helps next, if any' })
  link!: FaqLinkTarget | null;

  @Field(() => Boolean, {
    description: 'A medical question: no advice, the site’s contact and a doctor instead',
  })
  medical!: boolean;

  @Field(() => [FaqReservation], {
    nullable: true,
    description: 'For a logged-in person asking about their own bookings: their booked appointments',
  })
  reservations!: FaqReservationView[] | null;
}

@ObjectType({ description: 'What the assistant says: an answer, or that it does not know' })
export class FaqReply {
  @Field(() => Boolean, {
    description: 'False: the assistant does not know (below its confidence threshold)',
  })
  answered!: boolean;

  @Field(() => FaqAnswer, { nullable: true, description: 'The answer, when answered' })
  answer!: FaqAnswer | null;

  @Field(() => [FaqEntryRef], {
    description: 'Nearest other entries (up to three; when not answered, the three nearest)',
  })
  nearest!: FaqEntryRefView[];

  @Field(() => String, { description: 'The site’s contact, in the language asked' })
  contact!: string;
}

const links = Object.values(FaqLink);

@InputType({ description: 'A new site entry, in Japanese and English' })
export class CreateFaqEntryInput {
  @Field(() => ID, { description: 'Site' })
  @IsUUID()
  siteId!: string;

  @Field(() => String, { description: 'Question (Japanese)' })
  @Length(1, 300)
  questionJa!: string;

  @Field(() => String, {
    description: 'Answer (Japanese); may use {{contact}}, {{cutoffHours}}, {{siteName}}',
  })
  @Length(1, 2000)
  answerJa!: string;

  @Field(() => String, { defaultValue: '', description: 'Other ways people ask (Japanese), for matching' })
  @MaxLength(1000)
  keywordsJa!: string;

  @Field(() => String, { description: 'Question (English)' })
  @Length(1, 300)
  questionEn!: string;

  @Field(() => String, { description: 'Answer (English)' })
  @Length(1, 2000)
  answerEn!: string;

  @Field(() => String, { defaultValue: '', description: 'Other ways people ask (English), for matching' })
  @MaxLength(1000)
  keywordsEn!: string;

  @Field(() => FaqLink, { nullable: true, description: 'App page the answer leads to' })
  @IsOptional()
  @IsIn(links)
  link!: FaqLinkTarget | null;
}

@InputType({ description: 'Changes to a site entry; omitted fields stay as they are' })
export class UpdateFaqEntryInput {
  @Field(() => ID, { description: 'The entry' })
  @IsUUID()
  id!: string;

  @Field(() => String, { nullable: true, description: 'Question (Japanese)' })
  @IsOptional()
  @Length(1, 300)
  questionJa?: string | null;

  @Field(() => String, { nullable: true, description: 'Answer (Japanese)' })
  @IsOptional()
  @Length(1, 2000)
  answerJa?: string | null;

  @Field(() => String, { nullable: true, description: 'Other ways people ask (Japanese)' })
  @IsOptional()
  @MaxLength(1000)
  keywordsJa?: string | null;

  @Field(() => String, { nullable: true, description: 'Question (English)' })
  @IsOptional()
  @Length(1, 300)
  questionEn?: string | null;

  @Field(() => String, { nullable: true, description: 'Answer (English)' })
  @IsOptional()
  @Length(1, 2000)
  answerEn?: string | null;

  @Field(() => String, { nullable: true, description: 'Other ways people ask (English)' })
  @IsOptional()
  @MaxLength(1000)
  keywordsEn?: string | null;

  @Field(() => FaqLink, { nullable: true, description: 'App page the answer leads to (null: unchanged)' })
  @IsOptional()
  @IsIn(links)
  link?: FaqLinkTarget | null;

  @Field(() => Boolean, { nullable: true, description: 'False disables the entry (kept, not answered)' })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean | null;
}

@InputType({ description: 'The order of a site’s entries: every entry of the site, once, first to last' })
export class ReorderFaqEntriesInput {
  @Field(() => ID, { description: 'Site' })
  @IsUUID()
  siteId!: string;

  @Field(() => [ID], { description: 'Entry ids in their new order' })
  @IsUUID('all', { each: true })
  @ArrayMaxSize(2000)
  entryIds!: string[];
}

@InputType({ description: 'Hides a common entry for one site, or shows it again' })
export class SetFaqCommonEntryHiddenInput {
  @Field(() => ID, { description: 'Site' })
  @IsUUID()
  siteId!: string;

  @Field(() => ID, { description: 'The common entry (e.g. cost)' })
  @Length(1, 64)
  entryId!: string;

  @Field(() => Boolean, { description: 'True hides it' })
  @IsBoolean()
  hidden!: boolean;
}

@InputType({ description: 'How people reach the site’s office; quoted by the assistant' })
export class SetFaqContactInput {
  @Field(() => ID, { description: 'Site' })
  @IsUUID()
  siteId!: string;

  @Field(() => String, { description: 'Contact (Japanese), e.g. 予約センター 0120-000-000(平日9時〜17時)' })
  @Length(1, 300)
  contactJa!: string;

  @Field(() => String, { description: 'Contact (English)' })
  @Length(1, 300)
  contactEn!: string;
}

@ObjectType({ description: 'A site’s contact as the assistant quotes it' })
export class FaqContact {
  @Field(() => ID, { description: 'Site' })
  siteId!: string;

  @Field(() => String, { description: 'Contact (Japanese)' })
  contactJa!: string;

  @Field(() => String, { description: 'Contact (English)' })
  contactEn!: string;
}

@ObjectType({ description: 'An entry written by the site’s admins' })
export class FaqSiteEntry {
  @Field(() => ID, { description: 'Entry id' })
  id!: string;

  @Field(() => Int, { description: 'Position in the site’s list' })
  position!: number;

  @Field(() => Boolean, { description: 'Disabled entries are kept but never answered' })
  enabled!: boolean;

  @Field(() => String, { description: 'Question (Japanese)' })
  questionJa!: string;

  @Field(() => String, { description: 'Answer (Japanese)' })
  answerJa!: string;

  @Field(() => String, { description: 'Other ways people ask (Japanese)' })
  keywordsJa!: string;

  @Field(() => String, { description: 'Question (English)' })
  questionEn!: string;

  @Field(() => String, { description: 'Answer (English)' })
  answerEn!: string;

  @Field(() => String, { description: 'Other ways people ask (English)' })
  keywordsEn!: string;

  @Field(() => FaqLink, { nullable: true, description: 'App page the answer leads to' })
  link!: FaqLinkTarget | null;
}

export function siteEntryOf(row: SiteEntryRow): FaqSiteEntry {
  return {
    id: row.id,
    position: row.position,
    enabled: row.enabled,
    questionJa: row.question_ja,
    answerJa: row.answer_ja,
    keywordsJa: row.keywords_ja,
    questionEn: row.question_en,
    answerEn: row.answer_en,
    keywordsEn: row.keywords_en,
    link: row.link,
  };
}

@ObjectType({ description: 'A common entry as a site sees it' })
export class FaqCommonEntry {
  @Field(() => ID, { description: 'Entry name' })
  id!: string;

  @Field(() => String, { description: 'Question (Japanese)' })
  questionJa!: string;

  @Field(() => String, {
    description: 'Answer template (Japanese); {{…}} are filled from the site’s settings',
  })
  answerJa!: string;

  @Field(() => String, { description: 'Question (English)' })
  questionEn!: string;

  @Field(() => String, { description: 'Answer template (English)' })
  answerEn!: string;

  @Field(() => Boolean, { description: 'Hidden for this site' })
  hidden!: boolean;
}

@ObjectType({ description: 'A question the assistant could not answer, without digits or contact details' })
export class FaqUnansweredQuestion {
  @Field(() => String, { description: 'The question, scrubbed' })
  question!: string;

  @Field(() => FaqLanguage, { description: 'Language the person used the app in' })
  language!: string;

  @Field(() => Int, { description: 'How often it was asked' })
  count!: number;

  @Field(() => DateTime, { description: 'First asked' })
  firstAskedAt!: Date;

  @Field(() => DateTime, { description: 'Last asked' })
  lastAskedAt!: Date;
}

export function unansweredOf(row: UnansweredRow): FaqUnansweredQuestion {
  return {
    question: row.question,
    language: row.language,
    count: row.asked_count,
    firstAskedAt: new Date(row.first_asked_at),
    lastAskedAt: new Date(row.last_asked_at),
  };
}

@ObjectType({ description: 'An unanswered question and its cursor' })
export class FaqUnansweredEdge {
  @Field(() => String, { description: 'Cursor' })
  cursor!: string;

  @Field(() => FaqUnansweredQuestion, { description: 'The question' })
  node!: FaqUnansweredQuestion;
}

@ObjectType({ description: 'Unanswered questions, most asked first' })
export class FaqUnansweredConnection {
  @Field(() => [FaqUnansweredEdge], { description: 'Questions' })
  edges!: FaqUnansweredEdge[];

  @Field(() => PageInfo, { description: 'Paging' })
  pageInfo!: PageInfo;
}
