/**
 * The EPUB writer's implementation: the OCF zip, the package, navigation and content documents.
 * Not API: it may change in any release.
 */
package dev.carepress.render.epub.internal;
