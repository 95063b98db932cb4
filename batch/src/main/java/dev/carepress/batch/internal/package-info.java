/** The machinery of batches: reading, staging, rendering, retrying the site, committing; not an API. */
package dev.carepress.batch.internal;
