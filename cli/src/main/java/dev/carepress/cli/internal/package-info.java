/** The commands, their options and the machinery behind them; not an API. */
package dev.carepress.cli.internal;
