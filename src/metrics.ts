import { Counter, Gauge, Histogram, Registry } from 'prom-client';

export type Channel = 'web' | 'telegram';

/**
 * What `/metrics` shows, in the Prometheus text format: questions and whether they were found, answer latency,
 * Telegram calls by outcome, 429s and the reply queue's depth. One registry per process (tests make their own).
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly questions = new Counter({ name: 'report_bot_questions_total', help: 'Questions answered, by channel and whether the report says', labelNames: ['channel', 'found'] as const, registers: [this.registry] });
  private readonly latency = new Histogram({
    name: 'report_bot_answer_seconds',
    help: 'Time to answer one question (engine only), by channel',
    labelNames: ['channel'] as const,
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
    registers: [this.registry],
  });
  private readonly sends = new Counter({ name: 'report_bot_telegram_calls_total', help: 'Bot API calls made by the sender, by method and outcome', labelNames: ['method', 'outcome'] as const, registers: [this.registry] });
  private readonly floods = new Counter({ name: 'report_bot_telegram_429_total', help: 'Bot API answers 429 Too Many Requests (each pauses all sending)', registers: [this.registry] });
  private queue: () => number = () => 0;

  constructor() {
    const self = this;
    new Gauge({
      name: 'report_bot_telegram_queue_depth',
      help: 'Telegram replies waiting to be delivered',
      registers: [this.registry],
      collect() {
        this.set(self.queue());
      },
    });
  }

  answered(channel: Channel, found: boolean, seconds: number): void {
    this.questions.inc({ channel, found: String(found) });
    this.latency.observe({ channel }, seconds);
  }

  telegramCall(method: string, outcome: 'ok' | '429' | 'retry' | 'failed' | 'given_up'): void {
    this.sends.inc({ method, outcome });
    if (outcome === '429') this.floods.inc();
  }

  /** The queue's depth is read when scraped. */
  watchQueue(depth: () => number): void {
    this.queue = depth;
  }

  text(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
