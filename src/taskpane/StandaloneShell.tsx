import { Button, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular, FolderOpenRegular } from '@fluentui/react-icons';
import { ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { fileErrorMessage } from '../core/messages';
import { FileError } from '../core/messages/catalog';
import { pane } from '../core/messages/pane';
import { Lang } from '../core/status';
import type { StandaloneHost } from '../standalone/standalone-host';
import { saveBlob } from './download';
import { Notice } from './Notice';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  dragging: { backgroundColor: tokens.colorNeutralBackground1Hover },
});

export type StandaloneBar = (lang: Lang) => ReactNode;

async function openHost(data: ArrayBuffer, name: string) {
  const { StandaloneHost } = await import(/* webpackChunkName: "standalone" */ '../standalone/standalone-host');
  return StandaloneHost.open(data, name);
}

/** Standalone mode: opens the bundled sample, or a file picked or dropped, and hosts the pane on it. */
export function StandaloneShell({
  initialLang,
  officeMissing,
  render,
}: {
  initialLang: Lang;
  /** Seconds office.js was waited for, when it did not load. */
  officeMissing?: number;
  render: (host: StandaloneHost, lang: Lang, bar: StandaloneBar) => ReactNode;
}) {
  const styles = useStyles();
  const [host, setHost] = useState<StandaloneHost | null>(null);
  const [error, setError] = useState<FileError | null>(null);
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const [generation, setGeneration] = useState(0);
  const input = useRef<HTMLInputElement>(null);

  const load = useCallback(async (data: ArrayBuffer, name: string) => {
    const r = await openHost(data, name);
    if (r.ok) {
      setHost(r.host);
      setGeneration((g) => g + 1);
      setError(null);
    } else setError(r.error);
  }, []);

  useEffect(() => {
    // The sample and the exceljs chunk download together.
    const sample = fetch('sample.xlsx').then((r) => r.arrayBuffer());
    void Promise.all([sample, import(/* webpackChunkName: "standalone" */ '../standalone/standalone-host')]).then(([b]) => load(b, 'open-government-2020-s1.xlsx'));
  }, [load]);

  const onFiles = async (files: FileList | null) => {
    const f = files?.[0];
    if (f) await load(await f.arrayBuffer(), f.name);
  };

  const bar: StandaloneBar = (lang) => (
    <div
      className={`${styles.bar} ${dragging ? styles.dragging : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        void onFiles(e.dataTransfer.files);
      }}
    >
      <Text size={200}>{pane(lang, 'standalone')}</Text>
      {officeMissing !== undefined && (
        <Notice intent="info" text={pane(lang, 'office_unavailable', { seconds: officeMissing })} />
      )}
      <Button icon={<FolderOpenRegular />} onClick={() => input.current?.click()}>
        {pane(lang, 'open_file')}
      </Button>
      <Text size={200}>{pane(lang, 'drop_hint')}</Text>
      <input ref={input} type="file" accept=".xlsx" hidden aria-label={pane(lang, 'open_file')} onChange={(e) => void onFiles(e.target.files)} />
      {host && <Text size={200}>{pane(lang, 'current_file', { name: host.fileName })}</Text>}
      {host && (
        <Button
          icon={<ArrowDownloadRegular />}
          onClick={async () => {
            try {
              saveBlob(await host.download(), host.fileName.replace(/\.xlsx$/i, '') + '.fixed.xlsx');
              setDownloadError(null);
            } catch (e) {
              setDownloadError(pane(lang, 'download_failed', { detail: String((e as Error)?.message ?? e) }));
            }
          }}
        >
          {pane(lang, 'download_workbook')}
        </Button>
      )}
      {downloadError && (
        <Notice intent="error" text={downloadError} />
      )}
      {error && (
        <Notice intent="error" text={pane(lang, 'file_error', { message: fileErrorMessage(lang, error) })} />
      )}
    </div>
  );

  if (!host) return error ? <>{bar(initialLang)}</> : <Spinner label={pane(initialLang, 'loading')} />;
  return <div key={generation}>{render(host, initialLang, bar)}</div>;
}
