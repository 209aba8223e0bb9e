import { useEffect, useMemo, useRef, useState } from 'react'
import { Controller, useForm, useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'

import type { AgentOverride, ToolCatalogEntry } from '../../../../shared/domain/agenthub'
import { diffOverride, knownModels, type FieldChange } from '../../../../shared/domain/agenthub-forms'
import type { AgentHubAbilities, AgentHubDenials } from '../../../../shared/domain/agenthub-views'
import { ConflictView } from '../../components/ConflictView'
import { ErrorNotice } from '../../components/ErrorNotice'
import { Field } from '../../components/Field'
import { fieldWiring } from '../../components/field-wiring'
import { useClient } from '../../ipc/client-context'

import { ChangeList } from './ChangeList'
import { useDenialText } from './denial-text'
import { fieldsFromForm, formFromOverride, overrideResolver, type OverrideFormValues } from './override-form-values'
import { ToolPicker } from './ToolPicker'
import { useSessionRefresh } from './useAgentHub'
import './override-editor.css'

type Stage =
  | { kind: 'edit' }
  | { kind: 'review'; changes: FieldChange[] }
  | { kind: 'conflict'; current: AgentOverride; theirs: FieldChange[]; mine: FieldChange[] }

/**
 * Creates an override, or edits one: review what will change, then save only that. When the
 * override moved on since it was opened, the user sees both and chooses; nothing typed is lost.
 */
export function OverrideEditor({
  accountId,
  override,
  catalog,
  abilities,
  denials,
  onSaved,
  onCancel,
}: {
  accountId: string
  override?: AgentOverride
  catalog: ReadonlyArray<ToolCatalogEntry> | undefined
  abilities: AgentHubAbilities
  denials: AgentHubDenials
  onSaved: (saved: AgentOverride) => void
  onCancel: () => void
}) {
  const client = useClient()
  const { t } = useTranslation('aiAgents')
  const creating = override === undefined
  // What the edits are measured against: the override as opened, or as reloaded after a conflict.
  const [base, setBase] = useState(override)
  const [stage, setStage] = useState<Stage>({ kind: 'edit' })
  const [failure, setFailure] = useState<unknown>()
  const [busy, setBusy] = useState(false)
  const resolver = useMemo(() => overrideResolver(creating), [creating])
  const {
    register,
    control,
    handleSubmit,
    reset,
    getValues,
    formState: { errors },
  } = useForm<OverrideFormValues>({
    defaultValues: formFromOverride(override),
    resolver,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  })
  const provider = useWatch({ control, name: 'provider' })
  const mayWrite = creating ? abilities.create : abilities.update
  const because = useDenialText(denials)
  const refreshSession = useSessionRefresh(accountId)
  const title = creating ? t('editor.newTitle') : t('editor.editTitle', { name: override.agentName })
  const idPrefix = creating ? 'override-new' : `override-${override.id}`

  const review = handleSubmit(async (values) => {
    setFailure(undefined)
    if (creating) {
      setBusy(true)
      try {
        const created = await client.call('agenthub.createOverride', {
          accountId,
          draft: { ...fieldsFromForm(values), agentName: values.agentName.trim() },
        })
        onSaved(created)
      } catch (error) {
        setFailure(error)
        void refreshSession()
      } finally {
        setBusy(false)
      }
      return
    }
    setStage({ kind: 'review', changes: diffOverride(base ?? {}, fieldsFromForm(values, base)).changes })
  })

  const save = async (overwrite: boolean) => {
    if (!base) return
    setFailure(undefined)
    setBusy(true)
    try {
      const { patch } = diffOverride(base, fieldsFromForm(getValues(), base))
      const answer = await client.call('agenthub.updateOverride', {
        accountId,
        id: base.id,
        baseVersion: overwrite && stage.kind === 'conflict' ? stage.current.recordVersion : base.recordVersion,
        patch,
        overwrite,
      })
      if (answer.outcome === 'saved') return onSaved(answer.override)
      const current = answer.current
      setStage({
        kind: 'conflict',
        current,
        theirs: diffOverride(base, fieldsFromForm(formFromOverride(current), current)).changes,
        mine: diffOverride(base, fieldsFromForm(getValues(), base)).changes,
      })
    } catch (error) {
      setFailure(error)
      void refreshSession()
    } finally {
      setBusy(false)
    }
  }

  const reloadTheirs = (current: AgentOverride) => {
    setBase(current)
    reset(formFromOverride(current))
    setStage({ kind: 'edit' })
  }

  const { id, field, fieldError, problemOf } = fieldWiring<OverrideFormValues>(idPrefix, errors)
  const editing = stage.kind === 'edit'
  // The review and the conflict appear below a long form: bring them into view.
  const outcome = useRef<HTMLElement>(null)
  useEffect(() => {
    outcome.current?.scrollIntoView({ block: 'start', behavior: 'smooth' })
  }, [stage.kind])

  return (
    <form className="card override-editor" aria-label={title} noValidate onSubmit={(event) => void review(event)}>
      <h2>{title}</h2>
      {!mayWrite && (
        <p className="notice" role="note">
          {creating
            ? t('permissions.mayNotCreate', { reason: because('create') })
            : t('permissions.mayNotUpdate', { reason: because('update') })}
        </p>
      )}
      <fieldset className="form-grid" disabled={!mayWrite || !editing || busy}>
        {creating && (
          <Field
            id={id('agentName')}
            label={t('editor.name')}
            hint={t('editor.nameHint')}
            problem={problemOf('agentName')}
          >
            {(wires) => (
              <input
                {...wires}
                {...register('agentName')}
                placeholder={t('editor.namePlaceholder')}
                autoComplete="off"
                spellCheck={false}
              />
            )}
          </Field>
        )}

        <span className="form-label">{t('fields.enabled')}</span>
        <label className="switch-row">
          <input type="checkbox" {...register('enabled')} /> {t('editor.useOverride')}
        </label>

        <Field id={id('provider')} label={t('fields.provider')} problem={problemOf('provider')}>
          {(wires) => (
            <>
              <input
                {...wires}
                {...register('provider')}
                list={`${idPrefix}-providers`}
                autoComplete="off"
                placeholder={t('editor.designDefault')}
              />
              <datalist id={`${idPrefix}-providers`}>
                {Object.keys(knownModels).map((name) => (
                  <option key={name} value={name} />
                ))}
              </datalist>
            </>
          )}
        </Field>

        <Field id={id('model')} label={t('fields.model')} problem={problemOf('model')}>
          {(wires) => (
            <>
              <input
                {...wires}
                {...register('model')}
                list={`${idPrefix}-models`}
                autoComplete="off"
                placeholder={t('editor.designDefault')}
              />
              <datalist id={`${idPrefix}-models`}>
                {(knownModels[provider.trim()] ?? Object.values(knownModels).flat()).map((name) => (
                  <option key={name} value={name} />
                ))}
              </datalist>
            </>
          )}
        </Field>

        <Field id={id('temperature')} label={t('fields.temperature')} problem={problemOf('temperature')}>
          {(wires) => (
            <input
              {...wires}
              {...register('temperature')}
              inputMode="decimal"
              className="narrow"
              placeholder={t('editor.temperaturePlaceholder')}
            />
          )}
        </Field>

        <Field id={id('maxTokens')} label={t('fields.maxTokens')} problem={problemOf('maxTokens')}>
          {(wires) => <input {...wires} {...register('maxTokens')} inputMode="numeric" className="narrow" />}
        </Field>

        <Field id={id('responseFormat')} label={t('fields.responseFormat')} problem={problemOf('responseFormat')}>
          {(wires) => (
            <select {...wires} {...register('responseFormat')} className="narrow-select">
              <option value="">{t('editor.designDefault')}</option>
              <option value="text">{t('editor.text')}</option>
              <option value="json">{t('editor.json')}</option>
            </select>
          )}
        </Field>

        <Field id={id('systemPrompt')} label={t('fields.systemPrompt')} problem={problemOf('systemPrompt')}>
          {(wires) => <textarea {...wires} {...register('systemPrompt')} rows={4} />}
        </Field>

        <span className="form-label">{t('fields.guardrails')}</span>
        {/* Each label stays with its box when the row wraps. */}
        <div className="inline-fields">
          <span className="field-pair">
            <label htmlFor={`${idPrefix}-maxToolCalls`}>{t('editor.maxToolCalls')}</label>
            <input {...field('maxToolCalls')} {...register('maxToolCalls')} inputMode="numeric" className="narrow" />
          </span>
          <span className="field-pair">
            <label htmlFor={`${idPrefix}-timeout`}>{t('editor.timeout')}</label>
            <input {...field('timeout')} {...register('timeout')} inputMode="numeric" className="narrow" />
          </span>
          <span className="field-pair">
            <label htmlFor={`${idPrefix}-maxTokenBudget`}>{t('editor.tokenBudget')}</label>
            <input
              {...field('maxTokenBudget')}
              {...register('maxTokenBudget')}
              inputMode="numeric"
              className="narrow"
            />
          </span>
          {fieldError('maxToolCalls')}
          {fieldError('timeout')}
          {fieldError('maxTokenBudget')}
        </div>
      </fieldset>

      <Controller
        control={control}
        name="selectedTools"
        render={({ field: tools }) => (
          <ToolPicker
            catalog={catalog}
            selected={tools.value}
            onChange={tools.onChange}
            disabled={!mayWrite || !editing || busy}
          />
        )}
      />

      {stage.kind === 'review' && (
        <section className="review" aria-label={t('review.label')} ref={outcome}>
          <h3>{t('review.title')}</h3>
          {stage.changes.length === 0 ? (
            <p className="muted">{t('review.nothingChanged')}</p>
          ) : (
            <>
              <p className="muted">{t('review.onlyThese')}</p>
              <ChangeList changes={stage.changes} />
            </>
          )}
        </section>
      )}

      {stage.kind === 'conflict' && (
        <ConflictView
          sections
          label={t('conflict.label')}
          focusRef={outcome}
          title={t('conflict.title', {
            name: stage.current.agentName,
            from: base?.recordVersion ?? '—',
            to: stage.current.recordVersion,
          })}
          theirs={{
            label: t('conflict.theirs'),
            content:
              stage.theirs.length === 0 ? (
                <p className="muted">{t('conflict.nothingVisible')}</p>
              ) : (
                <ChangeList
                  changes={stage.theirs}
                  beforeLabel={t('conflict.whenOpened')}
                  afterLabel={t('conflict.now')}
                />
              ),
          }}
          mine={{
            label: t('conflict.mine'),
            content: (
              <ChangeList
                changes={stage.mine}
                beforeLabel={t('conflict.whenOpened')}
                afterLabel={t('conflict.yours')}
              />
            ),
          }}
          note={t('conflict.explain')}
        />
      )}

      {failure !== undefined && <ErrorNotice error={failure} />}

      <div className="button-row form-actions">
        {stage.kind === 'edit' && mayWrite && (
          <button type="submit" className="button primary" disabled={busy}>
            {creating ? (busy ? t('editor.creating') : t('editor.create')) : t('editor.review')}
          </button>
        )}
        {stage.kind === 'review' && (
          <>
            <button
              type="button"
              className="button primary"
              disabled={busy || stage.changes.length === 0}
              onClick={() => void save(false)}
            >
              {busy ? t('editor.saving') : t('editor.save', { count: stage.changes.length })}
            </button>
            <button type="button" className="button" onClick={() => setStage({ kind: 'edit' })} disabled={busy}>
              {t('editor.back')}
            </button>
          </>
        )}
        {stage.kind === 'conflict' && (
          <>
            <button type="button" className="button" onClick={() => reloadTheirs(stage.current)} disabled={busy}>
              {t('editor.reloadTheirs')}
            </button>
            <button type="button" className="button danger" onClick={() => void save(true)} disabled={busy}>
              {t('editor.overwrite')}
            </button>
          </>
        )}
        <button type="button" className="button subtle" onClick={onCancel} disabled={busy}>
          {mayWrite ? t('editor.cancel') : t('editor.close')}
        </button>
      </div>
    </form>
  )
}
