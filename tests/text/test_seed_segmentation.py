"""Acceptance: the reference article segments into its 13 paragraphs, sentences and the RT post."""

from marsad import Document


def test_seed_article_segments(pipeline, seed_text):
    result = pipeline.process(Document(id="seed", text=seed_text))
    kinds = [s.kind for s in result.segments]
    assert kinds.count("paragraph") == 13
    assert kinds.count("post") == 1
    post = next(s for s in result.segments if s.kind == "post")
    assert (post.author, post.handle, post.date, post.lang) == ("RT", "RT_com", "2023-09-16", "en")
    assert seed_text[post.start : post.end].startswith("Kim Jong Un has arrived")
    paragraphs = [s for s in result.segments if s.kind == "paragraph"]
    assert all(p.lang == "ar" for p in paragraphs)
    for segment in result.segments:
        assert seed_text[segment.start : segment.end].strip() == seed_text[segment.start : segment.end]
        assert segment.end > segment.start
    sentences = [s for s in result.segments if s.kind == "sentence"]
    assert len(sentences) >= 14
    assert result.lang == "mixed"
