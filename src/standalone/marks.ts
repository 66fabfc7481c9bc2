import type { MarkedCell, SelectedCell } from './session';

/** The selected cell and the highlighted ones, kept for the pane, which is told when they change. */
export class PaneMarks {
  selected: SelectedCell | null = null;
  highlighted: MarkedCell[] = [];
  private listeners = new Set<() => void>();

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  protected select(selected: SelectedCell): void {
    this.selected = selected;
    this.notify();
  }

  async highlight(cells: MarkedCell[]): Promise<void> {
    this.highlighted = cells;
    this.notify();
  }

  async clearHighlights(): Promise<void> {
    this.highlighted = [];
    this.notify();
  }

  private notify() {
    for (const l of this.listeners) l();
  }
}
