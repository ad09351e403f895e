/** Builds a language's catalog from its per-feature files, each under its own top-level key (stand.*, members.*…). */
export type Catalog = Record<string, unknown>;

export function catalogFrom(files: Record<string, { default: Catalog }>): Catalog {
  const catalog: Catalog = {};
  for (const [path, file] of Object.entries(files)) {
    const namespace = /\/([\w-]+)\.json$/.exec(path)?.[1];
    if (namespace) catalog[namespace] = file.default;
  }
  return catalog;
}
