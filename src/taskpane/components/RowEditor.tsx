import { Button, Field, Input, Select, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { EditRegular } from '@fluentui/react-icons';
import { Suspense, lazy, useMemo, useState } from 'react';
import { Analysis } from '../../core/analyze';
import { roleLabel } from '../../core/messages';
import { pane } from '../../core/messages/pane';
import { Role } from '../../core/roles';
import { Lang } from '../../core/status';
import { fold } from '../../core/text';
import { editableCell, readAt, sheetOf } from '../../host/commands';
import { Settings } from '../../host/settings';
import type { Notice } from '../App';
import { Notice as NoticeView } from '../Notice';
import { registerAllLangs } from '../../core/messages/all-langs';

registerAllLangs();

const CellEditor = lazy(() => import(/* webpackChunkName: "cell-editor" */ './CellEditor').then((m) => ({ default: m.CellEditor })));

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0, maxWidth: '100%' },
  // A select is as wide as its longest option: held to the pane's width, the option cut with an ellipsis.
  pickRoot: { maxWidth: '100%', minWidth: 0 },
  pick: { width: '100%', minWidth: 0, textOverflow: 'ellipsis' },
  cells: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  cell: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', gap: tokens.spacingHorizontalXS },
  text: { flex: '1 1 200px', minWidth: 0, overflowWrap: 'anywhere' },
});

/** The roles an officer edits, in the order of a plan's columns. */
const ROLES: Role[] = ['id', 'action', 'subaction', 'responsible', 'deadline', 'status', 'status_description', 'indicators', 'description'];
const SHOWN = 60;
/** Rows offered at once: a 100,000-row plan is narrowed by typing, not scrolled. */
const LISTED = 50;
/** A long description is shown by its beginning; the editor holds all of it. */
const LONG = 240;

interface Props {
  analysis: Analysis;
  settings: Settings;
  lang: Lang;
  busy: boolean;
  /** Writes a cell's new text (guarded, on the undo stack), re-validates, and says how it went. */
  onWrite: (sheet: string, cell: string, value: string) => Promise<Notice>;
}

/**
 * Any row of the plan, with or without findings, edited with the same editor as a finding's cell:
 * for standalone mode, where there is no sheet to type in.
 */
export function RowEditor({ analysis, settings, lang, busy, onWrite }: Props) {
  const styles = useStyles();
  const t = (k: Parameters<typeof pane>[1], p?: Record<string, string | number>) => pane(lang, k, p);
  // The row is remembered by its sheet and sheet row, so it stays chosen after the re-validation a write brings.
  const [picked, setPicked] = useState<string | null>(null);
  const keyOf = (r: Analysis['rows'][number]) => `${sheetOf(analysis, r)}!${r.sheetRow}`;
  const [editing, setEditing] = useState<string | null>(null);
  const [result, setResult] = useState<Notice | null>(null);
  const [query, setQuery] = useState('');
  const row = analysis.rows.find((r) => keyOf(r) === picked) ?? null;
  const sheet = row ? sheetOf(analysis, row) : analysis.sheet;
  const several = analysis.parts.length > 1;
  const planRows = analysis.rows;
  // Folded once per validation: typing then scans plain strings.
  const keys = useMemo(() => planRows.map((r) => fold(`${r.id ?? ''} ${r.action}`)), [planRows]);
  const matches = useMemo(() => {
    const q = fold(query);
    if (!q) return planRows.slice(0, LISTED);
    const found: typeof planRows = [];
    for (let i = 0; i < planRows.length && found.length < LISTED; i++) {
      if (String(planRows[i].sheetRow) === q || keys[i].includes(q)) found.push(planRows[i]);
    }
    return found;
  }, [planRows, keys, query]);
  const listed = row && !matches.includes(row) ? [row, ...matches] : matches;
  const cells = row ? ROLES.flatMap((role) => (row.cells[role] ? [{ role, cell: row.cells[role] }] : [])).filter((c, i, all) => all.findIndex((x) => x.cell === c.cell) === i) : [];

  return (
    <section className={styles.root} aria-label={t('rows_title')}>
      <Text size={200}>{t('rows_help')}</Text>
      {analysis.rows.length > LISTED && (
        <Field label={t('row_search')} hint={t('rows_listed', { shown: matches.length, total: analysis.rows.length })}>
          <Input value={query} onChange={(_, d) => setQuery(d.value)} />
        </Field>
      )}
      <Field label={t('row_pick')}>
        <Select
          className={styles.pick}
          root={{ className: styles.pickRoot }}
          value={picked ?? ''}
          onChange={(_, d) => {
            setPicked(d.value || null);
            setEditing(null);
            setResult(null);
          }}
        >
          <option value="">—</option>
          {listed.map((r) => (
            <option key={keyOf(r)} value={keyOf(r)}>
              {t('row_option', {
                row: several ? `${sheetOf(analysis, r)} · ${r.sheetRow}` : r.sheetRow,
                id: r.id ?? '—',
                action: r.action.length > SHOWN ? `${r.action.slice(0, SHOWN - 1)}…` : r.action,
              })}
            </option>
          ))}
        </Select>
      </Field>
      {row && (
        <ul className={styles.cells} aria-label={t('row_option', { row: row.sheetRow, id: row.id ?? '—', action: '' }).trim()}>
          {cells.map(({ role, cell }) => {
            const edit = editableCell(analysis, sheet, cell);
            const current = readAt(analysis, sheet, cell) ?? '';
            return (
              <li key={cell} className={styles.cell}>
                <Text className={styles.text}>
                  <strong>
                    {cell} · {roleLabel(lang, role)}:
                  </strong>{' '}
                  {current.length > LONG ? `${current.slice(0, LONG - 1)}…` : current || t('empty_cell')}
                </Text>
                {edit && (
                  <Button size="small" icon={<EditRegular />} disabled={busy} aria-label={t('edit_cell', { cell })} onClick={() => setEditing(editing === cell ? null : cell)}>
                    {t('edit')}
                  </Button>
                )}
                {edit && editing === cell && (
                  <Suspense fallback={<Spinner size="tiny" />}>
                    <CellEditor
                      analysis={analysis}
                      settings={settings}
                      lang={lang}
                      kind={edit.kind}
                      cell={cell}
                      current={current}
                      onClose={() => setEditing(null)}
                      onWrite={(value) => {
                        setEditing(null);
                        void onWrite(sheet, cell, value).then(setResult);
                      }}
                    />
                  </Suspense>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {result && <NoticeView intent={result.intent} text={result.text} role="status" />}
    </section>
  );
}
