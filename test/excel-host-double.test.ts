/** The Excel double keeps Excel's documented rules (cited in test/helpers/excel-double.ts): each one here. */
import { DATE_FORMAT, DocumentSettings, PAYLOAD_LIMIT, SyncCounter, WorkbookDouble, excelRun } from './helpers/excel-double';

function setup(rows: Parameters<WorkbookDouble['addSheet']>[1] = [], merges: string[] = []) {
  const model = new WorkbookDouble();
  model.addSheet('Plan', rows, merges);
  const counter = new SyncCounter();
  return { model, counter, run: excelRun(model, counter) };
}

test('strings starting "=", "+" or "-" become formulas, unless the cell is text ("@") or the string starts with an apostrophe', async () => {
  const { model, run } = setup();
  await run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem('Plan');
    ws.getRange('B1:B2').numberFormat = [['@'], ['@']];
    ws.getRange('A1:A5').values = [['=HYPERLINK("x")'], ['- 1.9 acțiune'], ["'=text"], ['-5'], ['1.10']];
    ws.getRange('B1:B2').values = [['=text'], ["'kept"]];
    await ctx.sync();
  });
  const s = model.sheet('Plan');
  expect(s.cells.get('0,0')).toMatchObject({ formula: '=HYPERLINK("x")', type: 'Error' });
  expect(s.cells.get('1,0')).toMatchObject({ formula: '=- 1.9 acțiune' });
  expect(s.cells.get('2,0')).toEqual({ value: '=text', type: 'String' });
  expect(s.cells.get('3,0')).toEqual({ value: -5, type: 'Double' });
  expect(s.cells.get('4,0')).toEqual({ value: 1.1, type: 'Double' });
  expect(s.cells.get('0,1')).toEqual({ value: '=text', type: 'String' });
  expect(s.cells.get('1,1')).toEqual({ value: "'kept", type: 'String' });
});

test('sheet names: unique regardless of case, at most 31 characters, none of []:*?/\\; checked at sync()', async () => {
  const { model, run } = setup();
  for (const bad of ['plan', 'x'.repeat(32), 'a[b]', 'a:b', 'a*b', 'a?b', 'a/b', 'a\\b', "'quoted'"]) {
    const err = await run(async (ctx) => {
      ctx.workbook.worksheets.add(bad); // queued: no error yet
      await ctx.sync();
    }).catch((e) => e);
    expect(err.code).toBe(bad === 'plan' ? 'ItemAlreadyExists' : 'InvalidArgument');
  }
  model.addSheet('Alt');
  const err = await run(async (ctx) => {
    ctx.workbook.worksheets.getItem('Alt').name = 'PLAN';
    await ctx.sync();
  }).catch((e) => e);
  expect(err.code).toBe('ItemAlreadyExists');
  expect(model.sheets.map((s) => s.name)).toEqual(['Plan', 'Alt']);
});

test("sheet ids in Excel's GUID form share their first eight characters", () => {
  const model = new WorkbookDouble();
  const ids = ['A', 'B', 'C'].map((n) => model.addSheet(n).id);
  for (const id of ids) expect(id).toMatch(/^\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}$/);
  expect(new Set(ids.map((id) => id.slice(0, 8))).size).toBe(1);
  expect(new Set(ids).size).toBe(3);
});

test('an error is raised at sync(), with everything queued before it applied and nothing after (no transactions)', async () => {
  const { model, run } = setup();
  model.addSheet('Alt');
  const err = await run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem('Plan');
    ws.getRange('A1').values = [['before']];
    ctx.workbook.worksheets.getItem('Alt').name = 'Plan';
    ws.getRange('A2').values = [['after']];
    await ctx.sync();
  }).catch((e) => e);
  expect(err.code).toBe('ItemAlreadyExists');
  expect(model.value('Plan', 'A1')).toBe('before');
  expect(model.value('Plan', 'A2')).toBe('');
});

test('a loaded property is readable only after sync()', async () => {
  const { run } = setup([['a']]);
  await run(async (ctx) => {
    const r = ctx.workbook.worksheets.getItem('Plan').getRange('A1').load('values');
    expect(() => r.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    await ctx.sync();
    expect(r.values).toEqual([['a']]);
  });
});

test('merged areas: the value is in the top-left cell, the others read ""', async () => {
  const { run } = setup([['Obiectivul 1', 'x', 'y']], ['A1:C1']);
  const values = await run(async (ctx) => {
    const r = ctx.workbook.worksheets.getItem('Plan').getRange('A1:C1').load('values');
    await ctx.sync();
    return r.values;
  });
  expect(values).toEqual([['Obiectivul 1', '', '']]);
});

test('dates are serial numbers with a date format; error cells read as their text with the type Error', async () => {
  const { run } = setup([[new Date(Date.UTC(2022, 5, 30)), { error: '#N/A' }, '#N/A']]);
  const r = await run(async (ctx) => {
    const range = ctx.workbook.worksheets.getItem('Plan').getRange('A1:C1').load('values,valueTypes,numberFormat');
    await ctx.sync();
    return { values: range.values, types: range.valueTypes, formats: range.numberFormat };
  });
  expect(r.values).toEqual([[44742, '#N/A', '#N/A']]);
  expect(r.types).toEqual([['Double', 'Error', 'String']]);
  expect(r.formats).toEqual([[DATE_FORMAT, 'General', 'General']]);
});

test('a response over 5 MB, counted in UTF-8 bytes, is refused', async () => {
  // 1.5 million Cyrillic letters: under 5 million characters, over 5 MB in UTF-8.
  const rows = Array.from({ length: 100 }, () => ['ж'.repeat(15_000), 'ж'.repeat(15_000)]);
  const { run, counter } = setup(rows);
  const err = await run(async (ctx) => {
    ctx.workbook.worksheets.getItem('Plan').getRange('A1:B100').load('values');
    await ctx.sync();
  }).catch((e) => e);
  expect(err.code).toBe('ResponsePayloadSizeLimitExceeded');
  expect(counter.largestResponse).toBeGreaterThan(PAYLOAD_LIMIT);
  const half = await run(async (ctx) => {
    const r = ctx.workbook.worksheets.getItem('Plan').getRange('A1:B40').load('values');
    await ctx.sync();
    return r.values.length;
  });
  expect(half).toBe(40);
});

test('in cell-edit mode every batch fails, reads too', async () => {
  const { model, run } = setup([['a']]);
  model.cellEditMode = true;
  for (let i = 0; i < 3; i++) {
    const err = await run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Plan').getRange('A1').load('values');
      await ctx.sync();
    }).catch((e) => e);
    expect(err.code).toBe('InvalidOperationInCellEditMode');
  }
});

