/**
 * Known mutants: small changes to production code that break a critical rule, each with the tests that
 * must catch it. `npm run mutants` applies each one to a scratch copy and fails if the tests still pass.
 * `search` must occur exactly once in `file`; when the code moves, update the entry (or the rule is gone).
 */
export interface Mutant {
  id: string;
  /** Path from the repository root. */
  file: string;
  search: string;
  replace: string;
  /** Test files that must catch it. */
  tests: string[];
  /** Names (fragments) of the tests that must fail; only these run. */
  killers: string[];
  /** vitest project of the tests. */
  project?: 'integration' | 'unit';
  why: string;
}

const RESERVATION_REPOSITORY = 'server/src/modules/reservations/reservation.repository.ts';
const RESERVATION_SERVICE = 'server/src/modules/reservations/reservation.service.ts';
const RECORDS_SERVICE = 'server/src/modules/records/records.service.ts';
const RESERVATION_LIST_REPOSITORY = 'server/src/modules/reports/reservation-list.repository.ts';
const AUTH_SERVICE = 'server/src/modules/auth/auth.service.ts';

export const MUTANTS: Mutant[] = [
  // The four of issue #19.
  {
    id: 'mailbox-site-filter',
    file: 'server/src/modules/notifications/notification.service.ts',
    search: '      siteId = admin.siteId;\n',
    replace: '',
    tests: ['tests/integration/admin-permissions.test.ts'],
    killers: ['a site admin sees only their own site’s rows'],
    why: 'a site admin calling mailbox without siteId would read every site’s mail',
  },
  {
    id: 'bulk-booking-rollback',
    file: RESERVATION_REPOSITORY,
    search: 'if (raised.length !== slotIds.length) {',
    replace: 'if (false && raised.length !== slotIds.length) {',
    tests: ['tests/integration/imports.test.ts'],
    killers: ['a slot that fills between the commit’s plan and its write rolls the whole file back'],
    why: 'a bulk file committed against a slot filled meanwhile would write rows the slot has no place for',
  },
  {
    id: 'capacity-conditional-update',
    // The function as it stands (`create or replace` of 20261203030000's); its `down` holds the old body too.
    file: 'migrations/Migration20261209000000_raise_slot_places_free.ts',
    search:
      "free int;\nbegin\n  update slot set reserved = reserved + places\n   where id = slot_id and status = 'OPEN' and reserved + places <= capacity",
    replace:
      "free int;\nbegin\n  update slot set reserved = reserved + places\n   where id = slot_id and status = 'OPEN' and places > 0",
    tests: ['tests/integration/multiple-instances.test.ts'],
    // The last place raced from both instances with both past their read, so the loser always reaches the
    // UPDATE (the 200-booking race can lose every one of its losers to the in-memory refusals under load).
    killers: ['the last place, raced from both instances after both read it free'],
    why: 'capacity would rest on the CHECK constraint alone: the loser gets INTERNAL_SERVER_ERROR, not SLOT_FULL',
  },
  {
    id: 'shared-commit-fitting',
    file: RESERVATION_SERVICE,
    search: '    if (left < 0) break;',
    replace: '    if (left <= 0) break;',
    tests: ['tests/integration/booking-capacity.test.ts'],
    killers: ['a shared commit that does not fit gives the places left to the first'],
    why: 'a shared commit that did not fit would refuse a booking the slot still had a place for',
  },
  {
    id: 'one-active-reservation-per-dose',
    file: 'migrations/Migration20261125000000_core.ts',
    search: 'create unique index reservation_one_active_per_dose',
    replace: 'create index reservation_one_active_per_dose',
    tests: ['tests/integration/booking-capacity.test.ts'],
    killers: ['one recipient firing 10 parallel bookings for the same dose holds exactly one'],
    why: 'one ticket booking the same dose in ten slots at once would hold ten places',
  },

  // One per critical rule.
  {
    id: 'bulk-booking-capacity',
    // The bulk file's conditional UPDATE is raise_slots_with_room, which the slots module publishes.
    file: 'migrations/Migration20261205100000_published_read_models.ts',
    search: 'and slot.reserved + c.n <= slot.capacity',
    replace: 'and c.n > 0',
    tests: ['tests/integration/imports.test.ts'],
    killers: ['a slot that fills between the commit’s plan and its write rolls the whole file back'],
    why: 'a bulk file would overfill a slot (or fail on the CHECK constraint as an internal error)',
  },
  {
    id: 'set-both-or-neither',
    file: RESERVATION_REPOSITORY,
    search: 'return [...places.keys()].sort().map((slotId) => {',
    replace: 'return [...places.keys()].sort().slice(0, 1).map((slotId) => {',
    tests: ['tests/integration/booking-rules.test.ts'],
    killers: [
      'SET mode books dose 2 at the same venue and time exactly the interval later',
      'cancelling dose 1 of a set cancels dose 2 and gives both places back',
    ],
    why: 'a set booking would take the place of one dose only, so dose 2 could be booked past capacity',
  },
  {
    id: 'idempotency-key-stored',
    file: RESERVATION_SERVICE,
    search: 'idempotency: key ? key.stored : null,',
    replace: 'idempotency: null,',
    tests: ['tests/integration/idempotency.test.ts'],
    killers: ['a booking retried with the same key creates one reservation and returns the same answer'],
    why: 'a retried booking would get ALREADY_BOOKED instead of its first answer',
  },
  {
    id: 'idempotency-key-reuse',
    file: RESERVATION_SERVICE,
    search: 'earlier.slotId === request.slotId &&',
    replace: 'true &&',
    tests: ['tests/integration/idempotency.test.ts'],
    killers: ['a key reused for a different booking is refused with CONFLICT'],
    why: 'a key reused for another slot would silently answer with the first booking',
  },
  {
    id: 'tenant-filter-reservations',
    file: RESERVATION_LIST_REPOSITORY,
    search: 'where r.site_id = ? and s.site_id = ?\n          and (?::uuid is null or s.venue_id = ?::uuid)',
    replace:
      'where ?::uuid is not null and ?::uuid is not null\n          and (?::uuid is null or s.venue_id = ?::uuid)',
    tests: ['tests/integration/admin-permissions.test.ts'],
    killers: ['a site admin sees only their own site’s rows'],
    why: 'the reservation list and its CSV export would show every site’s reservations',
  },
  {
    id: 'tenant-filter-imports',
    file: 'server/src/modules/imports/import.repository.ts',
    search: 'where b.site_id = ? and (?::text is null or b.kind = ?::text)',
    replace: 'where ?::uuid is not null and (?::text is null or b.kind = ?::text)',
    tests: ['tests/integration/admin-permissions.test.ts'],
    killers: ['a site admin sees only their own site’s rows'],
    why: 'the import list would show every site’s files',
  },
  {
    id: 'tenant-filter-vaccination-export',
    file: RESERVATION_LIST_REPOSITORY,
    search: "where vr.site_id = ? and r.status = 'VACCINATED'",
    replace: "where ?::uuid is not null and r.status = 'VACCINATED'",
    tests: ['tests/integration/admin-permissions.test.ts'],
    killers: ['a site admin sees only their own site’s rows'],
    why: 'the national record export would hold other sites’ vaccinations',
  },
  {
    id: 'tenant-filter-audit-log',
    file: 'server/src/modules/audit/audit.service.ts',
    search: '    else requireOperator(principal);\n',
    replace: '',
    tests: ['tests/integration/admin-permissions.test.ts'],
    killers: ['a site admin sees only their own site’s rows'],
    why: 'a site admin omitting siteId would read the platform-wide audit log',
  },
  {
    id: 'cancellation-cutoff',
    file: RESERVATION_SERVICE,
    search: 'if (earliest - cutoffHours! * 3600_000 <= Date.now()) {',
    replace: 'if (false) {',
    tests: ['tests/integration/booking-rules.test.ts'],
    killers: ['after the cut-off the recipient gets CUTOFF_PASSED and the booking stays'],
    why: 'recipients could cancel after the cut-off, leaving places nobody can take',
  },
  {
    id: 'booking-opens-at',
    file: RESERVATION_SERVICE,
    search: "if (context.bookingOpensAt && context.bookingOpensAt.getTime() > now && madeBy === 'SELF') {",
    replace: 'if (false) {',
    tests: ['tests/integration/booking-rules.test.ts'],
    killers: ['booking before the site opens is NOT_OPEN_YET'],
    why: 'recipients could book before the site opens its bookings',
  },
  {
    id: 'login-throttle-account',
    file: AUTH_SERVICE,
    search: 'limit: config.loginFailuresPerAccount,',
    replace: 'limit: 1_000_000,',
    tests: ['tests/integration/auth.test.ts', 'tests/integration/attacks-auth.test.ts'],
    killers: [
      'after 5 failures a ticket is locked with a retry-after',
      '60 parallel birth-date guesses for one ticket',
    ],
    why: 'a ticket’s birth date could be guessed without limit',
  },
  {
    id: 'login-throttle-client',
    file: AUTH_SERVICE,
    search: 'limit: config.loginFailuresPerClient,',
    replace: 'limit: 1_000_000,',
    tests: ['tests/integration/auth.test.ts'],
    killers: ['one client address guessing many ticket numbers is locked out'],
    why: 'one address could try ticket after ticket without limit',
  },
  {
    id: 'principal-cache-ignores-bus-loss',
    file: AUTH_SERVICE,
    search: '    bus?.onConnection((connected) => this.principals.listening(connected));\n',
    replace: '',
    tests: ['tests/integration/multiple-instances.test.ts'],
    killers: ['while its bus listener is down an instance trusts no cached token'],
    why: 'a session revoked while the bus was down would stay trusted on other instances for the cache’s 60 s',
  },
  {
    id: 'login-lock-length-capped',
    file: 'server/src/modules/auth/auth.repository.ts',
    search: "power(2, least(greatest(${attempts} - ${policy(kind, 'limit')}, 0), 40))",
    replace: "power(2, greatest(${attempts} - ${policy(kind, 'limit')}, 0))",
    tests: ['tests/integration/attacks-auth.test.ts'],
    killers: ['a lock grows with each attempt after it and its length never overflows'],
    why: 'past ~1,000 attempts the lock length overflowed into 500s, and a 500 is no lock',
  },
  {
    id: 'one-login-per-request',
    file: 'server/src/app.ts',
    search: 'validationRules: [...shapeRules(limits), singleLoginPerOperation],',
    replace: 'validationRules: shapeRules(limits),',
    tests: ['tests/integration/attacks-auth.test.ts'],
    killers: ['200 aliases in one request are refused before anything is written'],
    why: 'aliases would multiply logins and self-registrations inside one counted request',
  },
  {
    id: 'cost-budget',
    file: 'server/src/app.ts',
    search: '      costLimitPlugin<GraphQLContext>(costs, limits.maxCost),\n',
    replace: '',
    tests: ['tests/integration/attacks-cost.test.ts'],
    killers: ['1,000 aliases of a 93-day availability and 5,000 aliases of site are refused'],
    why: 'a few legal aliases of long ranges would again cost seconds and hundreds of MB',
  },
  {
    id: 'logout-closes-sockets',
    file: 'server/src/graphql/live-sessions.ts',
    search: '      for (const socket of [...(this.bySession.get(sessionId) ?? [])]) this.end(socket);\n',
    replace: '',
    tests: ['tests/integration/attacks-cost.test.ts'],
    killers: ['a logout over HTTP closes the session’s socket within a second'],
    why: 'a socket would keep a logged-out identity',
  },
  {
    id: 'ctrl-c-stops-the-server',
    file: 'server/src/app.ts',
    search: '    stopOnTerminationSignals: false,\n',
    replace: '',
    tests: ['tests/integration/shutdown.test.ts'],
    killers: ['answers the request in flight from the database before PostgreSQL stops, then exits cleanly'],
    why: 'Apollo’s own signal handler would race main.ts’s drain and Ctrl-C would hang for ever',
  },
  {
    id: 'live-counts-proxy-cancel',
    file: RECORDS_SERVICE,
    // The cancellation's events go to a sink no unit of work publishes.
    search:
      "      const rows = await this.reservations.cancel(tx, events, ids, { by: 'ADMIN', reason: input.reason });",
    replace:
      "      const rows = await this.reservations.cancel(tx, { record: () => undefined }, ids, { by: 'ADMIN', reason: input.reason });",
    tests: ['tests/integration/live-availability.test.ts'],
    killers: ['a subscriber sees the count change on every admin path that takes or frees a place'],
    why: 'booking pages would keep showing a place taken after an admin cancelled it',
  },
  {
    id: 'live-counts-venue-day',
    file: RECORDS_SERVICE,
    search: '    const { cancelled, slotIds } = await this.events.transaction(em, async (tx, events) => {\n',
    replace:
      '    const { cancelled, slotIds } = await this.events.transaction(em, async (tx) => {\n      const events = { record: () => undefined };\n',
    tests: ['tests/integration/live-availability.test.ts'],
    killers: ['a subscriber sees the count change on every admin path that takes or frees a place'],
    why: 'booking pages would keep offering (or hiding) places of a cancelled venue day',
  },
  // Changing a booking (issue 18).
  {
    id: 'change-capacity-conditional',
    file: RESERVATION_REPOSITORY,
    search:
      '        const raise = RAISE_SLOT.call([places, slotId]);\n        await sql(tx, raise.sql, raise.params);\n',
    replace: '        await sql(tx, `select release_slot_places(?, ?)`, [-places, slotId]);\n',
    tests: ['tests/integration/booking-change.test.ts'],
    killers: [
      'a change into a place a booking takes while the change waits to write',
      '50 people changing into the last place and 50 booking it at once',
    ],
    why: 'a change into a slot that filled meanwhile would overbook it (or fail with an internal error)',
  },
  {
    id: 'change-set-moves-whole',
    file: RESERVATION_SERVICE,
    search: '    const held = partner ? [reservation, partner] : [reservation];\n',
    replace: '    const held = [reservation];\n',
    tests: ['tests/integration/booking-change.test.ts'],
    killers: ['dose 1 of a set moves with its dose 2'],
    why: 'changing dose 1 of a set would leave dose 2 behind at the old interval',
  },
  {
    id: 'change-cutoff',
    file: RESERVATION_SERVICE,
    search: "    if (madeBy === 'SELF') {\n",
    replace: "    if (madeBy !== 'SELF') {\n",
    tests: ['tests/integration/booking-change.test.ts'],
    killers: ['inside the cut-off the change is refused with CUTOFF_PASSED'],
    why: 'a person could move an appointment the venue has already planned for, after the cut-off',
  },
  // Issue 18: no dead ends.
  {
    id: 'cancel-takes-later-doses',
    file: RESERVATION_SERVICE,
    search: '    const ids = await this.repository.withLaterBookedDoses(tx, reservationIds);\n',
    replace: '    const ids = reservationIds;\n',
    tests: ['tests/integration/cancel-later-doses.test.ts'],
    killers: ['cancelling dose 1 cancels the booked dose 2 with it'],
    why: 'cancelling dose 1 would leave dose 2 booked: my page says all doses are booked and offers nothing',
  },
  {
    id: 'password-reset-link-single-use',
    file: 'server/src/modules/auth/password-reset.repository.ts',
    search: 'where token_hash = ? and used_at is null and expires_at > now()',
    replace: 'where token_hash = ? and expires_at > now()',
    tests: ['tests/integration/password-reset.test.ts'],
    killers: ['sets a new password once', 'exactly one sets its password'],
    why: 'a mailed reset link, once seen in a mailbox or a browser history, would set passwords again and again',
  },
  {
    id: 'password-reset-facts-counted',
    file: 'server/src/modules/auth/password-reset.service.ts',
    search: '    if (attempt.refusal) return { ok: false, error: asResetError(attempt.refusal) };\n',
    replace: '',
    tests: ['tests/integration/password-reset.test.ts'],
    killers: ['a locked ticket is refused even with the right facts'],
    why: 'the reset form would be a second door around the login lock for guessing birth dates',
  },
  {
    id: 'kept-answer-outlives-memory',
    file: 'server/src/graphql/answer-cache.ts',
    search: '    if (!answer.holds()) {\n',
    replace: '    if (false) {\n',
    tests: ['tests/integration/answer-cache.test.ts'],
    killers: ['retired by a cancellation on the other instance', 'a booking on A retires it on B'],
    why: 'a refusal kept for a slot freed on another instance would refuse its place until evicted',
  },
  {
    id: 'kept-answer-any-root-field',
    file: 'server/src/graphql/answer-cache.ts',
    search: '        if (!ROOT_FIELDS.has(`${type.name}.${name}`)) return false;\n',
    replace: '',
    tests: ['server/src/graphql/answer-cache.test.ts'],
    killers: ['nothing that reads more than that memory'],
    project: 'unit',
    why: 'an answer of any operation that touched a memory would be kept, whatever else it read',
  },
];
