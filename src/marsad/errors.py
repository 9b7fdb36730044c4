"""Errors and per-input failure records."""

from __future__ import annotations

from dataclasses import dataclass


class MarsadError(Exception):
    """Base class of marsad's own errors."""


class InputError(MarsadError):
    """An input that cannot be read as articles; the message names the input."""

    def __init__(self, origin: str, reason: str):
        super().__init__(f"{origin}: {reason}")
        self.origin = origin
        self.reason = reason


@dataclass(frozen=True)
class Failure:
    """One input (file, archive member, line) that could not be read or processed."""

    origin: str
    reason: str
    stage: str = "ingest"

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"
