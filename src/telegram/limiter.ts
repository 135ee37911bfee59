/** At most `perMinute` questions per user in any sliding minute. */
export class UserLimiter {
  private readonly seen = new Map<string, number[]>();

  constructor(private readonly perMinute: number, private readonly now: () => number = Date.now) {}

  /** True when this user may ask now (and counts it). */
  take(user: string): boolean {
    const t = this.now();
    const recent = (this.seen.get(user) ?? []).filter((x) => t - x < 60_000);
    const ok = recent.length < this.perMinute;
    if (ok) recent.push(t);
    this.seen.set(user, recent);
    if (this.seen.size > 50_000) for (const [u, times] of this.seen) if (!times.some((x) => t - x < 60_000)) this.seen.delete(u);
    return ok;
  }
}
