import { IsOptional, IsUUID } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { Role } from '../auth/principal.js';
import { LocalDate } from '../../graphql/scalars.js';
import { ReservationFilter } from '../records/records.types.js';
import { CsvEncoding, ExportFile } from './export.types.js';
import { ApiKeyScope } from '../api-keys/api-key.scope.js';
import { RequiresScope } from '../api-keys/api-key.types.js';

@InputType({ description: 'Which reservations to export' })
export class ExportReservationsInput {
  @Field(() => ID, { description: 'Site id' })
  @IsUUID()
  siteId!: string;

  @Field(() => ReservationFilter, { nullable: true, description: 'The same filters as the reservation list' })
  @IsOptional()
  filter?: ReservationFilter | null;

  @Field(() => CsvEncoding, { defaultValue: CsvEncoding.UTF8_BOM, description: 'File encoding' })
  encoding!: CsvEncoding;
}

@InputType({ description: 'Which vaccination records to export in the national record layout' })
export class ExportVaccinationRecordsInput {
  @Field(() => ID, { description: 'Site id' })
  @IsUUID()
  siteId!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Vaccinations on or after this date' })
  @IsOptional()
  fromDate?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Vaccinations on or before this date' })
  @IsOptional()
  toDate?: string | null;

  @Field(() => CsvEncoding, { defaultValue: CsvEncoding.UTF8_BOM, description: 'File encoding' })
  encoding!: CsvEncoding;
}

@Resolver()
export class ExportResolver {
  @Authorized(Role.OPERATOR, Role.SITE_ADMIN)
  @RequiresScope(ApiKeyScope.RECORDS_READ)
  @Query(() => ExportFile, {
    description: 'Reservations as CSV (UTF-8 with BOM and CRLF, or CP932) (API keys: RECORDS_READ)',
  })
  exportReservations(
    @Arg('input', () => ExportReservationsInput) input: ExportReservationsInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ExportFile> {
    return ctx.services.exports.reservations(ctx.em, ctx.principal, {
      ...input,
      filter: input.filter ?? null,
    });
  }

  @Authorized(Role.OPERATOR, Role.SITE_ADMIN)
  @RequiresScope(ApiKeyScope.RECORDS_READ)
  @Query(() => ExportFile, {
    description:
      'Vaccination records (接種実績) as CSV in the national record system’s layout, one block per dose (API keys: RECORDS_READ)',
  })
  exportVaccinationRecords(
    @Arg('input', () => ExportVaccinationRecordsInput) input: ExportVaccinationRecordsInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ExportFile> {
    return ctx.services.exports.vaccinationRecords(ctx.em, ctx.principal, {
      siteId: input.siteId,
      fromDate: input.fromDate ?? null,
      toDate: input.toDate ?? null,
      encoding: input.encoding,
    });
  }
}
