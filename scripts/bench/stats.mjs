// Median / min / max of repeated measurements, and the table the bench prints.

/** { median, min, max, runs } of a list of numbers. */
export function summarize(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], runs: sorted.length };
}

export function formatNumber(value, digits) {
  if (value === null || value === undefined || Number.isNaN(value)) return 'n/a';
  const d = digits ?? (Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : Math.abs(value) >= 1 ? 2 : 3);
  return value.toFixed(d);
}

/** "12.3 (11.9–12.8)" */
export function formatSummary(summary, digits) {
  if (!summary) return 'n/a';
  if (summary.runs === 1) return formatNumber(summary.median, digits);
  return `${formatNumber(summary.median, digits)} (${formatNumber(summary.min, digits)}–${formatNumber(summary.max, digits)})`;
}

/** A markdown table: rows of [figure, value, unit, target]. */
export function markdownTable(rows) {
  const header = ['Figure', 'Median (min–max)', 'Unit', 'Target'];
  const lines = [header, header.map(() => '---'), ...rows];
  return lines.map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}
