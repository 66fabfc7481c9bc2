/**
 * A counting fake of the Excel JavaScript API subset the add-in uses. Like Office.js, a loaded
 * property can be read only after context.sync(); every sync is counted with the bytes it would
 * carry (queued writes out, loaded values back).
 */
import { columnLetters, parseAddress } from '../../src/core/grid';

type Value = string | number | boolean;
export interface Format { fill?: string; bold?: boolean; size?: number; numberFormat?: string; columnWidth?: number; wrapText?: boolean }
export interface FakeSheetData {
  name: string;
  id: string;
  cells: Map<string, Value>;
  formats: Map<string, Format>;
  merges: string[];
  conditionalFormats: { address: string; type: string; formula: string; fill: string }[];
  validations: { address: string; source: string }[];
  tables: string[];
  charts: { type: string; position: string }[];
}

const key = (r: number, c: number) => `${r},${c}`;

export class FakeWorkbookModel {
  sheets: FakeSheetData[] = [];
  private nextId = 1;
  addSheet(name: string, rows: (Value | null)[][] = [], merges: string[] = []): FakeSheetData {
    const s: FakeSheetData = { name, id: `{sheet-${this.nextId++}}`, cells: new Map(), formats: new Map(), merges, conditionalFormats: [], validations: [], tables: [], charts: [] };
    rows.forEach((row, r) => row.forEach((v, c) => v !== null && v !== '' && s.cells.set(key(r, c), v)));
    this.sheets.push(s);
    return s;
  }
  /** Everything of the user's sheets, for before/after comparison. */
  snapshot(except: string[] = []): unknown {
    const copy = this.sheets
      .filter((s) => !except.includes(s.name))
      .map((s) => ({ ...s, cells: [...s.cells].sort(), formats: [...s.formats].sort() }));
    return JSON.parse(JSON.stringify(copy));
  }
}

export class SyncCounter {
  syncs = 0;
  largestRequest = 0;
  largestResponse = 0;
  request = 0;
  response = 0;
  reset() {
    Object.assign(this, { syncs: 0, largestRequest: 0, largestResponse: 0, request: 0, response: 0 });
  }
}

interface Loadable {
  resolve(): number;
}

class Ctx {
  pending: Loadable[] = [];
  constructor(readonly model: FakeWorkbookModel, readonly counter: SyncCounter) {}
  write(bytes: number) {
    this.counter.request += bytes;
  }
  async sync() {
    this.counter.syncs++;
    let bytes = 2;
    for (const p of this.pending.splice(0)) bytes += p.resolve();
    this.counter.largestResponse = Math.max(this.counter.largestResponse, bytes);
    this.counter.largestRequest = Math.max(this.counter.largestRequest, this.counter.request);
    this.counter.response = bytes;
    this.counter.request = 0;
  }
}

function guard<T>(loaded: boolean, value: T, what: string): T {
  if (!loaded) throw new Error(`PropertyNotLoaded: ${what} was read before load() and sync()`);
  return value;
}

