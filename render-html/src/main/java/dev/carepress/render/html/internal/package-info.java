/** Implementation of the HTML renderer: page layout, JSON-LD, the site plan. Not API: it may change at any time. */
package dev.carepress.render.html.internal;
