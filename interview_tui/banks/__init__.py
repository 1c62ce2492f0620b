"""Question banks: the format's values, parsing and validation, the cache, where banks come from.

Rule: imports nothing of ours but the shared root modules (errors, paths, durations, and
the version); every other package may import it.
"""
