import { changeText, changedSpan } from '../src/taskpane/change-text';

describe('changedSpan', () => {
  const long = `${'Lucrările de proiectare continuă conform graficului aprobat. '.repeat(10)}Urmează a fi inițiată după contractarea companiei.`;

  test('a long cell shows the changed span with a little context, not the whole cell', () => {
    const after = long.replace('Urmează a fi inițiată', 'Neinițiată');
    const s = changedSpan(long, after);
    expect(s.before.length).toBeLessThan(80);
    expect(s.before).toContain('Urmează a fi');
    expect(s.after).toContain('Neinițiată');
    expect(s.before.startsWith('…')).toBe(true);
    expect(s.kept).toBe(true);
  });

  test('a one-word cell is shown whole, and nothing is said to be kept', () => {
    expect(changedSpan('Realizatt', 'Realizată')).toEqual({ before: 'Realizatt', after: 'Realizată', kept: false });
    expect(changedSpan('Neiniţiată', 'Neinițiată')).toEqual({ before: 'Neiniţiată', after: 'Neinițiată', kept: false });
  });

  test('a long changed span is cut in its middle', () => {
    const s = changedSpan('a', 'x'.repeat(500));
    expect(s.after.length).toBeLessThanOrEqual(81);
    expect(s.after).toContain('…');
  });
});

describe('changeText', () => {
  test('in the interface language, saying the rest was kept', () => {
    expect(changeText('ro', 'F7', 'Urmează a fi inițiată. Contract semnat.', 'Neinițiată. Contract semnat.')).toBe(
      'F7: „Urmează a fi inițiată. Contract…” → „Neinițiată. Contract…”, restul textului păstrat',
    );
    expect(changeText('ru', 'E7', '', 'Не начато')).toBe('E7: записано «Не начато»');
    expect(changeText('ro', 'E8', 'Realizatt', 'Realizată')).toBe('E8: „Realizatt” → „Realizată”');
  });
});
