"""marsad (مرصد): structured, verifiable event data from Arabic and English news."""

from marsad.model import SCHEMA_VERSION, Document, Result
from marsad.pipeline import Config, Pipeline

__version__ = "0.1.0"
__all__ = ["SCHEMA_VERSION", "Config", "Document", "Pipeline", "Result", "__version__"]
