"""What a test of ``kztimeline draft`` reads of a draft: each event's date, title and status
in date order, its dates, or its titles by date."""

from __future__ import annotations

from kztimeline.draft import draft

__all__ = ("dates_of", "events_of", "titles_of")


def events_of(text: str, published: str | None = None) -> list[tuple[str, str, str | None]]:
    """Each drafted event of ``text`` as its date, title and status, sorted."""
    return sorted(
        (event.date.text, event.title, event.status) for event in draft(text, published=published)
    )


def dates_of(text: str, published: str | None = None) -> list[str]:
    """The drafted dates of ``text``, sorted."""
    return [value for value, _, _ in events_of(text, published)]


def titles_of(text: str, published: str | None = None) -> dict[str, str]:
    """The drafted titles of ``text`` by their dates (the last of a date's titles)."""
    return {value: title for value, title, _ in events_of(text, published)}
