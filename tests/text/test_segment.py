from marsad.text.segment import Segmenter


def _texts(text, segments, kind):
    return [text[s.start : s.end] for s in segments if s.kind == kind]


def test_paragraphs_and_sentences_with_arabic_punctuation():
    text = "قال الوزير إن المحادثات مستمرة. هل ستنجح؟ نعم!\n\nThe talks went on. Mr. Smith left."
    segments = Segmenter()(text)
    assert _texts(text, segments, "paragraph") == [
        "قال الوزير إن المحادثات مستمرة. هل ستنجح؟ نعم!",
        "The talks went on. Mr. Smith left.",
    ]
    assert _texts(text, segments, "sentence") == [
        "قال الوزير إن المحادثات مستمرة.", "هل ستنجح؟", "نعم!", "The talks went on.", "Mr. Smith left.",
    ]


def test_sentences_point_at_their_paragraph():
    text = "First one. Second one.\nThird."
    segments = Segmenter()(text)
    for segment in segments:
        if segment.kind == "sentence":
            parent = segments[segment.parent]
            assert parent.start <= segment.start < segment.end <= parent.end


def test_embedded_post_is_one_segment_with_author_handle_date():
    text = (
        "فقرة أولى من الخبر.\n"
        "Talks begin today in Muscat. pic.twitter.com/Xy12Ab\n"
        "— Desk Name (@desk_name) March 12, 2024\n"
        "فقرة أخيرة."
    )
    segments = Segmenter()(text)
    posts = [s for s in segments if s.kind == "post"]
    assert len(posts) == 1
    post = posts[0]
    assert (post.author, post.handle, post.date) == ("Desk Name", "desk_name", "2024-03-12")
    assert text[post.start : post.end].startswith("Talks begin") and text[post.start : post.end].endswith("2024")
    assert len(_texts(text, segments, "paragraph")) == 2
    inner = [s for s in segments if s.kind == "sentence" and s.parent == segments.index(post)]
    assert inner and all("@desk_name" not in text[s.start : s.end] for s in inner)


def test_dots_inside_tokens_do_not_split():
    text = "رأى القاذفات تي.يو160 في المعرض. ثم غادر."
    assert len(_texts(text, Segmenter()(text), "sentence")) == 2


def test_initials_and_dotted_acronyms_do_not_end_a_sentence():
    text = "Mr. Mbeki met F.W. de Klerk and John F. Kennedy Jr. in the U.A.E. on Monday. Talks ended at 5 p.m. Later Lt.-Gen. Musa spoke."
    assert _texts(text, Segmenter()(text), "sentence") == [
        "Mr. Mbeki met F.W. de Klerk and John F. Kennedy Jr. in the U.A.E. on Monday.",
        "Talks ended at 5 p.m. Later Lt.-Gen. Musa spoke.",
    ]


def test_a_lowercase_word_ending_a_sentence_still_splits():
    text = "The army withdrew from the area. Rebels moved in."
    assert len(_texts(text, Segmenter()(text), "sentence")) == 2
