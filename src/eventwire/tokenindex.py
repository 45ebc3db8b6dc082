"""A parsed sentence read once into plain Python objects that every rule shares.

The actor and event rules ask the same few questions of each token many
times: its text, lower case, lemma, tag, dependency, head, children,
subtree. Asked of a spaCy ``Doc``, each ``doc[i]``, ``token.head`` or
``token.children`` builds a new ``Token`` and each string attribute a new
look-up in the string store; coding a sentence made about 500 of them.
``IndexedDoc`` reads a sentence's tokens in one pass (``Doc.to_array``)
and links them once: the tokens are plain objects with the same names as
spaCy's (``text``, ``lower_``, ``lemma_``, ``tag_``, ``dep_``, ``head``,
``children``, ``subtree``, ...), answering the same way, so rules written
for spaCy read either. Questions asked rarely (``char_span``, the root of
a span, other scalar attributes) are answered by the spaCy objects
underneath, their tokens turned into these.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import count
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.strings import StringStore
    from spacy.tokens import Doc

SPACY_TYPES = ("Token", "Span", "Doc")
# Attributes hardly any token is asked for (one in fifty, coding a corpus): read from spaCy's token
# the first time one is asked for, instead of for every token.
ON_DEMAND = ("shape_", "is_alpha", "is_punct")
SPACES = ("", " ")
HEAD_MASK = (1 << 64) - 1  # HEAD is the head's offset from its token as uint64: a negative one wraps round


class IndexedToken:
    """One token, with the attributes rules read as plain values."""

    __slots__ = (
        "doc", "i", "text", "lower_", "lemma_", "tag_", "pos_", "dep_", "shape_", "idx", "whitespace_",
        "is_alpha", "is_punct", "like_num", "head", "_children", "_n_lefts", "_subtree", "_edges", "_conjuncts",
    )  # fmt: skip

    def __len__(self) -> int:
        return len(self.text)

    def __str__(self) -> str:
        return self.text

    __repr__ = __str__

    def __lt__(self, other: IndexedToken) -> bool:  # spaCy orders tokens by position
        return self.i < other.i

    def __le__(self, other: IndexedToken) -> bool:
        return self.i <= other.i

    def __gt__(self, other: IndexedToken) -> bool:
        return self.i > other.i

    def __ge__(self, other: IndexedToken) -> bool:
        return self.i >= other.i

    @property
    def text_with_ws(self) -> str:
        return self.text + self.whitespace_

    @property
    def lefts(self) -> Iterator[IndexedToken]:
        return iter(self._children[: self._n_lefts])

    @property
    def rights(self) -> Iterator[IndexedToken]:
        return iter(self._children[self._n_lefts :])

    @property
    def children(self) -> Iterator[IndexedToken]:
        return iter(self._children)

    @property
    def n_lefts(self) -> int:
        return self._n_lefts

    @property
    def n_rights(self) -> int:
        return len(self._children) - self._n_lefts

    @property
    def subtree(self) -> Iterator[IndexedToken]:
        return iter(self._subtree or self._subtree_words())

    def _subtree_words(self) -> tuple[IndexedToken, ...]:
        """The lefts' subtrees, the token, the rights' subtrees, as spaCy orders them (through non-projective
        arcs too); built once, from the children's own."""
        if not self._children:
            self._subtree = (self,)
            return self._subtree
        words: list[IndexedToken] = []
        for left in self._children[: self._n_lefts]:
            words.extend(left._subtree or left._subtree_words())
        words.append(self)
        for right in self._children[self._n_lefts :]:
            words.extend(right._subtree or right._subtree_words())
        self._subtree = tuple(words)
        return self._subtree

    @property
    def ancestors(self) -> Iterator[IndexedToken]:
        token, steps = self, 0
        while token.head is not token and steps < len(self.doc):
            token = token.head
            steps += 1
            yield token

    def is_ancestor(self, descendant: IndexedToken) -> bool:
        return any(ancestor is self for ancestor in descendant.ancestors)

    @property
    def left_edge(self) -> IndexedToken:
        """The first token of the subtree (spaCy keeps the same edges, through non-projective arcs too)."""
        return self._edge_tokens()[0]

    @property
    def right_edge(self) -> IndexedToken:
        return self._edge_tokens()[1]

    def _edge_tokens(self) -> tuple[IndexedToken, IndexedToken]:
        if self._edges is None:
            words = tuple(self.subtree)
            self._edges = (min(words, key=_position), max(words, key=_position))
        return self._edges

    @property
    def conjuncts(self) -> tuple[IndexedToken, ...]:
        """The tokens coordinated with this one, found as spaCy finds them."""
        if self._conjuncts is None:
            start = self
            while start.head is not start and start.dep_ == "conj":
                start = start.head
            found = [start]
            for word in found:
                found.extend(child for child in word._children[word._n_lefts :] if child.dep_ == "conj")
            self._conjuncts = tuple(word for word in found if word is not self)
        return self._conjuncts

    def nbor(self, offset: int = 1) -> IndexedToken:
        position = self.i + offset
        if position < 0 or position >= len(self.doc):
            raise IndexError(f"neighbour {offset} of token {self.i} is outside the sentence of {len(self.doc)} tokens")
        return self.doc.tokens[position]

    def __getattr__(self, name: str) -> Any:
        """Anything else a rule asks of a token, answered by spaCy's (scalar values only); an ``ON_DEMAND``
        attribute is kept once read."""
        if name in ON_DEMAND:
            value = getattr(self.doc.spacy[self.i], name)
            setattr(self, name, value)
            return value
        if name.startswith("_") or name in IndexedToken.__slots__:
            raise AttributeError(name)
        return _scalar(getattr(self.doc.spacy[self.i], name), name)


