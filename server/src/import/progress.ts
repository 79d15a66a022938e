/**
 * Progress of a long import. On a terminal, one line rewritten in place
 * (phase, count, total, rate) at most every 100 ms; elsewhere (CI, pipes,
 * tests) silent, the summary at the end says it all.
 */
export interface Progress {
  /** Starts a phase, e.g. "reading sdn.csv", with its total when known. */
  phase(name: string, total?: number): void;
  /** `n` more items of the current phase done. */
  tick(n?: number): void;
  /** Sets the count of the current phase (readers know their record number). */
  at(count: number): void;
  /** Clears the line. */
  done(): void;
}

export const silentProgress: Progress = {
  phase: () => undefined,
  tick: () => undefined,
  at: () => undefined,
  done: () => undefined,
};

/** A progress line on `stream` when it is a TTY, else silent. */
export function progressFor(stream: NodeJS.WriteStream): Progress {
  return stream.isTTY ? new TtyProgress(stream) : silentProgress;
}

const REDRAW_MS = 100;

class TtyProgress implements Progress {
  private name = '';
  private total: number | undefined;
  private count = 0;
  private started = Date.now();
  private drawn = 0;

  constructor(private readonly stream: NodeJS.WriteStream) {}

  phase(name: string, total?: number): void {
    this.name = name;
    this.total = total;
    this.count = 0;
    this.started = Date.now();
    this.draw(true);
  }

  tick(n = 1): void {
    this.count += n;
    this.draw(false);
  }

  at(count: number): void {
    this.count = count;
    this.draw(false);
  }

  done(): void {
    this.stream.write('\r\x1b[K');
  }

  private draw(force: boolean): void {
    const now = Date.now();
    if (!force && now - this.drawn < REDRAW_MS) return;
    this.drawn = now;
    const seconds = Math.max((now - this.started) / 1000, 0.001);
    const rate = Math.round(this.count / seconds);
    const of = this.total === undefined ? '' : ` / ${this.total.toLocaleString('en-US')}`;
    this.stream.write(
      `\r\x1b[K${this.name}: ${this.count.toLocaleString('en-US')}${of} (${rate.toLocaleString('en-US')}/s)`,
    );
  }
}
