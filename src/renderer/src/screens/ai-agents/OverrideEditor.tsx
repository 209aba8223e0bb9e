import { useEffect, useMemo, useRef, useState } from 'react'
import { Controller, useForm, useWatch } from 'react-hook-form'

import type { AgentOverride, ToolCatalogEntry } from '../../../../shared/domain/agenthub'
import { diffOverride, knownModels, type FieldChange } from '../../../../shared/domain/agenthub-forms'
import type { AgentHubAbilities } from '../../../../shared/domain/agenthub-views'
import { ErrorNotice } from '../../components/ErrorNotice'
import { fieldWiring } from '../../components/field-wiring'
import { useClient } from '../../ipc/client-context'

import { ChangeList } from './ChangeList'
import { fieldsFromForm, formFromOverride, overrideResolver, type OverrideFormValues } from './override-form-values'
import { ToolPicker } from './ToolPicker'

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
  onSaved,
  onCancel,
}: {
  accountId: string
  override?: AgentOverride
  catalog: ReadonlyArray<ToolCatalogEntry> | undefined
  abilities: AgentHubAbilities
  onSaved: (saved: AgentOverride) => void
  onCancel: () => void
}) {
  const client = useClient()
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
  const title = creating ? 'New AI agent override' : `Edit ${override.agentName}`
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
    } finally {
      setBusy(false)
    }
  }

  const reloadTheirs = (current: AgentOverride) => {
    setBase(current)
    reset(formFromOverride(current))
    setStage({ kind: 'edit' })
  }

  const { field, fieldError } = fieldWiring<OverrideFormValues>(idPrefix, errors)
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
            ? 'Your AgentHub role may not create overrides (agentOverride.create).'
            : 'Your AgentHub role may not change overrides (agentOverride.update); this is a read-only view.'}
        </p>
      )}
      <fieldset className="form-grid" disabled={!mayWrite || !editing || busy}>
        {creating && (
          <>
            <label htmlFor={`${idPrefix}-agentName`}>Name</label>
            <div>
              <input
                {...field('agentName')}
                {...register('agentName')}
                placeholder="e.g. refundHelper"
                autoComplete="off"
                spellCheck={false}
              />
              <small className="muted">The AI agent's name as the code calls it; it cannot change later.</small>
              {fieldError('agentName')}
            </div>
          </>
        )}

        <span className="form-label">Enabled</span>
        <label className="switch-row">
          <input type="checkbox" {...register('enabled')} /> Use this override
        </label>

        <label htmlFor={`${idPrefix}-provider`}>Provider</label>
        <div>
          <input
            {...field('provider')}
            {...register('provider')}
            list={`${idPrefix}-providers`}
            autoComplete="off"
            placeholder="Design default"
          />
          <datalist id={`${idPrefix}-providers`}>
            {Object.keys(knownModels).map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
          {fieldError('provider')}
        </div>

        <label htmlFor={`${idPrefix}-model`}>Model</label>
        <div>
          <input
            {...field('model')}
            {...register('model')}
            list={`${idPrefix}-models`}
            autoComplete="off"
            placeholder="Design default"
          />
          <datalist id={`${idPrefix}-models`}>
            {(knownModels[provider.trim()] ?? Object.values(knownModels).flat()).map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
          {fieldError('model')}
        </div>

        <label htmlFor={`${idPrefix}-temperature`}>Temperature</label>
        <div>
          <input
            {...field('temperature')}
            {...register('temperature')}
            inputMode="decimal"
            className="narrow"
            placeholder="0 – 2"
          />
          {fieldError('temperature')}
        </div>

        <label htmlFor={`${idPrefix}-maxTokens`}>Max tokens</label>
        <div>
          <input {...field('maxTokens')} {...register('maxTokens')} inputMode="numeric" className="narrow" />
          {fieldError('maxTokens')}
        </div>

        <label htmlFor={`${idPrefix}-responseFormat`}>Response format</label>
        <div>
          <select {...field('responseFormat')} {...register('responseFormat')} className="narrow-select">
            <option value="">Design default</option>
            <option value="text">Text</option>
            <option value="json">JSON</option>
          </select>
          {fieldError('responseFormat')}
        </div>

        <label htmlFor={`${idPrefix}-systemPrompt`}>System prompt</label>
        <div>
          <textarea {...field('systemPrompt')} {...register('systemPrompt')} rows={4} />
          {fieldError('systemPrompt')}
        </div>

        <span className="form-label">Guardrails</span>
        <div className="inline-fields">
          <label htmlFor={`${idPrefix}-maxToolCalls`}>Max tool calls</label>
          <input {...field('maxToolCalls')} {...register('maxToolCalls')} inputMode="numeric" className="narrow" />
          <label htmlFor={`${idPrefix}-timeout`}>Timeout (ms)</label>
          <input {...field('timeout')} {...register('timeout')} inputMode="numeric" className="narrow" />
          <label htmlFor={`${idPrefix}-maxTokenBudget`}>Token budget</label>
          <input {...field('maxTokenBudget')} {...register('maxTokenBudget')} inputMode="numeric" className="narrow" />
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
        <section className="review" aria-label="Changes to save" ref={outcome}>
          <h3>Review before saving</h3>
          {stage.changes.length === 0 ? (
            <p className="muted">Nothing changed.</p>
          ) : (
            <>
              <p className="muted">Only these fields are sent; AgentHub keeps the others as they are.</p>
              <ChangeList changes={stage.changes} />
            </>
          )}
        </section>
      )}

      {stage.kind === 'conflict' && (
        <section className="conflict" aria-label="Changed elsewhere" role="alert" ref={outcome}>
          <h3>
            {stage.current.agentName} was changed elsewhere since you opened it (version {base?.recordVersion} →{' '}
            {stage.current.recordVersion})
          </h3>
          <h4>Their changes</h4>
          {stage.theirs.length === 0 ? (
            <p className="muted">Nothing you can see here (another field, or only the version).</p>
          ) : (
            <ChangeList changes={stage.theirs} beforeLabel="When you opened it" afterLabel="Now" />
          )}
          <h4>Your changes</h4>
          <ChangeList changes={stage.mine} beforeLabel="When you opened it" afterLabel="Yours" />
          <p className="muted">
            Overwriting sends your changed fields only: their other changes stay. Reloading discards your edits.
          </p>
        </section>
      )}

      {failure !== undefined && <ErrorNotice error={failure} />}

      <div className="button-row form-actions">
        {stage.kind === 'edit' && mayWrite && (
          <button type="submit" className="button primary" disabled={busy}>
            {creating ? (busy ? 'Creating…' : 'Create override') : 'Review changes'}
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
              {busy ? 'Saving…' : `Save ${stage.changes.length} change${stage.changes.length === 1 ? '' : 's'}`}
            </button>
            <button type="button" className="button" onClick={() => setStage({ kind: 'edit' })} disabled={busy}>
              Back to editing
            </button>
          </>
        )}
        {stage.kind === 'conflict' && (
          <>
            <button type="button" className="button" onClick={() => reloadTheirs(stage.current)} disabled={busy}>
              Discard mine and reload theirs
            </button>
            <button type="button" className="button danger" onClick={() => void save(true)} disabled={busy}>
              Overwrite with mine
            </button>
          </>
        )}
        <button type="button" className="button subtle" onClick={onCancel} disabled={busy}>
          {mayWrite ? 'Cancel' : 'Close'}
        </button>
      </div>
    </form>
  )
}
