"""The quote stage: who said what, to whom, through which outlet (see docs/quotes.md)."""

from marsad.quotes.component import QuoteComponent

__all__ = ["QuoteComponent"]
