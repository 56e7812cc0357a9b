"""Drafting a sourced chronology from news articles: ``kztimeline draft``.

:func:`draft` reads articles (plain text or HTML), finds every dated statement with the
rule-based normaliser in :mod:`kztimeline.draft.normalise`, groups the statements that give
the same fact on the same date, and returns a :class:`~kztimeline.timeline.Timeline` whose
events cite the articles. :func:`to_toml` writes such a draft as an events file, each event
under a comment quoting the sentences it was read from.
"""

from kztimeline.draft.build import Draft, compose, draft, read_articles
from kztimeline.draft.normalise import Mention, find_dates
from kztimeline.draft.output import to_toml

__all__ = (
    # Drafting
    "Draft",
    "compose",
    "draft",
    "read_articles",
    "to_toml",
    # The normaliser
    "Mention",
    "find_dates",
)
