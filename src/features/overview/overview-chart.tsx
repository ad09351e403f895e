/**
 * A bar chart drawn with chart.js, loaded only when the overview opens. The same numbers are always in a table that
 * describes the chart, so a device that cannot draw (no canvas, script failed) loses nothing but the picture.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TableScroll } from './overview-tables';

export interface ChartSeries {
  label: string;
  values: readonly number[];
}

interface OverviewChartProps {
  title: string;
  /** Heading of the categories' column in the text alternative (quarter, month). */
  categoryLabel: string;
  labels: readonly string[];
  series: readonly ChartSeries[];
}

const COLOURS = ['#2f6b3a', '#b35c00'];

export function OverviewChart({ title, categoryLabel, labels, series }: OverviewChartProps) {
  const { t } = useTranslation();
  const tableId = useId();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const canvas = canvasRef.current;
    let chart: { destroy: () => void } | undefined;
    let cancelled = false;
    import('chart.js')
      .then(({ Chart, BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip }) => {
        const context = canvas?.getContext('2d');
        if (cancelled) return;
        if (!context) {
          setFailed(true);
          return;
        }
        Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);
        chart = new Chart(context, {
          type: 'bar',
          data: {
            labels: [...labels],
            datasets: series.map((s, index) => ({ label: s.label, data: [...s.values], backgroundColor: COLOURS[index % COLOURS.length] })),
          },
          options: {
            responsive: true,
            maintainAspectRatio: false,
            animation: false,
            scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
          },
        });
      })
      .catch(() => {
        if (!cancelled) setFailed(true);
      });
    return () => {
      cancelled = true;
      chart?.destroy();
    };
  }, [labels, series]);

  return (
    <figure className="overview-chart">
      <figcaption>{title}</figcaption>
      {failed ? (
        <p className="hint">{t('overview.charts.unavailable')}</p>
      ) : (
        <div className="overview-chart-canvas">
          <canvas ref={canvasRef} role="img" aria-label={title} aria-describedby={tableId} />
        </div>
      )}
      <details open={failed}>
        <summary>{t('overview.charts.numbers')}</summary>
        <TableScroll label={title}>
          <table id={tableId} className="overview-table">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{categoryLabel}</th>
                {series.map((s) => (
                  <th scope="col" key={s.label}>
                    {s.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {labels.map((label, row) => (
                <tr key={`${row}-${label}`}>
                  <th scope="row">{label}</th>
                  {series.map((s) => (
                    <td key={s.label}>{s.values[row]}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </details>
    </figure>
  );
}
