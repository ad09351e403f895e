/**
 * Whether French elides « de » before a name: « d’Élodie », « d’Hugo », « d’Yves », but « de Marc », « de Yasmine ».
 * H is taken as mute, as in most first names (Hélène, Hugo, Henri); Y elides only before a consonant. Catalogs
 * use it as an i18next context: `t(key, { name, context: elisionContext(name) })` picks `key_elided`.
 */
const ELIDES = /^(?:[aeiouàâäéèêëîïôöùûüœæh]|y[^aeiouàâäéèêëîïôöùûüœæ])/i;

export function elisionContext(name: string): 'elided' | undefined {
  return ELIDES.test(name.trim()) ? 'elided' : undefined;
}
