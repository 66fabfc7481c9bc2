import { Host } from './host';

/** How long the workbook must be quiet before it is validated again. */
export const REVALIDATE_AFTER_MS = 1500;

/**
 * Re-validates when the user edits the workbook, once edits pause. The validation is asked for at
 * call time (`current()`), so it runs with the settings of that moment, not those of the time of
 * subscribing. Returns the unsubscribe.
 */
export async function revalidateOnChange(host: Host, current: () => () => void, delayMs = REVALIDATE_AFTER_MS): Promise<() => void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const unsubscribe = await host.onChanged(() => {
    clearTimeout(timer);
    timer = setTimeout(() => current()(), delayMs);
  });
  return () => {
    clearTimeout(timer);
    return unsubscribe();
  };
}
