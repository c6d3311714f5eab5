// Loaded beside the app's script (index.html): on a slow line the site's header query is under way while the
// big script still downloads. client/src/apollo/preloaded.ts hands the answer to the app's first SiteShell
// query; the fields must stay those of SiteShell (client/src/features/booking/routes/SiteApp.tsx, tested).
(function () {
  var match = /^\/s\/([A-Za-z0-9_-]+)/.exec(window.location.pathname);
  if (!match || !window.fetch) return;
  var siteCode = match[1];
  var query =
    'query SiteShell($siteCode: String!) { site(code: $siteCode) { __typename id code name plan timeZone contactPhone contactHours contactEmail passwordResetFact } }';
  window.__vrSitePreload = {
    siteCode: siteCode,
    result: fetch('/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
      },
      body: JSON.stringify({ operationName: 'SiteShell', query: query, variables: { siteCode: siteCode } }),
    })
      .then(function (response) {
        return response.ok ? response.json() : null;
      })
      .catch(function () {
        return null;
      }),
  };
})();
