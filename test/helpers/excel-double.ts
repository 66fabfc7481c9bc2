/**
 * A double of the Excel JavaScript API subset the add-in uses, keeping Excel's documented rules
 * rather than being kinder than Excel. Each rule cites where it is documented:
 *   [d.ts]  node_modules/@types/office-js/index.d.ts (the JSDoc of the member named)
 *   [limits] https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization
 *            and https://learn.microsoft.com/office/dev/add-ins/excel/performance ("Excel on the web limits
 *            requests and responses to 5 MB ... On all platforms, a range is limited to five million
 *            cells for get operations")
 *   [minus]  https://github.com/OfficeDev/office-js/issues/3256 (a long value starting with "-" fails the sync)
 *   [list]   https://support.microsoft.com/office/apply-data-validation-to-cells-29fecbcc-d1b9-42c1-9d76-eff3ce5f7249
 *            (a list typed in the Source box is limited to 255 characters)
 *   [events] https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events#remove-an-event-handler
 *   [errors] https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling
 *   [names]  https://support.microsoft.com/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9
 *   [text]   https://support.microsoft.com/office/format-numbers-as-text-583160db-35e7-4ec5-8ab3-f8c2ac7b5c98
 *
 * The batch model [d.ts ClientRequestContext.sync, "Synchronizes the state between JavaScript proxy
 * objects and the Office document, by executing instructions queued on the request context"]:
 * nothing a proxy asks for happens until sync(); then the queue runs in order, and the first
 * failing instruction rejects sync() with everything before it applied: there are no
 * transactions. Syncs are counted with their request and response sizes in UTF-8 bytes.
 */
import { columnLetters, parseAddress } from '../../src/core/grid';

type Scalar = string | number | boolean;
export type ValueType = 'Empty' | 'String' | 'Double' | 'Boolean' | 'Error';
export interface Cell {
  value: Scalar;
  type: ValueType;
  /** Set when Excel took the written string for a formula. */
  formula?: string;
}
export interface Format {
  fill?: string;
  bold?: boolean;
  size?: number;
  numberFormat?: string;
  columnWidth?: number;
  wrapText?: boolean;
}
/** What a test puts in a cell: a Date is stored as Excel stores it, a serial number with a date format. */
export type CellInput = Scalar | null | Date | { error: string };

export interface SheetData {
  name: string;
  id: string;
  cells: Map<string, Cell>;
  formats: Map<string, Format>;
  merges: string[];
  protected: boolean;
  conditionalFormats: { address: string; type: string; formula: string; fill: string }[];
  validations: { address: string; source: string }[];
  tables: string[];
  charts: { type: string; position: string }[];
  frozenRows?: number;
}

/** Excel on the web refuses a request or response over 5 MB [limits: "Payload size for requests and responses: 5 MB"]. */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;
export const DATE_FORMAT = 'dd.mm.yyyy';

const key = (r: number, c: number) => `${r},${c}`;
const emptySheet = (name: string): SheetData => ({
  name,
  id: '',
  cells: new Map(),
  formats: new Map(),
  merges: [],
  protected: false,
  conditionalFormats: [],
  validations: [],
  tables: [],
  charts: [],
});
const utf8 = (s: string) => Buffer.byteLength(s, 'utf8');

/** An error as Office.js rejects sync() with: an OfficeExtension.Error carrying a code [errors]. */
export function excelError(code: string, message = code): Error {
  return Object.assign(new Error(message), { name: 'RichApi.Error', code, debugInfo: { code, message } });
}

