import { useQuery } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { Alert } from '../../../ui/Alert';
import { PageHeading } from '../../../ui/Heading';
import { DataTable, PagedTable, type ListColumn } from '../components/DataTable';
import { SelectField, TextAreaField, TextField } from '../components/FormFields';
import { AdminLoading } from '../components/Pages';
import { graphql } from '../gql';
import type { FaqLinkTarget, FaqPageQuery, FaqUnansweredPageQuery } from '../gql/graphql';
import { useFaqMutations, type FaqWriteOutcome } from '../hooks/useFaqMutations';
import { useAdminI18n, type AdminMessageKey } from '../i18n/admin-i18n';
import { siteDateTime } from '../people/format';
import { useAdminSite } from '../site-context';

/** A site entry as the page shows and edits it (the page's query and the entry mutations read the same fields). */
export const FaqSiteEntryFragment = graphql(`
  fragment FaqRoute_entry on FaqSiteEntry {
    id
    position
    enabled
    questionJa
    answerJa
    keywordsJa
    questionEn
    answerEn
    keywordsEn
    link
  }
`);

const FaqPageQueryDocument = graphql(`
  query FaqPage($siteId: ID!) {
    faqSiteEntries(siteId: $siteId) {
      ...FaqRoute_entry @unmask
    }
    faqCommonEntries(siteId: $siteId) {
      id
      questionJa
      questionEn
      hidden
    }
    faqContact(siteId: $siteId) {
      contactJa
      contactEn
    }
  }
`);

