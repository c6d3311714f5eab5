import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { Role } from '../auth/principal.js';
import { CsvEncoding, ExportFile } from '../reports/export.types.js';
import {
  CommitImportInput,
  CommitImportResult,
  ImportConnection,
  ImportKind,
  ImportPreview,
  ImportRowErrorConnection,
  PreviewImportInput,
} from './import.types.js';
import type { PreviewWithErrors } from './import.service.js';

@Resolver()
export class ImportResolver {
  @Authorized(Role.OPERATOR, Role.SITE_ADMIN)
  @Mutation(() => ImportPreview, {
    description: 'Checks an uploaded CSV file (POST /uploads) and reports every bad row; writes no data',
  })
  previewImport(
    @Arg('input', () => PreviewImportInput) input: PreviewImportInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ImportPreview> {
    return ctx.services.imports.preview(ctx.em, ctx.principal, input);
  }

  @Authorized(Role.OPERATOR, Role.SITE_ADMIN)
  @Mutation(() => CommitImportResult, {
    description:
      'Writes a previewed import in one transaction (all rows or none); the same file twice is a no-op',
  })
  commitImport(
    @Arg('input', () => CommitImportInput) input: CommitImportInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CommitImportResult> {
    return ctx.services.imports.commit(ctx.em, ctx.principal, input);
  }

  @Authorized(Role.OPERATOR, Role.SITE_ADMIN)
  @Query(() => ImportRowErrorConnection, {
    description:
      'A page of the problems previewImport found in a file, by line; only the admin who previewed it may read them',
  })
  importErrors(
    @Arg('importId', () => ID, { description: 'Import id from previewImport' }) importId: string,
    @Arg('first', () => Int, { defaultValue: 100, description: 'Page size, at most 500' }) first: number,
    @Arg('after', () => String, {
      nullable: true,
      description: 'Cursor from pageInfo.endCursor (of errorPage or of importErrors)',
    })
    after: string | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ImportRowErrorConnection> {
    return ctx.services.imports.errors(ctx.em, ctx.principal, { importId, first, after: after ?? null });
  }

  @Authorized(Role.OPERATOR, Role.SITE_ADMIN)
  @Query(() => ImportConnection, { description: 'A site’s imports, newest first' })
  imports(
    @Arg('siteId', () => ID, { description: 'Site id' }) siteId: string,
    @Arg('kind', () => ImportKind, { nullable: true, description: 'Only this kind' }) kind: ImportKind | null,
    @Arg('first', () => Int, { defaultValue: 20, description: 'Page size, at most 200' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor from pageInfo.endCursor' })
    after: string | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ImportConnection> {
    return ctx.services.imports.list(ctx.em, ctx.principal, {
      siteId,
      kind: kind ?? null,
      first,
      after: after ?? null,
    });
  }

  @Authorized(Role.OPERATOR, Role.SITE_ADMIN)
  @Query(() => ExportFile, {
    description:
      'The CSV of a committed issuance with the issued ticket numbers and initial passwords appended (kept encrypted)',
  })
  issuedTicketsFile(
    @Arg('importId', () => ID, { description: 'Import id of a committed ISSUANCE import' }) importId: string,
    @Arg('encoding', () => CsvEncoding, { defaultValue: CsvEncoding.UTF8_BOM, description: 'File encoding' })
    encoding: CsvEncoding,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ExportFile> {
    return ctx.services.issuance.issuedFile(ctx.em, ctx.principal, importId, encoding);
  }
}

@Resolver(() => ImportPreview)
export class ImportPreviewResolver {
  @FieldResolver(() => ImportRowErrorConnection, {
    description:
      'The first problems, by line, in this answer; read the rest with importErrors(importId, after: pageInfo.endCursor)',
  })
  errorPage(
    @Root() preview: PreviewWithErrors,
    @Arg('first', () => Int, { defaultValue: 100, description: 'Page size, at most 500' }) first: number,
    @Ctx() ctx: GraphQLContext,
  ): ImportRowErrorConnection {
    return ctx.services.imports.firstErrors(preview, first);
  }
}
