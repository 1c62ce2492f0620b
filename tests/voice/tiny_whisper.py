"""A tiny Whisper model with random weights, built here so that the real faster-whisper path
(feature extraction, CTranslate2 encode and decode, tokenizer, word timestamps) runs in tests
without downloading anything. What it writes is nonsense; that it runs is what is tested.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

D_MODEL, FFN, HEADS, LAYERS = 64, 128, 2, 2
EOT_BIAS = 100.0
N_MELS, AUDIO_POSITIONS, TEXT_POSITIONS = 80, 1500, 448
CORPUS = [
    "Tell me about a time you disagreed with a colleague.",
    "I led the migration of our billing system and we shipped it on time.",
    "um uh so the result was that customers stopped complaining",
]
SPECIALS = [
    "<|endoftext|>",
    "<|startoftranscript|>",
    "<|en|>",
    "<|translate|>",
    "<|transcribe|>",
    "<|startoflm|>",
    "<|startofprev|>",
    "<|nospeech|>",
    "<|notimestamps|>",
]


def _tokenizer(folder: Path) -> list[str]:
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers

    tokenizer = Tokenizer(models.BPE())
    tokenizer.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tokenizer.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=400,
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    tokenizer.train_from_iterator(CORPUS, trainer)
    # Whisper's order: text tokens, then the special tokens, then the timestamps.
    tokenizer.add_special_tokens([*SPECIALS, *(f"<|{i * 0.02:.2f}|>" for i in range(1501))])
    tokenizer.save(str(folder / "tokenizer.json"))
    vocabulary = tokenizer.get_vocab()
    return [token for token, _ in sorted(vocabulary.items(), key=lambda item: item[1])]


def build(folder: Path, seed: int = 0) -> Path:
    """Write a tiny random CTranslate2 Whisper model into ``folder``; returns ``folder``."""
    from ctranslate2.specs import model_spec, whisper_spec

    folder.mkdir(parents=True, exist_ok=True)
    tokens = _tokenizer(folder)
    vocab = len(tokens)
    rng = np.random.default_rng(seed)

    def rand(*shape: int) -> np.ndarray:
        return (rng.standard_normal(shape) * 0.05).astype(np.float32)

    def norm(spec: object) -> None:
        spec.gamma = np.ones(D_MODEL, np.float32)  # type: ignore[attr-defined]
        spec.beta = np.zeros(D_MODEL, np.float32)  # type: ignore[attr-defined]

    def linear(spec: object, out: int, inp: int) -> None:
        spec.weight = rand(out, inp)  # type: ignore[attr-defined]
        spec.bias = np.zeros(out, np.float32)  # type: ignore[attr-defined]

    def ffn(spec: object) -> None:
        norm(spec.layer_norm)  # type: ignore[attr-defined]
        linear(spec.linear_0, FFN, D_MODEL)  # type: ignore[attr-defined]
        linear(spec.linear_1, D_MODEL, FFN)  # type: ignore[attr-defined]

    spec = whisper_spec.WhisperSpec(LAYERS, HEADS, LAYERS, HEADS)
    encoder = spec.encoder
    encoder.conv1.weight, encoder.conv1.bias = rand(D_MODEL, N_MELS, 3), rand(D_MODEL)
    encoder.conv2.weight, encoder.conv2.bias = rand(D_MODEL, D_MODEL, 3), rand(D_MODEL)
    encoder.position_encodings.encodings = rand(AUDIO_POSITIONS, D_MODEL)
    norm(encoder.layer_norm)
    for layer in encoder.layer:
        norm(layer.self_attention.layer_norm)
        linear(layer.self_attention.linear[0], 3 * D_MODEL, D_MODEL)
        linear(layer.self_attention.linear[1], D_MODEL, D_MODEL)
        ffn(layer.ffn)
    decoder = spec.decoder
    decoder.embeddings.weight = rand(vocab, D_MODEL)
    decoder.position_encodings.encodings = rand(TEXT_POSITIONS, D_MODEL)
    norm(decoder.layer_norm)
    # Large output weights make the decoder sure of itself (log-probabilities near 0), so
    # faster-whisper accepts the first, greedy decode instead of retrying at five temperatures.
    decoder.projection.weight = rand(vocab, D_MODEL) * 400
    # And likely to end a text soon, so that decoding stops well before the length limit.
    decoder.projection.bias = np.zeros(vocab, np.float32)
    decoder.projection.bias[tokens.index("<|endoftext|>")] = EOT_BIAS
    for layer in decoder.layer:
        norm(layer.self_attention.layer_norm)
        linear(layer.self_attention.linear[0], 3 * D_MODEL, D_MODEL)
        linear(layer.self_attention.linear[1], D_MODEL, D_MODEL)
        norm(layer.attention.layer_norm)
        linear(layer.attention.linear[0], D_MODEL, D_MODEL)
        linear(layer.attention.linear[1], 2 * D_MODEL, D_MODEL)
        linear(layer.attention.linear[2], D_MODEL, D_MODEL)
        ffn(layer.ffn)
    spec.register_vocabulary(tokens)
    eot = tokens.index("<|endoftext|>")
    spec.config.suppress_ids = []
    spec.config.suppress_ids_begin = [eot]
    spec.config.lang_ids = []
    spec.config.alignment_heads = [[LAYERS - 1, head] for head in range(HEADS)]
    assert isinstance(spec, model_spec.ModelSpec)
    spec.validate()
    spec.save(str(folder))
    (folder / "preprocessor_config.json").write_text(
        json.dumps({"feature_size": N_MELS, "sampling_rate": 16000, "hop_length": 160,
                    "chunk_length": 30, "n_fft": 400}),
        encoding="utf-8",
    )  # fmt: skip
    return folder
