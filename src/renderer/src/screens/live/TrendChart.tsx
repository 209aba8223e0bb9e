import { useEffect, useRef } from 'react'
import uPlot from 'uplot'

import { TREND_MINUTES, type QueueTrend } from '../../../../shared/domain/queue-trends'

/** The three series' colours, read from the theme (canvas cannot use CSS variables itself). */
export interface TrendColours {
  readonly ringing: string
  readonly onCalls: string
  readonly missed: string
  readonly axis: string
  readonly grid: string
}

/** The words a chart draws: the axis's and the series'. */
export interface TrendWords {
  readonly ringing: string
  readonly onCalls: string
  readonly missed: string
  /** "60 min ago", "now": the x axis's labels. */
  readonly minutesAgo: (minutes: number) => string
}

const HEIGHT = 96
const FONT = '11px system-ui, sans-serif'
// Minutes ago, as x: -59 … 0 (the current minute).
const minutesAgo = Array.from({ length: TREND_MINUTES }, (_, index) => index - TREND_MINUTES + 1)

/** Whether this browser draws on a canvas (happy-dom in component tests does not). */
const canDraw = (() => {
  let answer: boolean | undefined
  return () =>
    (answer ??= typeof document !== 'undefined' && document.createElement('canvas').getContext('2d') !== null)
})()

function chartData(trend: QueueTrend): uPlot.AlignedData {
  // A minute with no missed call draws no bar (null), not a bar of height zero.
  return [minutesAgo, trend.ringing, trend.onCalls, trend.missed.map((count) => (count > 0 ? count : null))]
}

/**
 * A value with no neighbour draws no line (the minute just begun, a poll between gaps): it is drawn
 * as a dot instead, so a figure seen once is not invisible.
 */
const isolatedValues: uPlot.Series.Points.Filter = (self, seriesIdx) => {
  const values = self.data[seriesIdx] ?? []
  const isolated: number[] = []
  for (let index = 0; index < values.length; index += 1) {
    if (values[index] != null && values[index - 1] == null && values[index + 1] == null) isolated.push(index)
  }
  return isolated
}

function chartOptions(width: number, colours: TrendColours, words: TrendWords): uPlot.Options {
  const bars = uPlot.paths.bars?.({ size: [0.7, 8] })
  return {
    width,
    height: HEIGHT,
    // Room for the first and last x labels ("60 min ago", "now"), which sit centred on the plot's edges.
    padding: [8, 24, 0, 20],
    legend: { show: false },
    cursor: { show: false },
    scales: {
      x: { time: false, range: [-TREND_MINUTES, 0] },
      // Counts: from zero, at least up to 2 so a quiet hour is a flat line at the bottom, not mid-height.
      y: { range: (_self, _min, max) => [0, Math.max(2, Math.ceil(max * 1.1))] },
    },
    axes: [
      {
        stroke: colours.axis,
        font: FONT,
        size: 22,
        grid: { show: false },
        ticks: { stroke: colours.grid, size: 4 },
        splits: () => [-TREND_MINUTES, -TREND_MINUTES / 2, 0],
        values: (_self, splits) => splits.map((split) => words.minutesAgo(-split)),
      },
      {
        stroke: colours.axis,
        font: FONT,
        size: 30,
        grid: { stroke: colours.grid, width: 1 },
        ticks: { show: false },
        // Whole calls only.
        incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000],
        values: (_self, splits) => splits.map((split) => String(split)),
      },
    ],
    series: [
      {},
      {
        label: words.ringing,
        stroke: colours.ringing,
        width: 2,
        points: { show: true, size: 5, filter: isolatedValues },
      },
      {
        label: words.onCalls,
        stroke: colours.onCalls,
        width: 2,
        points: { show: true, size: 5, filter: isolatedValues },
      },
      {
        label: words.missed,
        stroke: colours.missed,
        fill: colours.missed,
        width: 0,
        points: { show: false },
        ...(bars ? { paths: bars } : {}),
      },
    ],
  }
}

/**
 * One group's hour as a small uPlot chart: ringing and on calls as lines, missed calls as bars.
 * The canvas is decoration for sighted users; the caption beside it says the same in words.
 * The chart is made once per colours and words, then fed each minute's data (setData), and
 * follows its box's width.
 */
export function TrendChart({ trend, colours, words }: { trend: QueueTrend; colours: TrendColours; words: TrendWords }) {
  const box = useRef<HTMLDivElement>(null)
  const chart = useRef<uPlot | null>(null)
  const latest = useRef(trend)

  useEffect(() => {
    latest.current = trend
    chart.current?.setData(chartData(trend))
  }, [trend])

  useEffect(() => {
    const element = box.current
    if (!element || !canDraw()) return
    const made = new uPlot(chartOptions(element.clientWidth || 240, colours, words), chartData(latest.current), element)
    chart.current = made
    const resize =
      typeof ResizeObserver === 'undefined'
        ? undefined
        : new ResizeObserver(() => {
            if (element.clientWidth > 0 && element.clientWidth !== made.width)
              made.setSize({ width: element.clientWidth, height: HEIGHT })
          })
    resize?.observe(element)
    return () => {
      resize?.disconnect()
      made.destroy()
      chart.current = null
    }
  }, [colours, words])

  return <div ref={box} className="trend-canvas" aria-hidden />
}
