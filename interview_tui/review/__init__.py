"""Looking back: history queries, comparing attempts, export in each format.

Rule: may import banks and store; never coaching, practice or the UI.
"""
