/**
 * The ribbon's "Generate report" as Excel runs it: the Office global (settings, dialog) as a plain
 * object (office-addin-mock's objects need load() for every property, which Office's common API
 * does not), and Excel.run over the double.
 */
import { generatePlan } from '../bench/generate';
import { pane } from '../src/core/messages/pane';
import { DocumentSettings, RunBatch, WorkbookDouble, excelRun } from './helpers/excel-double';

const globals = globalThis as unknown as Record<string, unknown>;

/** The dialog's answer: its OK button ('close'), or "go to the first error" ('first'). */
let answer = 'close';
let shownAsTaskpane = 0;

function install(model: WorkbookDouble, doc: DocumentSettings) {
  const dialogs: { title: string; message: string; first: string | null }[] = [];
  const store = doc.runtime();
  const ok = { status: 'succeeded' };
  const office = {
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    EventType: { DialogMessageReceived: 'dialogMessageReceived' },
    onReady: (cb: () => void) => cb(),
    addin: { showAsTaskpane: async () => void shownAsTaskpane++ },
    actions: { associate: () => undefined },
    context: {
      displayLanguage: 'ro-RO',
      requirements: { isSetSupported: () => true },
      document: {
        settings: {
          get: (k: string) => store.get(k),
          set: (k: string, v: unknown) => store.set(k, v),
          saveAsync: (cb: (r: unknown) => void) => void store.save().then(() => cb(ok)),
          refreshAsync: (cb: (r: unknown) => void) => void store.refresh().then(() => cb(ok)),
        },
      },
      ui: {
        displayDialogAsync: (url: string, _o: unknown, cb: (r: unknown) => void) => {
          const q = new URL(url).searchParams;
          dialogs.push({ title: q.get('t') ?? '', message: q.get('m') ?? '', first: q.get('f') });
          cb({
            status: 'succeeded',
            value: { addEventHandler: (_t: string, h: (a: { message: string }) => void) => h({ message: answer }), close: () => undefined },
          });
        },
      },
    },
  };
  const run = excelRun(model);
  globals.Office = office;
  globals.Excel = { run: (a: unknown, b?: unknown) => (b ? run(b as Parameters<RunBatch>[0], a as never) : run(a as Parameters<RunBatch>[0])) };
  globals.window = { location: { href: 'https://localhost:3000/commands.html' } };
  return dialogs;
}

async function click(model: WorkbookDouble, doc = new DocumentSettings()) {
  const dialogs = install(model, doc);
  const { generateReportCommand } = await import('../src/commands/commands');
  let completed = false;
  await generateReportCommand({ completed: () => void (completed = true) } as Office.AddinCommands.Event);
  return { dialogs, completed };
}

function planModel() {
  const model = new WorkbookDouble();
  const plan = generatePlan(30);
  model.addSheet('Plan', plan.rows, plan.merges);
  return model;
}

afterEach(() => {
  answer = 'close';
  shownAsTaskpane = 0;
  delete globals.Office;
  delete globals.Excel;
  delete globals.window;
});

test('writes the two sheets, says so in a dialog, and completes the event', async () => {
  const model = planModel();
  const { dialogs, completed } = await click(model);
  expect(model.sheets.map((s) => s.name)).toEqual(['Plan', 'Statistici', 'Raport']);
  expect(dialogs).toHaveLength(1);
  expect(dialogs[0].title).toBe(pane('ro', 'app_title'));
  expect(dialogs[0].message).toContain(pane('ro', 'generated', { statistics: 'Statistici', report: 'Raport' }));
  expect(dialogs[0].message).toContain('30 de acțiuni');
  expect(completed).toBe(true);
});

test("uses the workbook's settings as saved by the pane (interface and report language, template)", async () => {
  const doc = new DocumentSettings();
  doc.document.set('actionPlanReport', JSON.stringify({ version: 1, lang: 'en', reportLang: 'en', template: 'In total {{ total.rows }} actions.' }));
  const model = planModel();
  const { dialogs } = await click(model, doc);
  expect(model.sheets.map((s) => s.name)).toEqual(['Plan', 'Statistics', 'Report']);
  expect([...model.sheet('Report').cells.values()].map((c) => c.value)).toContain('In total 30 actions.');
  expect(dialogs[0].message).toContain(pane('en', 'generated', { statistics: 'Statistics', report: 'Report' }));
});

