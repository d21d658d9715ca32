"""Reading a survey CSV: numbers where the model needs them, every refusal at its row."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from synergy_gui.io.survey import SurveyError, parse_survey, read_survey


def _write(tmp_path: Path, text: str | bytes, name: str = "survey.csv") -> Path:
    target = tmp_path / name
    if isinstance(text, bytes):
        target.write_bytes(text)
    else:
        target.write_text(text, encoding="utf-8")
    return target


def test_only_the_asked_columns_must_be_numbers(tmp_path):
    survey = _write(tmp_path, "id,x1,x2,remark\nr1,1,2,liked it\nr2,3,4,\n")
    responses = read_survey(survey).responses(["x2", "x1"])
    assert responses.columns == ["x2", "x1"]
    np.testing.assert_array_equal(responses.values, [[2, 1], [4, 3]])
    assert responses.dropped == 0


def test_semicolons_with_decimal_commas_and_r_row_names_are_read():
    table = parse_survey('"";"x1";"x2"\n"1";3,5;4\n"2";2;NA\n"3";1,25;2\n', "eu.csv")
    assert table.header == ["column 1", "x1", "x2"]
    responses = table.responses(["x1", "x2"])
    np.testing.assert_array_equal(responses.values, [[3.5, 4.0], [1.25, 2.0]])
    assert responses.dropped_rows == [3]


def test_missing_answers_in_any_common_spelling_drop_the_respondent():
    text = "x,y\n1,2\n,3\nNA,4\n.,5\nN/A,6\nnan,7\n8,9\n"
    responses = parse_survey(text, "s.csv").responses(["x", "y"])
    np.testing.assert_array_equal(responses.values, [[1, 2], [8, 9]])
    assert responses.dropped == 5


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("", r"^survey\.csv: the file is empty"),
        ("\n  \n", r"^survey\.csv: the file is empty"),
        (b"PK\x03\x04\x00\x00binary", r"^survey\.csv: is a binary file"),
        ("x1,x2\n", r"^survey\.csv:1: has a header but no respondents"),
        ("x1,x2\n1,2\n3\n", r"^survey\.csv:3: has 1 cell; the header has 2 columns"),
    ],
)
def test_an_unreadable_file_is_refused_with_its_place(tmp_path, monkeypatch, content, message):
    _write(tmp_path, content)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SurveyError, match=message):
        read_survey("survey.csv")


def test_a_non_numeric_cell_is_named_by_row_and_column(tmp_path):
    survey = _write(tmp_path, "x1,x2\n1,2\n3,4\n5,agree\n")
    with pytest.raises(SurveyError) as refused:
        read_survey(survey).responses(["x1", "x2"])
    assert str(refused.value) == f"{survey}:4: column 'x2' holds 'agree', not a number"


def test_an_infinite_cell_is_refused(tmp_path):
    survey = _write(tmp_path, "x1\n1\ninf\n")
    with pytest.raises(SurveyError, match=r":3: column 'x1' holds 'inf', not a number"):
        read_survey(survey).responses(["x1"])


def test_a_construct_with_no_items_in_the_data_is_named(tmp_path):
    table = read_survey(_write(tmp_path, "t1,t2,l1\n1,2,3\n"))
    table.check_items({"trust": ["t1", "t2"]})  # all there: no complaint
    with pytest.raises(SurveyError, match=r":1: construct 'loyalty' has none of its items"):
        table.check_items({"trust": ["t1", "t2"], "loyalty": ["loy1", "loy2"]})
    with pytest.raises(SurveyError, match=r"construct 'trust': there is no column 't3'"):
        table.check_items({"trust": ["t1", "t2", "t3"]})


def test_a_misspelt_column_gets_a_suggestion(tmp_path):
    table = read_survey(_write(tmp_path, "trust_1,trust_2\n1,2\n"))
    with pytest.raises(SurveyError, match=r"no column 'trust1' \(did you mean 'trust_1'\?\)"):
        table.responses(["trust1"])


def test_a_missing_file_and_a_folder_are_refused(tmp_path):
    with pytest.raises(SurveyError, match="no such file"):
        read_survey(tmp_path / "absent.csv")
    with pytest.raises(SurveyError, match="is a folder"):
        read_survey(tmp_path)
