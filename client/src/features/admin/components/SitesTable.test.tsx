import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../../i18n/i18n';
import { SitesTable } from './SitesTable';

const SITES = [
  {
    __typename: 'Site' as const,
    id: '1',
    code: 'S0002',
    name: 'さくらクリニック',
    plan: 'CLINIC' as const,
    bookingMode: 'SEPARATE' as const,
  },
  {
    __typename: 'Site' as const,
    id: '2',
    code: 'S0001',
    name: 'みなと市',
    plan: 'MUNICIPAL' as const,
    bookingMode: 'SEPARATE' as const,
  },
  {
    __typename: 'Site' as const,
    id: '3',
    code: 'A-corp',
    name: '株式会社サンプル',
    plan: 'WORKPLACE' as const,
    bookingMode: 'SET' as const,
  },
];

function codes(): string[] {
  return within(screen.getByRole('table'))
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[0]!.textContent ?? '');
}

describe('the site table', () => {
  it('sorts by a column when its header is pressed (keyboard or click), ascending then descending', async () => {
    const user = userEvent.setup();
    render(
      <I18nProvider initial="ja">
        <MemoryRouter>
          <SitesTable sites={SITES} />
        </MemoryRouter>
      </I18nProvider>,
    );
    expect(codes()).toEqual(['S0002', 'S0001', 'A-corp']);
    const byCode = screen.getByRole('button', { name: /コード/ });
    byCode.focus();
    await user.keyboard('{Enter}');
    expect(codes()).toEqual(['A-corp', 'S0001', 'S0002']);
    expect(screen.getByRole('columnheader', { name: /コード/ }).getAttribute('aria-sort')).toBe('ascending');
    await user.click(byCode);
    expect(codes()).toEqual(['S0002', 'S0001', 'A-corp']);
    expect(screen.getByRole('columnheader', { name: /コード/ }).getAttribute('aria-sort')).toBe('descending');
    expect(screen.getByRole('link', { name: 'S0001' }).getAttribute('href')).toBe('/admin/sites/S0001');
    expect(screen.getAllByRole('row')[1]!.textContent).toContain('クリニック');
  });
});
