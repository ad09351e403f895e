/** The server's hybrid logical clock: it follows the clients' clocks but never lets one from the future in. */
import { MAX_CLOCK_DRIFT_MS, decodeHlc, encodeHlc, initialHlc, receive, tick, type Hlc, type HlcState } from '../../domain/rows/hlc';

export class ServerClock {
  private state: HlcState;

  constructor(
    node = 'server',
    private readonly now: () => number = Date.now,
  ) {
    this.state = initialHlc(node);
  }

  /**
   * The clock a client's mutation is applied with: its own, or, if the phone's clock runs ahead of the server's
   * by more than the allowed drift, a server clock of now, so that a phone set to 2031 cannot win every conflict.
   */
  accept(remote: Hlc): Hlc {
    const now = this.now();
    if (decodeHlc(remote).wallMs > now + MAX_CLOCK_DRIFT_MS) {
      this.state = tick(this.state, now);
      return encodeHlc(this.state);
    }
    this.state = receive(this.state, remote, now);
    return remote;
  }

  /** A clock for a change the server makes itself (demo data, migrations). */
  next(): Hlc {
    this.state = tick(this.state, this.now());
    return encodeHlc(this.state);
  }
}