class IndexedSpan:
    """Consecutive tokens ``start``..``end`` (exclusive) of an ``IndexedDoc``."""

    __slots__ = ("doc", "start", "end")

    def __init__(self, doc: IndexedDoc, start: int, end: int) -> None:
        self.doc, self.start, self.end = doc, start, end

    def __len__(self) -> int:
        return self.end - self.start

    def __iter__(self) -> Iterator[IndexedToken]:
        return iter(self.doc.tokens[self.start : self.end])

    def __getitem__(self, key: int | slice) -> Any:
        if isinstance(key, slice):
            start, end = _normalize_slice(len(self), key)
            return IndexedSpan(self.doc, self.start + start, self.start + end)
        return self.doc.tokens[self.start : self.end][key]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, IndexedSpan) and (other.doc, other.start, other.end) == (self.doc, self.start, self.end)

    def __hash__(self) -> int:
        return hash((id(self.doc), self.start, self.end))

    def __str__(self) -> str:
        return self.text

    __repr__ = __str__

    @property
    def start_char(self) -> int:
        return self.doc.tokens[self.start].idx if self.start < len(self.doc) else len(self.doc.text)

    @property
    def end_char(self) -> int:
        if self.end <= self.start:
            return self.start_char
        last = self.doc.tokens[self.end - 1]
        return last.idx + len(last.text)

    @property
    def text(self) -> str:
        return self.doc.text[self.start_char : self.end_char]

    @property
    def text_with_ws(self) -> str:
        end = self.end_char + (len(self.doc.tokens[self.end - 1].whitespace_) if self.end > self.start else 0)
        return self.doc.text[self.start_char : end]

    @property
    def root(self) -> IndexedToken:
        return self.doc.tokens[self.doc.spacy[self.start : self.end].root.i]


class IndexedDoc:
    """The tokens of one sentence's spaCy ``Doc``, read once; ``spacy`` is the Doc itself."""

    __slots__ = ("spacy", "text", "tokens")

    def __init__(self, doc: Doc, text: str | None = None) -> None:
        """``text``: the text ``doc`` was made from, when the caller holds it (spaCy keeps every character)."""
        self.spacy = doc
        if not len(doc):
            self.tokens, self.text = (), ""
            return
        columns = doc.to_array(_columns()).T.tolist()
        strings = string_table(doc.vocab.strings)
        texts, *words = (list(map(strings.__getitem__, column)) for column in columns[:6])
        spaces = columns[7]
        tokens = _read_tokens(self, texts, *words, columns[6], map(SPACES.__getitem__, spaces), map((1).__eq__, columns[8]))
        _link_heads(tokens, columns[9])
        self.tokens = tuple(tokens)
        if text is None or len(text) != sum(map(len, texts)) + sum(spaces):  # a text of another length is not the doc's
            text = "".join(map(str.__add__, texts, map(SPACES.__getitem__, spaces)))  # as Doc.text, without its Token objects
        self.text = text

    def __len__(self) -> int:
        return len(self.tokens)

    def __iter__(self) -> Iterator[IndexedToken]:
        return iter(self.tokens)

    def __getitem__(self, key: int | slice) -> Any:
        if isinstance(key, slice):
            return IndexedSpan(self, *_normalize_slice(len(self.tokens), key))
        return self.tokens[key]

    def __str__(self) -> str:
        return self.text

    __repr__ = __str__

    @property
    def vocab(self) -> Any:
        return self.spacy.vocab

    def has_annotation(self, attribute: str) -> bool:
        return self.spacy.has_annotation(attribute)

    def char_span(self, start: int, end: int, *args: Any, **kwargs: Any) -> IndexedSpan | None:
        span = self.spacy.char_span(start, end, *args, **kwargs)
        return None if span is None else IndexedSpan(self, span.start, span.end)


