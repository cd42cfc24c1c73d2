"""The curated programme is true to its documents: quotations are found word for word, and
every person, forum, session and source cites a document that names it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import REPO, SHARED
from tests.data_truth import check, fold, quotation_found, quotations

DATA = REPO / "data"
SEEDS = SHARED / "seeds"


def test_every_quotation_and_name_is_found_in_the_cited_documents() -> None:
    assert check(DATA, SEEDS) == []


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(DATA, target)
    return target


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_an_altered_quotation_is_reported(data_copy: Path) -> None:
    _replace(data_copy / "people.toml", '"neutral convener"', '"neutral arbiter"')
    assert check(data_copy, SEEDS) == [
        "people.toml: person 'magzum-mirzagaliyev': the quotation “neutral arbiter” in 'bio' is "
        "not in 000_caddc07e5f5ebf94.txt, 001_daf2e6eded6ea265.txt"
    ]


def test_a_quotation_from_a_document_the_record_does_not_cite_is_reported(
    data_copy: Path,
) -> None:
    # "Kazakh Ambassador Ashikbayev" is in the forum's website, which the person cites.
    _replace(
        data_copy / "people.toml",
        'sources = ["attf-2025-report-1", "attf-2025-report-2", "aif-website"]\n\n[[person]]\n'
        'slug = "joshua-lincoln"',
        'sources = ["attf-2025-report-1", "attf-2025-report-2"]\n\n[[person]]\n'
        'slug = "joshua-lincoln"',
    )
    (problem,) = check(data_copy, SEEDS)
    assert problem.startswith("people.toml: person 'yerzhan-ashikbayev': the quotation")
    assert "Kazakh Ambassador Ashikbayev" in problem


def test_a_record_no_cited_document_names_is_reported(data_copy: Path) -> None:
    forum_file = data_copy / "forums" / "doha-2025.toml"
    _replace(
        forum_file,
        'title = "Middle Powers as Bridge-Builders: Reinventing Global Cooperation"',
        'title = "Middle Powers as Bridge Builders"',
    )
    _replace(
        data_copy / "sources.toml",
        'October"\ntitle_is_descriptive = true\n',
        'October"\n',
    )
    problems = check(data_copy, SEEDS)
    assert problems == [
        "sources.toml: source 'attf-2025-report-1': none of its documents "
        "(000_caddc07e5f5ebf94.txt) names “Report on the Astana Think Tank Forum of 15-16 "
        "October”",
        "doha-2025.toml: session 'Middle Powers as Bridge Builders': none of its documents "
        "(002_2b0d68134b3948ed.txt) names “Middle Powers as Bridge Builders”",
    ]


def test_folding_makes_marks_spacing_case_and_diacritics_alike() -> None:
    document = fold("“The problem isn’t a lack of values —\n it’s a lack of LEVERAGE,” Qazaqstan")
    assert quotation_found("the problem isn't a lack of values - it's a lack of leverage", document)
    assert quotation_found("The problem … a lack of leverage.", document)
    assert quotation_found("Qazaqstán", document)
    assert not quotation_found("a lack of leverage … The problem", document)
    assert not quotation_found("a lack of values and of leverage", document)


def test_quotations_are_found_in_every_style_and_apostrophes_are_not_quotes() -> None:
    text = (
        "Kazakhstan's role, a \"neutral convener\"; 'new middle powers' and “think together”, "
        "as ‘constrained breakdown’ puts it; the countries' own view."
    )
    assert quotations(text) == [
        "neutral convener",
        "new middle powers",
        "think together",
        "constrained breakdown",
    ]
