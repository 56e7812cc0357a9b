"""``python -m kztimeline``: the command line."""

from kztimeline.cli import run

run()