const RUSSIAN_PLAN = [
  ['Отчёт о выполнении плана за I полугодие 2022 года'],
  ['№', 'Мероприятие', 'Ответственный', 'Срок исполнения', 'Статус', 'Описание'],
  ['1.1', 'Утверждение положения', 'ОРП', 'IV квартал 2022', 'Выполнено', 'Положение утверждено.'],
  ['1.2', 'Обучение персонала', 'ОРП', 'IV квартал 2022', 'Начато', 'Обучение идёт.'],
];

test("the report is in the workbook's language by default, whatever the interface's; a chosen report language wins", async () => {
  const russian = () => {
    const model = new WorkbookDouble();
    model.addSheet('План', RUSSIAN_PLAN);
    return model;
  };
  const cells = (model: WorkbookDouble, name: string) => [...model.sheet(name).cells.values()].map((c) => String(c.value));
  // A Romanian interface (Office in Romanian, no settings) on a Russian workbook: a Russian report, a Romanian dialog.
  const model = russian();
  const { dialogs } = await click(model);
  expect(model.sheets.map((s) => s.name)).toEqual(['План', 'Статистика', 'Отчёт']);
  expect(cells(model, 'Отчёт').join('\n')).toMatch(/мероприяти/);
  expect(dialogs[0].message).toContain(pane('ro', 'generated', { statistics: 'Статистика', report: 'Отчёт' }));
  // English chosen for the report in the workbook's settings.
  const doc = new DocumentSettings();
  doc.document.set('actionPlanReport', JSON.stringify({ version: 1, reportLang: 'en' }));
  const chosen = russian();
  await click(chosen, doc);
  expect(chosen.sheets.map((s) => s.name)).toEqual(['План', 'Statistics', 'Report']);
  expect(cells(chosen, 'Report').join('\n')).toMatch(/\bactions?\b/);
});

test('a protected workbook structure is explained, and nothing changes', async () => {
  const model = planModel();
  model.structureProtected = true;
  const before = model.snapshot();
  const { dialogs, completed } = await click(model);
  expect(dialogs[0].message).toBe(pane('ro', 'workbook_protected'));
  expect(model.snapshot()).toEqual(before);
  expect(completed).toBe(true);
});

test('Excel stuck in cell-edit mode is explained after the retries', async () => {
  const model = planModel();
  model.cellEditMode = true;
  const { dialogs, completed } = await click(model);
  expect(dialogs[0].message).toBe(pane('ro', 'cell_edit_mode'));
  expect(completed).toBe(true);
}, 30_000);

