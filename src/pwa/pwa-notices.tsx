/** Placeholder until the PWA notices (update prompt, offline ready) are built. */
export function PwaNotices() {
  return null;
}
