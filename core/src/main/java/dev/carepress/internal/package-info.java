/** Implementation shared inside carepress-core; not API, not exported, may change at any time. */
package dev.carepress.internal;
