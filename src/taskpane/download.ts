/// <reference types="office-js" />
/**
 * Files out of the pane, by where it runs (docs/downloads.md): a browser and Office on the web and
 * on Windows take a download (Windows shows it in a bar inside the pane); the web views of Office
 * on Mac, iPad and Android drop it without a word, so there the pane does not offer it and says
 * what to do instead (copy for Word, the Report sheet).
 */
export type Platform = 'browser' | 'web' | 'windows' | 'mac' | 'ios' | 'android' | 'other';

const OFFICE_PLATFORMS: Record<string, Platform> = {
  OfficeOnline: 'web',
  PC: 'windows',
  Universal: 'windows',
  Mac: 'mac',
  iOS: 'ios',
  Android: 'android',
};

/** Where the pane runs: Office's own word for it, else a browser (the standalone pane). */
export function currentPlatform(): Platform {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const platform = office?.context?.diagnostics?.platform as string | undefined;
  if (!platform) return 'browser';
  return OFFICE_PLATFORMS[platform] ?? 'other';
}

/** Whether a download from the pane reaches the officer's disk here. */
export function downloadsWork(platform: Platform = currentPlatform()): boolean {
  return platform === 'browser' || platform === 'web' || platform === 'windows';
}

export type SaveOutcome = { ok: true; name: string } | { ok: false; reason: 'unsupported' | 'failed' };

/**
 * Offers a file as a download where downloads work, and says so; elsewhere (or when the browser
 * refuses the link) it says it did not, for the caller to offer another way.
 */
export function saveBlob(blob: Blob, name: string, platform: Platform = currentPlatform()): SaveOutcome {
  if (!downloadsWork(platform)) return { ok: false, reason: 'unsupported' };
  let url: string;
  try {
    url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    if (!('download' in a)) return { ok: false, reason: 'unsupported' };
    document.body.appendChild(a);
    a.click();
    a.remove();
  } catch {
    return { ok: false, reason: 'failed' };
  }
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return { ok: true, name };
}

/** The catalog's name of the platform, for "downloads do not work here (Excel for Mac)". */
export function platformKey(platform: Platform = currentPlatform()): 'platform_mac' | 'platform_ios' | 'platform_android' | 'platform_other' {
  return platform === 'mac' ? 'platform_mac' : platform === 'ios' ? 'platform_ios' : platform === 'android' ? 'platform_android' : 'platform_other';
}

/** The workbook's file name: the standalone pane's file, Office's document address, else the sheet's name. */
export function workbookFileName(host: object, fallback: string): string {
  const own = (host as { fileName?: unknown }).fileName;
  if (typeof own === 'string' && own) return own;
  const url = (globalThis as { Office?: typeof Office }).Office?.context?.document?.url;
  const last = url ? decodeURIComponent(url.split(/[\\/]/).pop() ?? '') : '';
  return last || fallback;
}
