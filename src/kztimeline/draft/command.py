"""``kztimeline draft``: the files in, the draft out; the command line only parses."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from kztimeline._files import write_atomically
from kztimeline.draft.build import compose, read_articles
from kztimeline.draft.normalise import published_day
from kztimeline.draft.output import to_toml
from kztimeline.draft.review import summary
from kztimeline.errors import DraftError
from kztimeline.load import load

__all__ = ("draft_files", "parse_published")


def parse_published(text: str) -> date:
    """The day given to ``--published`` (``YYYY-MM-DD``); :class:`DraftError` otherwise."""
    day = published_day(text, name="--published")
    assert day is not None  # a text is never None
    return day


def draft_files(
    articles: Sequence[Path | str],
    *,
    published: str | None = None,
    source_ids: Sequence[str] = (),
    into: Path | str | None = None,
    output: Path | str | None = None,
) -> tuple[str, Path | None, list[str]]:
    """Draft from the article files; return the TOML text, the path written, if any, and the
    lines that tell what to check (:func:`~kztimeline.draft.review.summary`).

    With ``into`` the text holds only what that events file lacks, to append to it by hand;
    the file itself is read, never written (naming it as ``output`` is refused). With
    ``output`` the text is written there atomically. Raises
    :class:`~kztimeline.errors.DraftError`, :class:`~kztimeline.errors.TimelineFileError`
    for an invalid ``into`` file and :class:`~kztimeline.errors.OutputError`.
    """
    day = parse_published(published) if published is not None else None
    known = load(into) if into is not None else None
    if into is not None and output is not None and _same_file(Path(into), Path(output)):
        raise DraftError.output_is_into(output)
    drafted = compose(read_articles(articles, source_ids=source_ids, published=day), into=known)
    text = to_toml(drafted, into=known)
    review = summary(drafted.notes, len(drafted.timeline), drafted.dropped)
    if output is None:
        return text, None, review
    return text, write_atomically(output, text), review


def _same_file(first: Path, second: Path) -> bool:
    try:
        return first.resolve() == second.resolve() or (second.exists() and first.samefile(second))
    except OSError:
        return False
