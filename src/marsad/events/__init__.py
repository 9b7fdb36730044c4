"""Event coding: PLOVER events (with CAMEO codes) from triggers, actors, times and places.

- :mod:`~marsad.events.lexicon`, :mod:`~marsad.events.morphology`: trigger resources and form generation;
- :mod:`~marsad.events.matcher`: finding triggers (Aho-Corasick, clitics, pattern objects);
- :mod:`~marsad.events.clauses`, :mod:`~marsad.events.frames`, :mod:`~marsad.events.arguments`:
  clause structure, speech frames, source and target;
- :mod:`~marsad.events.modality`, :mod:`~marsad.events.attach`, :mod:`~marsad.events.merge`:
  flags, date and place, within-document merging;
- :mod:`~marsad.events.coder`: the ``EventCoder`` interface and the rule coder;
- :mod:`~marsad.events.component`: the ``events`` pipeline component.
"""

from marsad.events.coder import EventCoder, RuleCoder
from marsad.events.component import EventComponent

__all__ = ["EventCoder", "EventComponent", "RuleCoder"]
