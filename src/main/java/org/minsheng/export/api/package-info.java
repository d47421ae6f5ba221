/**
 * The public read API (/api/v1): published years, their figures and headline numbers, as JSON for the
 * commission's website and big screens, described by OpenAPI (/v3/api-docs), rate-limited per client
 * address and open to the browsers of the configured origins only.
 */
package org.minsheng.export.api;
