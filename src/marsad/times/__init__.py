"""The time stage: temporal expressions found, typed and anchored to the publication date.

``TimeComponent`` (pipeline name ``times``) fills ``doc.result.times``; see docs/times.md.
"""

from marsad.times.component import TimeComponent, TimeRecognizer

__all__ = ["TimeComponent", "TimeRecognizer"]
