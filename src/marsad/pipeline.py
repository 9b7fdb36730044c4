"""The one pipeline: named components run in order over a :class:`Doc`.

Each component declares the layers it ``reads`` and ``writes``; the pipeline
checks at construction that every read layer is written by an earlier component
(or is part of the input document). The CLI, the store, the API and the batch
runner all call :meth:`Pipeline.process` / :meth:`Pipeline.pipe`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from importlib import import_module
from typing import Any, ClassVar

from marsad.errors import Failure
from marsad.model import Document, Result
from marsad.text.normalize import NormText, default_normalizer

#: layers every document brings before any component runs
INPUT_LAYERS = frozenset({"text", "published", "meta"})


@dataclass
class Doc:
    """A document on its way through the pipeline."""

    document: Document
    result: Result
    scratch: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def start(cls, document: Document) -> Doc:
        result = Result(
            id=document.id,
            url=document.url,
            source=document.source,
            title=document.title,
            published=document.published,
            lang=document.language,
            text=document.text,
        )
        return cls(document=document, result=result)

    @property
    def text(self) -> str:
        return self.document.text

    @cached_property
    def norm(self) -> NormText:
        """Normalised matching view of the text with its offset map."""
        return default_normalizer()(self.document.text)


class Component:
    """A pipeline stage. Subclasses set ``name``, ``reads``, ``writes`` and implement ``__call__``."""

    name: ClassVar[str] = "component"
    reads: ClassVar[tuple[str, ...]] = ()
    writes: ClassVar[tuple[str, ...]] = ()

    @classmethod
    def from_config(cls, config: Config) -> Component:
        """Build the component for a pipeline configuration."""
        return cls()

    def __call__(self, doc: Doc) -> None:  # pragma: no cover - interface
        raise NotImplementedError


class Pipeline:
    """An ordered list of components."""

    def __init__(self, components: Iterable[Component]):
        self.components = list(components)
        self._check_order()

    @classmethod
    def default(cls, config: Config | None = None) -> Pipeline:
        """The standard marsad pipeline for a configuration."""
        config = config or Config()
        factories = component_factories()
        missing = [name for name in config.components if name not in factories]
        if missing:
            raise ValueError(f"unknown component(s): {', '.join(missing)}; known: {', '.join(factories)}")
        return cls(factories[name](config) for name in config.components)

    @property
    def names(self) -> list[str]:
        return [component.name for component in self.components]

    def _check_order(self) -> None:
        available = set(INPUT_LAYERS)
        for component in self.components:
            unmet = set(component.reads) - available
            if unmet:
                raise ValueError(f"component {component.name!r} reads {sorted(unmet)} that nothing before it writes")
            available |= set(component.writes)

    def process(self, document: Document) -> Result:
        """Run every component over one document."""
        doc = Doc.start(document)
        for component in self.components:
            component(doc)
        return doc.result

    def pipe(self, items: Iterable[Document | Failure]) -> Iterator[Result | Failure]:
        """Process a stream; failures pass through, and a document that breaks a stage becomes a Failure."""
        for item in items:
            if isinstance(item, Failure):
                yield item
                continue
            try:
                yield self.process(item)
            except Exception as error:  # one bad document must not stop a batch
                origin = item.origin or item.id
                yield Failure(origin, f"{type(error).__name__}: {error}", stage="pipeline")


#: built-in components: name → "module:Class"; each class has ``from_config(config)``
BUILTIN_COMPONENTS: dict[str, str] = {
    "segmenter": "marsad.text.components:SegmentComponent",
    "language": "marsad.text.components:LanguageTagger",
    "actors": "marsad.actors.component:ActorComponent",
    "times": "marsad.times.component:TimeComponent",
    "places": "marsad.places.component:PlaceComponent",
    "quotes": "marsad.quotes.component:QuoteComponent",
    "events": "marsad.events.component:EventComponent",
}


@dataclass(frozen=True)
class Config:
    """What a pipeline is built from."""

    languages: tuple[str, ...] = ("ar", "en")
    components: tuple[str, ...] = tuple(BUILTIN_COMPONENTS)


def component_factories() -> dict[str, Callable[[Config], Component]]:
    """Name → factory for every built-in component (modules are imported on demand)."""

    def factory(target: str) -> Callable[[Config], Component]:
        def build(config: Config) -> Component:
            module_name, _, class_name = target.partition(":")
            return getattr(import_module(module_name), class_name).from_config(config)

        return build

    return {name: factory(target) for name, target in BUILTIN_COMPONENTS.items()}
