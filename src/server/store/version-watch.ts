/**
 * The in-process side of SyncStore.watchVersions: listeners of one server process, told when the latest version
 * grows. A store whose writers live in this process (SQLite) feeds it after each commit; a store shared by several
 * processes would feed it from its own notifications (PostgreSQL's LISTEN/NOTIFY).
 */
import type { VersionListener } from './store';

export class VersionWatch {
  private readonly listeners = new Set<VersionListener>();
  private latest = 0;

  constructor(initial = 0) {
    this.latest = initial;
  }

  get version(): number {
    return this.latest;
  }

  watch(listener: VersionListener): () => void {
    this.listeners.add(listener);
    listener(this.latest);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** Announces `version` if it is above the last one announced; a listener that throws does not stop the others. */
  advance(version: number): void {
    if (version <= this.latest) return;
    this.latest = version;
    for (const listener of [...this.listeners]) {
      try {
        listener(version);
      } catch {
        // A closed stream's listener failing must not keep the next streams from hearing of the commit.
      }
    }
  }
}
