import { Button } from '@fluentui/react-components';
import { ArrowUndoRegular } from '@fluentui/react-icons';
import type { CellFix } from '../../host/host';
import { pane } from '../../core/messages/pane';
import type { Lang } from '../../core/status';
import { changeText } from '../change-text';

interface Props {
  lang: Lang;
  done: CellFix[];
  className: string;
  busy: boolean;
  onUndo: () => void;
}

/** The cells changed from the pane, each by its changed part ("F7: „…” → „…”, the rest kept"), and the undo. */
export default function ChangeList({ lang, done, className, busy, onUndo }: Props) {
  return (
    <>
      <ul className={className}>
        {done.map((d) => (
          <li key={`${d.sheet}!${d.cell}|${d.value}`}>{changeText(lang, d.cell, d.expected, d.value)}</li>
        ))}
      </ul>
      <Button icon={<ArrowUndoRegular />} onClick={onUndo} disabled={busy}>
        {pane(lang, 'undo')}
      </Button>
    </>
  );
}
