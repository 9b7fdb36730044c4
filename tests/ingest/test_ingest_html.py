"""HTML pages: trafilatura text and metadata, embedded posts, charsets."""

from __future__ import annotations

from datetime import date

import pytest

from marsad import Pipeline
from marsad.ingest.html import html_to_text

TWEET = (
    '<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Port reopened this morning after the storm.'
    '<br><br>Ships are moving again. <a href="https://t.co/Ab">pic.twitter.com/Ab12Cd34</a></p>'
    '&mdash; Example Port Authority (@example_port) <a href="https://twitter.com/example_port/status/9">'
    "March 4, 2024</a></blockquote>"
)
POST_LINES = (
    "Port reopened this morning after the storm. Ships are moving again. pic.twitter.com/Ab12Cd34\n"
    "— Example Port Authority (@example_port) March 4, 2024"
)


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.default()


def test_html_text_and_metadata(read, fixtures):
    (doc,), failures = read(fixtures / "page-en.html")
    assert failures == []
    assert doc.id == "page-en"
    assert doc.title == "Ministers agree on water-sharing plan"
    assert doc.url == "https://gazette.example.org/2023/09/16/water-plan"
    assert (doc.published, doc.published_from) == (date(2023, 9, 16), "metadata")
    assert doc.source == "Example Gazette" and doc.meta["author"] == "Sam Reporter"
    assert "Water ministers from three neighbouring countries" in doc.text
    assert "technical committee" in doc.text
    assert "Copyright" not in doc.text and "Sport" not in doc.text  # boilerplate dropped
    assert "\n\n" not in doc.text and "<" not in doc.text


def test_embedded_post_becomes_text_line_and_signature_line(read, fixtures):
    (doc,), _ = read(fixtures / "page-en.html")
    assert (
        "Today we signed a joint water-sharing plan with our neighbours. A good day for the region. "
        "pic.twitter.com/Qw3rTy7890\n— Example Water Ministry (@example_water) September 16, 2023\n"
    ) in doc.text


def test_embedded_post_is_segmented_as_post(read, fixtures, pipeline):
    (doc,), _ = read(fixtures / "page-en.html")
    result = pipeline.process(doc)
    posts = [s for s in result.segments if s.kind == "post"]
    assert len(posts) == 1
    post = posts[0]
    assert (post.author, post.handle, post.date) == ("Example Water Ministry", "example_water", "2023-09-16")
    assert doc.text[post.start : post.end].startswith("Today we signed")


def test_arabic_embedded_post_is_segmented_as_post(read, fixtures, pipeline):
    (doc,), failures = read(fixtures / "page-ar.html")
    assert failures == []
    assert (doc.published, doc.published_from) == (date(2024, 4, 2), "metadata")
    posts = [s for s in pipeline.process(doc).segments if s.kind == "post"]
    assert [(p.author, p.handle, p.date) for p in posts] == [("محافظة المدينة", "example_gov", "2024-04-02")]
    signature = "— محافظة المدينة (@example_gov) April 2, 2024"
    assert f"#معرض_الكتاب pic.twitter.com/Zx98Ab76Cd\n{signature}" in doc.text


def test_several_posts_and_line_breaks_inside_a_post(read, tmp_path, pipeline):
    body = "<p>The harbour was closed for two days while crews cleared debris from the main channel.</p>"
    between = "<p>Shipping firms said delays would ease.</p>"
    page = f"<html><body><article>{body}{TWEET}{between}{TWEET}</article></body></html>"
    path = tmp_path / "port.html"
    path.write_text(page, encoding="utf-8")
    (doc,), _ = read(path)
    assert doc.text.count(POST_LINES) == 2
    posts = [s for s in pipeline.process(doc).segments if s.kind == "post"]
    assert [(p.handle, p.date) for p in posts] == [("example_port", "2024-03-04")] * 2


def test_meta_charset_is_honoured(read, tmp_path):
    text = "افتتحت الوزارة مركزاً جديداً للتدريب المهني في العاصمة يوم الأحد."
    meta = '<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">'
    page = f"<html><head>{meta}</head><body><p>{text}</p></body></html>"
    path = tmp_path / "legacy.htm"
    path.write_bytes(page.encode("cp1256"))
    (doc,), failures = read(path)
    assert failures == []
    assert text in doc.text and doc.meta["encoding"] == "cp1256"


def test_page_without_text_fails(read, tmp_path):
    path = tmp_path / "blank.html"
    path.write_text("<html><head><title>Nothing</title></head><body><script>f();</script></body></html>")
    documents, (failure,) = read(path)
    assert documents == []
    assert (failure.origin, failure.reason) == (str(path), "no article text found in the HTML")


def test_xhtml_with_xml_declaration(read, tmp_path):
    page = (
        '<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body>'
        "<p>The museum reopened its doors on Friday after two years of renovation work.</p></body></html>"
    )
    path = tmp_path / "page.xhtml"
    path.write_text(page, encoding="utf-8")
    (doc,), failures = read(path)
    assert failures == [] and "museum reopened" in doc.text


def test_html_to_text_keeps_blocks_as_lines_and_posts():
    fragment = f"<p>First <b>bold</b> line.</p><div>Second line</div>{TWEET}<script>x()</script>"
    assert html_to_text(fragment) == f"First bold line.\nSecond line\n{POST_LINES}"
