"""The actor stage: recognise and link people, organisations and states (see docs/actors.md)."""

from __future__ import annotations

from marsad.actors.kb import KnowledgeBase, KnowledgeBaseError, load_knowledge_base, read_knowledge_base

__all__ = ["KnowledgeBase", "KnowledgeBaseError", "load_knowledge_base", "read_knowledge_base"]
