"""``python -m sitroom``: the same as the ``sitroom`` command."""

from sitroom.cli import app

app()
