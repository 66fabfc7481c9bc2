import { Button, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger } from '@fluentui/react-components';
import { MoreHorizontalRegular } from '@fluentui/react-icons';
import type { ReactElement } from 'react';

export interface MenuAction {
  key: string;
  label: string;
  icon?: ReactElement;
  disabled?: boolean;
  run: () => void;
}

/** The toolbar's less frequent actions, behind one button: only those that do something in this host. */
export default function ActionsMenu({ label, actions }: { label: string; actions: MenuAction[] }) {
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button icon={<MoreHorizontalRegular />}>{label}</Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {actions.map((a) => (
            <MenuItem key={a.key} icon={a.icon} disabled={a.disabled} onClick={a.run}>
              {a.label}
            </MenuItem>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
