import { spawn, spawnSync } from 'child_process';
import { existsSync, linkSync, mkdirSync, mkdtempSync, promises as fsp, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { SAMPLE_XLSX } from '../samples/build-sample';
import { main } from '../src/cli/main';
import { runCli } from './helpers/child';

const BIN = join(__dirname, '..', 'bin', 'action-plan-report.js');

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

let dir: string;
let input: string;
let inputBytes: Buffer;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'apr-out-'));
  input = join(dir, 'plan.xlsx');
  inputBytes = readFileSync(SAMPLE_XLSX);
  writeFileSync(input, inputBytes);
});
afterEach(() => jest.restoreAllMocks());

const leftovers = () => readdirSync(dir).filter((f) => f.endsWith('.tmp'));

describe('the output is never the input', () => {
  test.each([
    ['by its name', () => input],
    ['through a symbolic link', () => (symlinkSync(input, join(dir, 'link.xlsx')), join(dir, 'link.xlsx'))],
    ['through a second hard link', () => (linkSync(input, join(dir, 'hard.xlsx')), join(dir, 'hard.xlsx'))],
    ['through a relative path with ..', () => join(dir, 'sub', '..', 'plan.xlsx')],
  ])('%s: exit 3, the workbook unchanged', async (_, target) => {
    mkdirSync(join(dir, 'sub'), { recursive: true });
    for (const format of ['md', 'docx']) {
      const r = await run(['report', input, '--format', format, '--out', target(), '--lang', 'en']);
      expect(r.code).toBe(3);
      expect(r.err).toMatch(/is the input workbook; choose another --out path/);
      expect(readFileSync(input).equals(inputBytes)).toBe(true);
      rmLinks();
    }
  });
});

function rmLinks() {
  for (const f of ['link.xlsx', 'hard.xlsx']) if (existsSync(join(dir, f))) require('fs').unlinkSync(join(dir, f));
}

describe('output errors: exit 3, a clear message, no partial file, the old file kept', () => {
  test('a folder (EISDIR)', async () => {
    const r = await run(['report', input, '--out', dir, '--lang', 'en']);
    expect(r).toMatchObject({ code: 3 });
    expect(r.err).toContain('it is a folder');
  });

  test('a folder that does not exist (ENOENT)', async () => {
    const r = await run(['report', input, '--out', join(dir, 'nowhere', 'r.md'), '--lang', 'en']);
    expect(r.code).toBe(3);
    expect(r.err).toContain('its folder does not exist');
  });

  test.each([
    ['EACCES', 'permission denied'],
    ['ENOSPC', 'the disk is full'],
    ['EFBIG', 'the file-size limit was reached'],
  ])('%s at the file system layer, after part of the bytes were written', async (code, words) => {
    const target = join(dir, 'report.md');
    writeFileSync(target, 'the previous report');
    const realOpen = fsp.open.bind(fsp);
    // Simulated: the temporary file receives 100 bytes, then the write fails as the kernel would say.
    jest.spyOn(fsp, 'open').mockImplementation(async (...args: Parameters<typeof fsp.open>) => {
      const handle = await realOpen(...args);
      handle.writeFile = async (data) => {
        await handle.write(String(data).slice(0, 100));
        throw Object.assign(new Error(code), { code });
      };
      return handle;
    });
    const r = await run(['report', input, '--format', 'md', '--out', target, '--lang', 'en']);
    expect(r.code).toBe(3);
    expect(r.err).toContain(words);
    expect(readFileSync(target, 'utf8')).toBe('the previous report');
    expect(leftovers()).toEqual([]);
  });

  test('a real file-size limit (ulimit -f in the child’s shell): EFBIG, the old report kept', () => {
    const target = join(dir, 'report.md');
    writeFileSync(target, 'the previous report');
    const r = runCli(['report', input, '--format', 'md', '--out', target, '--lang', 'en'], 60_000, { shell: 'ulimit -f 8' });
    expect(r.exit).toBe(3);
    expect(r.stderr).toContain('the file-size limit was reached');
    expect(readFileSync(target, 'utf8')).toBe('the previous report');
    expect(leftovers()).toEqual([]);
  }, 90_000);
});

describe('writing a report', () => {
  test('replacing an existing report says so; a symbolic link is replaced, not written through', async () => {
    const elsewhere = join(dir, 'elsewhere.md');
    writeFileSync(elsewhere, 'keep me');
    symlinkSync(elsewhere, join(dir, 'r.md'));
    const r = await run(['report', input, '--format', 'md', '--out', join(dir, 'r.md'), '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.err).toContain('replaced the existing file');
    expect(readFileSync(elsewhere, 'utf8')).toBe('keep me');
    expect(readFileSync(join(dir, 'r.md'), 'utf8')).toMatch(/^# /);
  });

  test('the default .docx beside the input is written whole', async () => {
    const r = await run(['report', input, '--format', 'docx']);
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'plan.report.docx')).subarray(0, 2).toString()).toBe('PK');
    expect(leftovers()).toEqual([]);
  });

  test('--template naming a folder says it is a folder', async () => {
    const r = await run(['report', input, '--template', dir, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('is a folder');
  });

  test('--help lists exit code 3', async () => {
    const r = await run(['--help']);
    expect(r.err).toMatch(/3 the output could not be written/);
  });
});

describe('the standard output', () => {
  test('a reader that stops early (check --json | head): quiet, no stack trace', async () => {
    const child = spawn(process.execPath, [BIN, 'check', SAMPLE_XLSX, SAMPLE_XLSX, SAMPLE_XLSX, SAMPLE_XLSX, '--json']);
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  }, 60_000);

  test('a full disk (/dev/full): exit 3 and one line', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" check "${SAMPLE_XLSX}" --lang en > /dev/full`], { encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(3);
    expect(r.stderr.trim()).toBe('action-plan-report: cannot write stdout: the disk is full');
  }, 60_000);
});
