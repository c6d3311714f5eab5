import { BrowserRouter, Route, Routes } from 'react-router';
import { LandingRoute, NotFoundRoute } from './features/auth/routes/StaticRoutes';
import { SiteApp } from './features/booking/routes/SiteApp';
import { I18nProvider } from './i18n/i18n';

/** /s/<site code>/… is a site's booking app; /admin is reserved for the admin app (a later issue). */
export function App() {
  return (
    <I18nProvider>
      <BrowserRouter>
        <Routes>
          <Route path="/" element={<LandingRoute />} />
          <Route path="/s/:siteCode/*" element={<SiteApp />} />
          <Route path="*" element={<NotFoundRoute />} />
        </Routes>
      </BrowserRouter>
    </I18nProvider>
  );
}
