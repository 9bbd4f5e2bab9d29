/**
 * Chart geometry for the HTML report, computed here so that the template only
 * places numbers: inline SVG, no script, same input → same bytes (every
 * coordinate is rounded to a fixed number of decimals).
 */

/** One bar of a horizontal bar chart. */
export interface BarRow {
  label: string;
  value: number;
  /** CSS class giving the bar its colour. */
  tone: string;
  /** Top of the row, in SVG units. */
  y: number;
  /** Baseline of the label and value text. */
  textY: number;
  /** Bar length in SVG units (0 for a zero value). */
  width: number;
  /** Where the value text starts: right of the bar. */
  valueX: number;
}

export interface BarChart {
  /** Accessible name, e.g. "Open findings by severity". */
  title: string;
  width: number;
  height: number;
  /** Left edge of the bars (the labels sit left of it). */
  barX: number;
  /** Right edge of the labels. */
  labelX: number;
  barHeight: number;
  rows: BarRow[];
}

/** One arc of a donut chart, drawn as a dashed circle stroke. */
export interface DonutSegment {
  label: string;
  value: number;
  tone: string;
  /** `stroke-dasharray`: arc length, then the rest of the circumference. */
  dashArray: string;
  /** `stroke-dashoffset`: where the arc starts (negative: clockwise from the top). */
  dashOffset: string;
}

export interface DonutChart {
  title: string;
  size: number;
  center: number;
  radius: number;
  stroke: number;
  total: number;
  segments: DonutSegment[];
}

const round = (n: number): number => Math.round(n * 1000) / 1000;
const fixed = (n: number): string => round(n).toFixed(3);

const BAR = { width: 440, labelWidth: 170, barMax: 220, rowHeight: 26, barHeight: 16, padding: 6 } as const;

/**
 * A horizontal bar chart; bars are scaled to the largest value (so a chart of
 * zeros has no bars, only the labels and their 0).
 */
export function barChart(title: string, data: ReadonlyArray<{ label: string; value: number; tone: string }>): BarChart {
  const max = Math.max(0, ...data.map((d) => d.value));
  const rows = data.map((d, i): BarRow => {
    const y = BAR.padding + i * BAR.rowHeight;
    const width = max === 0 ? 0 : round((d.value / max) * BAR.barMax);
    return {
      label: d.label,
      value: d.value,
      tone: d.tone,
      y: y + (BAR.rowHeight - BAR.barHeight) / 2,
      textY: y + BAR.rowHeight / 2 + 5,
      width,
      valueX: round(BAR.labelWidth + width + 6),
    };
  });
  return {
    title,
    width: BAR.width,
    height: BAR.padding * 2 + data.length * BAR.rowHeight,
    barX: BAR.labelWidth,
    labelX: BAR.labelWidth - 8,
    barHeight: BAR.barHeight,
    rows,
  };
}

const DONUT = { size: 132, radius: 48, stroke: 20 } as const;

/** A donut of parts of a whole; zero parts are left out, an empty whole is a grey ring. */
export function donutChart(title: string, data: ReadonlyArray<{ label: string; value: number; tone: string }>): DonutChart {
  const total = data.reduce((sum, d) => sum + d.value, 0);
  const circumference = 2 * Math.PI * DONUT.radius;
  const segments: DonutSegment[] = [];
  let offset = 0;
  for (const d of data) {
    if (d.value <= 0 || total === 0) continue;
    const length = (d.value / total) * circumference;
    segments.push({
      label: d.label,
      value: d.value,
      tone: d.tone,
      dashArray: `${fixed(length)} ${fixed(circumference - length)}`,
      dashOffset: fixed(offset === 0 ? 0 : -offset),
    });
    offset += length;
  }
  return { title, size: DONUT.size, center: DONUT.size / 2, radius: DONUT.radius, stroke: DONUT.stroke, total, segments };
}
