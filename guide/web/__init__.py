"""The browser classroom: textual-serve's server with a room's limits, one forked app per tab."""
