import type { ParamValue } from '../findings';
import { formatPeriod } from '../format';
import type { Lang } from '../status';
import type { Catalog } from './catalog';

/** The period and where it came from, in the reader's language, for the two findings' messages. */
export function periodMessageParams(params: Record<string, ParamValue>, lang: Lang, c: Catalog): Record<string, ParamValue> {
  const kind = params.kind as 'semester' | 'quarter' | 'year' | 'months';
  const period = formatPeriod({ kind, n: Number(params.n), year: Number(params.year) }, lang);
  const basisKey = `period_basis_${String(params.basis)}` as keyof Catalog['ui'];
  return { period, ...(typeof params.basis === 'string' && basisKey in c.ui ? { basis: c.ui[basisKey] } : {}) };
}
