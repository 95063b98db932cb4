/** Files written whole or not at all: through a temporary file beside the target, then moved into place. */
package dev.carepress.io;
