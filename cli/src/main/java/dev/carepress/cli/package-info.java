/**
 * The {@code carepress} command line: {@link dev.carepress.cli.Main} is its entry point. Everything
 * else lives in {@code dev.carepress.cli.internal} and is not an API.
 */
package dev.carepress.cli;
