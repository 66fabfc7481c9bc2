/**
 * The Report tab's gate (issue 20): every path to the document (Word, the report copied, the text
 * copied, the sheets) asks the check before submission while errors are open; and a template with
 * an error leaves the officer the report made with the last saved template, as the pane says.
 */
import { analyzeSheet } from '../src/core/analyze';
import { DEFAULT_TEMPLATES, writeNarrative } from '../src/core/narrative';
import { ReportAction, answerWith, mustAsk, outgoingNarrative } from '../src/taskpane/report-gate';
import { sheet } from './helpers/grid';

const ACTIONS: ReportAction[] = ['docx', 'copy_report', 'copy', 'insert'];
const plan = analyzeSheet(
  sheet('Plan', [
    ['Nr.', 'Acțiunea', 'Responsabil', 'Termen', 'Statutul'],
    ['1', 'Aprobarea regulamentului', 'MF', 'Trimestrul IV 2022', 'Realizată'],
    ['2', 'Publicarea datelor', 'MF', 'Trimestrul IV 2022', ''],
  ]),
);

describe('the check before submission', () => {
  test.each(ACTIONS)('%s asks while errors are open and nothing was answered', (action) => {
    expect(mustAsk(3, null, plan, action)).toBe(true);
    expect(mustAsk(0, null, plan, action)).toBe(false);
  });

  test('the answer for the Word file does not let the sheets or a copy go without asking', () => {
    const answer = answerWith(null, plan, 'docx', false);
    expect(mustAsk(3, answer, plan, 'docx')).toBe(false);
    for (const other of ACTIONS.filter((x) => x !== 'docx')) expect(mustAsk(3, answer, plan, other)).toBe(true);
    const both = answerWith(answer, plan, 'insert', true);
    expect([mustAsk(3, both, plan, 'docx'), mustAsk(3, both, plan, 'insert'), both.appendix]).toEqual([false, false, true]);
  });

  test('a new analysis asks again', () => {
    const answer = answerWith(null, plan, 'insert', false);
    expect(mustAsk(3, answer, { ...plan }, 'insert')).toBe(true);
  });
});

describe('the narrative the actions send out', () => {
  const broken = '{{ total.rows | plural: "x" }';
  const saved = 'Salvat: {{ total.rows }} acțiuni.';
  const render = (t: string) => () => writeNarrative(plan, 'ro', t);

  test('the edited template when it renders', () => {
    expect(outgoingNarrative(render('Editat: {{ total.rows }}')(), render(saved), render(DEFAULT_TEMPLATES.ro))).toBe('Editat: 2');
  });

  test('the last saved template while the edited one has an error', () => {
    const edited = render(broken)();
    expect(edited.ok).toBe(false);
    expect(outgoingNarrative(edited, render(saved), render(DEFAULT_TEMPLATES.ro))).toBe('Salvat: 2 acțiuni.');
  });

  test('the default template when the saved one fails too; nothing before the first render', () => {
    const text = outgoingNarrative(render(broken)(), render(broken), render(DEFAULT_TEMPLATES.ro));
    expect(text).toContain('au fost monitorizate 2 acțiuni');
    expect(outgoingNarrative(null, render(saved), render(DEFAULT_TEMPLATES.ro))).toBeNull();
  });
});
