/// <reference lib="webworker" />
// The standalone pane's workbook: unpacked, parsed and edited here, off the page's thread.
import { serveStandalone } from '../standalone/serve-host';

serveStandalone(self as unknown as Parameters<typeof serveStandalone>[0]);
