import {
  createSortedRowModel,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_text,
  tableFeatures,
  useTable,
  type ColumnDef,
  type RowData,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type ReactNode } from 'react';
import { useAdminI18n } from '../i18n/admin-i18n';

/** The table features every admin list uses: sorting by a column header. */
export const listFeatures = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, text: sortFn_text },
});

export type ListColumn<T extends RowData> = ColumnDef<typeof listFeatures, T>;

/** Past this many rows the body renders only what is in view (TanStack Virtual). */
const VIRTUAL_FROM = 200;
const ROW_HEIGHT = 48;

/**
 * A sortable table (TanStack Table) with a caption for screen readers; long lists scroll inside a
 * fixed-height box and render only the visible rows (TanStack Virtual).
 */
export function DataTable<T extends RowData>({
  caption,
  columns,
  data,
  empty,
  onNearEnd,
}: {
  caption: string;
  columns: ListColumn<T>[];
  data: T[];
  empty: ReactNode;
  /** Called when the scrolled view nears the last loaded row (to load the next page). */
  onNearEnd?: () => void;
}) {
  const { t } = useAdminI18n();
  const table = useTable({ features: listFeatures, columns, data });
  const rows = table.getRowModel().rows;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtual = rows.length >= VIRTUAL_FROM;
  const virtualizer = useVirtualizer({
    count: virtual ? rows.length : 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });
  const items = virtual ? virtualizer.getVirtualItems() : [];
  const shown = virtual ? items.map((item) => rows[item.index]!) : rows;
  const padTop = virtual ? (items[0]?.start ?? 0) : 0;
  const padBottom = virtual ? virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0) : 0;
  const columnCount = table.getAllLeafColumns().length;
  const lastShown = items.at(-1)?.index ?? -1;
  useEffect(() => {
    if (virtual && onNearEnd && lastShown >= rows.length - 20) onNearEnd();
  }, [virtual, onNearEnd, lastShown, rows.length]);

  if (data.length === 0) return <p className="admin-empty">{empty}</p>;
  return (
    <div
      ref={scrollRef}
      className={`admin-table-wrap${virtual ? ' admin-table-wrap--virtual' : ''}`}
      tabIndex={virtual ? 0 : undefined}
      role={virtual ? 'region' : undefined}
      aria-label={virtual ? caption : undefined}
    >
      <table className="admin-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                const label = <table.FlexRender header={header} />;
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                  >
                    {header.column.getCanSort() ? (
                      <button
                        type="button"
                        className="admin-table__sort"
                        onClick={header.column.getToggleSortingHandler()}
                        title={t('admin.sites.sortBy', {
                          column:
                            typeof header.column.columnDef.header === 'string'
                              ? header.column.columnDef.header
                              : '',
                        })}
                      >
                        {label}
                        <span aria-hidden="true">
                          {sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ' ⇅'}
                        </span>
                      </button>
                    ) : (
                      label
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {padTop > 0 && (
            <tr aria-hidden="true">
              <td colSpan={columnCount} style={{ height: padTop, padding: 0 }} />
            </tr>
          )}
          {shown.map((row) => (
            <tr key={row.id}>
              {row.getAllCells().map((cell) => (
                <td key={cell.id}>
                  <table.FlexRender cell={cell} />
                </td>
              ))}
            </tr>
          ))}
          {padBottom > 0 && (
            <tr aria-hidden="true">
              <td colSpan={columnCount} style={{ height: padBottom, padding: 0 }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}

/**
 * A list read a page at a time: how many are shown, the table (the next page loads as it scrolls near its
 * end) and a button for the next page while there is one.
 */
export function PagedTable<T extends RowData>({
  count,
  hasMore,
  loading,
  onMore,
  ...table
}: {
  caption: string;
  columns: ListColumn<T>[];
  data: T[];
  empty: string;
  count: string;
  hasMore: boolean;
  loading: boolean;
  onMore: () => void;
}) {
  const { t } = useAdminI18n();
  return (
    <>
      <p className="hint" role="status">
        {count}
      </p>
      <DataTable {...table} onNearEnd={onMore} />
      {hasMore && (
        <button type="button" className="button button--secondary" onClick={onMore} disabled={loading}>
          {t('people.more')}
        </button>
      )}
    </>
  );
}