def indexed(doc: Any, text: str | None = None) -> IndexedDoc:
    """``doc`` as an ``IndexedDoc`` (one already indexed is returned as it is); ``text``: the text it was made from."""
    return doc if isinstance(doc, IndexedDoc) else IndexedDoc(doc, text)


@lru_cache(maxsize=1)
def _columns() -> tuple[int, ...]:
    """The attributes read per token, in ``_read_tokens``' order, then HEAD (spaCy imported when first asked)."""
    from spacy.attrs import DEP, HEAD, IDX, LEMMA, LIKE_NUM, LOWER, ORTH, POS, SPACY, TAG

    return (ORTH, LOWER, LEMMA, TAG, POS, DEP, IDX, SPACY, LIKE_NUM, HEAD)


STRINGS_KEPT = 500_000  # a long run meets new names without end: the table starts afresh past this


class StringTable(dict):
    """A string store's strings by hash, each read from the store once: the store decodes a new ``str``
    at every look-up, a dict hands back the one it holds."""

    def __init__(self, store: StringStore) -> None:
        super().__init__()
        self.store = store

    def __missing__(self, key: int) -> str:
        if len(self) >= STRINGS_KEPT:
            self.clear()
        value = self[key] = self.store[key]
        return value


@lru_cache(maxsize=4)  # one per vocabulary, and a process loads one: a memo of the store's answers
def string_table(store: StringStore) -> StringTable:
    return StringTable(store)


def _read_tokens(doc: IndexedDoc, *columns: Iterable) -> list[IndexedToken]:
    """The tokens of ``columns`` (text, lower, lemma, tag, POS, dependency, idx, whitespace, like_num),
    not yet linked; ``ON_DEMAND`` attributes are left to be read when asked for. One flat loop of plain
    assignments: it runs for every token coded."""
    tokens = []
    for i, text, lower, lemma, tag, pos, dep, idx, space, num in zip(count(), *columns):
        token = IndexedToken()
        token.doc = doc
        token.i = i
        token.idx = idx
        token.text = text
        token.lower_ = lower
        token.lemma_ = lemma
        token.tag_ = tag
        token.pos_ = pos
        token.dep_ = dep
        token.whitespace_ = space
        token.like_num = num
        token._children = ()  # a leaf's, as most tokens are (a head's are linked after)
        token._n_lefts = 0
        token._subtree = token._edges = token._conjuncts = None
        tokens.append(token)
    return tokens


def _link_heads(tokens: list[IndexedToken], offsets: list[int]) -> None:
    """Each token's head, and each head's children in position order and how many of them come before it
    (lefts and rights are slices of the children, made when asked: seldom)."""
    children: dict[int, list[IndexedToken]] = {}
    lefts: dict[int, int] = {}
    for i, token, offset in zip(count(), tokens, offsets):
        head = (i + offset) & HEAD_MASK
        token.head = tokens[head]
        if head != i:
            children.setdefault(head, []).append(token)  # in position order: its lefts first
            if i < head:
                lefts[head] = lefts.get(head, 0) + 1
    for head, below in children.items():
        tokens[head]._children = tuple(below)
        tokens[head]._n_lefts = lefts.get(head, 0)


def _position(token: IndexedToken) -> int:
    return token.i


def _normalize_slice(length: int, key: slice) -> tuple[int, int]:
    """spaCy's slice rules: steps refused, negatives from the end, clipped, never backwards."""
    if key.step not in (None, 1):
        raise ValueError("token slices take no step")
    start = 0 if key.start is None else key.start + length if key.start < 0 else key.start
    start = min(length, max(0, start))
    stop = length if key.stop is None else key.stop + length if key.stop < 0 else key.stop
    return start, min(length, max(start, stop))


def _scalar(value: Any, name: str) -> Any:
    if type(value).__name__ in SPACY_TYPES or isinstance(value, Iterator):
        raise AttributeError(f"IndexedToken.{name} would return spaCy objects; add it to eventwire.tokenindex")
    return value
