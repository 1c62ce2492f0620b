"""`interview-tui voice analyse|setup|status`: speaking answers, from the command line."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from interview_tui.cli.command import Command
from interview_tui.cli.context import Context
from interview_tui.errors import UserError


def configure(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="voice_action", metavar="ACTION", required=True)
    analyse = actions.add_parser("analyse", help="delivery measures (and transcript) of a file")
    analyse.add_argument("file", type=Path, metavar="FILE", help="a WAV, FLAC or Ogg recording")
    analyse.add_argument("--json", action="store_true", help="print JSON")
    analyse.add_argument("--model", metavar="NAME", help="the installed model to transcribe with")
    setup = actions.add_parser("setup", help="download a speech model into the data folder")
    setup.add_argument("--model", default=None, metavar="NAME", help="which model (base.en)")
    setup.add_argument("--yes", action="store_true", help="do not ask before downloading")
    actions.add_parser("status", help="microphone, speech model and read-aloud voice")


def run(args: argparse.Namespace, context: Context) -> int:
    from interview_tui.voice.extra import require

    action = args.voice_action
    if action == "status":
        return _status(context)
    require()
    if action == "analyse":
        return _analyse(args, context)
    return _setup(args, context)


def _analyse(args: argparse.Namespace, context: Context) -> int:
    from interview_tui.voice import models
    from interview_tui.voice.analyse import analyse
    from interview_tui.voice.transcribe import Transcriber

    model = models.pick(context.paths.data_dir, args.model)
    if args.model and model is None:
        raise UserError(f"model {args.model!r} is not installed; 'interview-tui voice status'")
    delivery = analyse(args.file, Transcriber(model.path) if model else None)
    if args.json:
        print(json.dumps(delivery.as_dict(), indent=2, ensure_ascii=False))
        return 0
    print(delivery.summary())
    for pause in delivery.pauses:
        print(f"  pause {pause.seconds:.1f}s from {pause.start:.1f}s to {pause.end:.1f}s")
    if model is None:
        print("no speech model installed, so no transcript: 'interview-tui voice setup' adds one")
    else:
        print(delivery.transcript or "(nothing was recognised)")
    return 0


def _setup(args: argparse.Namespace, context: Context) -> int:
    from interview_tui.voice import models

    name = args.model or models.DEFAULT_MODEL
    repo, size = models.check_name(name)
    target = models.models_dir(context.paths.data_dir) / name
    if models.is_model(target):
        print(f"{name} is already installed in {target}")
        return 0
    print(f"This downloads the speech model {name} ({repo}), about {size} MB, into {target}.")
    print("It is fetched once; recordings and transcripts never leave this machine.")
    if not args.yes:
        if not sys.stdin.isatty():
            raise UserError("not downloading without consent: run it in a terminal, or add --yes")
        if input("Download it now? [y/N] ").strip().lower() not in {"y", "yes"}:
            print("nothing downloaded")
            return 1
    installed = models.download(name, context.paths.data_dir)
    print(f"installed {name}: {installed.megabytes:.0f} MB in {installed.path}")
    return 0


def _status(context: Context) -> int:
    from interview_tui.voice import models
    from interview_tui.voice.extra import INSTALL_HINT, missing
    from interview_tui.voice.readaloud import NO_VOICE, voice_command

    absent = missing()
    if absent:
        print(f"voice extra: missing {', '.join(absent)}; {INSTALL_HINT}")
    else:
        from interview_tui.voice.playback import input_device, output_device

        print("voice extra: installed")
        print(f"microphone: {input_device() or 'none found (use --audio-input FILE)'}")
        print(f"sound output: {output_device() or 'none found (play-back is not possible)'}")
    found = models.installed(context.paths.data_dir)
    if found:
        for model in found:
            print(f"speech model: {model.name}, {model.megabytes:.0f} MB in {model.path}")
    else:
        print("speech model: none; 'interview-tui voice setup' downloads one (transcripts)")
    command = voice_command()
    print(f"read aloud: {command[0] if command else NO_VOICE}")
    return 0


COMMAND = Command(configure, run)
