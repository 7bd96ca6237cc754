"""`checks.nodes.Finder` finds what filtering `syntax.walk` finds, in the same order."""

from __future__ import annotations

from pathlib import Path

from xslint.checks.nodes import Finder
from xslint.parser import parse
from xslint.syntax import (Attribute, Definition, Field, Filter, Index, Member, ObjectLit, Section, Statement,
                           StringLit, Variable, walk)

ROOT = Path(__file__).parents[1]
KINDS = [(Definition, Statement, Field, ObjectLit, Section), (Variable,), (Member, Index), (StringLit, Filter),
         (Attribute,)]


def test_a_finder_finds_what_walking_finds_in_walking_order() -> None:
    documents = [parse(path.read_text(encoding="utf-8")).document
                 for path in sorted({*ROOT.glob("tests/**/*.xs"), *ROOT.glob("examples/**/*.xs")})]
    assert len(documents) > 100
    for kinds in KINDS:
        finder = Finder(*kinds)  # one finder for every document, as a check keeps one
        for document in documents:
            assert [id(node) for node in finder(document)] == \
                   [id(node) for node in walk(document) if isinstance(node, kinds)]
