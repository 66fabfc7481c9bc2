export { compareAnalyses } from './changes';
export type { Comparison, ObjectiveChange, RowChange } from './changes';
export { matchRows } from './match';
export type { MatchKind, MatchOverrides, Matching, RowPair } from './match';
export { sameDescription, titleSimilarity } from './similarity';
export { nextPeriod } from './next-period';
export { toComparisonJson } from './report-json';
export { comparisonVars } from './narrative-vars';
export type { ComparisonVars } from './narrative-vars';
