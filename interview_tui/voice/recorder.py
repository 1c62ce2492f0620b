"""Recording an answer: audio from the microphone (or a file standing in for it) written to
disk as it is captured, so a crash keeps everything up to the last second or so.

The audio callback only queues blocks; a writer thread encodes them (FLAC) and flushes after
each, because the callback must never wait on the disk.
"""

from __future__ import annotations

import math
import queue
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from interview_tui.voice.audio import FORMAT, RATE, SUBTYPE, read_audio
from interview_tui.voice.extra import VoiceError, require

if TYPE_CHECKING:
    from collections.abc import Callable

    from interview_tui.voice.audio import Samples

BLOCK = 0.1  # seconds of audio per block: the level meter moves ten times a second
QUIET_DB = -60.0  # the bottom of the level meter


class Source(Protocol):
    """Where blocks of audio come from: ``start(push)`` calls ``push(block)`` until ``stop``."""

    def start(self, push: Callable[[Samples], None]) -> None: ...

    def stop(self) -> None: ...


class MicrophoneSource:
    """The default input device, through PortAudio (sounddevice)."""

    def __init__(self) -> None:
        self._stream: Any = None

    def start(self, push: Callable[[Samples], None]) -> None:
        sounddevice = import_sounddevice()

        def callback(data: Any, frames: int, time_info: Any, status: Any) -> None:
            push(data[:, 0].copy())

        try:
            self._stream = sounddevice.InputStream(
                samplerate=RATE,
                channels=1,
                dtype="float32",
                blocksize=round(RATE * BLOCK),
                callback=callback,
            )
            self._stream.start()
        except Exception as error:  # PortAudio's errors: no device, busy, unsupported rate
            raise VoiceError(f"cannot record from the microphone: {error}") from None

    def stop(self) -> None:
        if self._stream is not None:
            self._stream.stop()
            self._stream.close()
            self._stream = None


class FileSource:
    """A WAV or FLAC file standing in for the microphone (``--audio-input FILE``).

    Paced like a microphone by default (one block per :data:`BLOCK`); ``paced=False`` feeds it
    as fast as it can, for tests and for analysing a file.
    """

    def __init__(self, path: Path, paced: bool = True) -> None:
        self.samples = read_audio(path)
        self.paced = paced
        self._stopped = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self, push: Callable[[Samples], None]) -> None:
        size = round(RATE * BLOCK)

        def feed() -> None:
            for offset in range(0, len(self.samples), size):
                if self._stopped.wait(BLOCK if self.paced else 0):
                    return
                push(self.samples[offset : offset + size])

        self._thread = threading.Thread(target=feed, name="audio-input", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stopped.set()
        if self._thread is not None:
            self._thread.join()

    def finished(self) -> bool:
        """Everything in the file has been fed."""
        return self._thread is not None and not self._thread.is_alive()


def import_sounddevice() -> Any:
    """sounddevice, or a one-line error: it needs PortAudio's library, not only the wheel."""
    require("sounddevice")
    try:
        import sounddevice
    except OSError:
        raise VoiceError(
            "PortAudio is missing: install the libportaudio2 package (Linux) and try again"
        ) from None
    return sounddevice


class Recorder:
    """Writes what ``source`` captures into the FLAC file at ``path`` (created 0600).

    ``before``: audio the file starts with (a recording cut short by a crash, continued);
    it is on disk before the capture starts.
    """

    def __init__(self, path: Path, source: Source, before: Samples | None = None) -> None:
        self.path = path
        self.source = source
        self.before = before
        self.frames = 0
        self.level_db = QUIET_DB
        self.paused = False
        self._queue: queue.Queue[Samples | None] = queue.Queue()
        self._writer: threading.Thread | None = None
        self._error: Exception | None = None

    @property
    def seconds(self) -> float:
        return self.frames / RATE

    @property
    def level(self) -> float:
        """The loudness of the last block, 0 (silent) to 1 (full scale), for the meter."""
        return min(1.0, max(0.0, 1 - self.level_db / QUIET_DB))

    def start(self) -> None:
        require("numpy", "soundfile")
        import soundfile

        from interview_tui.voice.files import private_file

        opened = private_file(self.path)
        handle = opened.__enter__()
        sound = soundfile.SoundFile(
            handle, "w", samplerate=RATE, channels=1, format=FORMAT, subtype=SUBTYPE
        )
        if self.before is not None and len(self.before):
            sound.write(self.before)
            sound.flush()
            handle.flush()
            self.frames = len(self.before)

        def write() -> None:
            try:
                while (block := self._queue.get()) is not None:
                    sound.write(block)
                    sound.flush()
                    handle.flush()
            except Exception as error:  # the disk is full, the folder went away
                self._error = error
            finally:
                sound.close()
                opened.__exit__(None, None, None)

        self._writer = threading.Thread(target=write, name="recording-writer", daemon=True)
        self._writer.start()
        self.source.start(self._push)

    def _push(self, block: Samples) -> None:
        import numpy as np

        if self.paused or len(block) == 0:
            return
        rms = float(np.sqrt(np.mean(np.square(block, dtype=np.float64))))
        self.level_db = 20 * math.log10(max(rms, 1e-6))
        self.frames += len(block)
        self._queue.put(block)

    def pause(self, paused: bool) -> None:
        """Stop (or go on) recording; what comes in meanwhile is dropped."""
        self.paused = paused
        if paused:
            self.level_db = QUIET_DB

    def wait_until_fed(self, timeout: float = 60.0) -> None:
        """For a file source: wait until all of it has been captured."""
        deadline = time.monotonic() + timeout
        while isinstance(self.source, FileSource) and not self.source.finished():
            if time.monotonic() > deadline:
                break
            time.sleep(0.01)

    def stop(self) -> Path:
        """Stop capturing and finish the file; returns its path."""
        self.source.stop()
        self._queue.put(None)
        if self._writer is not None:
            self._writer.join()
        if self._error is not None:
            raise VoiceError(f"the recording {self.path} could not be written: {self._error}")
        return self.path


def record_file(source_path: Path, target: Path) -> Samples:
    """Capture ``source_path`` through a :class:`Recorder` into ``target`` as fast as it can."""
    recorder = Recorder(target, FileSource(source_path, paced=False))
    recorder.start()
    recorder.wait_until_fed()
    recorder.stop()
    return read_audio(target)
