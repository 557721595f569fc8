/** A seeded generator (mulberry32): the same seed gives the same report. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** A small count, often 0, as in real reports. */
  count(max: number): number {
    return this.next() < 0.45 ? 0 : this.int(1, max);
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error("pick from an empty list");
    return item;
  }

  chance(p: number): boolean {
    return this.next() < p;
  }
}

const CN = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/** 0–99 in Chinese numerals: 十五, 四十二, 七. */
export function chinese(n: number): string {
  if (n < 10) return CN[n] ?? "";
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? "" : CN[tens]}十${ones ? CN[ones] : ""}`;
}
