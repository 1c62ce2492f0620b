"""Word lists: bundled files, the user's additions and removals, and the text helpers."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from interview_tui.coaching.wordlists import (
    LIST_FILES,
    STAR_PARTS,
    PhraseIndex,
    WordLists,
    load_word_lists,
    parse_list,
    tokenise,
)


def write_words(config: Path, name: str, text: str | bytes) -> Path:
    folder = config / "words"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.txt"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


# --- bundled lists ---------------------------------------------------------------------------


def test_every_list_file_is_bundled_as_a_package_resource() -> None:
    folder = resources.files("interview_tui.coaching").joinpath("data")
    for name in LIST_FILES:
        assert folder.joinpath(f"{name}.txt").is_file(), name


def test_bundled_lists_hold_the_documented_entries() -> None:
    words = load_word_lists()
    assert {"um", "uh", "like", "you know", "basically", "sort of", "kind of"} <= words.fillers
    assert {"i guess", "maybe", "i think", "probably", "perhaps", "i suppose"} <= words.hedges
    assert "just" not in words.hedges  # too often "I had just joined"; see hedges.txt
    assert {"the", "and", "you", "your", "what", "how"} <= words.stopwords
    assert set(words.star) == set(STAR_PARTS)
    assert "as a result" in words.star["result"]
    assert "my role" in words.star["task"]
    assert {"are you hiring", "any openings", "hire me", "refer me for"} <= words.job_asks
    assert {"wouldn't you agree", "don't you think", "isn't it true", "surely"} <= words.leading


def test_bundled_entries_are_normalised() -> None:
    words = load_word_lists()
    every = (
        words.fillers
        | words.hedges
        | words.stopwords
        | words.job_asks
        | words.leading
        | frozenset().union(*words.star.values())
    )
    for entry in every:
        assert entry == entry.lower().strip(), entry
        assert "  " not in entry and "#" not in entry and "\u2019" not in entry, entry


def test_fillers_and_hedges_do_not_overlap() -> None:
    words = load_word_lists()
    assert not words.fillers & words.hedges


def test_bundled_lists_are_cached() -> None:
    assert load_word_lists() is load_word_lists()


def test_without_a_words_folder_the_bundled_lists_are_returned(tmp_path: Path) -> None:
    assert load_word_lists(tmp_path / "config") is load_word_lists()


# --- the user's lists --------------------------------------------------------------------------


def test_user_file_adds_and_removes_entries(tmp_path: Path) -> None:
    write_words(
        tmp_path,
        "fillers",
        "# my own tics\n\nRight?? \n  Innit  \nYou  KNOW  what   I mean # inline comment\n"
        "-actually\n- Basically\n",
    )
    words = load_word_lists(tmp_path)
    assert {"right??", "innit", "you know what i mean"} <= words.fillers
    assert "actually" not in words.fillers and "basically" not in words.fillers
    assert "um" in words.fillers  # the bundled entries stay
    assert words.hedges == load_word_lists().hedges


def test_user_entries_get_straight_apostrophes(tmp_path: Path) -> None:
    write_words(tmp_path, "leading", "you\u2019d surely agree\n")
    assert "you'd surely agree" in load_word_lists(tmp_path).leading


def test_user_star_file_extends_that_part(tmp_path: Path) -> None:
    write_words(tmp_path, "star_result", "the upshot\n-percent\n")
    words = load_word_lists(tmp_path)
    assert "the upshot" in words.star["result"]
    assert "percent" not in words.star["result"]
    assert words.star["action"] == load_word_lists().star["action"]


def test_removing_an_entry_that_is_not_there_is_harmless(tmp_path: Path) -> None:
    write_words(tmp_path, "hedges", "-no such hedge\n")
    assert load_word_lists(tmp_path).hedges == load_word_lists().hedges


def test_non_utf8_user_file_is_ignored(tmp_path: Path) -> None:
    write_words(tmp_path, "fillers", b"\xff\xfe um \x80\x81\n")
    assert load_word_lists(tmp_path) == load_word_lists()


def test_unreadable_user_file_is_ignored(tmp_path: Path) -> None:
    (tmp_path / "words" / "fillers.txt").mkdir(parents=True)  # a folder, not a file
    assert load_word_lists(tmp_path) == load_word_lists()


def test_one_bad_file_does_not_spoil_the_others(tmp_path: Path) -> None:
    write_words(tmp_path, "fillers", b"\xff\xfe")
    write_words(tmp_path, "hedges", "if you will\n")
    words = load_word_lists(tmp_path)
    assert words.fillers == load_word_lists().fillers
    assert "if you will" in words.hedges


def test_words_folder_that_is_a_file_is_ignored(tmp_path: Path) -> None:
    (tmp_path / "words").write_text("not a folder", encoding="utf-8")
    assert load_word_lists(tmp_path) == load_word_lists()


def test_equal_lists_are_equal_and_hashable(tmp_path: Path) -> None:
    write_words(tmp_path, "fillers", "innit\n")
    first, second = load_word_lists(tmp_path), load_word_lists(tmp_path)
    assert first == second and hash(first) == hash(second)
    assert first != load_word_lists()
    assert isinstance(first, WordLists)


def test_parse_list_reads_additions_removals_and_comments() -> None:
    added, removed = parse_list("# header\num\n\n  -Like  \nsort  of # why\n-\n")
    assert added == {"um", "sort of"}
    assert removed == {"like"}


@given(st.text())
def test_parse_list_never_fails(text: str) -> None:
    added, removed = parse_list(text)
    assert all(entry and entry == entry.strip() for entry in added | removed)


# --- tokenise and PhraseIndex ----------------------------------------------------------------


def test_tokenise_keeps_offsets_into_the_original_text() -> None:
    text = "I\u2019m SURE it's a follow-up, 40% done."
    tokens = tokenise(text)
    assert tokens.words == ("i'm", "sure", "it's", "a", "follow", "up", "40", "done")
    assert [text[s:e] for s, e in zip(tokens.starts, tokens.ends, strict=True)] == [
        "I\u2019m",
        "SURE",
        "it's",
        "a",
        "follow",
        "up",
        "40",
        "done",
    ]


def test_tokenise_offsets_survive_letters_that_grow_when_lower_cased() -> None:
    text = "\u0130stanbul um WE"  # "İ" lower-cases to two characters
    tokens = tokenise(text)
    assert tokens.words[1:] == ("um", "we")
    assert text[tokens.starts[1] : tokens.ends[1]] == "um"
    assert text[tokens.starts[2] : tokens.ends[2]] == "WE"


def test_gap_and_joined() -> None:
    tokens = tokenise("you, know you know")
    assert tokens.gap(1) == ", "
    assert not tokens.joined(1)
    assert tokens.joined(3)
    assert tokens.gap(0) == "" and tokens.gap(4) == ""


def test_phrase_index_prefers_the_longest_and_never_overlaps() -> None:
    index = PhraseIndex.of(["like", "i feel like", "feel"])
    words = tokenise("I feel like it, like").words
    assert index.find_all(words) == [(0, 3, ("i", "feel", "like")), (4, 5, ("like",))]


def test_phrase_index_needs_spaces_between_words_when_given_tokens() -> None:
    index = PhraseIndex.of(["you know"])
    tokens = tokenise("you, know; you know")
    assert index.find_all(tokens.words, tokens) == [(2, 4, ("you", "know"))]
    assert len(index.find_all(tokens.words)) == 2  # without tokens, punctuation is ignored


def test_phrase_index_does_not_match_past_the_end() -> None:
    index = PhraseIndex.of(["you know"])
    assert index.find_all(tokenise("thank you").words) == []


@given(st.text())
def test_tokenise_offsets_are_always_in_bounds_and_ordered(text: str) -> None:
    tokens = tokenise(text)
    previous = 0
    for start, end in zip(tokens.starts, tokens.ends, strict=True):
        assert previous <= start < end <= len(text)
        previous = end


@pytest.mark.parametrize("name", LIST_FILES)
def test_each_user_file_name_is_read(tmp_path: Path, name: str) -> None:
    write_words(tmp_path, name, "zzz made up entry\n")
    words = load_word_lists(tmp_path)
    lists = {
        "fillers": words.fillers,
        "hedges": words.hedges,
        "stopwords": words.stopwords,
        "job_asks": words.job_asks,
        "leading": words.leading,
        **{f"star_{part}": words.star[part] for part in STAR_PARTS},
    }
    assert "zzz made up entry" in lists[name]