test('a protected sheet refuses writes and formats, and can be read; a protected structure refuses new sheets', async () => {
  const { model, run } = setup([['a']]);
  model.sheet('Plan').protected = true;
  for (const write of [
    (ws: Excel.Worksheet) => (ws.getRange('A1').values = [['b']]),
    (ws: Excel.Worksheet) => ws.getRange('A1').conditionalFormats.add('Custom'),
    (ws: Excel.Worksheet) => (ws.getRange('A1').format.fill.color = '#FF0000'),
    (ws: Excel.Worksheet) => ws.getRange('A1').dataValidation.clear(),
  ]) {
    const err = await run(async (ctx) => {
      write(ctx.workbook.worksheets.getItem('Plan'));
      await ctx.sync();
    }).catch((e) => e);
    expect(err.code).toBe('AccessDenied');
  }
  expect(model.value('Plan', 'A1')).toBe('a');
  model.structureProtected = true;
  const err = await run(async (ctx) => {
    ctx.workbook.worksheets.add('Nouă');
    await ctx.sync();
  }).catch((e) => e);
  expect(err.code).toBe('AccessDenied');
});

test('an event handler is removed only through the context it was added in', async () => {
  const { model, run } = setup();
  const calls: string[] = [];
  const handler = await run(async (ctx) => {
    const h = ctx.workbook.worksheets.onChanged.add(async () => void calls.push('changed'));
    await ctx.sync();
    return h;
  });
  await run(async (other) => {
    handler.remove();
    await other.sync();
  });
  await model.fireChanged();
  expect(calls).toEqual(['changed']);
  await run(async (own) => {
    handler.remove();
    await own.sync();
  }, handler.context);
  await model.fireChanged();
  expect(calls).toEqual(['changed']);
});

test('settings: each runtime works on its own copy until it refreshes', async () => {
  const doc = new DocumentSettings();
  const pane = doc.runtime();
  const ribbon = doc.runtime();
  pane.set('k', 'v1');
  await pane.save();
  expect(ribbon.get('k')).toBeUndefined();
  await ribbon.refresh();
  expect(ribbon.get('k')).toBe('v1');
});

test('a name follows its sheet through a rename and reads #REF! once the sheet is gone', async () => {
  const { model, run } = setup();
  model.addSheet('Alt');
  await run(async (ctx) => {
    ctx.workbook.names.add('Marker', ctx.workbook.worksheets.getItem('Alt').getRange('A1'));
    ctx.workbook.worksheets.getItem('Alt').name = 'Alt nou';
    await ctx.sync();
  });
  const formula = async () =>
    run(async (ctx) => {
      const names = ctx.workbook.names.load('items/name,items/formula');
      await ctx.sync();
      return names.items.map((n) => n.formula);
    });
  expect(await formula()).toEqual(["='Alt nou'!$A$1"]);
  await run(async (ctx) => {
    ctx.workbook.worksheets.getItem('Alt nou').delete();
    await ctx.sync();
  });
  expect(await formula()).toEqual(['=#REF!']);
});

test('a read of more than five million cells, and a dropdown list over 255 characters, are refused', async () => {
  const { run } = setup([['a']]);
  const read = await run(async (ctx) => {
    ctx.workbook.worksheets.getItem('Plan').getRangeByIndexes(0, 0, 1_000_000, 6).load('values');
    await ctx.sync();
  }).catch((e) => e);
  expect(read.code).toBe('InvalidArgument');
  const list = await run(async (ctx) => {
    ctx.workbook.worksheets.getItem('Plan').getRange('A1:A9').dataValidation.rule = { list: { inCellDropDown: true, source: 'x,'.repeat(128) } };
    await ctx.sync();
  }).catch((e) => e);
  expect(list.code).toBe('InvalidArgument');
});

test('a missing sheet is reported at sync(), not when asked for', async () => {
  const { run } = setup();
  const err = await run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem('Nu există');
    ws.getRange('A1').values = [['x']];
    await ctx.sync();
  }).catch((e) => e);
  expect(err.code).toBe('ItemNotFound');
});
