"""Signals of the search index, for what depends on it (the page cache: listings read the index)."""

from django.dispatch import Signal

# Sent once the entries of some groups, or the whole index, have been written to an engine.
index_written = Signal()
