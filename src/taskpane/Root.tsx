/// <reference types="office-js" />
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { Lang } from '../core/status';
import { Host } from '../host/host';
import { App } from './App';
import type { StandaloneSession } from '../standalone/session';
import { StandaloneShell } from './StandaloneShell';

/** Picks the host: Excel when Office says so, otherwise standalone mode on an .xlsx file. */
export function Root({ inExcel, lang, officeMissing }: { inExcel: boolean; lang: Lang; officeMissing?: number }) {
  const [host, setHost] = useState<Host | null>(null);
  useEffect(() => {
    if (inExcel) void import(/* webpackChunkName: "excel-host" */ '../excel/office-host').then((m) => m.createOfficeExcelHost()).then(setHost);
  }, [inExcel]);
  return (
    <FluentProvider theme={webLightTheme} style={{ minHeight: '100vh' }}>
      {inExcel ? host && <App host={host} initialLang={lang} /> : <StandaloneShell initialLang={lang} officeMissing={officeMissing} render={(h: StandaloneSession, l: Lang, bar) => <App host={h} initialLang={l} standalone={h} standaloneBar={bar} />} />}
    </FluentProvider>
  );
}
