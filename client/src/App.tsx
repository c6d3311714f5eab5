import { lazy, Suspense } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { LandingRoute, NotFoundRoute } from './features/auth/routes/StaticRoutes';
import { SiteApp } from './features/booking/routes/SiteApp';
import { I18nProvider } from './i18n/i18n';

// Its own chunk: the booking app's script does not carry the admin app.
const AdminApp = lazy(() => import('./features/admin/AdminApp').then((m) => ({ default: m.AdminApp })));

/** /s/<site code>/… is a site's booking app; /admin/… the admin app, loaded when first opened. */
export function App() {
  return (
    <I18nProvider>
      <BrowserRouter>
        <Routes>
          <Route path="/" element={<LandingRoute />} />
          <Route path="/s/:siteCode/*" element={<SiteApp />} />
          <Route
            path="/admin/*"
            element={
              <Suspense fallback={null}>
                <AdminApp />
              </Suspense>
            }
          />
          <Route path="*" element={<NotFoundRoute />} />
        </Routes>
      </BrowserRouter>
    </I18nProvider>
  );
}
