/**
 * A poor mobile link between a bench phone and the server, on loopback: a TCP proxy whose two directions each carry
 * a bandwidth and a one-way delay, shared by every connection the phone opens (one radio link). Chromium's own
 * network emulation applies to a page's requests but not to those its service worker makes (the precache, which is
 * most of a first install), so the link is shaped here, below the browser, for all of them alike.
 */
import { createServer, connect, type AddressInfo, type Server, type Socket } from 'node:net';

export interface LinkProfile {
  downBitsPerSecond: number;
  upBitsPerSecond: number;
  roundTripMs: number;
}

/** "Fast 3G" as Chrome's DevTools define it. */
export const FAST_3G: LinkProfile = { downBitsPerSecond: 1_600_000, upBitsPerSecond: 750_000, roundTripMs: 150 };

// Larger writes are cut, so that one connection's burst does not hold the others back for a whole chunk.
const SLICE_BYTES = 4 * 1024;

/** One direction of the link: bytes leave one after the other at its rate, and arrive `delayMs` after leaving. */
class Direction {
  private freeAt = 0;

  constructor(
    private readonly bytesPerMs: number,
    private readonly delayMs: number,
  ) {}

  send(data: Buffer, to: Socket): void {
    for (let offset = 0; offset < data.length; offset += SLICE_BYTES) {
      const slice = data.subarray(offset, offset + SLICE_BYTES);
      const now = performance.now();
      this.freeAt = Math.max(this.freeAt, now) + slice.length / this.bytesPerMs;
      setTimeout(
        () => {
          if (!to.destroyed) to.write(slice);
        },
        this.freeAt + this.delayMs - now,
      );
    }
  }

  /** Ends `to` once what was sent before has arrived. */
  end(to: Socket): void {
    const now = performance.now();
    setTimeout(() => to.end(), Math.max(this.freeAt, now) + this.delayMs - now);
  }
}

export interface SlowLink {
  url: string;
  close(): Promise<void>;
}

/** A proxy to `target` (http://host:port) through a link of this profile; its url replaces the target's. */
export async function slowLink(target: string, profile: LinkProfile): Promise<SlowLink> {
  const { hostname, port } = new URL(target);
  const oneWay = profile.roundTripMs / 2;
  const down = new Direction(profile.downBitsPerSecond / 8 / 1000, oneWay);
  const up = new Direction(profile.upBitsPerSecond / 8 / 1000, oneWay);
  const sockets = new Set<Socket>();
  const server: Server = createServer((phone) => {
    const upstream = connect(Number(port), hostname);
    for (const socket of [phone, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => undefined);
    }
    phone.on('data', (data: Buffer) => up.send(data, upstream));
    upstream.on('data', (data: Buffer) => down.send(data, phone));
    phone.on('end', () => up.end(upstream));
    upstream.on('end', () => down.end(phone));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port: own } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${own}`,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