describe('with a previous report kept with the workbook (Compare view)', () => {
  async function keptWorkbook(previousPeriod: string) {
    const { analyzeWorkbook } = await import('../src/core/analyze');
    const { storePrevious } = await import('../src/core/compare');
    const { toSetting } = await import('../src/host/previous-setting');
    const { loadWorkbook } = await import('../src/xlsx/read');
    const { buildSampleWorkbook, readSampleActions } = await import('../samples/build-sample');
    const { buildNextPeriodWorkbook, nextPeriodActions, xlsxBytes } = await import('./helpers/compare-fixtures');
    const { fromExcelJs } = await import('./helpers/excel-double');
    const s1 = readSampleActions();
    const before = buildSampleWorkbook(s1);
    before.worksheets[0].getCell('A2').value = previousPeriod;
    const previous = analyzeWorkbook((await loadWorkbook(await xlsxBytes(before))).grid);
    const doc = new DocumentSettings();
    doc.document.set('actionPlanReport', JSON.stringify({ version: 1, previous: toSetting(storePrevious(previous, 'raport-S1-2020.docx')!) }));
    return { model: fromExcelJs(buildNextPeriodWorkbook(nextPeriodActions(s1))), doc };
  }
  const texts = (model: WorkbookDouble, sheet: string) => [...model.sheet(sheet).cells.values()].map((c) => String(c.value));

  test('the report compares with it, and the dialog names the file', async () => {
    const { comparePane } = await import('../src/core/messages/compare-pane');
    const { model, doc } = await keptWorkbook('pentru semestrul I, 2020');
    const { dialogs } = await click(model, doc);
    expect(dialogs[0].message).toContain('Comparat cu raportul precedent „raport-S1-2020.docx” (semestrul I 2020); schimbări de verificat în panou: 12.');
    expect(texts(model, 'Raport')).toContain('Evoluția față de perioada precedentă');
    expect(texts(model, 'Raport').some((t) => /1\.2/.test(t) && /nu mai (este|sunt) realizat/.test(t))).toBe(true);
    expect(texts(model, 'Statistici')).toContain(comparePane('ro', 'completion_before'));
    // Reads the sample twice and compares: over Jest's 5 s on a loaded machine.
  }, 30_000);

  test('a kept report of the same period is not compared with, and the dialog says so', async () => {
    const { model, doc } = await keptWorkbook('pentru semestrul II, 2020');
    const { dialogs } = await click(model, doc);
    expect(dialogs[0].message).toContain('nu este al unei perioade anterioare');
    expect(texts(model, 'Raport')).not.toContain('Evoluția față de perioada precedentă');
  });
});

describe('the open errors in the dialog', () => {
  const WITH_ERRORS = [
    ['Raport privind implementarea planului pentru semestrul I, 2022'],
    ['Nr.', 'Acțiunea', 'Responsabil', 'Termen de realizare', 'Statutul', 'Descrierea'],
    ['1.1', 'Aprobarea regulamentului', 'DIP', 'Trimestrul I, 2022', '', 'Regulamentul este în lucru.'],
    ['1.2', 'Instruirea personalului', 'DIP', 'Trimestrul I, 2022', '', 'Instruirea a început.'],
    ['1.3', 'Publicarea datelor', 'DIP', 'luna a treisprezecea', 'Realizat', 'Datele sunt publicate.'],
  ];
  const model = () => {
    const m = new WorkbookDouble();
    m.addSheet('Plan', WITH_ERRORS);
    return m;
  };

  test('names them by kind with the right plural, offers the way to the first, and takes it', async () => {
    const { groupText } = await import('../src/core/messages/pane');
    const m = model();
    answer = 'first';
    const { dialogs, completed } = await click(m);
    const missing = groupText('ro', 'missing_status').title.toLowerCase();
    expect(dialogs[0].message).toContain(`Rămân 3 erori: ${missing} (2), `);
    expect(dialogs[0].message).toContain('Prima: celula E3.');
    expect(dialogs[0].first).toBe('Mergi la prima eroare');
    expect(m.selected).toBe('Plan!E3');
    expect(shownAsTaskpane).toBe(1);
    expect(completed).toBe(true);
  });

  test('in Russian: "Осталось"/"Остались" agrees with the count; OK leaves the selection alone', async () => {
    const doc = new DocumentSettings();
    doc.document.set('actionPlanReport', JSON.stringify({ version: 1, lang: 'ru' }));
    const m = model();
    const { dialogs } = await click(m, doc);
    expect(dialogs[0].message).toMatch(/Остались 3 ошибки: нет статуса \(2\), /);
    expect(dialogs[0].first).toBe('Перейти к первой ошибке');
    expect(m.selected).toBe('');
    expect(shownAsTaskpane).toBe(0);
  });

  test('with no error open the dialog has no second button', async () => {
    const m = new WorkbookDouble();
    m.addSheet('Plan', WITH_ERRORS.slice(0, 2).concat([['1.1', 'Aprobarea', 'DIP', 'Trimestrul I, 2022', 'Realizat', 'Aprobat.']]));
    const { dialogs } = await click(m);
    expect(dialogs[0].first).toBeNull();
    expect(dialogs[0].message).not.toMatch(/Rămân|Rămâne/);
  });
});
