/**
 * A bounded queue for password checks. One scrypt check takes 128 MiB and a fraction of a second of a core: a flood
 * of logins, hashed all at once, starved every other request and could exhaust the memory of a small server. At
 * most `concurrent` checks run, at most `waiting` wait their turn; beyond, the caller is refused at once, without
 * hashing, and answers 429.
 */
export class QueueFull extends Error {
  constructor() {
    super('Too many password checks waiting.');
    this.name = 'QueueFull';
  }
}

export interface CheckQueueLimits {
  concurrent: number;
  waiting: number;
}

export const DEFAULT_CHECK_LIMITS: CheckQueueLimits = { concurrent: 2, waiting: 16 };

export class CheckQueue {
  private running = 0;
  private readonly queue: (() => void)[] = [];

  constructor(private readonly limits: CheckQueueLimits = DEFAULT_CHECK_LIMITS) {}

  /** Runs `check` when a slot is free; throws QueueFull (without running it) when the queue is already full. */
  async run<T>(check: () => Promise<T>): Promise<T> {
    if (this.running >= this.limits.concurrent) {
      if (this.queue.length >= this.limits.waiting) throw new QueueFull();
      // The slot is handed over by the check that ends (see finally), so `running` never dips in between.
      await new Promise<void>((resolve) => this.queue.push(resolve));
    } else {
      this.running += 1;
    }
    try {
      return await check();
    } finally {
      const next = this.queue.shift();
      if (next) next();
      else this.running -= 1;
    }
  }

  get size(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.queue.length };
  }
}
