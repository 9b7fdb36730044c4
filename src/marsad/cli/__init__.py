"""The ``marsad`` command line: a thin adapter over :class:`marsad.Pipeline`."""

from marsad.cli.app import app, main

__all__ = ["app", "main"]
