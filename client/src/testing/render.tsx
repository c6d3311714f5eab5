import { ApolloClient, ApolloLink, type FragmentType } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createCache } from '../apollo/cache';
import type { CalendarSlotFragment } from '../features/booking/components/Calendar';
import { SlotPickerSlotFragment } from '../features/booking/components/SlotPicker';
import { I18nProvider, type Language } from '../i18n/i18n';

export interface TestSlot {
  id: string;
  startsAt: string;
  endsAt: string;
  remaining: number;
  capacity: number;
  status: 'OPEN' | 'CANCELLED';
}

/** A real Apollo cache (no network): components read their fragments from it, as in the app. */
export function renderWithCache(ui: (client: ApolloClient) => ReactElement, language: Language = 'ja') {
  const client = new ApolloClient({ cache: createCache(), link: ApolloLink.empty(), dataMasking: true });
  const result = render(
    <I18nProvider initial={language}>
      <ApolloProvider client={client}>{ui(client)}</ApolloProvider>
    </I18nProvider>,
  );
  return { client, ...result };
}

/** Writes slots as a query would have, and returns references to hand to components. */
type SlotRef = FragmentType<typeof SlotPickerSlotFragment> & FragmentType<typeof CalendarSlotFragment>;

export function writeSlots(client: ApolloClient, slots: TestSlot[]): SlotRef[] {
  for (const slot of slots) {
    client.cache.writeFragment({ fragment: SlotPickerSlotFragment, data: { __typename: 'Slot', ...slot } });
  }
  return slots.map((slot) => ({ __typename: 'Slot', id: slot.id }) as SlotRef);
}

/** What a subscription message does: a new count for Slot:<id>. */
export function setRemaining(client: ApolloClient, id: string, remaining: number) {
  client.cache.modify({
    id: client.cache.identify({ __typename: 'Slot', id }),
    fields: { remaining: () => remaining },
  });
}
