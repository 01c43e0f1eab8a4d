import { exerciseById } from '../../exercises/common/routines';
import { milesIn, type DistanceChoice } from '../../i18n/common/distance-choice';
import { resolveDistanceUnit } from '../../i18n/common/distance-choice';
import { formatList, formatNumber } from '../../i18n/common/format';
import { activeLocale, t } from '../../i18n/common/translate';
import type { Screening } from '../../safety/common/offer';
import type { ClinicianReport, ReportWeek } from './clinician-report';
import { labelledWeeks, TREND_H, TREND_PAD, TREND_PAIN_TICKS, TREND_W, trendRuns, trendY } from '../common/trend-geometry';
import { longDay, medianText, rangeText, trendLines, weekLabel } from '../common/weekly-format';

// The clinician's one-page summary as a self-contained, print-ready HTML page: no script, no
// outside resource, its own styles. Main prints it to PDF; the e2e test prints the same page in
// Chromium. Every value that came from the person's files is escaped.

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const STYLE = `
@page { size: A4; margin: 12mm; }
* { box-sizing: border-box; }
body { font: 9.5pt/1.35 system-ui, "DejaVu Sans", sans-serif; color: #111; margin: 0; }
h1 { font-size: 15pt; margin: 0 0 2pt; }
h2 { font-size: 11pt; margin: 8pt 0 3pt; }
p { margin: 2pt 0; }
.note { font-weight: 600; }
table { border-collapse: collapse; width: 100%; }
th, td { border-bottom: 0.5pt solid #999; padding: 1.5pt 4pt; text-align: end; white-space: nowrap; }
th:first-child, td:first-child { text-align: start; }
thead th { font-weight: 600; border-bottom: 1pt solid #111; white-space: normal; vertical-align: bottom; }
table { font-size: 8.5pt; }
svg { width: 100%; max-height: 62mm; }
svg text { font: 10px system-ui, "DejaVu Sans", sans-serif; fill: #111; }
.grid { stroke: #ccc; stroke-width: 0.7; }
.leg { stroke: #0b5cad; fill: none; stroke-width: 2; }
.back { stroke: #b3261e; fill: none; stroke-width: 2; stroke-dasharray: 5 3; }
.unsplit { stroke: #555; fill: none; stroke-width: 1.5; stroke-dasharray: 1 3; }
.drop { fill: none; stroke: #111; stroke-width: 1.5; }
ul { margin: 2pt 0; padding-inline-start: 14pt; }
`;

function chart(weeks: readonly ReportWeek[]): string {
  const parts: string[] = [];
  const right = TREND_W - TREND_PAD.r;
  parts.push(`<text x="0" y="14">${escapeHtml(t('history.trend.axisPain'))}</text>`);
  for (const tick of TREND_PAIN_TICKS) {
    parts.push(`<line class="grid" x1="${TREND_PAD.l}" x2="${right}" y1="${trendY(tick)}" y2="${trendY(tick)}"/>`);
    parts.push(`<text x="${TREND_PAD.l - 6}" y="${trendY(tick) + 4}" text-anchor="end">${formatNumber(tick)}</text>`);
  }
  for (const site of ['leg', 'back', 'unsplit'] as const) {
    for (const run of trendRuns(weeks, site)) {
      if (run.length > 1) parts.push(`<polyline class="${site}" points="${run.map((p) => `${p.x},${p.y}`).join(' ')}"/>`);
      for (const p of run) {
        parts.push(`<circle class="${site}" cx="${p.x}" cy="${p.y}" r="2.5"/>`);
        if (p.drop) parts.push(`<circle class="drop" cx="${p.x}" cy="${p.y}" r="6"/>`);
      }
    }
  }
  const labelled = labelledWeeks(weeks.length);
  weeks.forEach((w, i) => {
    if (!labelled.has(i)) return;
    const x = TREND_PAD.l + ((TREND_W - TREND_PAD.l - TREND_PAD.r) / weeks.length) * (i + 0.5);
    parts.push(`<text x="${x}" y="${TREND_H - TREND_PAD.b + 16}" text-anchor="middle">${escapeHtml(weekLabel(w.start))}</text>`);
  });
  parts.push(`<text x="${(TREND_PAD.l + right) / 2}" y="${TREND_H - 6}" text-anchor="middle">${escapeHtml(t('history.trend.axisWeek'))}</text>`);
  return `<svg viewBox="0 0 ${TREND_W} ${TREND_H}" role="img" aria-label="${escapeHtml(t('history.trend.title'))}">${parts.join('')}</svg>`;
}

function legend(hasUnsplit: boolean): string {
  const items = [
    t('history.report.legendLeg'),
    t('history.report.legendBack'),
    ...(hasUnsplit ? [t('history.report.legendUnsplit')] : []),
    t('history.trend.meaningfulMark'),
  ];
  return `<p>${items.map(escapeHtml).join(' · ')}</p>`;
}

