import { memo, useEffect, useId, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { QueueTrend } from '../../../../shared/domain/queue-trends'
import { ErrorNotice } from '../../components/ErrorNotice'

import { formatNumber } from './format'
import { TrendChart, type TrendColours, type TrendWords } from './TrendChart'
import { useTrends } from './useTrends'
import './trends.css'

/** Charts drawn before "Show all": a floor of 200 queues would otherwise draw 200 canvases at once. */
const FIRST_SHOWN = 12

/** The peaks and the missed calls of an hour, for the words beside a chart. */
export function trendSummary(trend: QueueTrend): { ringingPeak: number; onCallsPeak: number; missed: number } | null {
  const peak = (values: ReadonlyArray<number | null>) =>
    values.reduce<number | null>((most, value) => (value === null ? most : Math.max(most ?? 0, value)), null)
  const ringingPeak = peak(trend.ringing)
  const onCallsPeak = peak(trend.onCalls)
  const missed = trend.missed.reduce((sum, count) => sum + count, 0)
  if (ringingPeak === null && onCallsPeak === null && missed === 0) return null
  return { ringingPeak: ringingPeak ?? 0, onCallsPeak: onCallsPeak ?? 0, missed }
}

/**
 * The theme's colours as the canvas needs them (resolved rgb), read from the legend's keys, whose
 * colours the stylesheet sets from the theme variables; read again when the theme changes.
 */
function useThemeColours(legend: React.RefObject<HTMLElement | null>): TrendColours | undefined {
  const [colours, setColours] = useState<TrendColours>()
  useEffect(() => {
    const read = () => {
      const colourOf = (name: string) => {
        const element = legend.current?.querySelector(`.${name}`)
        return element ? getComputedStyle(element).color : ''
      }
      setColours({
        ringing: colourOf('ringing'),
        onCalls: colourOf('on-calls'),
        missed: colourOf('missed'),
        axis: colourOf('axis'),
        grid: colourOf('grid'),
      })
    }
    read()
    // The user's choice (data-theme on the root) or, with "system", the OS's.
    const themeChoice = new MutationObserver(read)
    themeChoice.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] })
    const system =
      typeof window.matchMedia === 'function' ? window.matchMedia('(prefers-color-scheme: dark)') : undefined
    system?.addEventListener('change', read)
    return () => {
      themeChoice.disconnect()
      system?.removeEventListener('change', read)
    }
  }, [legend])
  return colours
}

/** The last 60 minutes per queue, domain and account: small charts of ringing, on calls and missed. */
export const QueueTrends = memo(function QueueTrends() {
  const { t } = useTranslation('trends')
  const { trends, keep, failed } = useTrends()
  const [showAll, setShowAll] = useState(false)
  const captionId = useId()
  const legend = useRef<HTMLUListElement>(null)
  const colours = useThemeColours(legend)
  const words = useMemo<TrendWords>(
    () => ({
      ringing: t('series.ringing'),
      onCalls: t('series.onCalls'),
      missed: t('series.missed'),
      minutesAgo: (minutes) => (minutes === 0 ? t('now') : t('minutesAgo', { minutes })),
    }),
    // `t` changes with the language shown, and so do the words.
    [t],
  )
  const groups = trends?.groups ?? []
  const shown = showAll ? groups : groups.slice(0, FIRST_SHOWN)
  return (
    <section className="card queue-trends below-board" aria-labelledby="trends-title">
      <div className="section-head">
        <h2 id="trends-title">{t('title')}</h2>
        <label className="trends-keep" title={t('keepHint')}>
          <input
            type="checkbox"
            checked={trends?.kept ?? false}
            disabled={!trends}
            onChange={(event) => keep(event.target.checked)}
          />{' '}
          {t('keep')}
        </label>
      </div>
      <ul className="trend-legend" ref={legend}>
        <li>
          <span className="trend-key ringing" aria-hidden /> {t('series.ringing')}
        </li>
        <li>
          <span className="trend-key on-calls" aria-hidden /> {t('series.onCalls')}
        </li>
        <li>
          <span className="trend-key missed" aria-hidden /> {t('series.missed')}
        </li>
        <li className="axis" hidden />
        <li className="grid" hidden />
      </ul>
      <p className="muted small">{t('note')}</p>
      {failed !== undefined && <ErrorNotice error={failed} />}
      {trends && groups.length === 0 && <p className="muted">{t('none')}</p>}
      {groups.length > 0 && (
        <ul className="trend-grid">
          {shown.map((trend, index) => {
            const summary = trendSummary(trend)
            return (
              <li key={trend.key}>
                {/* The figure is named by its caption: the group, then the chart in words. */}
                <figure aria-labelledby={`${captionId}-${index}`}>
                  <figcaption id={`${captionId}-${index}`}>
                    <span className="badge">{t(`kinds.${trend.kind}`)}</span> <strong>{trend.label}</strong>:{' '}
                    <span className="muted">
                      {summary
                        ? t('summary', {
                            ringingPeak: formatNumber(summary.ringingPeak),
                            onCallsPeak: formatNumber(summary.onCallsPeak),
                            missed: formatNumber(summary.missed),
                          })
                        : t('summaryNoData')}
                    </span>
                  </figcaption>
                  {colours && <TrendChart trend={trend} colours={colours} words={words} />}
                </figure>
              </li>
            )
          })}
        </ul>
      )}
      {groups.length > FIRST_SHOWN && (
        <button type="button" className="button small" onClick={() => setShowAll(!showAll)}>
          {showAll ? t('showFewer') : t('showAll', { count: groups.length })}
        </button>
      )}
    </section>
  )
})
