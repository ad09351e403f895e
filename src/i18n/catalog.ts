/** Builds a language's catalog from its per-feature files, each under its own top-level key (stand.*, members.*…). */
export type Catalog = Record<string, unknown>;

/**
 * `files` are the files' texts (imported `?raw`): JSON.parse reads them much faster than a phone compiles the same
 * catalogs as object literals, which it did at every cold start before the first render.
 */
export function catalogFrom(files: Record<string, string>): Catalog {
  const catalog: Catalog = {};
  for (const [path, text] of Object.entries(files)) {
    const namespace = /\/([\w-]+)\.json$/.exec(path)?.[1];
    if (namespace) catalog[namespace] = JSON.parse(text) as Catalog;
  }
  return catalog;
}
