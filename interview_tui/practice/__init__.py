"""A practice session: its plan, the countdown of each question, and the rehearsal it drives.

Rule: may import banks and store; never coaching, review or the UI.
"""