class FakeRange implements Loadable {
  private loaded = false;
  private valuesLoaded = false;
  private wantValues = false;
  private snapshot: { values: Value[][]; isNullObject: boolean } = { values: [], isNullObject: false };
  constructor(private ctx: Ctx, private sheet: FakeSheetData, readonly top: number, readonly left: number, readonly rows: number, readonly cols: number, private nullObject = false) {}
  load(props = '') {
    this.wantValues ||= props.split(',').includes('values');
    this.ctx.pending.push(this);
    return this;
  }
  resolve(): number {
    this.loaded = true;
    if (!this.wantValues) return 80;
    this.valuesLoaded = true;
    const values: Value[][] = [];
    if (!this.nullObject) for (let r = 0; r < this.rows; r++) {
      const row: Value[] = [];
      for (let c = 0; c < this.cols; c++) row.push(this.sheet.cells.get(key(this.top + r, this.left + c)) ?? '');
      values.push(row);
    }
    this.snapshot = { values, isNullObject: this.nullObject };
    return JSON.stringify(values).length + 60;
  }
  get isNullObject() { return guard(this.loaded, this.snapshot.isNullObject, 'isNullObject'); }
  get rowIndex() { return guard(this.loaded, this.top, 'rowIndex'); }
  get columnIndex() { return guard(this.loaded, this.left, 'columnIndex'); }
  get rowCount() { return guard(this.loaded, this.rows, 'rowCount'); }
  get columnCount() { return guard(this.loaded, this.cols, 'columnCount'); }
  get address() { return `${this.sheet.name}!${this.a1()}`; }
  get values(): Value[][] { return guard(this.valuesLoaded, this.snapshot.values, 'values'); }
  set values(v: Value[][]) {
    this.ctx.write(JSON.stringify(v).length);
    v.forEach((row, r) => row.forEach((x, c) => {
      const k = key(this.top + r, this.left + c);
      if (x === '' || x === null) this.sheet.cells.delete(k);
      else this.sheet.cells.set(k, x);
    }));
  }
  set numberFormat(f: string[][]) {
    this.ctx.write(JSON.stringify(f).length);
    this.eachCell((k, r, c) => this.setFormat(k, { numberFormat: f[r]?.[c] ?? f[0][0] }));
  }
  a1() {
    return `${columnLetters(this.left)}${this.top + 1}:${columnLetters(this.left + this.cols - 1)}${this.top + this.rows}`;
  }
  private eachCell(fn: (k: string, r: number, c: number) => void) {
    for (let r = 0; r < Math.min(this.rows, 2000); r++) for (let c = 0; c < Math.min(this.cols, 200); c++) fn(key(this.top + r, this.left + c), r, c);
  }
  private setFormat(k: string, f: Format) {
    this.sheet.formats.set(k, { ...this.sheet.formats.get(k), ...f });
  }
  get format() {
    const self = this;
    const apply = (f: Format) => {
      self.ctx.write(40);
      self.eachCell((k) => self.setFormat(k, f));
    };
    return {
      font: { set bold(b: boolean) { apply({ bold: b }); }, set size(n: number) { apply({ size: n }); } },
      fill: { set color(c: string) { apply({ fill: c }); } },
      set columnWidth(w: number) { apply({ columnWidth: w }); },
      set wrapText(w: boolean) { apply({ wrapText: w }); },
      autofitColumns() { self.ctx.write(20); },
    };
  }
  get dataValidation() {
    const self = this;
    return {
      clear() {
        self.ctx.write(20);
        self.sheet.validations = self.sheet.validations.filter((v) => v.address !== self.a1());
      },
      set rule(r: { list: { source: string } }) {
        self.ctx.write(JSON.stringify(r).length);
        self.sheet.validations.push({ address: self.a1(), source: r.list.source });
      },
      set errorAlert(_a: unknown) { self.ctx.write(50); },
    };
  }
  get conditionalFormats() {
    const self = this;
    let loaded = false;
    let items: unknown[] = [];
    const make = (cf: FakeSheetData['conditionalFormats'][number]) => {
      let formulaLoaded = false;
      return {
        get type() { return guard(loaded, cf.type, 'type'); },
        custom: {
          rule: {
            load() { self.ctx.pending.push({ resolve: () => ((formulaLoaded = true), 40) }); },
            get formula() { return guard(formulaLoaded, cf.formula, 'formula'); },
            set formula(f: string) { self.ctx.write(f.length); cf.formula = f; },
          },
          format: { fill: { set color(c: string) { self.ctx.write(10); cf.fill = c; } } },
        },
        delete() {
          self.ctx.write(20);
          self.sheet.conditionalFormats = self.sheet.conditionalFormats.filter((x) => x !== cf);
        },
      };
    };
    return {
      add(type: string) {
        const cf = { address: self.a1(), type, formula: '', fill: '' };
        self.sheet.conditionalFormats.push(cf);
        self.ctx.write(40);
        return make(cf);
      },
      load() {
        self.ctx.pending.push({
          resolve: () => {
            loaded = true;
            items = self.sheet.conditionalFormats.map(make);
            return items.length * 30;
          },
        });
      },
      get items() { return guard(loaded, items, 'items'); },
    };
  }
  getMergedAreasOrNullObject() {
    const self = this;
    let loaded = false;
    return {
      load() { self.ctx.pending.push({ resolve: () => ((loaded = true), self.sheet.merges.join(',').length + 40) }); },
      get isNullObject() { return guard(loaded, self.sheet.merges.length === 0, 'isNullObject'); },
      get address() { return guard(loaded, self.sheet.merges.map((m) => `${self.sheet.name}!${m}`).join(','), 'address'); },
    };
  }
  select() { this.ctx.write(20); selected.value = `${this.sheet.name}!${this.a1()}`; }
}