const cell = (text: string) => `<td>${escapeHtml(text)}</td>`;

function weekTable(weeks: readonly ReportWeek[], unit: 'km' | 'mi', hasUnsplit: boolean): string {
  const heads = [
    t('history.trend.weekCol'),
    t('history.trend.leg'),
    t('history.trend.back'),
    ...(hasUnsplit ? [t('history.trend.unsplit')] : []),
    t('history.trend.sitCol'),
    t('history.trend.walkCol'),
    t('history.report.sessionsCol'),
    t('history.report.hurtCol'),
    t('history.report.walkedCol', { unit }),
    t('history.report.sittingCol'),
    t('history.report.longestCol'),
  ];
  const marked = (value: number | null, drop: boolean) => (drop ? t('history.trend.meaningfulCell', { value: medianText(value) }) : medianText(value));
  const rows = weeks.map((w) =>
    [
      `<tr><th scope="row">${escapeHtml(weekLabel(w.start))}</th>`,
      cell(marked(w.leg, w.legDrop)),
      cell(marked(w.back, w.backDrop)),
      hasUnsplit ? cell(medianText(w.unsplit)) : '',
      cell(w.function ? rangeText(w.function.sit) : '–'),
      cell(w.function ? rangeText(w.function.walk) : '–'),
      cell(formatNumber(w.sessions)),
      cell(formatNumber(w.hurtStops)),
      cell(formatNumber(Math.round(milesIn(w.walkMiles, unit) * 10) / 10, 1)),
      cell(w.sittingAverage === null ? '–' : formatNumber(w.sittingAverage)),
      cell(w.longestSitting === 0 ? '–' : formatNumber(w.longestSitting)),
      '</tr>',
    ].join(''),
  );
  return `<table><thead><tr>${heads.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

const exerciseName = (id: string) => exerciseById(id)?.name ?? id;

function exercises(report: ClinicianReport): string {
  const items = [
    ...report.leftOut.map((e) => t('history.report.leftOut', { name: exerciseName(e.exerciseId), date: longDay(e.since.slice(0, 10)) })),
    ...report.hurt.map((e) => t('history.report.hurt', { name: exerciseName(e.exerciseId), count: e.times })),
  ];
  if (items.length === 0) return `<p>${escapeHtml(t('history.report.noExerciseIssues'))}</p>`;
  return `<ul>${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`;
}

// ICU select keys take no hyphens.
const WORSE_ITEM = { 'sitting-bending': 'sittingBending', 'standing-walking': 'standingWalking', lying: 'lying' } as const;

function screening(s: Screening | null): string {
  if (!s) return `<p>${escapeHtml(t('history.report.noScreening'))}</p>`;
  const worse = s.worseWith.map((w) => t('history.report.worseItem', { item: WORSE_ITEM[w] }));
  const items = [
    t('history.report.side', { side: s.painfulSide }),
    worse.length ? t('history.report.worse', { list: formatList(worse) }) : t('history.report.worseNone'),
    t('history.report.hip', { answer: s.hipReplacement }),
    t('history.report.spinal', { answer: s.recentSpinalProcedure ? 'yes' : 'no' }),
    t('history.report.pregnancy', { answer: s.pregnancy }),
    t('history.report.osteoporosis', { answer: s.osteoporosis ? 'yes' : 'no' }),
  ];
  return `<ul>${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`;
}

/** The whole page, in the active language; `distance` is the person's choice of unit. */
export function clinicianPage(report: ClinicianReport, distance: DistanceChoice): string {
  const unit = resolveDistanceUnit(distance);
  const first = report.weeks[0]!;
  const made = t('history.report.made', {
    date: longDay(report.madeOn),
    weeks: report.weeks.length,
    from: weekLabel(first.start),
    to: longDay(report.madeOn),
  });
  return `<!doctype html>
<html lang="${activeLocale()}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(t('history.report.title'))}</title><style>${STYLE}</style></head>
<body>
<h1>${escapeHtml(t('history.report.title'))}</h1>
<p>${escapeHtml(made)}</p>
<p class="note">${escapeHtml(t('history.report.selfReported'))}</p>
<h2>${escapeHtml(t('history.report.painHeading'))}</h2>
${trendLines(report)
  .map((line) => `<p>${escapeHtml(line)}</p>`)
  .join('')}
${chart(report.weeks)}
${legend(report.hasUnsplit)}
<h2>${escapeHtml(t('history.report.weeksHeading'))}</h2>
${weekTable(report.weeks, unit, report.hasUnsplit)}
<h2>${escapeHtml(t('history.report.exercisesHeading'))}</h2>
${exercises(report)}
<h2>${escapeHtml(t('history.report.screeningHeading'))}</h2>
${screening(report.screening)}
</body></html>`;
}
