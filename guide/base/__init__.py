"""The base every layer may use: errors, the text catalogue's lookup, settings, paths, private files,
typed-text guards and short codes. No Textual here."""