export const selected = { value: '' };

class FakeWorksheet implements Loadable {
  private loaded = false;
  constructor(private ctx: Ctx, readonly data: FakeSheetData) {}
  load() { this.ctx.pending.push(this); return this; }
  resolve() { this.loaded = true; return 60; }
  get name() { return guard(this.loaded, this.data.name, 'name'); }
  set name(n: string) { this.ctx.write(n.length); this.data.name = n; }
  get id() { return guard(this.loaded, this.data.id, 'id'); }
  private box() {
    let top = Infinity, left = Infinity, bottom = -1, right = -1;
    for (const k of this.data.cells.keys()) {
      const [r, c] = k.split(',').map(Number);
      top = Math.min(top, r); left = Math.min(left, c); bottom = Math.max(bottom, r); right = Math.max(right, c);
    }
    return bottom < 0 ? null : { top, left, bottom, right };
  }
  getUsedRangeOrNullObject() {
    const b = this.box();
    return b ? new FakeRange(this.ctx, this.data, b.top, b.left, b.bottom - b.top + 1, b.right - b.left + 1) : new FakeRange(this.ctx, this.data, 0, 0, 0, 0, true);
  }
  getRange(address?: string) {
    if (!address) return new FakeRange(this.ctx, this.data, 0, 0, 1_048_576, 16_384);
    const col = /^([A-Z]+):([A-Z]+)$/.exec(address);
    if (col) {
      const a = parseAddress(`${col[1]}1`)!;
      return new FakeRange(this.ctx, this.data, 0, a.col, 1_048_576, 1);
    }
    const [p, q = p] = address.split(':').map((x) => parseAddress(x)!);
    return new FakeRange(this.ctx, this.data, p.row, p.col, q.row - p.row + 1, q.col - p.col + 1);
  }
  getRangeByIndexes(r: number, c: number, rows: number, cols: number) { return new FakeRange(this.ctx, this.data, r, c, rows, cols); }
  activate() { this.ctx.write(20); }
  delete() { this.ctx.write(20); this.ctx.model.sheets = this.ctx.model.sheets.filter((s) => s !== this.data); }
  get tables() { return { add: (address: string) => { this.ctx.write(40); this.data.tables.push(address); } }; }
  get charts() {
    return {
      add: (type: string) => {
        this.ctx.write(60);
        const chart = { type, position: '' };
        this.data.charts.push(chart);
        return {
          series: { getItemAt: () => ({ setXAxisValues: () => this.ctx.write(30) }) },
          title: { set text(_t: string) {} },
          legend: { set visible(_v: boolean) {} },
          setPosition: (p: string) => { chart.position = p; },
        };
      },
    };
  }
}

class FakeWorksheets implements Loadable {
  private loaded = false;
  private list: FakeWorksheet[] = [];
  constructor(private ctx: Ctx) {}
  load() { this.ctx.pending.push(this); return this; }
  resolve() {
    this.loaded = true;
    this.list = this.ctx.model.sheets.map((s) => new FakeWorksheet(this.ctx, s));
    for (const w of this.list) w.resolve();
    return this.list.length * 80;
  }
  get items() { return guard(this.loaded, this.list, 'items'); }
  getItem(name: string) {
    const s = this.ctx.model.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`ItemNotFound: ${name}`);
    return new FakeWorksheet(this.ctx, s);
  }
  add(name: string) {
    if (this.ctx.model.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw new Error(`ItemAlreadyExists: ${name}`);
    this.ctx.write(name.length + 20);
    return new FakeWorksheet(this.ctx, this.ctx.model.addSheet(name));
  }
  get onChanged() { return { add: () => ({ remove: () => undefined }) }; }
}

/** An Excel.run over the model that counts syncs. */
export function fakeRun(model: FakeWorkbookModel, counter: SyncCounter) {
  return async <T>(batch: (ctx: never) => Promise<T>): Promise<T> => {
    const ctx = new Ctx(model, counter);
    const context = { workbook: { worksheets: new FakeWorksheets(ctx) }, sync: () => ctx.sync() };
    return batch(context as never);
  };
}

export function memoryStore() {
  const data = new Map<string, unknown>();
  return { data, get: (k: string) => data.get(k), set: (k: string, v: unknown) => void data.set(k, v), save: async () => undefined };
}
