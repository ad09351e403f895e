import { catalogFrom } from '../catalog';

// French is bundled with the app shell: it is the first language and must work offline from the first paint.
export const fr = catalogFrom(import.meta.glob<string>('./*.json', { eager: true, query: '?raw', import: 'default' }));
