import { Endpoint, FromWorker, ToWorker, toWire, transferOf } from './protocol';
import { StandaloneHost } from './standalone-host';

/**
 * The worker's side: opens the one file it is sent, telling each step, then answers the page's
 * calls on the StandaloneHost it holds. The parse and every later change run here, off the page.
 */
export function serveStandalone(port: Endpoint): void {
  let host: StandaloneHost | null = null;
  const post = (m: FromWorker, transfer: Transferable[] = []) => port.postMessage(m, transfer);
  port.onmessage = (e: MessageEvent<ToWorker>) => {
    const m = e.data;
    if (m.type === 'open') {
      void StandaloneHost.open(m.data, m.name, (phase) => post({ type: 'phase', phase }))
        .then((r) => {
          if (r.ok) host = r.host;
          post({ type: 'opened', result: r.ok ? { ok: true } : r });
        })
        .catch((err: unknown) => post({ type: 'opened', result: { ok: false, error: 'unreadable', params: { detail: toWire(err).message } } }));
      return;
    }
    void (async () => {
      if (!host) throw new Error('no workbook is open');
      const method = host[m.method] as (...args: unknown[]) => unknown;
      return method.apply(host, m.args);
    })()
      .then((value) => post({ type: 'reply', id: m.id, ok: true, value }, transferOf(value)))
      .catch((err: unknown) => post({ type: 'reply', id: m.id, ok: false, error: toWire(err) }));
  };
}
