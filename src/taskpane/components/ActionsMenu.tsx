import { Button, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger } from '@fluentui/react-components';
import { ArrowDownloadRegular, HighlightRegular, ListRegular, MoreHorizontalRegular } from '@fluentui/react-icons';

// The icons come with the menu, in its chunk, not with the first screen.
const ICONS = { list: <ListRegular />, highlight: <HighlightRegular />, download: <ArrowDownloadRegular /> };

export interface MenuAction {
  key: string;
  label: string;
  icon?: keyof typeof ICONS;
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
            <MenuItem key={a.key} icon={a.icon && ICONS[a.icon]} disabled={a.disabled} onClick={a.run}>
              {a.label}
            </MenuItem>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
