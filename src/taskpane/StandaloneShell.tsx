import { Button, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular, DismissRegular, FolderOpenRegular } from '@fluentui/react-icons';
import { ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { fileErrorMessage } from '../core/messages';
import { pane } from '../core/messages/pane';
import { Lang } from '../core/status';
import { HostError } from '../host/host';
import type { OpenFailure, OpenPhase, StandaloneSession } from '../standalone/session';
import { Notice } from './Notice';
import { openStandalone, prewarmStandalone } from './open-standalone';

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
  opening: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexBasis: '100%' },
});

export type StandaloneBar = (lang: Lang) => ReactNode;

const SAMPLE = 'open-government-2020-s1.xlsx';
const SPARE_AFTER_MS = 5_000;

/** The promise's value, or HostError('cancelled') as soon as the signal aborts. */
function untilAborted<T>(p: Promise<T>, signal: AbortSignal): Promise<T> {
  const aborted = new Promise<never>((_, reject) => signal.addEventListener('abort', () => reject(new HostError('cancelled', 'cancelled')), { once: true }));
  return Promise.race([p, aborted]);
}

/**
 * Standalone mode: opens a file picked or dropped, and hosts the pane on it. It starts empty, the
 * bundled sample offered beside the file picker and named as such once open: never mistaken for the
 * officer's own file.
 */
export function StandaloneShell({
  initialLang,
  officeMissing,
  render,
}: {
  initialLang: Lang;
  /** Seconds office.js was waited for, when it did not load. */
  officeMissing?: number;
  render: (host: StandaloneSession, lang: Lang, bar: StandaloneBar) => ReactNode;
}) {
  const styles = useStyles();
  const [host, setHost] = useState<StandaloneSession | null>(null);
  const [error, setError] = useState<OpenFailure | null>(null);
  const [downloadError, setDownloadError] = useState<string | null>(null);
  /** The file being opened and its step; the open in progress can be cancelled. */
  const [opening, setOpening] = useState<{ name: string; phase: OpenPhase } | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [generation, setGeneration] = useState(0);
  /** Whether the file open is the bundled sample. */
  const [sample, setSample] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const current = useRef<{ host: StandaloneSession | null; open: AbortController | null }>({ host: null, open: null });

  const load = useCallback(async (read: () => Promise<ArrayBuffer>, name: string, isSample = false) => {
    // A file opened while another is opening replaces it, silently.
    const previous = current.current.open;
    const controller = new AbortController();
    current.current.open = controller;
    previous?.abort();
    const mine = () => current.current.open === controller;
    setOpening({ name, phase: 'reading' });
    setCancelled(false);
    setError(null);
    try {
      const data = await untilAborted(read(), controller.signal);
      const r = await openStandalone(data, name, { onPhase: (phase) => mine() && setOpening({ name, phase }), signal: controller.signal });
      if (!mine()) {
        if (r.ok) r.host.close();
        return;
      }
      if (r.ok) {
        current.current.host?.close();
        current.current.host = r.host;
        setHost(r.host);
        setSample(isSample);
        setGeneration((g) => g + 1);
        // The next file's worker loads exceljs once this one's findings are in (sooner when the
        // user reaches for the file picker or drags a file): not while they are being found.
        setTimeout(prewarmStandalone, SPARE_AFTER_MS);
      } else setError(r);
    } catch (e) {
      if (!mine()) return;
      if (e instanceof HostError && e.code === 'cancelled') setCancelled(true);
      else setError({ ok: false, error: 'unreadable', params: { detail: String((e as Error)?.message ?? e) } });
    } finally {
      if (mine()) {
        current.current.open = null;
        setOpening(null);
      }
    }
  }, []);

  // The workbook's worker starts (and loads exceljs) while the officer finds the file.
  useEffect(() => prewarmStandalone(), []);
  const trySample = () => void load(() => fetch('sample.xlsx').then((r) => r.arrayBuffer()), SAMPLE, true);

  useEffect(() => () => current.current.host?.close(), []);

  const onFiles = (files: FileList | null) => {
    const f = files?.[0];
    if (f) void load(() => f.arrayBuffer(), f.name);
  };

  const bar: StandaloneBar = (lang) => (
    <div
      className={`${styles.bar} ${dragging ? styles.dragging : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        if (!dragging) prewarmStandalone();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        onFiles(e.dataTransfer.files);
      }}
    >
      {/* With a file open the bar is one line or two: the file, its buttons; the findings stay high. */}
      {host ? (
        <Text size={200} weight="semibold">
          {pane(lang, 'current_file', { name: host.fileName })}
        </Text>
      ) : (
        <Text size={200}>{pane(lang, 'standalone')}</Text>
      )}
      {host && sample && <Notice intent="info" text={pane(lang, 'sample_note')} />}
      {officeMissing !== undefined && (
        <Notice intent="info" text={pane(lang, 'office_unavailable', { seconds: officeMissing })} />
      )}
      <Button
        icon={<FolderOpenRegular />}
        onClick={() => {
          prewarmStandalone();
          input.current?.click();
        }}
      >
        {pane(lang, 'open_file')}
      </Button>
      {!host && <Text size={200}>{pane(lang, 'drop_hint')}</Text>}
      {!host && <Text size={200}>{pane(lang, 'empty_start')}</Text>}
      {!host && (
        <Button appearance="subtle" onClick={trySample}>
          {pane(lang, 'try_sample')}
        </Button>
      )}
      <input
        ref={input}
        type="file"
        accept=".xlsx"
        hidden
        aria-label={pane(lang, 'open_file')}
        onChange={(e) => {
          onFiles(e.target.files);
          // The same file picked again is opened again.
          e.target.value = '';
        }}
      />
      {host && (
        <Button
          icon={<ArrowDownloadRegular />}
          onClick={async () => {
            try {
              // The file's name in words comes with the report's chunk: not on the first screen.
              const { downloadName } = await import(/* webpackChunkName: "report" */ '../report/file-names');
              const { saveBlob } = await import(/* webpackChunkName: "report" */ './download');
              saveBlob(await host.download(), downloadName('fixed', lang, null, host.fileName, 'xlsx'));
              setDownloadError(null);
            } catch (e) {
              setDownloadError(pane(lang, 'download_failed', { detail: String((e as Error)?.message ?? e) }));
            }
          }}
        >
          {pane(lang, 'download_workbook')}
        </Button>
      )}
      {opening && (
        <div className={styles.opening} role="status">
          <Spinner size="tiny" label={pane(lang, `opening_${opening.phase}`, { name: opening.name })} />
          <Button icon={<DismissRegular />} onClick={() => current.current.open?.abort()}>
            {pane(lang, 'open_cancel')}
          </Button>
        </div>
      )}
      {cancelled && <Notice intent="info" text={pane(lang, 'open_cancelled')} />}
      {downloadError && (
        <Notice intent="error" text={downloadError} />
      )}
      {error && (
        <Notice intent="error" text={pane(lang, 'file_error', { message: fileErrorMessage(lang, error.error, error.params) })} />
      )}
    </div>
  );

  if (!host) return <div style={{ padding: tokens.spacingHorizontalM }}>{bar(initialLang)}</div>;
  return <div key={generation}>{render(host, initialLang, bar)}</div>;
}
