import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, XAxis, YAxis } from 'recharts';

export interface ChartSeries {
  key: string;
  label: string;
}

/** Colours with at least 3:1 against white (WCAG 1.4.11), told apart by the legend and the table too. */
const COLOURS = ['#1d4ed8', '#0f766e', '#b45309', '#4b5563'];

interface Props<R> {
  rows: readonly R[];
  name: (row: R) => string;
  series: readonly ChartSeries[];
  /** bars across (many rows with long names, e.g. fields) instead of up */
  horizontal?: boolean;
}

/**
 * A bar chart of a table that stands beside it: the table is what screen readers and keyboards
 * use, so the drawing is hidden from them (and holds nothing focusable).
 */
export function FigureChart<R>({ rows, name, series, horizontal }: Props<R>) {
  const data = rows.map((row) => ({
    name: name(row),
    ...Object.fromEntries(series.map((s) => [s.key, (row as Record<string, unknown>)[s.key]])),
  }));
  const height = horizontal ? Math.max(160, data.length * 44 + 60) : 260;
  return (
    <div className="figure-chart" aria-hidden="true" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout={horizontal ? 'vertical' : 'horizontal'} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" />
          {horizontal ? (
            <>
              <XAxis type="number" allowDecimals={false} />
              <YAxis type="category" dataKey="name" width={150} tick={{ fontSize: 14 }} />
            </>
          ) : (
            <>
              <XAxis dataKey="name" />
              <YAxis allowDecimals={false} width={32} />
            </>
          )}
          <Legend />
          {series.map((s, i) => (
            <Bar
              key={s.key}
              dataKey={s.key}
              name={s.label}
              fill={COLOURS[i % COLOURS.length]}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
