import type { CellFix } from '../../host/host';
import type { Lang } from '../../core/status';
import { changeText } from '../change-text';

/** The cells changed from the pane, each by its changed part: "F7: „…” → „…”, the rest kept". */
export default function ChangeList({ lang, done, className }: { lang: Lang; done: CellFix[]; className: string }) {
  return (
    <ul className={className}>
      {done.map((d) => (
        <li key={`${d.sheet}!${d.cell}|${d.value}`}>{changeText(lang, d.cell, d.expected, d.value)}</li>
      ))}
    </ul>
  );
}
