import { useQuery } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useLocation, useNavigate } from 'react-router';
import { Alert } from '../../../ui/Alert';
import { PageHeading } from '../../../ui/Heading';
import { AdminLoading } from '../components/Pages';
import { OpenStep } from '../components/wizard/OpenStep';
import { SettingsStep } from '../components/wizard/SettingsStep';
import { SlotsStep } from '../components/wizard/SlotsStep';
import { TicketsStep } from '../components/wizard/TicketsStep';
import { VenueStep } from '../components/wizard/VenueStep';
import { graphql } from '../gql';
import type { WizardPageQuery } from '../gql/graphql';
import { useAdminI18n, type AdminMessageKey } from '../i18n/admin-i18n';
import { useAdminSite } from '../site-context';
import { formValuesOf, siteSettingsSchema, type SiteSettingsValues } from '../site-settings';

const WizardPageQuery = graphql(`
  query WizardPage($code: String!) {
    site(code: $code) {
      id
      plan
      ...SiteSettingsForm_site @unmask
    }
    venues(siteCode: $code) {
      id
      name
      address
      vaccines {
        id
        name
      }
    }
    vaccines(siteCode: $code) {
      id
      name
    }
    defaultTermsOfUse
  }
`);

const STEPS = ['basics', 'terms', 'policy', 'venue', 'slots', 'tickets', 'open'] as const;
type Step = (typeof STEPS)[number];

/**
 * From an empty site to open bookings: name and code, terms, booking settings, a venue and its vaccine, a
 * slot pattern with a preview, eligible tickets, then open. Each step saves through the existing API, so
 * leaving half-way keeps what was done; the step is in the URL (?step=3), so reloading stays there.
 */
export function SetupWizardRoute() {
  const site = useAdminSite();
  const { data } = useQuery(WizardPageQuery, {
    variables: { code: site.code },
    fetchPolicy: 'cache-and-network',
  });
  if (!data) return <AdminLoading />;
  return <Wizard data={data} />;
}

function Wizard({ data }: { data: WizardPageQuery }) {
  const { t } = useAdminI18n();
  const location = useLocation();
  const navigate = useNavigate();
  const requested = Number(new URLSearchParams(location.search).get('step') ?? '1') - 1 || 0;
  const index = Math.min(Math.max(requested, 0), STEPS.length - 1);
  const step: Step = STEPS[index]!;
  const form = useForm<SiteSettingsValues>({
    resolver: zodResolver(siteSettingsSchema),
    defaultValues: formValuesOf(data.site),
  });
  const headingRef = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  useEffect(() => {
    // The page heading takes the focus on arrival; later steps move it to the step's heading.
    if (first.current) first.current = false;
    else headingRef.current?.focus();
  }, [index]);

  // What the last step did (e.g. how many slots it created), shown on the next one.
  const [notice, setNotice] = useState<string | null>(null);
  const goTo = (next: number, message?: string) => {
    setNotice(message ?? null);
    void navigate({ search: `?step=${next + 1}` });
  };
  const next = (message?: string) => goTo(Math.min(index + 1, STEPS.length - 1), message);
  const back = index > 0 ? () => goTo(index - 1) : undefined;
  const name = (s: Step) => t(`admin.wizard.step.${s}` as AdminMessageKey);

  return (
    <div className="page admin-page">
      <PageHeading>{t('admin.wizard.title')}</PageHeading>
      <p>{t('admin.wizard.intro')}</p>
      <ol className="wizard-steps" aria-label={t('admin.wizard.steps')}>
        {STEPS.map((s, i) => (
          <li
            key={s}
            aria-current={i === index ? 'step' : undefined}
            className={i < index ? 'wizard-steps__done' : undefined}
          >
            {name(s)}
          </li>
        ))}
      </ol>
      <section aria-labelledby="wizard-step">
        <h2 id="wizard-step" ref={headingRef} tabIndex={-1}>
          {t('admin.wizard.progress', { step: index + 1, total: STEPS.length, name: name(step) })}
        </h2>
        {notice && <Alert kind="success">{notice}</Alert>}
        {step === 'basics' && (
          <SettingsStep key={step} form={form} site={data.site} sections={['basics']} onDone={next} />
        )}
        {step === 'terms' && (
          <SettingsStep
            key={step}
            form={form}
            site={data.site}
            sections={['terms']}
            defaultTerms={data.defaultTermsOfUse}
            onDone={next}
            onBack={back}
          />
        )}
        {step === 'policy' && (
          <SettingsStep
            key={step}
            form={form}
            site={data.site}
            sections={['profile', 'booking', 'mail']}
            onDone={next}
            onBack={back}
          />
        )}
        {step === 'venue' && <VenueStep data={data} onDone={next} onBack={back} />}
        {step === 'slots' && <SlotsStep data={data} onDone={next} onBack={back} />}
        {step === 'tickets' && <TicketsStep siteId={data.site.id} onDone={next} onBack={back} />}
        {step === 'open' && <OpenStep form={form} data={data} onBack={back} />}
      </section>
    </div>
  );
}
