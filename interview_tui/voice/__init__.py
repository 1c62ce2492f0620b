"""Speaking answers: capture to disk, delivery measures, offline transcription, play-back.

Everything here needs the optional ``voice`` extra (numpy, soundfile, sounddevice,
faster-whisper), so its modules import those libraries only inside functions or behind
:func:`interview_tui.voice.extra.require`: importing this package costs nothing, and typed
practice never pays for it.

Rule: may import the shared root modules and the values of :mod:`interview_tui.banks`,
:mod:`interview_tui.store` and :mod:`interview_tui.coaching`; never cli, review or the UI
(textual, rich). Nothing here downloads anything except :mod:`~interview_tui.voice.models`'
``download``, which only ``interview-tui voice setup`` calls, with the user's consent.
"""
