"""The Textual front end, on top of :mod:`reader.core`."""
