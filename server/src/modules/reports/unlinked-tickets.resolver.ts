import { IsUUID } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { Role } from '../auth/principal.js';
import { CsvEncoding, ExportFile } from './export.types.js';

@InputType({ description: 'Which site’s unlinked provisional tickets to export' })
export class ExportUnlinkedTicketsInput {
  @Field(() => ID, { description: 'Site id' })
  @IsUUID()
  siteId!: string;

  @Field(() => CsvEncoding, { defaultValue: CsvEncoding.UTF8_BOM, description: 'File encoding' })
  encoding!: CsvEncoding;
}

@Resolver()
export class UnlinkedTicketsResolver {
  @Authorized(Role.OPERATOR, Role.SITE_ADMIN)
  @Query(() => ExportFile, {
    description: 'Provisional tickets still without their real ticket, as CSV (provisional number, employee id, email)',
  })
  exportUnlinkedTickets(
    @Arg('input', () => ExportUnlinkedTicketsInput) input: ExportUnlinkedTicketsInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ExportFile> {
    return ctx.services.unlinkedTickets.export(ctx.em, ctx.principal, input);
  }
}
