import { lazy, Suspense, useRef, useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import './launcher.css';

// The panel, its strings, styles and documents load on the first open, never with the booking app.
const FaqPanel = lazy(() => import('./FaqPanel'));

/** The FAQ assistant's button on every page of a site's booking app; the panel stays mounted once opened. */
export function FaqLauncher({ siteCode, timeZone }: { siteCode: string; timeZone: string }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      {!open && (
        <button
          ref={button}
          type="button"
          className="faq-launcher"
          aria-expanded="false"
          aria-controls={loaded ? 'faq-panel' : undefined}
          onClick={() => {
            setLoaded(true);
            setOpen(true);
          }}
        >
          {t('faq.open')}
        </button>
      )}
      {loaded && (
        <Suspense fallback={null}>
          <FaqPanel
            siteCode={siteCode}
            timeZone={timeZone}
            open={open}
            onClose={() => {
              setOpen(false);
              requestAnimationFrame(() => button.current?.focus());
            }}
          />
        </Suspense>
      )}
    </>
  );
}
