/** One record of GET /permissions, field for field as the document's example shows it. */
export interface PermissionRecord {
  id: string
  permissionName: string
  roleId: string | null
  subjectUserId: string | null
  subjectUserGroupId: string | null
  objectId: string | null
  canDo: boolean
  tenantCodename: string | null
}

/** A record as a test writes it: the name and the answer, the rest as the sandbox fills it in. */
export type PermissionInput = Pick<PermissionRecord, 'permissionName' | 'canDo'> & Partial<PermissionRecord>

/** A signed-in user of the sandbox: the session /currentuser answers, and their permission records. */
export interface SandboxUser {
  readonly userId: string
  readonly email: string
  readonly fullname: string
  roleId: string
  readonly tenantId: string
  records: PermissionRecord[]
}

/** The business APIs that change data. */
const writeApis = new Set(['createAgentOverride', 'updateAgentOverride', 'deleteAgentOverride'])
/** Every business API of the document, by the name it gives each ("The updateAgentOverride api…"). */
const businessApis = new Set([
  ...writeApis,
  'getAgentOverride',
  'listAgentOverrides',
  'listToolCatalog',
  'getToolCatalogEntry',
  'listAgentExecutions',
  'getAgentExecution',
])

/**
 * Roles that may call the write APIs. The document gives no role names; these are the sandbox's
 * own, like the permission names it lists. By default the role alone decides (a "viewer" gets
 * 403 on every write): no record of the sandbox is named after an API.
 */
const writerRoles = new Set(['admin', 'supervisor'])

const TENANT = 'demo'

/**
 * The sandbox's two users, whose records use only names in the document's style
 * (`agentHub.manage`, `adminPanel.access`, `agentHub.view`), like its examples (`adminPanel.access`,
 * `orders.manage`): none names an API, so none tells the app what a single action may do. The
 * demo supervisor may write; the read-only "viewer" may not, and the app learns that only from
 * AgentHub's 403. A record named after an API is the app's own reading, not the document's: a test
 * adds one (setPermission) where it needs it.
 */
export function seedAgentHubUsers(mainId: string, readOnlyId: string): { main: SandboxUser; readOnly: SandboxUser } {
  const main: SandboxUser = {
    userId: mainId,
    email: 'lan.tran@example.vn',
    fullname: 'Trần Thị Lan',
    roleId: 'supervisor',
    tenantId: 'demo-tenant',
    records: [],
  }
  main.records = mainSeedRecords(main)
  const readOnly: SandboxUser = {
    userId: readOnlyId,
    email: 'minh.pham@example.vn',
    fullname: 'Phạm Văn Minh',
    roleId: 'viewer',
    tenantId: 'demo-tenant',
    records: [],
  }
  readOnly.records = [record(readOnly, 1, { permissionName: 'agentHub.view', canDo: true, roleId: 'viewer' })]
  return { main, readOnly }
}

/** The main user's records as seeded: what resetting the sandbox's permissions comes back to. */
export function mainSeedRecords(user: SandboxUser): PermissionRecord[] {
  return [
    record(user, 1, { permissionName: 'agentHub.manage', canDo: true, roleId: user.roleId }),
    record(user, 2, { permissionName: 'adminPanel.access', canDo: false, roleId: user.roleId }),
  ]
}

/** A full record for `user` from what a test gives; a grant to the user themself unless it names a role. */
export function record(user: SandboxUser, index: number, input: PermissionInput): PermissionRecord {
  return {
    id: `perm${index}`,
    roleId: null,
    subjectUserId: input.roleId ? null : user.userId,
    subjectUserGroupId: null,
    objectId: null,
    tenantCodename: TENANT,
    ...input,
  }
}

/**
 * Whether `user` may call the API `api` (on the object `objectId`). By default the role decides:
 * anyone signed in may read, only a writer role may write. With `namedAfterApis` (a server that
 * names its permissions after its APIs, as AgentDesk assumes) a record named exactly after the
 * API decides first (a "no" wins over a "yes"; one about another object does not count).
 */
export function mayCall(
  user: SandboxUser,
  api: string,
  objectId: string | undefined,
  namedAfterApis: boolean,
): { readonly allowed: true } | { readonly allowed: false; readonly detail: string } {
  const named = namedAfterApis
    ? user.records.filter(
        (candidate) =>
          candidate.permissionName === api && (candidate.objectId === null || candidate.objectId === objectId),
      )
    : []
  if (named.some((candidate) => !candidate.canDo)) {
    return { allowed: false, detail: `${api} is not allowed for ${user.email}` }
  }
  if (named.length > 0 || !writeApis.has(api) || writerRoles.has(user.roleId)) return { allowed: true }
  return { allowed: false, detail: `The role ${user.roleId} may not call ${api}` }
}

/** GET /permissions/:permissionName: the user's answer for one name, and the objects it excepts. */
export function checkPermission(
  user: SandboxUser,
  name: string,
  namedAfterApis: boolean,
): { canDo: boolean; exceptions: string[] } {
  const named = user.records.filter((candidate) => candidate.permissionName === name)
  const general = named.filter((candidate) => candidate.objectId === null)
  // A name nobody was given is a "no"; an API's name only means something when permissions are
  // named after APIs, and then the role answers for it.
  const canDo =
    general.length > 0
      ? general.every((candidate) => candidate.canDo)
      : namedAfterApis && businessApis.has(name) && mayCall(user, name, undefined, true).allowed
  const exceptions = named
    .filter((candidate) => candidate.objectId !== null && candidate.canDo !== canDo)
    .map((candidate) => candidate.objectId as string)
  return { canDo, exceptions }
}
