import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useI18n, type Language } from '../../i18n/i18n';
import { formatDateTime } from '../../i18n/format';
import { graphql } from './gql';
import type { FaqPanelAskMutation } from './gql/graphql';
import { faqText } from './strings';
import './faq.css';

const ASK = graphql(`
  mutation FaqPanelAsk($input: AskFaqInput!) {
    askFaq(input: $input) {
      answered
      contact
      answer {
        text
        link
        medical
        entry {
          id
          source
          question
        }
        reservations {
          id
          dose
          startsAt
          venueName
        }
      }
      nearest {
        id
        source
        question
      }
    }
  }
`);

const SUGGESTIONS = graphql(`
  query FaqPanelSuggestions($siteCode: String!, $language: FaqLanguage!) {
    faqSuggestions(siteCode: $siteCode, language: $language) {
      id
      question
    }
  }
`);

type Reply = FaqPanelAskMutation['askFaq'];
type Turn =
  | { id: number; kind: 'question'; text: string }
  | { id: number; kind: 'reply'; reply: Reply; language: Language }
  | { id: number; kind: 'error' };

type NewTurn = Turn extends infer T ? (T extends Turn ? Omit<T, 'id'> : never) : never;

const PATHS = { LOGIN: '', SELF_REGISTER: '/self-register', MY_PAGE: '/my', BOOK: '/book' } as const;

/** The FAQ chat: a non-modal panel; answers are announced through the log's live region. */
export default function FaqPanel({
  siteCode,
  timeZone,
  open,
  onClose,
}: {
  siteCode: string;
  timeZone: string;
  open: boolean;
  onClose: () => void;
}) {
  const { language } = useI18n();
  const s = (key: string, params?: Record<string, string | number>) => faqText(language, key, params);
  const titleId = useId();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const log = useRef<HTMLDivElement>(null);
  const [question, setQuestion] = useState('');
  const [turns, setTurns] = useState<Turn[]>([]);
  const nextId = useRef(0);
  const [askFaq, { loading }] = useMutation(ASK);
  const { data } = useQuery(SUGGESTIONS, {
    variables: { siteCode, language: language === 'en' ? 'EN' : 'JA' },
  });

  useEffect(() => {
    if (open) input.current?.focus();
  }, [open]);
  useEffect(() => {
    log.current?.lastElementChild?.scrollIntoView?.({ block: 'nearest' });
  }, [turns]);

  const add = (turn: NewTurn) => setTurns((all) => [...all, { ...turn, id: nextId.current++ }]);

  async function ask(text: string, entryId?: string) {
    add({ kind: 'question', text });
    const asked = language;
    try {
      const result = await askFaq({
        variables: {
          input: {
            siteCode,
            language: asked === 'en' ? 'EN' : 'JA',
            ...(entryId ? { entryId } : { question: text }),
          },
        },
      });
      if (result.data) add({ kind: 'reply', reply: result.data.askFaq, language: asked });
      else add({ kind: 'error' });
    } catch {
      add({ kind: 'error' });
    }
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const text = question.trim();
    if (!text || loading) return;
    setQuestion('');
    void ask(text);
  }

  const followLink = () => {
    // On a phone the panel covers the page it leads to.
    if (window.matchMedia('(max-width: 599px)').matches) onClose();
  };

  const entryButtons = (entries: readonly { id: string; question: string }[]) => (
    <ul className="faq-panel__choices">
      {entries.map((e) => (
        <li key={e.id}>
          <button type="button" className="faq-panel__choice" onClick={() => void ask(e.question, e.id)}>
            {e.question}
          </button>
        </li>
      ))}
    </ul>
  );

  return (
    <section
      id="faq-panel"
      className="faq-panel"
      aria-labelledby={titleId}
      hidden={!open}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <div className="faq-panel__header">
        <h2 id={titleId} className="faq-panel__title">
          {s('title')}
        </h2>
        <button type="button" className="button button--link faq-panel__close" onClick={onClose}>
          {s('close')}
        </button>
      </div>
      <div className="faq-panel__body">
        <p className="faq-panel__intro">{s('intro')}</p>
        {turns.length === 0 && data && data.faqSuggestions.length > 0 && (
          <div>
            <h3 className="faq-panel__subtitle">{s('suggestions')}</h3>
            {entryButtons(data.faqSuggestions)}
          </div>
        )}
        <div ref={log} className="faq-panel__log" role="log" aria-live="polite" aria-relevant="additions">
          {turns.map((turn) => {
            if (turn.kind === 'question')
              return (
                <p key={turn.id} className="faq-msg faq-msg--question">
                  <span className="visually-hidden">{s('you')}: </span>
                  {turn.text}
                </p>
              );
            if (turn.kind === 'error')
              return (
                <p key={turn.id} className="faq-msg faq-msg--answer" role="alert">
                  {s('error')}
                </p>
              );
            const { reply } = turn;
            const t = (key: string, params?: Record<string, string | number>) =>
              faqText(turn.language, key, params);
            return (
              <div key={turn.id} className="faq-msg faq-msg--answer" lang={turn.language}>
                <span className="visually-hidden">{t('assistant')}: </span>
                {reply.answer ? (
                  <>
                    <p className="faq-msg__text">{reply.answer.text}</p>
                    {reply.answer.reservations && (
                      <div>
                        <p className="faq-msg__label">{t('reservations')}</p>
                        {reply.answer.reservations.length === 0 ? (
                          <p>{t('noReservations')}</p>
                        ) : (
                          <ul className="faq-msg__reservations">
                            {reply.answer.reservations.map((r) => (
                              <li key={r.id}>
                                {t('dose', { dose: r.dose })}:{' '}
                                {formatDateTime(String(r.startsAt), timeZone, turn.language)} {r.venueName}
                              </li>
                            ))}
                          </ul>
                        )}
                      </div>
                    )}
                    {reply.answer.link && (
                      <p>
                        <Link
                          className="button button--secondary faq-msg__link"
                          to={`/s/${siteCode}${PATHS[reply.answer.link]}`}
                          onClick={followLink}
                        >
                          {t(reply.answer.link)}
                        </Link>
                      </p>
                    )}
                    <p className="faq-msg__source">
                      {t('from', {
                        source: t(reply.answer.entry.source),
                        question: reply.answer.entry.question,
                      })}
                    </p>
                    {reply.nearest.length > 0 && (
                      <details className="faq-msg__related">
                        <summary>{t('related')}</summary>
                        {entryButtons(reply.nearest)}
                      </details>
                    )}
                  </>
                ) : (
                  <>
                    <p className="faq-msg__text">{t('notFound')}</p>
                    {reply.nearest.length > 0 && (
                      <>
                        <p className="faq-msg__label">{t('nearest')}</p>
                        {entryButtons(reply.nearest)}
                      </>
                    )}
                    <p className="faq-msg__contact">{t('contact', { contact: reply.contact })}</p>
                  </>
                )}
              </div>
            );
          })}
          {loading && (
            <p className="faq-msg faq-msg--pending" role="status">
              {s('thinking')}
            </p>
          )}
        </div>
      </div>
      <form className="faq-panel__form" onSubmit={onSubmit}>
        <label htmlFor={inputId} className="visually-hidden">
          {s('label')}
        </label>
        <input
          ref={input}
          id={inputId}
          className="faq-panel__input"
          value={question}
          maxLength={300}
          autoComplete="off"
          placeholder={s('placeholder')}
          onChange={(event) => setQuestion(event.target.value)}
        />
        <button type="submit" className="button button--primary" disabled={loading || !question.trim()}>
          {s('send')}
        </button>
      </form>
    </section>
  );
}
