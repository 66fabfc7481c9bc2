import { analyzeSheet } from '../../src/core/analyze';
import { olderTwins } from '../../src/core/reading/older-twin';
import { sheet } from '../helpers/grid';

describe("roles stage: an earlier period's column beside this one's", () => {
  test('"status_2019" beside "status": the current one is the status, the other takes no role', () => {
    const a = analyzeSheet(
      sheet('P', [
        ['No.', 'Action', 'Responsible', 'Deadline', 'status_2019', 'status'],
        ['1', 'Publish the plan', 'Council', 'Q4 2020', 'Completed', 'Not started'],
        ['2', 'Train the staff', 'Council', 'Q4 2020', 'Completed', 'In progress'],
        ['3', 'Open the portal', 'Council', 'Q4 2020', 'Completed', 'Completed'],
      ]),
    );
    expect(a.layout?.columns.status).toBe(5);
    expect(a.rows.map((r) => r.state)).toEqual(['not_started', 'in_progress', 'done']);
  });

  test('"February 2024 Progress" beside "August 2023 Progress": the later is this period\'s', () => {
    const cols = [
      { col: 6, header: 'February 2024 Progress', headerRoles: ['description' as const] },
      { col: 7, header: 'August 2023 Progress', headerRoles: ['description' as const] },
      { col: 5, header: 'Status', headerRoles: ['status' as const] },
    ];
    expect([...olderTwins(cols)]).toEqual([7]);
  });

  test('negative: one column per role, years or not, loses nothing', () => {
    expect(olderTwins([{ col: 1, header: 'Status 2019', headerRoles: ['status'] }]).size).toBe(0);
    expect(
      olderTwins([
        { col: 1, header: 'Cost 2019', headerRoles: ['cost'] },
        { col: 2, header: 'Cost 2020', headerRoles: ['cost'] },
      ]).size,
    ).toBe(0);
  });
});
