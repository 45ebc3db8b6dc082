import codecs

from eventwire.read.decode import decode_bytes
from eventwire.types import Problem

STORY = "Officials in Bogotá said on Monday that the café owners’ protest had ended."


def code_of(result):
    return result.code if isinstance(result, Problem) else None


def test_utf8_text_is_returned_as_is():
    assert decode_bytes(STORY.encode("utf-8"), "a.txt") == STORY


def test_other_encodings_are_detected():
    assert decode_bytes((STORY * 3).encode("cp1252"), "a.txt") == STORY * 3
    assert decode_bytes(STORY.encode("utf-16"), "a.txt") == STORY
    assert decode_bytes(STORY.encode("utf-16-le"), "a.txt") == STORY
    assert decode_bytes(codecs.BOM_UTF8 + STORY.encode(), "a.txt") == STORY


def test_utf8_with_a_stray_byte_stays_utf8():
    text = decode_bytes((STORY * 4).encode("utf-8") + b"\xff and more", "a.txt")
    assert text.startswith(STORY) and "\ufffd" in text


def test_bad_bytes_are_problems_naming_the_input():
    assert code_of(decode_bytes(b"", "a.txt")) == "E101"
    assert code_of(decode_bytes(b" \n\t\n", "a.txt")) == "E101"
    assert code_of(decode_bytes(b"%PDF-1.7 rest", "a.pdf")) == "E102"
    assert code_of(decode_bytes(bytes(range(0, 32)) * 50, "a.bin")) == "E102"
    assert code_of(decode_bytes(b"Police said on Monday\x00 the road was shut.\n" * 3, "a.txt")) == "E104"
    undecodable = decode_bytes(bytes((i * 7919) % 128 + 128 for i in range(3000)), "a.txt")
    assert code_of(undecodable) == "E105"
    assert undecodable.origin == "a.txt" and "UTF-8" in undecodable.message
