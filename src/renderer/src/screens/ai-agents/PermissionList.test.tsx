import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { renderWithServices } from '../../test-support/render'

import { PermissionList } from './PermissionList'

const record = {
  id: 'p-1',
  permissionName: 'adminPanel.access',
  canDo: false,
  roleId: 'viewer',
  subjectUserId: null,
  subjectUserGroupId: null,
  objectId: null,
  tenantCodename: 'acme',
}

describe('the permissions AgentHub lists', () => {
  it('shows each as AgentHub spells it, with its answer and scope, folded away', async () => {
    const { user } = renderWithServices(
      <PermissionList
        permissions={[
          record,
          {
            ...record,
            id: 'p-2',
            permissionName: 'updateAgentOverride',
            canDo: true,
            roleId: null,
            tenantCodename: null,
          },
        ]}
      />,
    )
    const summary = screen.getByText('Permissions from AgentHub (2)')
    await user.click(summary)
    const items = within(screen.getByRole('list', { name: 'Permissions from AgentHub' })).getAllByRole('listitem')
    expect(items.map((item) => item.textContent)).toEqual([
      'adminPanel.access not allowed · role viewer · tenant acme',
      'updateAgentOverride allowed',
    ])
  })

  it('says when AgentHub lists none', () => {
    renderWithServices(<PermissionList permissions={[]} />)
    expect(screen.getByText('AgentHub lists no permissions for this user.')).toBeDefined()
  })
})
