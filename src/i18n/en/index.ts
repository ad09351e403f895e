import { catalogFrom } from '../catalog';

// English is loaded only when chosen (its own chunk, precached for offline use).
export const en = catalogFrom(import.meta.glob<{ default: Record<string, unknown> }>('./*.json', { eager: true }));