/** Excel's serial day (1900 system): 1 = 1900-01-01, with the phantom 29 Feb 1900. */
export function toSerial(d: Date): number {
  return Math.round((Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/**
 * Sheet name rules [names: "Sheet names can't: Be blank. Contain more than 31 characters. Contain
 * any of the following characters: / \ ? * : [ ]. Begin or end with an apostrophe ('). Be named
 * 'History'"], unique regardless of case.
 */
function checkSheetName(model: WorkbookDouble, name: string, self?: SheetData): void {
  if (!name || name.length > 31 || /[/\\?*:[\]]/.test(name) || /^'|'$/.test(name) || name.toLowerCase() === 'history')
    throw excelError('InvalidArgument', `The sheet name "${name}" is not allowed.`);
  if (model.sheets.some((s) => s !== self && s.name.toLowerCase() === name.toLowerCase()))
    throw excelError('ItemAlreadyExists', `A sheet named "${name}" already exists.`);
}

export class SyncCounter {
  syncs = 0;
  largestRequest = 0;
  largestResponse = 0;
  /** Each sync's response in UTF-8 bytes, in order (a refused one included). */
  responses: number[] = [];
  reset() {
    Object.assign(this, { syncs: 0, largestRequest: 0, largestResponse: 0, responses: [] });
  }
}

export class WorkbookDouble {
  sheets: SheetData[] = [];
  /** Workbook-scoped named items; a name keeps pointing at its sheet through renames, and at nothing (#REF!) once it is deleted. */
  names = new Map<string, { name: string; sheet: SheetData | null; address: string }>();
  /** Workbook structure protection: no sheet may be added, deleted or renamed. */
  structureProtected = false;
  /** While the user edits a cell, every batch fails [d.ts Excel.ErrorCodes.invalidOperationInCellEditMode]. */
  cellEditMode = false;
  handlers: { ctx: Ctx; fn: (args: unknown) => Promise<unknown> }[] = [];
  /** A fault to inject: an error for a queued write (by its payload), to test what a failure mid-batch leaves. */
  fault: ((payload: unknown) => Error | null) | null = null;
  selected = '';
  private sheetCount = 0;

  /**
   * Sheet ids in Excel's form, "{00000000-0001-0000-0000-000000000000}" [d.ts Worksheet.id:
   * "Returns a value that uniquely identifies the worksheet in a given workbook. The value of the
   * identifier remains the same even when the worksheet is renamed or moved"]: only the second
   * group differs, so any prefix of 8 characters is the same for every sheet.
   */
  newSheet(name: string, into: SheetData = emptySheet(name)): SheetData {
    const n = ++this.sheetCount;
    into.id = `{00000000-${n.toString(16).toUpperCase().padStart(4, '0')}-0000-C000-000000000046}`;
    this.sheets.push(into);
    return into;
  }

  /** A user's sheet as Excel holds it: merged areas keep their value in the top-left cell only. */
  addSheet(name: string, rows: CellInput[][] = [], merges: string[] = []): SheetData {
    checkSheetName(this, name);
    const s = this.newSheet(name);
    s.merges = merges;
    rows.forEach((row, r) => row.forEach((v, c) => this.put(s, r, c, v)));
    for (const m of merges) {
      const [p, q] = m.split(':').map((x) => parseAddress(x)!);
      for (let r = p.row; r <= q.row; r++) for (let c = p.col; c <= q.col; c++) if (r !== p.row || c !== p.col) s.cells.delete(key(r, c));
    }
    return s;
  }

  put(s: SheetData, r: number, c: number, v: CellInput): void {
    if (v === null || v === '') return;
    if (v instanceof Date) {
      s.cells.set(key(r, c), { value: toSerial(v), type: 'Double' });
      s.formats.set(key(r, c), { ...s.formats.get(key(r, c)), numberFormat: DATE_FORMAT });
    } else if (typeof v === 'object') s.cells.set(key(r, c), { value: v.error, type: 'Error' });
    else s.cells.set(key(r, c), { value: v, type: typeof v === 'string' ? 'String' : typeof v === 'number' ? 'Double' : 'Boolean' });
  }

  sheet(name: string): SheetData {
    return this.sheets.find((s) => s.name === name)!;
  }

  /** The value a cell holds, by A1 address ("" when empty, as Range.values gives it). */
  value(sheet: string, a1: string): Scalar {
    const p = parseAddress(a1)!;
    return this.sheet(sheet).cells.get(key(p.row, p.col))?.value ?? '';
  }

  /** Fires WorksheetCollection.onChanged for every registered handler. */
  async fireChanged(): Promise<void> {
    for (const h of [...this.handlers]) await h.fn({ type: 'WorksheetChanged' });
  }

  /** Everything of the sheets, for before/after comparison. */
  snapshot(except: string[] = []): unknown {
    const copy = this.sheets.filter((s) => !except.includes(s.name)).map((s) => ({ ...s, cells: [...s.cells].sort(), formats: [...s.formats].sort() }));
    return JSON.parse(JSON.stringify(copy));
  }
}

/** Thrown when a loaded property is read before load() and sync() [d.ts ClientObject.load: "You must call `context.sync()` before reading the properties"]. */
function notLoaded(what: string): never {
  throw excelError(
    'PropertyNotLoaded',
    `The property '${what}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()".`,
  );
}

interface Op {
  request: number;
  /** Runs at sync(); returns what it sends back (counted in the response) and what to publish once sync() succeeds. */
  run(): { response?: unknown; publish?: () => void } | void;
}

export class Ctx {
  private queue: Op[] = [];
  constructor(
    readonly model: WorkbookDouble,
    readonly counter: SyncCounter,
  ) {}
  readonly workbook = {
    worksheets: new Worksheets(this),
    names: new Names(this),
    protection: loadable(this, () => ({ protected: this.model.structureProtected })) as { protected: boolean; load(p?: string): unknown },
  };
  enqueue(op: Op): void {
    this.queue.push(op);
  }
  /** A write: refused on a protected sheet [d.ts WorksheetProtection.protected: "Specifies if the worksheet is protected"]. */
  write(sheet: SheetData | null, payload: unknown, apply: () => void): void {
    this.enqueue({
      request: utf8(JSON.stringify(payload ?? null)) + 20,
      run: () => {
        if (sheet?.protected) throw excelError('AccessDenied', `The sheet "${sheet.name}" is protected.`);
        const fault = this.model.fault?.(payload);
        if (fault) throw fault;
        apply();
      },
    });
  }
  structural(payload: unknown, apply: () => void): void {
    this.enqueue({
      request: utf8(JSON.stringify(payload ?? null)) + 20,
      run: () => {
        if (this.model.structureProtected) throw excelError('AccessDenied', 'The workbook structure is protected.');
        apply();
      },
    });
  }
  async sync(): Promise<void> {
    this.counter.syncs++;
    const ops = this.queue.splice(0);
    if (this.model.cellEditMode) throw excelError('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode.');
    const request = ops.reduce((n, o) => n + o.request, 2);
    this.counter.largestRequest = Math.max(this.counter.largestRequest, request);
    if (request > PAYLOAD_LIMIT) throw excelError('RequestPayloadSizeLimitExceeded');
    const publish: (() => void)[] = [];
    let response = 2;
    for (const op of ops) {
      const out = op.run();
      if (out?.publish) publish.push(out.publish);
      if (out && 'response' in out) response += utf8(JSON.stringify(out.response)) + 1;
    }
    this.counter.largestResponse = Math.max(this.counter.largestResponse, response);
    this.counter.responses.push(response);
    if (response > PAYLOAD_LIMIT) throw excelError('ResponsePayloadSizeLimitExceeded', `The response payload size (${response} bytes) exceeded the limit.`);
    for (const p of publish) p();
  }
}

/** A proxy whose properties come from one load() and become readable only after sync(). */
function loadable<T extends object>(ctx: Ctx, read: () => T) {
  let data: T | null = null;
  const proxy = {
    load() {
      ctx.enqueue({
        request: 40,
        run: () => {
          const v = read();
          return { response: v, publish: () => (data = v) };
        },
      });
      return proxy;
    },
  };
  return new Proxy(proxy, {
    get(target, prop) {
      if (prop in target) return (target as Record<string | symbol, unknown>)[prop];
      if (data === null) notLoaded(String(prop));
      return (data as Record<string | symbol, unknown>)[prop];
    },
  });
}

function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

class Range {
  private data: Record<string, unknown> | null = null;
  constructor(
    private ctx: Ctx,
    readonly sheet: SheetData | null,
    readonly top: number,
    readonly left: number,
    readonly rows: number,
    readonly cols: number,
  ) {}

  private get s(): SheetData {
    return this.sheet!;
  }
  a1(): string {
    const one = this.rows === 1 && this.cols === 1;
    const tl = `${columnLetters(this.left)}${this.top + 1}`;
    return one ? tl : `${tl}:${columnLetters(this.left + this.cols - 1)}${this.top + this.rows}`;
  }
  private grid<T>(fn: (cell: Cell | undefined, k: string) => T): T[][] {
    if (this.rows * this.cols > 5_000_000) throw excelError('InvalidArgument', 'A range read is limited to five million cells [limits].');
    // Every cell costs at least its quotes and comma in the response: refuse before building what Excel would refuse.
    if (this.rows * this.cols * 3 > PAYLOAD_LIMIT) throw excelError('ResponsePayloadSizeLimitExceeded');
    const out: T[][] = [];
    for (let r = 0; r < this.rows; r++) {
      const row: T[] = [];
      for (let c = 0; c < this.cols; c++) {
        const k = key(this.top + r, this.left + c);
        row.push(fn(this.s.cells.get(k), k));
      }
      out.push(row);
    }
    return out;
  }
  private read(prop: string): unknown {
    const s = this.sheet;
    switch (prop) {
      case 'isNullObject':
        return s === null;
      case 'rowIndex':
        return this.top;
      case 'columnIndex':
        return this.left;
      case 'rowCount':
        return this.rows;
      case 'columnCount':
        return this.cols;
      case 'address':
        return s ? `${quoteSheet(s.name)}!${this.a1()}` : '';
      // [d.ts Range.values: "Cells that contain an error will return the error string"]; empty cells are "".
      case 'values':
        return s ? this.grid((c) => c?.value ?? '') : [];
      // [d.ts Range.valueTypes: "Specifies the type of data in each cell"]: Empty, String, Double, Boolean, Error.
      case 'valueTypes':
        return s ? this.grid((c) => c?.type ?? 'Empty') : [];
      // [d.ts Range.numberFormat: "Represents Excel's number format code for the given range"]: "General" unless set.
      case 'numberFormat':
        return s ? this.grid((_c, k) => this.s.formats.get(k)?.numberFormat ?? 'General') : [];
      default:
        throw new Error(`The double does not model Range.${prop}`);
    }
  }
  readAll(props: string | string[]): Record<string, unknown> {
    const v: Record<string, unknown> = {};
    for (const p of (Array.isArray(props) ? props : props.split(',')).map((x) => x.trim()).filter(Boolean)) v[p] = this.read(p);
    return v;
  }
  publish(v: Record<string, unknown>) {
    this.data = { ...this.data, ...v };
  }
  load(props: string | string[] = 'address') {
    this.ctx.enqueue({
      request: 40,
      run: () => {
        const v = this.readAll(props);
        return { response: v, publish: () => this.publish(v) };
      },
    });
    return this;
  }
  private got(prop: string): unknown {
    if (!this.data || !(prop in this.data)) notLoaded(prop);
    return this.data[prop];
  }
  get isNullObject() {
    if (!this.data) notLoaded('isNullObject');
    return this.sheet === null;
  }
  get rowIndex() {
    return this.got('rowIndex') as number;
  }
  get columnIndex() {
    return this.got('columnIndex') as number;
  }
  get rowCount() {
    return this.got('rowCount') as number;
  }
  get columnCount() {
    return this.got('columnCount') as number;
  }
  get address() {
    return this.got('address') as string;
  }
  get valueTypes() {
    return this.got('valueTypes') as ValueType[][];
  }
  get values(): Scalar[][] {
    return this.got('values') as Scalar[][];
  }
  /**
   * Writing values [d.ts Range.values: "If the returned value starts with a plus ("+"), minus ("-"),
   * or equal sign ("="), Excel interprets this value as a formula"], unless the cell's number format
   * is text "@" or the string starts with an apostrophe, which Excel takes as the text prefix and
   * does not store [text]. In a text-formatted cell the apostrophe is kept as typed. A number-like
   * string in a General cell becomes a number [d.ts Range.values: strings "stored as text instead
   * of as dates" only when locale-shaped; ISO and numeric forms are converted]. A null leaves the
   * cell as it is. A formula the double cannot evaluate shows "#NAME?", as Excel shows an unknown name.
   */
  set values(v: (Scalar | null)[][]) {
    this.ctx.write(this.sheet, v, () => {
      for (let r = 0; r < this.rows; r++)
        for (let c = 0; c < this.cols; c++) {
          if (v.length !== this.rows || v[r].length !== this.cols)
            throw excelError('InvalidArgument', 'The number of rows or columns in the input array does not match the size or dimensions of the range.');
          const x = v[r][c];
          if (x === null) continue;
          const k = key(this.top + r, this.left + c);
          const text = this.s.formats.get(k)?.numberFormat === '@';
          if (x === '') this.s.cells.delete(k);
          else if (typeof x !== 'string') this.s.cells.set(k, { value: x, type: typeof x === 'number' ? 'Double' : 'Boolean' });
          else if (text) this.s.cells.set(k, { value: x, type: 'String' });
          else if (x.startsWith("'")) this.s.cells.set(k, { value: x.slice(1), type: 'String' });
          else if (/^[+-]?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(x)) this.s.cells.set(k, { value: Number(x), type: 'Double' });
          else if (/^[=+-]/.test(x)) this.s.cells.set(k, { value: '#NAME?', type: 'Error', formula: x.startsWith('=') ? x : `=${x}` });
          else this.s.cells.set(k, { value: x, type: 'String' });
        }
    });
  }
  get numberFormat(): string[][] {
    return this.got('numberFormat') as string[][];
  }
  set numberFormat(f: string[][]) {
    this.ctx.write(this.sheet, f, () => this.eachCell((k, r, c) => this.setFormat(k, { numberFormat: f[r]?.[c] ?? f[0][0] })));
  }
  private eachCell(fn: (k: string, r: number, c: number) => void) {
    for (let r = 0; r < Math.min(this.rows, 5000); r++) for (let c = 0; c < Math.min(this.cols, 200); c++) fn(key(this.top + r, this.left + c), r, c);
  }
  private setFormat(k: string, f: Format) {
    this.s.formats.set(k, { ...this.s.formats.get(k), ...f });
  }
  get format() {
    const apply = (f: Format) => this.ctx.write(this.sheet, f, () => this.eachCell((k) => this.setFormat(k, f)));
    return {
      font: {
        set bold(b: boolean) {
          apply({ bold: b });
        },
        set size(n: number) {
          apply({ size: n });
        },
      },
      fill: {
        set color(c: string) {
          apply({ fill: c });
        },
      },
      set columnWidth(w: number) {
        apply({ columnWidth: w });
      },
      set wrapText(w: boolean) {
        apply({ wrapText: w });
      },
      autofitColumns: () => this.ctx.write(this.sheet, 'autofit', () => undefined),
    };
  }
  /**
   * [d.ts Range.merge: "Merge the range cells into one region in the worksheet"]; as when merging
   * by hand, only the upper-left cell's value is kept
   * (https://support.microsoft.com/office/merge-and-unmerge-cells-5cbd15d5-9375-4540-907f-c673a93fcedf).
   */
  merge(across = false) {
    this.ctx.write(this.sheet, 'merge', () => {
      if (across) throw new Error('The double does not model merge(across)');
      this.eachCell((k, r, c) => r + c > 0 && this.s.cells.delete(k));
      this.s.merges.push(this.a1());
    });
  }
  clear() {
    this.ctx.write(this.sheet, 'clear', () => this.eachCell((k) => (this.s.cells.delete(k), this.s.formats.delete(k))));
  }
  get dataValidation() {
    const a1 = this.a1();
    const s = this.sheet;
    const ctx = this.ctx;
    return {
      clear() {
        ctx.write(s, 'clear', () => (s!.validations = s!.validations.filter((v) => v.address !== a1)));
      },
      set rule(r: { list: { source: string } }) {
        ctx.write(s, r, () => {
          if (r.list.source.length > 255) throw excelError('InvalidArgument', 'A list source is limited to 255 characters [list].');
          s!.validations.push({ address: a1, source: r.list.source });
        });
      },
      set errorAlert(a: unknown) {
        ctx.write(s, a, () => undefined);
      },
    };
  }
  get conditionalFormats() {
    const a1 = this.a1();
    const s = this.s;
    const ctx = this.ctx;
    let items: ReturnType<typeof make>[] | null = null;
    const make = (cf: SheetData['conditionalFormats'][number]) => {
      let formula: string | null = null;
      return {
        get type() {
          return cf.type;
        },
        custom: {
          rule: {
            load() {
              ctx.enqueue({ request: 40, run: () => ({ response: cf.formula, publish: () => (formula = cf.formula) }) });
            },
            get formula(): string {
              return formula ?? notLoaded('formula');
            },
            set formula(f: string) {
              ctx.write(s, f, () => (cf.formula = f));
            },
          },
          format: {
            fill: {
              set color(c: string) {
                ctx.write(s, c, () => (cf.fill = c));
              },
            },
          },
        },
        delete() {
          ctx.write(s, 'delete', () => (s.conditionalFormats = s.conditionalFormats.filter((x) => x !== cf)));
        },
      };
    };
    return {
      add(type: string) {
        const cf = { address: a1, type, formula: '', fill: '' };
        ctx.write(s, type, () => s.conditionalFormats.push(cf));
        return make(cf);
      },
      load() {
        ctx.enqueue({
          request: 40,
          run: () => {
            const list = s.conditionalFormats.map(make);
            return { response: s.conditionalFormats.map((c) => c.type), publish: () => (items = list) };
          },
        });
      },
      get items() {
        return items ?? notLoaded('items');
      },
    };
  }
  /** [d.ts Range.getMergedAreasOrNullObject] ExcelApi 1.13: the merged areas, one "Sheet!A1:B2" per area. */
  getMergedAreasOrNullObject() {
    return loadable(this.ctx, () => ({
      isNullObject: this.s.merges.length === 0,
      address: this.s.merges.map((m) => `${quoteSheet(this.s.name)}!${m}`).join(','),
    }));
  }
  select() {
    this.ctx.enqueue({ request: 20, run: () => void (this.ctx.model.selected = `${this.s.name}!${this.a1()}`) });
  }
}

class Worksheet {
  private loadedProps: Record<string, unknown> | null = null;
  constructor(
    private ctx: Ctx,
    readonly data: SheetData,
  ) {}
  load(props = 'name') {
    this.ctx.enqueue({
      request: 40,
      run: () => {
        const v = { name: this.data.name, id: this.data.id };
        return { response: v, publish: () => (this.loadedProps = v) };
      },
    });
    void props;
    return this;
  }
  /** Loaded with the collection's items. */
  publish(v: Record<string, unknown>) {
    this.loadedProps = v;
  }
  get name(): string {
    return (this.loadedProps?.name as string) ?? notLoaded('name');
  }
  /** Renaming checks the name rules at sync(), and a structure-protected workbook refuses it. */
  set name(n: string) {
    this.ctx.structural(n, () => {
      checkSheetName(this.ctx.model, n, this.data);
      this.data.name = n;
    });
  }
  get id(): string {
    return (this.loadedProps?.id as string) ?? notLoaded('id');
  }
  get protection() {
    return loadable(this.ctx, () => ({ protected: this.data.protected }));
  }
  private box() {
    let top = Infinity,
      left = Infinity,
      bottom = -1,
      right = -1;
    for (const k of this.data.cells.keys()) {
      const [r, c] = k.split(',').map(Number);
      top = Math.min(top, r);
      left = Math.min(left, c);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    }
    return bottom < 0 ? null : { top, left, bottom, right };
  }
  /** The used range is computed when the queue runs, so it sees writes queued before it. */
  getUsedRangeOrNullObject() {
    const ctx = this.ctx;
    const self = this;
    let range: Range | null = null;
    const loaded = () => range ?? notLoaded('isNullObject');
    return {
      load(props = 'address') {
        ctx.enqueue({
          request: 40,
          run: () => {
            const b = self.box();
            const r = b ? new Range(ctx, self.data, b.top, b.left, b.bottom - b.top + 1, b.right - b.left + 1) : new Range(ctx, null, 0, 0, 0, 0);
            const v = r.readAll(props);
            return { response: v, publish: () => ((range = r), r.publish(v)) };
          },
        });
        return this;
      },
      get isNullObject() {
        return loaded().isNullObject;
      },
      get rowIndex() {
        return loaded().rowIndex;
      },
      get columnIndex() {
        return loaded().columnIndex;
      },
      get rowCount() {
        return loaded().rowCount;
      },
      get columnCount() {
        return loaded().columnCount;
      },
    };
  }
  getRange(address?: string) {
    if (!address) return new Range(this.ctx, this.data, 0, 0, MAX_ROWS, MAX_COLS);
    const col = /^([A-Z]+):([A-Z]+)$/.exec(address);
    if (col) {
      const a = parseAddress(`${col[1]}1`)!;
      const b = parseAddress(`${col[2]}1`)!;
      return new Range(this.ctx, this.data, 0, a.col, MAX_ROWS, b.col - a.col + 1);
    }
    const [p, q = p] = address.split(':').map((x) => parseAddress(x));
    if (!p || !q) throw excelError('InvalidArgument', `Bad address ${address}`);
    return new Range(this.ctx, this.data, p.row, p.col, q.row - p.row + 1, q.col - p.col + 1);
  }
  getRangeByIndexes(r: number, c: number, rows: number, cols: number) {
    if (r < 0 || c < 0 || rows < 1 || cols < 1 || r + rows > MAX_ROWS || c + cols > MAX_COLS) throw excelError('InvalidArgument', 'Range out of the sheet');
    return new Range(this.ctx, this.data, r, c, rows, cols);
  }
  activate() {
    this.ctx.enqueue({ request: 20, run: () => undefined });
  }
  /** [d.ts WorksheetFreezePanes.freezeRows: "Freeze the top row(s) of the worksheet in place"], ExcelApi 1.7. */
  get freezePanes() {
    return { freezeRows: (n: number) => this.ctx.write(this.data, n, () => (this.data.frozenRows = n)) };
  }
  delete() {
    this.ctx.structural('delete', () => {
      const model = this.ctx.model;
      if (!model.sheets.includes(this.data)) throw excelError('ItemNotFound');
      if (model.sheets.length === 1) throw excelError('InvalidOperation', 'A workbook must keep at least one sheet.');
      model.sheets = model.sheets.filter((s) => s !== this.data);
      for (const n of model.names.values()) if (n.sheet === this.data) n.sheet = null;
    });
  }
  get tables() {
    return { add: (address: string) => this.ctx.write(this.data, address, () => this.data.tables.push(address)) };
  }
  get charts() {
    return {
      add: (type: string) => {
        const chart = { type, position: '' };
        this.ctx.write(this.data, type, () => this.data.charts.push(chart));
        return {
          series: { getItemAt: () => ({ setXAxisValues: () => this.ctx.write(this.data, 'x', () => undefined) }) },
          title: { set text(_t: string) {} },
          legend: { set visible(_v: boolean) {} },
          setPosition: (p: string) => this.ctx.write(this.data, p, () => (chart.position = p)),
        };
      },
    };
  }
}

class Worksheets {
  private list: Worksheet[] | null = null;
  constructor(private ctx: Ctx) {}
  load() {
    this.ctx.enqueue({
      request: 40,
      run: () => {
        const sheets = [...this.ctx.model.sheets];
        const v = sheets.map((s) => ({ name: s.name, id: s.id }));
        return {
          response: v,
          publish: () => {
            this.list = sheets.map((s, i) => {
              const w = new Worksheet(this.ctx, s);
              w.publish(v[i]);
              return w;
            });
          },
        };
      },
    });
    return this;
  }
  get items() {
    return this.list ?? notLoaded('items');
  }
  getItem(name: string) {
    const s = this.ctx.model.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (s) return new Worksheet(this.ctx, s);
    // Like every error, a missing sheet surfaces at sync(); what was queued on it never runs.
    this.ctx.enqueue({
      request: 40,
      run: () => {
        throw excelError('ItemNotFound', `No sheet named ${name}`);
      },
    });
    return new Worksheet(this.ctx, emptySheet(name));
  }
  /** Adding a sheet: the name rules apply at sync(), and a structure-protected workbook refuses it. */
  add(name: string) {
    const model = this.ctx.model;
    const data = emptySheet(name);
    this.ctx.structural(name, () => {
      checkSheetName(model, name);
      model.newSheet(name, data);
    });
    return new Worksheet(this.ctx, data);
  }
  /**
   * [d.ts EventHandlerResult: "The same RequestContext object that the handler was added in must be
   * used when removing the handler"]: remove() is queued on the handler's own context, so it takes
   * effect only when that context syncs [events].
   */
  get onChanged() {
    const ctx = this.ctx;
    return {
      add(fn: (args: unknown) => Promise<unknown>) {
        const entry = { ctx, fn };
        ctx.enqueue({ request: 40, run: () => void ctx.model.handlers.push(entry) });
        return {
          context: ctx,
          remove() {
            ctx.enqueue({ request: 40, run: () => void (ctx.model.handlers = ctx.model.handlers.filter((h) => h !== entry)) });
          },
        };
      },
    };
  }
}

/**
 * Workbook-scoped names [d.ts NamedItemCollection.add(name, reference, comment)], ExcelApi 1.4. A
 * name's formula [d.ts NamedItem.formula, ExcelApi 1.7] follows its sheet's renames and reads
 * "=#REF!" once the sheet is deleted. Name rules: a letter, "_" or "\\" first, then letters,
 * digits, "_" and "." (https://support.microsoft.com/office/define-and-use-names-in-formulas-4d0f13ac-53b7-422e-afd2-abd7ff379c64).
 */
class Names {
  private list: { name: string; formula: string }[] | null = null;
  constructor(private ctx: Ctx) {}
  load() {
    this.ctx.enqueue({
      request: 40,
      run: () => {
        const v = [...this.ctx.model.names.values()].map((n) => ({ name: n.name, formula: n.sheet ? `=${quoteSheet(n.sheet.name)}!$A$1` : '=#REF!' }));
        return { response: v, publish: () => (this.list = v) };
      },
    });
    return this;
  }
  get items() {
    return this.list ?? notLoaded('items');
  }
  add(name: string, reference: Range) {
    this.ctx.enqueue({
      request: 60,
      run: () => {
        if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name)) throw excelError('InvalidArgument', `Bad name ${name}`);
        if (this.ctx.model.names.has(name.toLowerCase())) throw excelError('ItemAlreadyExists', `The name ${name} exists.`);
        this.ctx.model.names.set(name.toLowerCase(), { name, sheet: reference.sheet, address: reference.a1() });
      },
    });
  }
  getItem(name: string) {
    const ctx = this.ctx;
    return {
      delete() {
        ctx.enqueue({
          request: 40,
          run: () => {
            if (!ctx.model.names.delete(name.toLowerCase())) throw excelError('ItemNotFound', `No name ${name}`);
          },
        });
      },
    };
  }
}

export type RunBatch = <T>(batch: (ctx: Excel.RequestContext) => Promise<T>, context?: OfficeExtension.ClientRequestContext) => Promise<T>;

/** Excel.run over the double: a new context per batch, or the one given (Excel.run(context, batch)). */
export function excelRun(model: WorkbookDouble, counter: SyncCounter = new SyncCounter()): RunBatch {
  return async <T>(batch: (ctx: Excel.RequestContext) => Promise<T>, context?: OfficeExtension.ClientRequestContext): Promise<T> => {
    const ctx = (context as unknown as Ctx) ?? new Ctx(model, counter);
    return batch(ctx as unknown as Excel.RequestContext);
  };
}

/**
 * Office.context.document.settings as Excel keeps it: each runtime (the pane, the ribbon command)
 * works on an in-memory copy loaded when it started; saveAsync writes the whole copy to the
 * document; refreshAsync re-reads the document [d.ts Settings.refreshAsync: "each add-in is working
 * against an in-memory copy of the settings loaded from the document"].
 */
export class DocumentSettings {
  document = new Map<string, unknown>();
  runtime() {
    let copy = new Map(this.document);
    return {
      get: (k: string) => copy.get(k),
      set: (k: string, v: unknown) => void copy.set(k, v),
      save: async () => {
        this.document = new Map(copy);
      },
      refresh: async () => {
        copy = new Map(this.document);
      },
    };
  }
}

/**
 * A workbook as Excel would hold the same .xlsx: dates as serials with their number format,
 * formulas by their cached result, errors as error values, merged areas' values in their anchor.
 * Built from exceljs's raw cells, not through the add-in's .xlsx reader.
 */
export function fromExcelJs(wb: import('exceljs').Workbook): WorkbookDouble {
  const model = new WorkbookDouble();
  wb.eachSheet((ws) => {
    const merges = Object.values((ws as unknown as { _merges: Record<string, { range: string }> })._merges ?? {}).map((m) => m.range);
    const s = model.addSheet(ws.name, [], merges);
    ws.eachRow({ includeEmpty: false }, (row, r) =>
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (cell.isMerged && cell.master !== cell) return;
        let v = cell.value as unknown;
        if (v && typeof v === 'object' && !(v instanceof Date)) {
          const o = v as { result?: unknown; richText?: { text: string }[]; error?: string; text?: string };
          if (o.error) v = { error: o.error };
          else if (o.richText) v = o.richText.map((p) => p.text).join('');
          else if ('result' in o) v = o.result ?? null;
          else if ('text' in o) v = o.text;
        }
        if (v && typeof v === 'object' && 'error' in (v as object)) return model.put(s, r - 1, c - 1, v as { error: string });
        model.put(s, r - 1, c - 1, v as CellInput);
        if (cell.numFmt && (typeof v === 'number' || v instanceof Date)) s.formats.set(key(r - 1, c - 1), { numberFormat: cell.numFmt });
      }),
    );
  });
  return model;
}
