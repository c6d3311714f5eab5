import { IsUUID, Length } from 'class-validator';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../../graphql/connection.js';
import { DateTime } from '../../graphql/scalars.js';
import type { RealTicketLinkView } from './real-ticket.repository.js';

@ObjectType({
  description:
    'A provisional ticket (仮接種券) and the real ticket (接種券) linked to it once the municipality sent it',
})
export class RealTicketLink {
  @Field(() => ID, { description: 'Ticket id (the provisional ticket)' })
  ticketId!: string;

  @Field(() => String, { description: 'The provisional ticket number the person logs in with' })
  provisionalNumber!: string;

  @Field(() => String, { nullable: true, description: 'Employee or student id from the roster' })
  externalId!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The real ticket number (10 digits); null until linked',
  })
  realNumber!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The municipality code of the real ticket (6 digits with its check digit); null until linked',
  })
  realMunicipalityCode!: string | null;

  @Field(() => DateTime, { nullable: true, description: 'When the real ticket was linked' })
  linkedAt!: Date | null;
}

@InputType({ description: 'Links a provisional ticket to the person’s real ticket' })
export class LinkRealTicketInput {
  @Field(() => ID, { description: 'The provisional ticket' })
  @IsUUID()
  ticketId!: string;

  @Field(() => String, {
    description:
      'The 18-digit line printed on the real ticket (OCR text or QR code): type (1) + dose (1) + ' +
      'municipality code (6) + number (10). Full-width digits, spaces and hyphens are accepted',
  })
  @Length(1, 60)
  line!: string;
}

export const LinkRealTicketErrorCode = {
  INVALID_LINE: 'INVALID_LINE',
  INVALID_MUNICIPALITY_CODE: 'INVALID_MUNICIPALITY_CODE',
  ALREADY_LINKED_ELSEWHERE: 'ALREADY_LINKED_ELSEWHERE',
  NOT_PROVISIONAL: 'NOT_PROVISIONAL',
} as const;
export type LinkRealTicketErrorCode = (typeof LinkRealTicketErrorCode)[keyof typeof LinkRealTicketErrorCode];
registerEnumType(LinkRealTicketErrorCode, {
  name: 'LinkRealTicketErrorCode',
  description: 'Why a real ticket was not linked',
  valuesConfig: {
    INVALID_LINE: { description: 'The line is not 18 digits' },
    INVALID_MUNICIPALITY_CODE: { description: 'The municipality code in the line has a wrong check digit' },
    ALREADY_LINKED_ELSEWHERE: {
      description: 'Another ticket of the site holds this real ticket; see linkedTicketNumber',
    },
    NOT_PROVISIONAL: { description: 'Only provisional tickets are linked to a real one' },
  },
});

@ObjectType({ description: 'Why a real ticket was not linked' })
export class LinkRealTicketError {
  @Field(() => LinkRealTicketErrorCode, { description: 'Machine-readable reason' })
  code!: LinkRealTicketErrorCode;

  @Field(() => String, { description: 'Human-readable reason' })
  message!: string;

  @Field(() => String, {
    nullable: true,
    description: 'With ALREADY_LINKED_ELSEWHERE: the provisional number of the ticket that holds it',
  })
  linkedTicketNumber?: string | null;
}

@ObjectType({ description: 'Outcome of linkRealTicket' })
export class LinkRealTicketResult {
  @Field(() => Boolean, { description: 'True when the ticket now carries the real ticket' })
  ok!: boolean;

  @Field(() => RealTicketLink, { nullable: true, description: 'The ticket and its link, when ok' })
  link?: RealTicketLinkView | null;

  @Field(() => LinkRealTicketError, { nullable: true, description: 'Why nothing changed' })
  error?: LinkRealTicketError | null;
}

@ObjectType({ description: 'A provisional ticket and its cursor' })
export class RealTicketLinkEdge {
  @Field(() => String, { description: 'Cursor' })
  cursor!: string;

  @Field(() => RealTicketLink, { description: 'The ticket' })
  node!: RealTicketLinkView;
}

@ObjectType({ description: 'A page of a site’s provisional tickets, by number' })
export class RealTicketLinkConnection {
  @Field(() => [RealTicketLinkEdge], { description: 'Tickets' })
  edges!: RealTicketLinkEdge[];

  @Field(() => PageInfo, { description: 'Paging' })
  pageInfo!: PageInfo;
}
