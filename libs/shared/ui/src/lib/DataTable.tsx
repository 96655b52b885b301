import { useId, type ReactNode } from 'react';

export interface DataTableColumn<R> {
  key: string;
  header: ReactNode;
  cell: (row: R) => ReactNode;
  /** This column names the row: its cells are `<th scope="row">`. */
  rowHeader?: boolean;
}

export interface DataTableProps<R> {
  /** Says what the table lists; also names the scrolling region. */
  caption: ReactNode;
  /** Keep the caption for screen readers only (when a visible heading already says it). */
  hideCaption?: boolean;
  columns: readonly DataTableColumn<R>[];
  rows: readonly R[];
  rowKey: (row: R) => string;
  /** Put on the table. */
  testId?: string;
  className?: string;
}

/**
 * A table of records with a caption and scoped headers. On a narrow screen it scrolls sideways
 * inside its own box (which a keyboard can focus), never the whole page.
 */
export function DataTable<R>({ caption, hideCaption, columns, rows, rowKey, testId, className }: DataTableProps<R>) {
  const captionId = useId();
  return (
    <div className="ui-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className={['ui-table', className].filter(Boolean).join(' ')} data-testid={testId}>
        <caption id={captionId} className={hideCaption ? 'ui-visually-hidden' : undefined}>
          {caption}
        </caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col">
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((c) =>
                c.rowHeader ? (
                  <th key={c.key} scope="row">
                    {c.cell(row)}
                  </th>
                ) : (
                  <td key={c.key}>{c.cell(row)}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
