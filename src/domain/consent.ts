/**
 * The consent an inhabitant gives at sign-up. The text itself is in the catalogs (consent.<version>), so that it
 * is shown in the user's language; a sign-up records which version was shown. A changed text gets a new version:
 * never edit the wording of a released version.
 */
export const CURRENT_CONSENT_VERSION = '2026-11-v1';
export const CONSENT_VERSIONS = ['2026-11-v1'] as const;
