import { CaptureTag, Context, Liquid, Template, toValue, toValueSync } from 'liquidjs';

/**
 * The render's allowance, in characters and array elements together (liquidjs's memoryLimit):
 * ranges are charged before their array is built, `replace`, `append`, `join`… before their
 * result, and here also every captured string and every piece of output. At two bytes a
 * character and eight an element, the render's own allocations stay under ~100 MB.
 */
export const TEMPLATE_MEMORY = 10_000_000;
/** Wall-clock limit of one render, checked before each tag and each loop iteration. */
export const TEMPLATE_RENDER_MS = 2_000;

function text(value: unknown): string {
  const v = toValue(value);
  if (typeof v === 'string') return v;
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.map(text).join('');
  return String(v);
}

/** Output that charges every piece to the render's memory allowance before keeping it. */
function chargedEmitter(ctx: Context) {
  return {
    buffer: '',
    write(html: unknown) {
      const s = text(html);
      ctx.memoryLimit.use(s.length);
      this.buffer += s;
    },
  };
}

/** A capture whose content is charged as it is written: `{% capture s %}{{ s }}{{ s }}{% endcapture %}` cannot double for ever. */
class BoundedCapture extends CaptureTag {
  override *render(ctx: Context): Generator<unknown, void, unknown> {
    const self = this as unknown as { variable: string; templates: Template[] };
    const html = yield this.liquid.renderer.renderTemplates(self.templates, ctx, chargedEmitter(ctx));
    (ctx.bottom() as Record<string, unknown>)[self.variable] = html;
  }
}

/** Adds the bounds liquidjs leaves open to an engine. */
export function boundEngine(liquid: Liquid): void {
  liquid.registerTag('capture', BoundedCapture);
}

/** Renders with every piece of output charged to the memory allowance as it is written. */
export function renderBounded(liquid: Liquid, template: Template[], scope: object): string {
  const ctx = new Context(scope, liquid.options, { sync: true }, { liquid } as ConstructorParameters<typeof Context>[3]);
  return toValueSync(liquid.renderer.renderTemplates(template, ctx, chargedEmitter(ctx))) as string;
}
