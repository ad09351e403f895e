/**
 * The page's very first script, which index.html carries inline (vite.config.ts puts it there at build): for a
 * check-off opened cold, it starts checkoff-read.worker.ts as the page is parsed, so that the reads run while the
 * app's code is fetched, compiled and evaluated, and keeps the answer on `window` for preload.ts. Plain ES5 text:
 * it runs before any module. (Its imports name their file whole: vite.config.ts loads it.)
 */
import { CHECKOFF_PATH, EARLY_READ_GLOBAL } from './messages.ts';

/** The worker's file as the build names it (assets/checkoff-read.worker-<hash>.js). */
export const isEarlyReadWorker = (fileName: string) => /^assets\/checkoff-read\.worker-[\w-]+\.js$/.test(fileName);

export function earlyReadScript(workerUrl: string): string {
  return `(function () {
  var match = ${CHECKOFF_PATH.toString()}.exec(location.pathname);
  if (!match || typeof Worker === 'undefined') return;
  try {
    var worker = new Worker(${JSON.stringify(workerUrl)}, { type: 'module', name: match[1] });
    window[${JSON.stringify(EARLY_READ_GLOBAL)}] = {
      distributionId: match[1],
      reply: new Promise(function (resolve) {
        worker.onmessage = function (event) { resolve(event.data); };
        worker.onerror = function () { resolve(null); };
      }),
    };
  } catch (error) {}
})();`;
}
