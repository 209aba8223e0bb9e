import type { TFunction } from 'i18next'
import { useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { ToolCatalogEntry } from '../../../../shared/domain/agenthub'
import { toolsMissingFromCatalog } from '../../../../shared/domain/agenthub-forms'
import { currentLocale } from '../../i18n/i18n'

/** The property names and types of a tool's JSON Schema, for a one-line summary. */
function parameterSummary(parameters: unknown, t: TFunction<'aiAgents'>): string {
  const properties = (parameters as { properties?: Record<string, { type?: string }> } | null)?.properties
  if (!properties || Object.keys(properties).length === 0) return t('tools.noParameters')
  return Object.entries(properties)
    .map(([name, schema]) => `${name}: ${schema.type ?? 'any'}`)
    .join(', ')
}

/**
 * Picks tools from the catalog, grouped by service and searchable. Tools the override already
 * has but the catalog no longer lists stay selected and are flagged; only the user removes them.
 */
export function ToolPicker({
  catalog,
  selected,
  onChange,
  disabled,
}: {
  catalog: ReadonlyArray<ToolCatalogEntry> | undefined
  selected: ReadonlyArray<string>
  onChange: (next: string[]) => void
  disabled?: boolean
}) {
  const id = useId()
  const { t } = useTranslation('aiAgents')
  const [query, setQuery] = useState('')
  const missing = useMemo(() => toolsMissingFromCatalog(selected, catalog ?? []), [selected, catalog])
  const groups = useMemo(() => {
    const needle = query.trim().toLowerCase()
    const matching = (catalog ?? []).filter(
      (tool) =>
        needle === '' ||
        tool.toolName.toLowerCase().includes(needle) ||
        (tool.description ?? '').toLowerCase().includes(needle),
    )
    const byService = new Map<string, ToolCatalogEntry[]>()
    for (const tool of matching) byService.set(tool.serviceName, [...(byService.get(tool.serviceName) ?? []), tool])
    return [...byService].sort(([a], [b]) => a.localeCompare(b))
  }, [catalog, query])
  const toggle = (name: string, on: boolean) =>
    onChange(on ? [...selected, name] : selected.filter((candidate) => candidate !== name))

  return (
    <fieldset className="tool-picker" disabled={disabled}>
      <legend>
        {t('tools.legend')}{' '}
        <span className="muted">
          {t('tools.selected', { number: selected.length.toLocaleString(currentLocale()) })}
        </span>
      </legend>
      {missing.length > 0 && (
        <ul className="missing-tools" aria-label={t('tools.missing')}>
          {missing.map((name) => (
            <li key={name}>
              <label>
                <input type="checkbox" checked onChange={() => toggle(name, false)} />
                <code>{name}</code>
              </label>
              <span className="badge warning">{t('tools.missingBadge')}</span>
            </li>
          ))}
        </ul>
      )}
      <label htmlFor={`${id}-search`} className="visually-hidden">
        {t('tools.search')}
      </label>
      <input
        id={`${id}-search`}
        type="search"
        placeholder={t('tools.searchPlaceholder')}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      {selected.length > 0 && (
        <p className="selected-tools">
          {selected.map((name) => (
            <code key={name}>{name}</code>
          ))}
        </p>
      )}
      <div className="tool-groups">
        {catalog === undefined ? (
          <p className="muted">{t('tools.loading')}</p>
        ) : groups.length === 0 ? (
          <p className="muted">{t('tools.noMatch', { query })}</p>
        ) : (
          groups.map(([service, tools]) => (
            <div key={service} className="tool-group" role="group" aria-label={t('tools.service', { name: service })}>
              <h4>{service}</h4>
              <ul>
                {tools.map((tool) => (
                  <li key={tool.id}>
                    <label>
                      <input
                        type="checkbox"
                        checked={selected.includes(tool.toolName)}
                        onChange={(event) => toggle(tool.toolName, event.target.checked)}
                      />
                      <code>{tool.toolName}</code>
                    </label>
                    <span className="tool-description">{tool.description ?? t('tools.noDescription')}</span>
                    <details>
                      <summary>{t('tools.parameters', { summary: parameterSummary(tool.parameters, t) })}</summary>
                      <pre>{JSON.stringify(tool.parameters, null, 2)}</pre>
                    </details>
                  </li>
                ))}
              </ul>
            </div>
          ))
        )}
      </div>
    </fieldset>
  )
}
