/**
 * Scans take turns: each recognition holds the Chinese model twice and keeps both cores busy,
 * so one runs at a time and the others wait, whichever worker found them.
 */
export class ScanTurns<T> {
  private holder: T | null = null;
  private waiting: T[] = [];

  constructor(private readonly grant: (who: T) => void) {}

  ask(who: T): void {
    if (this.holder === null) {
      this.holder = who;
      this.grant(who);
    } else this.waiting.push(who);
  }

  /** `who` is done (read, stopped, failed): the next waiting scan goes. */
  leave(who: T): void {
    this.waiting = this.waiting.filter((w) => w !== who);
    if (this.holder !== who) return;
    this.holder = this.waiting.shift() ?? null;
    if (this.holder !== null) this.grant(this.holder);
  }
}
