"""The model's rule components as look-ups: same annotations, a fraction of the time.

The packaged English pipelines end with two components written in Python:
the attribute ruler (179 token patterns that set coarse POS, morphology and
some lemmas from the tag, the word and the dependency) and the rule
lemmatizer. spaCy runs the ruler through its general ``Matcher`` on every
token and the lemmatizer's base-form test on every token; together they
cost about a third of ``nlp.pipe``. Here the ruler's own patterns (read
from the loaded model, nothing copied) are compiled into a table from a
token's (lower, tag, dep, is-space) to the attributes it gets (a token
never seen costs a look-up per feature: ``FeatureIndex``), and the
lemmatizer's answers are remembered by (word, POS, morphology), which is
all they depend on; its word lists, which it read from end to end for
each form it tried, become sets. The result is the same as spaCy's, token
for token (``tests/test_spacy_rules.py`` compares them); a model whose
patterns use anything the compiler does not know keeps spaCy's own
component.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.pipeline import AttributeRuler
    from spacy.tokens import Doc

FEATURES = ("LOWER", "TAG", "DEP", "IS_SPACE")  # token attributes the compiled patterns may test
Features = tuple[str, str, str, bool]
Test = Callable[[Any], bool]  # of one feature's value
Key = tuple[int, int, int, int]  # the features as string hashes, as Doc.to_array gives them


@dataclass(frozen=True)
class TokenRules:
    single: tuple[int, ...]  # one-token rules the token meets
    fits: frozenset[tuple[int, int]]  # (multi-token pattern, position) it fits
    starts: tuple[int, ...]  # multi-token patterns it may start


class NotCompilable(Exception):
    """A pattern uses something the compiler does not handle; spaCy's component stays."""


def _value_test(wanted: Any) -> Test:
    """A Matcher test of one attribute as a test of its value."""
    if not isinstance(wanted, dict):
        return lambda value: value == wanted
    if len(wanted) != 1:
        raise NotCompilable(wanted)
    (operator, argument), = wanted.items()
    if operator == "IN":
        members = frozenset(argument)
        return lambda value: value in members
    if operator == "NOT_IN":
        members = frozenset(argument)
        return lambda value: value not in members
    if operator == "REGEX" and isinstance(argument, str):
        search = re.compile(argument).search
        return lambda value: bool(search(value))
    raise NotCompilable(operator)


def _feature_tests(spec: dict) -> dict[int, Test]:
    """A Matcher token spec as tests of single features, by feature position (the Matcher's semantics for
    these keys): a token fits the spec when it passes every test."""
    tests: dict[int, Test] = {}
    for key, wanted in spec.items():
        if key not in FEATURES:
            raise NotCompilable(key)
        tests[FEATURES.index(key)] = _value_test(wanted)
    return tests


class FeatureIndex:
    """Which token specs a token fits, as a bit set: the specs' tests are read one feature at a time, and
    what each value of a feature passes is remembered, so a token never seen before costs four look-ups
    and a few tests of its word, not every spec's tests."""

    def __init__(self, specs: list[dict[int, Test]]) -> None:
        self.open = [sum(1 << n for n, tests in enumerate(specs) if f not in tests) for f in range(len(FEATURES))]
        self.tests = [[(1 << n, tests[f]) for n, tests in enumerate(specs) if f in tests] for f in range(len(FEATURES))]
        self.passed: list[dict[Any, int]] = [{} for _ in FEATURES]

    def fits(self, features: Features) -> int:
        """Bit n set: the token fits spec n."""
        found = -1
        for f, value in enumerate(features):
            bits = self.passed[f].get(value)
            if bits is None:
                bits = self.passed[f][value] = self.open[f] | sum(bit for bit, test in self.tests[f] if test(value))
            found &= bits
        return found


