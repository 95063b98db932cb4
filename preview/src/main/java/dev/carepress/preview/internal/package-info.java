/** The preview's implementation: the watcher, the in-memory site, the HTTP front and its guards. */
package dev.carepress.preview.internal;
