/**
 * The consent an inhabitant gives at sign-up. The text itself is in the catalogs (consent.<version>), so that it
 * is shown in the user's language; a sign-up records which version was shown. A changed text gets a new version:
 * never edit the wording of a released version.
 */
export const CURRENT_CONSENT_VERSION = '2026-11-v1';
/** Consent given on a paper form and brought in by a spreadsheet import (the paper is kept by the group). */
export const PAPER_CONSENT_VERSION = '2026-11-paper';
export const CONSENT_VERSIONS = ['2026-11-v1', PAPER_CONSENT_VERSION] as const;