class CompiledAttributeRules:
    """An ``AttributeRuler``'s patterns, applied by table look-up."""

    def __init__(self, ruler: AttributeRuler) -> None:
        from spacy.tokens._retokenize import set_token_attrs

        self.set_token_attrs = set_token_attrs
        self.strings = ruler.vocab.strings
        single: list[tuple[int, dict[int, Test]]] = []  # (rule number, tests) of one-token patterns
        self.spans: list[tuple[int, int, int]] = []  # multi-token patterns: (rule number, length, index of the token set)
        span_specs: list[tuple[int, int, dict[int, Test]]] = []  # (pattern, position, tests) of their tokens
        for number, attrs in enumerate(ruler.attrs):
            _, patterns = ruler.matcher.get(str(number))
            for pattern in patterns:
                specs = [_feature_tests(spec) for spec in pattern]
                if len(specs) == 1:
                    single.append((number, specs[0]))
                    continue
                span_specs += [(len(self.spans), k, spec) for k, spec in enumerate(specs)]
                self.spans.append((number, len(specs), ruler.indices[number]))
        self.single_numbers = tuple(number for number, _ in single)  # spec n < len(single): one-token rule
        self.span_positions = tuple((p, k) for p, k, _ in span_specs)  # spec len(single) + m: a token of a longer one
        self.index = FeatureIndex([tests for _, tests in single] + [tests for _, _, tests in span_specs])
        self.attrs = ruler.attrs
        self.known: dict[Key, TokenRules] = {}  # token features (hashes) -> the rules it meets
        self.merged: dict[tuple[int, ...], dict] = {}  # rule numbers -> the attributes they leave

    def _rules(self, key: Key) -> TokenRules:
        """The one-token rules a token meets, and the (pattern, position) pairs of multi-token patterns it fits."""
        known = self.known.get(key)
        if known is None:
            lower, tag, dep, space = key
            bits = self.index.fits((self.strings[lower], self.strings[tag], self.strings[dep], bool(space)))
            specs = [n for n in range(bits.bit_length()) if bits >> n & 1]
            count = len(self.single_numbers)
            single = tuple(self.single_numbers[n] for n in specs if n < count)
            fits = frozenset(self.span_positions[n - count] for n in specs if n >= count)
            known = self.known[key] = TokenRules(single, fits, tuple(p for p, k in fits if k == 0))
        return known

    def _span_rules(self, rules: list[TokenRules]) -> dict[int, list[int]]:
        """Token index -> numbers of the multi-token rules that set it."""
        found: dict[int, list[int]] = {}
        for start, first in enumerate(rules):
            for p in first.starts:
                number, length, index = self.spans[p]
                if start + length <= len(rules) and all((p, k) in rules[start + k].fits for k in range(1, length)):
                    found.setdefault(start + (index if index >= 0 else length + index), []).append(number)
        return found

    def _merge(self, rules: tuple[int, ...]) -> dict:
        """The attributes rules leave when applied in rule order: later rules win, as in spaCy."""
        merged = self.merged.get(rules)
        if merged is None:
            merged = {}
            for number in sorted(rules):
                merged.update(self.attrs[number])
            self.merged[rules] = merged
        return merged

    def __call__(self, doc: Doc) -> Doc:
        from spacy.attrs import DEP, IS_SPACE, LOWER, TAG

        known = [self._rules(tuple(row)) for row in doc.to_array([LOWER, TAG, DEP, IS_SPACE]).tolist()]
        spans = self._span_rules(known)
        for i, token_rules in enumerate(known):
            rules = token_rules.single
            if i in spans:
                rules = tuple(sorted(rules + tuple(spans[i])))
            if rules:
                self.set_token_attrs(doc[i], self._merge(rules))
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


class RememberedLemmas:
    """A rule lemmatizer whose answers are remembered by (word, POS, morphology)."""

    def __init__(self, lemmatizer: Any) -> None:
        self.lemmatizer = lemmatizer
        self.strings = lemmatizer.vocab.strings
        self.lemmas: dict[tuple[int, int, int], int] = {}
        lookups = lemmatizer.lookups
        if lookups.has_table("lemma_index"):  # asked "is this form a word?": lists of 57,000 nouns, read through
            index = lookups.get_table("lemma_index")
            for pos in list(index):
                index[pos] = frozenset(index[pos])

    def __call__(self, doc: Doc) -> Doc:
        from spacy.attrs import LEMMA, MORPH, ORTH, POS

        for i, (orth, pos, morph, lemma) in enumerate(doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()):
            if lemma and not self.lemmatizer.overwrite:
                continue
            key = (orth, pos, morph)
            found = self.lemmas.get(key)
            token = doc[i]
            if found is None:
                found = self.lemmas[key] = self.strings.add(self.lemmatizer.lemmatize(token)[0])
            token.lemma = found
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


def compile_rule_components(nlp: Language) -> None:
    """Put the look-up versions in place of the model's attribute ruler and rule lemmatizer, where it has them."""
    if "attribute_ruler" in nlp.pipe_names:
        try:
            _replace(nlp, "attribute_ruler", CompiledAttributeRules(nlp.get_pipe("attribute_ruler")))
        except NotCompilable:
            pass  # spaCy's own ruler stays
    if "lemmatizer" in nlp.pipe_names and getattr(nlp.get_pipe("lemmatizer"), "mode", None) == "rule":
        _replace(nlp, "lemmatizer", RememberedLemmas(nlp.get_pipe("lemmatizer")))


def _replace(nlp: Language, name: str, component: Any) -> None:
    """Put a built component in place of ``name``, same name, same place. spaCy (pinned < 3.9) has no
    public call for an instance (only factories); it runs any callable with a ``pipe`` method."""
    components = nlp._components  # noqa: SLF001
    index = [component_name for component_name, _ in components].index(name)
    components[index] = (name, component)
