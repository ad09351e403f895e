/**
 * Catches the files src/ui/download.ts hands to the browser's download (a blob URL on a clicked link): jsdom has
 * no blob URLs, and a real click would navigate. Undone when the test ends.
 */
import { onTestFinished, vi } from 'vitest';

export interface CapturedDownload {
  fileName: string;
  blob: Blob;
}

/** The downloads of the running test, in the order they were clicked. */
export function captureDownloads(): CapturedDownload[] {
  const blobs = new Map<string, Blob>();
  vi.stubGlobal(
    'URL',
    Object.assign(Object.create(URL) as typeof URL, {
      createObjectURL: (blob: Blob) => {
        const url = `blob:test-${blobs.size}`;
        blobs.set(url, blob);
        return url;
      },
      revokeObjectURL: () => undefined,
    }),
  );
  const downloads: CapturedDownload[] = [];
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (!blob) throw new Error(`A link to ${this.href} was clicked, not a file made on the device`);
    downloads.push({ fileName: this.download, blob });
  });
  onTestFinished(() => {
    click.mockRestore();
    vi.unstubAllGlobals();
  });
  return downloads;
}
