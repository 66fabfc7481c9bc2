import { OfficeMockObject } from 'office-addin-mock';
import { ALL_CAPABILITIES, ExcelHost, Run } from '../src/excel/excel-host';
import { HostError } from '../src/host/host';
import { DocumentSettings } from './helpers/excel-double';

const memoryStore = () => new DocumentSettings().runtime();

/** An Excel.run over an office-addin-mock context that records what the host asks of Excel. */
function mockRun(calls: string[]) {
  const range = (sheet: string, address: string) => ({
    select: () => calls.push(`select ${sheet}!${address}`),
    dataValidation: {
      clear: () => calls.push(`clear validation ${address}`),
      set rule(r: unknown) {
        calls.push(`rule ${JSON.stringify(r)}`);
      },
      set errorAlert(_a: unknown) {},
    },
  });
  const context = new OfficeMockObject({
    workbook: {
      worksheets: {
        getItem: (name: string) => ({
          activate: () => calls.push(`activate ${name}`),
          getRange: (a: string) => range(name, a),
          protection: { protected: false, load: () => undefined },
        }),
      },
    },
  });
  const sync = context.sync.bind(context);
  context.sync = async () => {
    calls.push('sync');
    await sync();
  };
  return (async (batch: (ctx: never) => Promise<unknown>) => batch(context as never)) as Run;
}

test('select a cell: activate its sheet, select it, one sync', async () => {
  const calls: string[] = [];
  await new ExcelHost(mockRun(calls), memoryStore(), ALL_CAPABILITIES).selectCell('Plan', 'D16');
  expect(calls).toEqual(['activate Plan', 'select Plan!D16', 'sync']);
});

test('enforce statuses: protection checked, then the old validation cleared and a dropdown list of the allowed forms', async () => {
  const calls: string[] = [];
  await new ExcelHost(mockRun(calls), memoryStore(), ALL_CAPABILITIES).enforceStatuses('Plan', 'G5:G43', ['Realizată', 'În proces de realizare']);
  expect(calls).toEqual(['sync', 'clear validation G5:G43', 'rule {"list":{"inCellDropDown":true,"source":"Realizată,În proces de realizare"}}', 'sync']);
});

describe('Excel errors', () => {
  const failing = (code: string, times: number, calls: string[]): Run => {
    let n = 0;
    const inner = mockRun(calls);
    return (async (batch: (ctx: never) => Promise<unknown>) => {
      if (n++ < times) throw Object.assign(new Error(`Excel says ${code}`), { code });
      return inner(batch as never);
    }) as Run;
  };

  test('cell-edit mode is retried until Excel accepts', async () => {
    const calls: string[] = [];
    await new ExcelHost(failing('InvalidOperationInCellEditMode', 2, calls), memoryStore(), ALL_CAPABILITIES).selectCell('Plan', 'A1');
    expect(calls).toEqual(['activate Plan', 'select Plan!A1', 'sync']);
  });

  test('cell-edit mode that lasts is explained, not swallowed', async () => {
    const host = new ExcelHost(failing('InvalidOperationInCellEditMode', 99, []), memoryStore(), ALL_CAPABILITIES);
    await expect(host.selectCell('Plan', 'A1')).rejects.toMatchObject({ code: 'cell_edit_mode' });
  });

  test('any other error surfaces at once with its message', async () => {
    const host = new ExcelHost(failing('ItemNotFound', 1, []), memoryStore(), ALL_CAPABILITIES);
    const err = await host.selectCell('Nope', 'A1').catch((e) => e);
    expect(err).toBeInstanceOf(HostError);
    expect(err).toMatchObject({ code: 'excel_error', message: 'Excel says ItemNotFound' });
  });
});
