import { catalogFrom } from '../catalog';

// English is loaded only when chosen (its own chunk, precached for offline use).
export const en = catalogFrom(import.meta.glob<string>('./*.json', { eager: true, query: '?raw', import: 'default' }));