const FaqUnansweredPageQueryDocument = graphql(`
  query FaqUnansweredPage($siteId: ID!, $first: Int!, $after: String) {
    faqUnansweredQuestions(siteId: $siteId, first: $first, after: $after) {
      edges {
        cursor
        node {
          question
          language
          count
          lastAskedAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

type SiteEntry = FaqPageQuery['faqSiteEntries'][number];
type CommonEntry = FaqPageQuery['faqCommonEntries'][number];
type Unanswered = FaqUnansweredPageQuery['faqUnansweredQuestions']['edges'][number]['node'];

const PAGE = 50;
const LINKS: FaqLinkTarget[] = ['LOGIN', 'SELF_REGISTER', 'MY_PAGE', 'BOOK'];

// The same limits as the API's input (CreateFaqEntryInput); the messages are i18n keys.
const text = (max: number) =>
  z.string().trim().min(1, 'admin.validation.required').max(max, 'admin.validation.tooLong');
const entrySchema = z.object({
  questionJa: text(300),
  answerJa: text(2000),
  keywordsJa: z.string().max(1000, 'admin.validation.tooLong'),
  questionEn: text(300),
  answerEn: text(2000),
  keywordsEn: z.string().max(1000, 'admin.validation.tooLong'),
  link: z.union([z.literal(''), z.enum(LINKS as [FaqLinkTarget, ...FaqLinkTarget[]])]),
});
type EntryForm = z.infer<typeof entrySchema>;
const ENTRY_FIELDS = Object.keys(entrySchema.shape) as (keyof EntryForm)[];
const EMPTY_ENTRY: EntryForm = {
  questionJa: '',
  answerJa: '',
  keywordsJa: '',
  questionEn: '',
  answerEn: '',
  keywordsEn: '',
  link: '',
};

const contactSchema = z.object({
  contactJa: text(300),
  contactEn: text(300),
});
type ContactForm = z.infer<typeof contactSchema>;
type Message = { key: AdminMessageKey; params?: Record<string, string> };

/**
 * The site's FAQ assistant (issue 16): its own entries in order (add, edit, enable or disable, move), the
 * common entries it may hide, the contact the assistant gives, and the questions it could not answer, each
 * of which opens the form pre-filled.
 */
export function FaqRoute() {
  const { t, language } = useAdminI18n();
  const site = useAdminSite();
  const { data, loading, error, refetch } = useQuery(FaqPageQueryDocument, {
    variables: { siteId: site.id },
    fetchPolicy: 'cache-and-network',
  });
  const unanswered = useQuery(FaqUnansweredPageQueryDocument, {
    variables: { siteId: site.id, first: PAGE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const writes = useFaqMutations();
  // Kept as message keys, so a language switch translates them too.
  const [notice, setNotice] = useState<Message | null>(null);
  const [failure, setFailure] = useState<Message | null>(null);
  const [editing, setEditing] = useState<SiteEntry | null>(null);
  const [fromQuestion, setFromQuestion] = useState<string | null>(null);
  const [formFailure, setFormFailure] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const form = useForm<EntryForm>({ resolver: zodResolver(entrySchema), defaultValues: EMPTY_ENTRY });
  const errorText = (message: string | undefined) => (message ? t(message as AdminMessageKey) : undefined);
  const questionOf = (e: { questionJa: string; questionEn: string }) =>
    language === 'en' ? e.questionEn : e.questionJa;

  const said = (outcome: FaqWriteOutcome, success: Message) => {
    if (outcome.ok) {
      setFailure(null);
      setNotice(success);
      void refetch();
    } else {
      setNotice(null);
      setFailure({ key: 'faq.actionError' });
    }
  };

  const openForm = (
    values: EntryForm,
    entry: SiteEntry | null,
    from: string | null,
    focus: keyof EntryForm,
  ) => {
    setEditing(entry);
    setFromQuestion(from);
    setNotice(null);
    setFailure(null);
    setFormFailure(false);
    form.reset(values);
    formRef.current?.scrollIntoView({ block: 'start' });
    form.setFocus(focus);
  };

  const closeForm = () => {
    setEditing(null);
    setFromQuestion(null);
    setFormFailure(false);
    form.reset(EMPTY_ENTRY);
  };

  const onSubmit = form.handleSubmit(async (values) => {
    setFormFailure(false);
    const fields = { ...values, link: values.link || null };
    const outcome = editing
      ? await writes.updateEntry({ id: editing.id, ...fields, link: fields.link ?? undefined })
      : await writes.createEntry({ siteId: site.id, ...fields });
    if (!outcome.ok) {
      // What was typed stays in the form; refusals that name a field are shown at it.
      let placed = false;
      for (const e of outcome.fieldErrors) {
        const field = ENTRY_FIELDS.find((f) => f === e.field);
        if (field) {
          form.setError(field, { message: 'admin.error.form' }, { shouldFocus: !placed });
          placed = true;
        }
      }
      setFormFailure(true);
      return;
    }
    const question = questionOf(values);
    closeForm();
    setFailure(null);
    setNotice({ key: editing ? 'faq.updated' : 'faq.added', params: { question } });
    void refetch();
  });

  const entries = data?.faqSiteEntries ?? [];
  const move = async (entry: SiteEntry, by: -1 | 1) => {
    const ids = entries.map((e) => e.id);
    const at = ids.indexOf(entry.id);
    const to = at + by;
    if (at < 0 || to < 0 || to >= ids.length) return;
    [ids[at], ids[to]] = [ids[to]!, ids[at]!];
    said(await writes.reorderEntries({ siteId: site.id, entryIds: ids }), {
      key: 'faq.moved',
      params: { question: questionOf(entry) },
    });
  };
  const toggle = async (entry: SiteEntry) =>
    said(await writes.updateEntry({ id: entry.id, enabled: !entry.enabled }), {
      key: entry.enabled ? 'faq.disabledNotice' : 'faq.enabledNotice',
      params: { question: questionOf(entry) },
    });
  const toggleCommon = async (entry: CommonEntry) =>
    said(await writes.setCommonHidden({ siteId: site.id, entryId: entry.id, hidden: !entry.hidden }), {
      key: entry.hidden ? 'faq.common.shownNotice' : 'faq.common.hiddenNotice',
      params: { question: questionOf(entry) },
    });

  /** An entry's state as a word; the cell reads it from the row, not getValue(): the table keeps accessor values per
   * row across a language switch. */
  const stateColumn = <Row extends object>(stateOf: (row: Row) => AdminMessageKey): ListColumn<Row> => ({
    id: 'state',
    accessorFn: (row) => t(stateOf(row)),
    header: t('faq.col.state'),
    cell: (info) => <span className="admin-faq__state">{t(stateOf(info.row.original))}</span>,
  });

  const siteColumns: ListColumn<SiteEntry>[] = [
    {
      id: 'order',
      accessorFn: (e) => entries.indexOf(e) + 1,
      header: t('faq.col.order'),
      enableSorting: false,
    },
    { accessorKey: 'questionJa', header: t('faq.col.questionJa'), enableSorting: false },
    { accessorKey: 'questionEn', header: t('faq.col.questionEn'), enableSorting: false },
    {
      ...stateColumn((e: SiteEntry) => (e.enabled ? 'faq.state.enabled' : 'faq.state.disabled')),
      enableSorting: false,
    },
    {
      id: 'actions',
      header: t('faq.col.actions'),
      enableSorting: false,
      cell: (info) => {
        const e = info.row.original;
        const question = questionOf(e);
        const at = entries.indexOf(e);
        return (
          <div className="admin-faq__actions">
            <RowAction
              label={t('faq.editFor', { question })}
              onClick={() => openForm({ ...e, link: e.link ?? '' }, e, null, 'questionJa')}
              text={t('faq.edit')}
            />
            <RowAction
              label={t(e.enabled ? 'faq.disableFor' : 'faq.enableFor', { question })}
              disabled={writes.saving}
              onClick={() => void toggle(e)}
              text={t(e.enabled ? 'faq.disable' : 'faq.enable')}
            />
            <RowAction
              label={t('faq.upFor', { question })}
              disabled={writes.saving || at === 0}
              onClick={() => void move(e, -1)}
              text={t('faq.up')}
            />
            <RowAction
              label={t('faq.downFor', { question })}
              disabled={writes.saving || at === entries.length - 1}
              onClick={() => void move(e, 1)}
              text={t('faq.down')}
            />
          </div>
        );
      },
    },
  ];

  const commonColumns: ListColumn<CommonEntry>[] = [
    { accessorKey: 'questionJa', header: t('faq.col.questionJa') },
    { accessorKey: 'questionEn', header: t('faq.col.questionEn') },
    stateColumn((e: CommonEntry) => (e.hidden ? 'faq.common.hidden' : 'faq.common.shown')),
    {
      id: 'actions',
      header: t('faq.col.actions'),
      enableSorting: false,
      cell: (info) => {
        const e = info.row.original;
        return (
          <RowAction
            label={t(e.hidden ? 'faq.common.showFor' : 'faq.common.hideFor', {
              question: questionOf(e),
            })}
            disabled={writes.saving}
            onClick={() => void toggleCommon(e)}
            text={t(e.hidden ? 'faq.common.show' : 'faq.common.hide')}
          />
        );
      },
    },
  ];

  const questions = unanswered.data?.faqUnansweredQuestions.edges.map((e) => e.node) ?? [];
  const hasMore = unanswered.data?.faqUnansweredQuestions.pageInfo.hasNextPage ?? false;
  const more = () => {
    if (!hasMore || unanswered.loading) return;
    void unanswered.fetchMore({
      variables: { after: unanswered.data?.faqUnansweredQuestions.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        faqUnansweredQuestions: {
          ...fetchMoreResult.faqUnansweredQuestions,
          edges: [...previous.faqUnansweredQuestions.edges, ...fetchMoreResult.faqUnansweredQuestions.edges],
        },
      }),
    });
  };
  const unansweredColumns: ListColumn<Unanswered>[] = [
    { accessorKey: 'question', header: t('faq.col.question') },
    {
      id: 'language',
      accessorFn: (q) => t(`faq.language.${q.language}`),
      header: t('faq.col.language'),
      cell: (info) => t(`faq.language.${info.row.original.language}`),
    },
    {
      id: 'count',
      accessorFn: (q) => q.count,
      header: t('faq.col.times'),
      cell: (info) => t('faq.times', { count: info.row.original.count }),
    },
    {
      id: 'lastAsked',
      accessorFn: (q) => siteDateTime(q.lastAskedAt, site.timeZone),
      header: t('faq.col.lastAsked'),
    },
    {
      id: 'actions',
      header: t('faq.col.actions'),
      enableSorting: false,
      cell: (info) => {
        const q = info.row.original;
        const english = q.language === 'EN';
        return (
          <RowAction
            label={t('faq.unanswered.addFor', { question: q.question })}
            onClick={() =>
              openForm(
                { ...EMPTY_ENTRY, [english ? 'questionEn' : 'questionJa']: q.question },
                null,
                q.question,
                english ? 'answerEn' : 'answerJa',
              )
            }
            text={t('faq.unanswered.add')}
          />
        );
      },
    },
  ];

  const errors = form.formState.errors;
  return (
    <div className="page admin-page admin-page--wide admin-faq">
      <PageHeading>{t('faq.title')}</PageHeading>
      <p>{t('faq.intro')}</p>
      <div aria-live="polite">
        {notice && <Alert kind="success">{t(notice.key, notice.params)}</Alert>}
        {failure && <Alert kind="error">{t(failure.key, failure.params)}</Alert>}
      </div>
      {error && <Alert kind="error">{t('admin.error.network')}</Alert>}

      <section aria-labelledby="faq-site-title">
        <h2 id="faq-site-title" className="admin-section-title">
          {t('faq.site.title')}
        </h2>
        {!data && loading ? (
          <AdminLoading />
        ) : (
          <DataTable
            caption={t('faq.site.title')}
            columns={siteColumns}
            data={entries}
            empty={t('faq.site.empty')}
          />
        )}
      </section>

      <form
        ref={formRef}
        className="admin-fieldset"
        noValidate
        onSubmit={(e) => void onSubmit(e)}
        aria-labelledby="faq-form-title"
      >
        <h2 id="faq-form-title" className="admin-section-title">
          {t(editing ? 'faq.form.edit' : 'faq.form.new')}
        </h2>
        {fromQuestion && <p>{t('faq.form.fromUnanswered', { question: fromQuestion })}</p>}
        <div aria-live="polite">{formFailure && <Alert kind="error">{t('faq.saveError')}</Alert>}</div>
        <div className="admin-form-grid admin-faq__languages">
          <fieldset className="admin-faq__language">
            <legend className="field__label">{t('faq.form.ja')}</legend>
            <TextField
              label={t('faq.field.questionJa')}
              badge={t('admin.required')}
              error={errorText(errors.questionJa?.message)}
              {...form.register('questionJa')}
            />
            <TextAreaField
              label={t('faq.field.answerJa')}
              badge={t('admin.required')}
              hint={t('faq.field.answerJaHint')}
              rows={4}
              className="field__input admin-textarea admin-faq__answer"
              error={errorText(errors.answerJa?.message)}
              {...form.register('answerJa')}
            />
            <TextAreaField
              label={t('faq.field.keywordsJa')}
              badge={t('admin.optional')}
              hint={t('faq.field.keywordsHint')}
              rows={2}
              className="field__input admin-textarea admin-textarea--short"
              error={errorText(errors.keywordsJa?.message)}
              {...form.register('keywordsJa')}
            />
          </fieldset>
          <fieldset className="admin-faq__language">
            <legend className="field__label">{t('faq.form.en')}</legend>
            <TextField
              label={t('faq.field.questionEn')}
              badge={t('admin.required')}
              lang="en"
              error={errorText(errors.questionEn?.message)}
              {...form.register('questionEn')}
            />
            <TextAreaField
              label={t('faq.field.answerEn')}
              badge={t('admin.required')}
              lang="en"
              rows={4}
              className="field__input admin-textarea admin-faq__answer"
              error={errorText(errors.answerEn?.message)}
              {...form.register('answerEn')}
            />
            <TextAreaField
              label={t('faq.field.keywordsEn')}
              badge={t('admin.optional')}
              hint={t('faq.field.keywordsHint')}
              lang="en"
              rows={2}
              className="field__input admin-textarea admin-textarea--short"
              error={errorText(errors.keywordsEn?.message)}
              {...form.register('keywordsEn')}
            />
          </fieldset>
        </div>
        <SelectField
          label={t('faq.field.link')}
          badge={t('admin.optional')}
          hint={editing ? t('faq.field.linkHint') : undefined}
          options={[
            { value: '', label: t('faq.link.none') },
            ...LINKS.map((l) => ({ value: l, label: t(`faq.link.${l}`) })),
          ]}
          error={errorText(errors.link?.message)}
          {...form.register('link')}
        />
        <div className="admin-actions">
          <button type="submit" className="button button--primary" disabled={writes.saving}>
            {t(editing ? 'faq.form.save' : 'faq.form.add')}
          </button>
          {(editing || fromQuestion) && (
            <button type="button" className="button button--secondary" onClick={closeForm}>
              {t('faq.form.cancel')}
            </button>
          )}
        </div>
      </form>

      <section aria-labelledby="faq-unanswered-title">
        <h2 id="faq-unanswered-title" className="admin-section-title">
          {t('faq.unanswered.title')}
        </h2>
        <p>{t('faq.unanswered.intro')}</p>
        {unanswered.error && <Alert kind="error">{t('admin.error.network')}</Alert>}
        {!unanswered.data && unanswered.loading ? (
          <AdminLoading />
        ) : (
          <PagedTable
            caption={t('faq.unanswered.title')}
            columns={unansweredColumns}
            data={questions}
            empty={t('faq.unanswered.empty')}
            count={t(hasMore ? 'faq.unanswered.countMore' : 'faq.unanswered.count', {
              count: questions.length,
            })}
            hasMore={hasMore}
            loading={unanswered.loading}
            onMore={more}
          />
        )}
      </section>
      {data && <ContactForm siteId={site.id} current={data.faqContact ?? null} />}

      <section aria-labelledby="faq-common-title">
        <h2 id="faq-common-title" className="admin-section-title">
          {t('faq.common.title')}
        </h2>
        <p>{t('faq.common.intro')}</p>
        {data && (
          // 65 entries: a box of its own that scrolls, so the page stays short (focusable for the keyboard).
          <div className="admin-faq__scroll" tabIndex={0} role="region" aria-label={t('faq.common.title')}>
            <DataTable
              caption={t('faq.common.title')}
              columns={commonColumns}
              data={data.faqCommonEntries}
              empty=""
            />
          </div>
        )}
      </section>
    </div>
  );
}

/** The contact the assistant quotes, as set now (empty until one is set: the assistant names the site's office). */
function ContactForm({ siteId, current }: { siteId: string; current: ContactForm | null }) {
  const { t } = useAdminI18n();
  const writes = useFaqMutations();
  const [outcome, setOutcome] = useState<'saved' | 'failed' | null>(null);
  const form = useForm<ContactForm>({
    resolver: zodResolver(contactSchema),
    defaultValues: { contactJa: current?.contactJa ?? '', contactEn: current?.contactEn ?? '' },
  });
  const errorText = (message: string | undefined) => (message ? t(message as AdminMessageKey) : undefined);
  const onSubmit = form.handleSubmit(async (values) => {
    setOutcome(null);
    const result = await writes.setContact({ siteId, ...values });
    if (!result.ok)
      for (const e of result.fieldErrors)
        if (e.field === 'contactJa' || e.field === 'contactEn')
          form.setError(e.field, { message: 'admin.error.form' });
    setOutcome(result.ok ? 'saved' : 'failed');
  });
  return (
    <form
      className="admin-fieldset"
      noValidate
      onSubmit={(e) => void onSubmit(e)}
      aria-labelledby="faq-contact-title"
    >
      <h2 id="faq-contact-title" className="admin-section-title">
        {t('faq.contact.title')}
      </h2>
      <p>{t('faq.contact.intro')}</p>
      <div aria-live="polite">
        {outcome === 'saved' && <Alert kind="success">{t('faq.contact.saved')}</Alert>}
        {outcome === 'failed' && <Alert kind="error">{t('faq.saveError')}</Alert>}
      </div>
      <div className="admin-form-grid">
        <TextField
          label={t('faq.contact.ja')}
          badge={t('admin.required')}
          hint={t('faq.contact.jaHint')}
          error={errorText(form.formState.errors.contactJa?.message)}
          {...form.register('contactJa')}
        />
        <TextField
          label={t('faq.contact.en')}
          badge={t('admin.required')}
          hint={t('faq.contact.enHint')}
          lang="en"
          error={errorText(form.formState.errors.contactEn?.message)}
          {...form.register('contactEn')}
        />
      </div>
      <div className="admin-actions">
        <button type="submit" className="button button--primary" disabled={writes.saving}>
          {t('faq.contact.save')}
        </button>
      </div>
    </form>
  );
}

/** A small secondary button in a table row, named for its row (the visible word is the same on every row). */
function RowAction(props: { label: string; text: string; disabled?: boolean; onClick: () => void }) {
  return (
    <button
      type="button"
      className="button button--secondary button--small"
      aria-label={props.label}
      disabled={props.disabled}
      onClick={props.onClick}
    >
      {props.text}
    </button>
  );
}
