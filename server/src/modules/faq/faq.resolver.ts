import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { Role } from '../auth/principal.js';
import { FaqLanguage, type FaqEntryRefView, type FaqReplyView } from './faq.model.js';
import {
  AskFaqInput,
  CreateFaqEntryInput,
  FaqCommonEntry,
  FaqContact,
  FaqEntryRef,
  FaqReply,
  FaqSiteEntry,
  FaqUnansweredConnection,
  ReorderFaqEntriesInput,
  SetFaqCommonEntryHiddenInput,
  SetFaqContactInput,
  UpdateFaqEntryInput,
  siteEntryOf,
  unansweredOf,
} from './faq.types.js';

@Resolver()
export class FaqResolver {
  @Mutation(() => FaqReply, {
    description:
      'Asks the site’s FAQ assistant (anyone, logged in or not). Not sure enough: answered=false, the nearest entries and the contact',
  })
  askFaq(
    @Arg('input', () => AskFaqInput) input: AskFaqInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<FaqReplyView> {
    return ctx.services.faq.ask(ctx.em, ctx.principal, input);
  }

  @Query(() => [FaqEntryRef], { description: 'Questions the assistant suggests to start with' })
  faqSuggestions(
    @Arg('siteCode', () => String, { description: 'Site code' }) siteCode: string,
    @Arg('language', () => FaqLanguage, { description: 'Language' }) language: FaqLanguage,
    @Ctx() ctx: GraphQLContext,
  ): Promise<FaqEntryRefView[]> {
    return ctx.services.faq.suggestions(ctx.em, siteCode, language);
  }

  @Authorized(Role.OPERATOR, Role.SITE_ADMIN)
  @Query(() => [FaqSiteEntry], { description: 'The site’s own FAQ entries, in order (disabled ones too)' })
  async faqSiteEntries(
    @Arg('siteId', () => ID, { description: 'Site' }) siteId: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<FaqSiteEntry[]> {
    return (await ctx.services.faq.siteEntries(ctx.em, ctx.principal, siteId)).map(siteEntryOf);
  }

  @Authorized(Role.OPERATOR, Role.SITE_ADMIN)
  @Query(() => [FaqCommonEntry], { description: 'The common entries and whether the site hides each' })
  async faqCommonEntries(
    @Arg('siteId', () => ID, { description: 'Site' }) siteId: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<FaqCommonEntry[]> {
    return (await ctx.services.faq.commonEntries(ctx.em, ctx.principal, siteId)).map((e) => ({
      id: e.id,
      questionJa: e.ja.q,
      answerJa: e.ja.a,
      questionEn: e.en.q,
      answerEn: e.en.a,
      hidden: e.hidden,
    }));
  }

  @Authorized(Role.OPERATOR, Role.SITE_ADMIN)
  @Query(() => FaqContact, {
    nullable: true,
    description:
      'The contact the assistant gives for the site; null until one is set (it then names the site’s office)',
  })
  faqContact(
    @Arg('siteId', () => ID, { description: 'Site' }) siteId: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<FaqContact | null> {
    return ctx.services.faq.contact(ctx.em, ctx.principal, siteId);
  }

  @Authorized(Role.OPERATOR, Role.SITE_ADMIN)
  @Query(() => FaqUnansweredConnection, {
    description: 'Questions the assistant could not answer, most asked first (kept for a set time)',
  })
  async faqUnansweredQuestions(
    @Arg('siteId', () => ID, { description: 'Site' }) siteId: string,
    @Arg('first', () => Int, { defaultValue: 50, description: 'Page size, at most 200' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor from pageInfo.endCursor' })
    after: string | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<FaqUnansweredConnection> {
    const page = await ctx.services.faq.unanswered(ctx.em, ctx.principal, {
      siteId,
      first,
      after: after ?? null,
    });
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: unansweredOf(e.node) })) };
  }

  @Authorized(Role.OPERATOR, Role.SITE_ADMIN)
  @Mutation(() => FaqSiteEntry, { description: 'Adds an entry to the site’s FAQ, last in order' })
  async createFaqEntry(
    @Arg('input', () => CreateFaqEntryInput) input: CreateFaqEntryInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<FaqSiteEntry> {
    return siteEntryOf(
      await ctx.services.faq.createEntry(ctx.em, ctx.principal, { ...input, link: input.link ?? null }),
    );
  }

  @Authorized(Role.OPERATOR, Role.SITE_ADMIN)
  @Mutation(() => FaqSiteEntry, { description: 'Edits, disables or enables a site entry' })
  async updateFaqEntry(
    @Arg('input', () => UpdateFaqEntryInput) input: UpdateFaqEntryInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<FaqSiteEntry> {
    return siteEntryOf(await ctx.services.faq.updateEntry(ctx.em, ctx.principal, input));
  }

  @Authorized(Role.OPERATOR, Role.SITE_ADMIN)
  @Mutation(() => [FaqSiteEntry], { description: 'Puts the site’s entries in a new order' })
  async reorderFaqEntries(
    @Arg('input', () => ReorderFaqEntriesInput) input: ReorderFaqEntriesInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<FaqSiteEntry[]> {
    return (await ctx.services.faq.reorderEntries(ctx.em, ctx.principal, input)).map(siteEntryOf);
  }

  @Authorized(Role.OPERATOR, Role.SITE_ADMIN)
  @Mutation(() => FaqCommonEntry, { description: 'Hides a common entry for the site, or shows it again' })
  async setFaqCommonEntryHidden(
    @Arg('input', () => SetFaqCommonEntryHiddenInput) input: SetFaqCommonEntryHiddenInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<FaqCommonEntry> {
    const e = await ctx.services.faq.setCommonEntryHidden(ctx.em, ctx.principal, input);
    return {
      id: e.id,
      questionJa: e.ja.q,
      answerJa: e.ja.a,
      questionEn: e.en.q,
      answerEn: e.en.a,
      hidden: e.hidden,
    };
  }

  @Authorized(Role.OPERATOR, Role.SITE_ADMIN)
  @Mutation(() => FaqContact, { description: 'Sets the contact the assistant gives for the site' })
  setFaqContact(
    @Arg('input', () => SetFaqContactInput) input: SetFaqContactInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<FaqContact> {
    return ctx.services.faq.setContact(ctx.em, ctx.principal, input);
  }
}
