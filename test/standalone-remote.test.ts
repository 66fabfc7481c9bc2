import { readFileSync } from 'fs';
import { join } from 'path';
import { fileErrorMessage } from '../src/core/messages';
import { HostError, hostErrorText } from '../src/host/host';
import { fromWire, toWire } from '../src/standalone/protocol';
import { HostWorker, RemoteHost, openRemote } from '../src/standalone/remote-host';
import { serveStandalone } from '../src/standalone/serve-host';
import { OpenPhase } from '../src/standalone/session';
import { StandaloneHost } from '../src/standalone/standalone-host';
import { planRows, rawXlsx, row, str } from './helpers/raw-xlsx';

/**
 * The page's RemoteHost and the worker's serveStandalone, joined by a MessageChannel: the same
 * structured clone and transfer rules as a Web Worker's postMessage (HTML "StructuredSerialize"),
 * so what crosses here is what crosses in the browser. Node's global MessageChannel is the web's.
 */
const ports: MessagePort[] = [];
function worker(): HostWorker & { terminated: boolean } {
  const { port1, port2 } = new MessageChannel();
  ports.push(port1, port2);
  serveStandalone(port1 as unknown as Parameters<typeof serveStandalone>[0]);
  const w = {
    terminated: false,
    onerror: null,
    postMessage: (m: unknown, t: Transferable[]) => port2.postMessage(m, t),
    set onmessage(f: ((e: MessageEvent) => void) | null) {
      port2.onmessage = f;
    },
    get onmessage() {
      return port2.onmessage;
    },
    terminate() {
      w.terminated = true;
      port1.close();
      port2.close();
    },
  };
  return w;
}
afterAll(() => ports.forEach((p) => p.close()));

const SAMPLE = join(__dirname, '..', 'samples', 'open-government-2020-s1.xlsx');
const bytesOf = (b: Uint8Array) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
const sample = () => bytesOf(readFileSync(SAMPLE));

async function openBoth(data: () => ArrayBuffer) {
  const phases: OpenPhase[] = [];
  const remote = await openRemote(worker(), data(), 'plan.xlsx', { onPhase: (p) => phases.push(p) });
  const local = await StandaloneHost.open(data(), 'plan.xlsx');
  if (!remote.ok || !local.ok) throw new Error('not opened');
  return { remote: remote.host, local: local.host, phases };
}

test('the file is transferred to the worker, not copied, and each step of the open is told', async () => {
  const data = sample();
  const r = await openRemote(worker(), data, 'sample.xlsx', { onPhase: () => undefined });
  expect(r.ok).toBe(true);
  expect(data.byteLength).toBe(0); // detached: the page no longer holds the bytes
  const { phases } = await openBoth(sample);
  expect(phases).toEqual(['unpacking', 'parsing', 'sheets']);
}, 60_000);

test('the grid, settings, selection, fixes and download are those of the in-thread host', async () => {
  const { remote, local } = await openBoth(sample);
  expect(remote).toBeInstanceOf(RemoteHost);
  const grid = await remote.readWorkbook();
  expect(grid).toEqual(await local.readWorkbook());
  // Read again (no longer the grid kept from the open): the same.
  expect(await remote.readWorkbook()).toEqual(grid);
  expect(await remote.loadSettings()).toEqual(await local.loadSettings());

  const seen: string[] = [];
  remote.subscribe(() => seen.push(remote.selected?.cell ?? ''));
  await remote.selectCell(grid.sheets[0].name, 'A1');
  await local.selectCell(grid.sheets[0].name, 'A1');
  expect(remote.selected).toEqual(local.selected);
  expect(seen).toEqual(['A1']);
  await remote.highlight([{ sheet: 'x', cell: 'B2', severity: 'error' }]);
  expect(remote.highlighted).toEqual([{ sheet: 'x', cell: 'B2', severity: 'error' }]);

  const sheet = grid.sheets[0].name;
  const a1 = local.textAt(sheet, 'A1');
  const fixes = [
    { sheet, cell: 'A1', expected: a1, value: 'Planul' },
    { sheet, cell: 'B1', expected: 'not what the cell holds', value: 'x' },
  ];
  expect(await remote.applyFixes(fixes)).toEqual(await local.applyFixes(fixes));
  expect((await remote.readWorkbook()).sheets[0].rows[0][0]).toBe('Planul');
  await remote.enforceStatuses(sheet, 'G5:G10', ['Realizat', 'Nerealizat']);
  await local.enforceStatuses(sheet, 'G5:G10', ['Realizat', 'Nerealizat']);
  const blob = await remote.download();
  expect(blob.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  expect(Buffer.from(await blob.arrayBuffer())).toEqual(Buffer.from(await local.downloadBytes()));
}, 120_000);

test("a failure in the worker rejects the page's call with the same message; a HostError keeps its code", async () => {
  const { remote } = await openBoth(sample);
  const local = await (async () => {
    const r = await StandaloneHost.open(sample(), 'plan.xlsx');
    return r.ok ? r.host : null;
  })();
  const bad = {} as never;
  const expected = await local!.writeOutputs(bad).catch((e: Error) => e.message);
  await expect(remote.writeOutputs(bad)).rejects.toThrow(expected as string);
  const e = fromWire(toWire(new HostError('sheet_protected', 'Plan')));
  expect(e).toBeInstanceOf(HostError);
  expect(hostErrorText('ro', e)).toBe(hostErrorText('ro', new HostError('sheet_protected', 'Plan')));
  expect(fromWire(toWire(new Error('boom')))).not.toBeInstanceOf(HostError);
}, 60_000);

test.each([
  ['a cell at row 2,147,483,647', () => rawXlsx([{ name: 'Plan', rows: planRows(3) + row(2147483647, str('A2147483647', 'x')) }]), 'beyond_excel'],
  ['not a zip', () => new TextEncoder().encode('hello, not a workbook'), 'not_xlsx'],
])(
  '%s is refused with the same error and parameters as on the page',
  async (_, build, code) => {
    const remote = await openRemote(worker(), bytesOf(build()), 'bad.xlsx');
    const local = await StandaloneHost.open(bytesOf(build()), 'bad.xlsx');
    expect(remote).toEqual(local);
    expect(remote.ok).toBe(false);
    if (!remote.ok) {
      expect(remote.error).toBe(code);
      expect(fileErrorMessage('ro', remote.error, remote.params)).not.toMatch(/\{\w+\}/);
    }
  },
  60_000,
);

test('aborting an open terminates the worker and rejects with "cancelled"', async () => {
  const w = worker();
  const controller = new AbortController();
  const opening = openRemote(w, bytesOf(rawXlsx([{ name: 'Plan', rows: planRows(2_000) }])), 'big.xlsx', {
    onPhase: (p) => p === 'unpacking' && controller.abort(),
    signal: controller.signal,
  });
  await expect(opening).rejects.toMatchObject({ code: 'cancelled' });
  expect(w.terminated).toBe(true);
}, 60_000);

test('a call aborted by its signal rejects with "cancelled" and the host stays usable', async () => {
  const { remote } = await openBoth(sample);
  const controller = new AbortController();
  const read = remote.readWorkbook(undefined, controller.signal);
  controller.abort();
  await expect(read).rejects.toBeInstanceOf(HostError);
  expect((await remote.readWorkbook()).sheets.length).toBeGreaterThan(0);
}, 60_000);
