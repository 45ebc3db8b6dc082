"""Dependency labels of spaCy's English parser that several stages ask about.

Two kinds of subject, kept apart: who *does* the act of a clause (an
active subject) and whatever is the grammatical subject of a clause in
either voice ("X was arrested": X is the subject, not the doer).
"""

ACTIVE_SUBJECT_DEPS = frozenset({"nsubj", "csubj"})  # the doer of an active clause
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})  # the one acted on, as subject of a passive
CLAUSE_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})  # the (nominal) subject of a clause, either voice
