"""``iscg check`` on real DOCX drafts: comments anchored on exactly their passage, the rest of the
document unchanged (texts, run formatting, tables, tracked changes), HTML report, exit status."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import docx
import pytest

from docxutil import char_formats, comment_ranges, comments, revisions, squash_fold

SAMPLES = Path(__file__).resolve().parents[2] / "corpus_samples"


def _by_number(path) -> dict[int, tuple[str, dict, str]]:
    """observation number -> (comment id, comment, anchored text)."""
    cs, ranges = comments(path), comment_ranges(path)
    out = {}
    for cid, c in cs.items():
        m = re.match(r"Observation n° (\d+)", c["paragraphs"][0])
        assert m, c["paragraphs"][0]
        out[int(m.group(1))] = (cid, c, ranges.get(cid))
    return out


def assert_commented_copy(source: Path, result) -> None:
    out = result.docx_path
    placed = _by_number(out)
    for o in result.observations:
        if o.number in result.unplaced:
            continue
        cid, c, anchored = placed[o.number]
        assert c["author"] == "iscg-nlp" and c["initials"] == "IS"
        assert anchored is not None
        # exactly the passage: the quote, modulo spacing and apostrophe normalisation (and a
        # numbering label that Word draws but the runs do not hold)
        want, got = squash_fold(o.quote), squash_fold(anchored)
        if " | " in want:  # a table row: cells are separated by « | » in the text, not in the runs
            want, got = re.sub(r"[\s|]", "", want), re.sub(r"[\s|]", "", got)
        assert got == want or (want.endswith(got) and len(want) - len(got) <= 12), (o.number, want, got)
        assert o.full_problem[:40] in " ".join(c["paragraphs"])
    # everything else unchanged: characters and their formatting, tracked changes, tables
    assert char_formats(out) == char_formats(source)
    assert revisions(out) == revisions(source)
    a, b = docx.Document(str(source)), docx.Document(str(out))
    assert [p.text for p in a.paragraphs] == [p.text for p in b.paragraphs]
    assert [p.style.name for p in a.paragraphs] == [p.style.name for p in b.paragraphs]
    assert [[c.text for c in row.cells] for t in a.tables for row in t.rows] == \
           [[c.text for c in row.cells] for t in b.tables for row in t.rows]


def test_problem_wordings_are_observed(checked):
    result, analysis = checked
    rules = {o.rule_id for o in result.observations}
    assert {"deontologie.secret_partage", "autorites.hierarchique_confiee_aux_forces"} <= rules
    assert any(o.indicator == "public" and o.kind == "regle" and "exclusivement" in o.quote
               for o in result.observations)
    assert any("systématique de la CRIP" in o.quote for o in result.observations)
    assert result.avis == "reserve"
    assert {"autorites", "deontologie", "public"} <= set(result.criteres_non_respectes)
    secret = next(o for o in result.observations if o.rule_id == "deontologie.secret_partage")
    assert secret.severity == "bloquant" and secret.article == "Article 3"
    assert secret.reference and secret.model_text and secret.suggestion
    assert [o.number for o in result.observations] == list(range(1, len(result.observations) + 1))


def test_comments_anchor_on_their_passages_and_nothing_else_changes(checked, draft):
    result, _ = checked
    assert result.docx_path.name == "projet-mayenne.commente.docx"
    assert result.unplaced == []
    assert_commented_copy(draft, result)


def test_passage_across_runs_and_inside_a_tracked_insertion(checked):
    result, _ = checked
    placed = _by_number(result.docx_path)
    secret = next(o for o in result.observations if o.rule_id == "deontologie.secret_partage")
    assert "secret partagé" in placed[secret.number][2]  # bold, bold-italic and 13-pt runs
    crip = next(o for o in result.observations if "CRIP" in o.quote)
    anchored = placed[crip.number][2]
    assert "à une saisine systématique de la CRIP" in anchored  # the inserted text is covered
    assert "à une information" not in anchored  # the deleted text is not read as text


def test_absent_qualification_is_anchored_and_blocking(checked):
    result, _ = checked
    qual = [o for o in result.observations if o.indicator == "qualification"]
    assert qual and qual[0].severity == "bloquant" and not qual[0].on_passage
    assert qual[0].quote  # on the title or the article where the clause belongs


def test_html_report_has_every_observation_and_escapes(checked):
    result, analysis = checked
    html = result.report_path.read_text(encoding="utf-8")
    assert "<script>" not in html and "&lt;script&gt;" in html
    for o in result.observations:
        assert f'id="obs-{o.number}"' in html and f'id="texte-obs-{o.number}"' in html
    assert "Avis réservé" in html
    assert "Conseil départemental" in html and "15" in html  # the financing table
    assert "<del" in html or "<ins" in html  # the redline against the model
    assert "http://" not in html and "https://" not in html


def test_run_check_exit_status_and_input_error(draft, rules_dir, tmp_path, capsys):
    from iscg_nlp.check import EXIT_CODES_HELP, HELP, run_check

    args = argparse.Namespace(draft=str(draft), outdir=str(tmp_path), model=None, rules=str(rules_dir))
    assert run_check(args) == 2
    printed = capsys.readouterr().out
    assert "Avis réservé" in printed and "Article 3" in printed
    bad = tmp_path / "vide.docx"
    bad.write_bytes(b"")
    args = argparse.Namespace(draft=str(bad), outdir=str(tmp_path), model=None, rules=str(rules_dir))
    assert run_check(args) == 3
    err = capsys.readouterr().err
    assert err.startswith("Erreur : ") and "Traceback" not in err
    for code in ("0", "1", "2", "3"):
        assert f"  {code}  " in EXIT_CODES_HELP
    assert EXIT_CODES_HELP in HELP


@pytest.mark.parametrize("sample", sorted(p.name for p in SAMPLES.glob("[ab]*.docx")))
def test_corpus_samples(sample, rules_dir, tmp_path):
    from iscg_nlp.check import check_file

    source = SAMPLES / sample
    result, _ = check_file(source, tmp_path, rules_dir=rules_dir)
    assert result.docx_path.exists() and result.report_path.exists()
    assert result.unplaced == []
    assert_commented_copy(source, result)


def test_pdf_draft_gets_a_releve(rules_dir, tmp_path):
    from iscg_nlp.check import check_file

    pdf = sorted(SAMPLES.glob("b*.pdf"))[0]
    result, _ = check_file(pdf, tmp_path, rules_dir=rules_dir)
    assert result.docx_path.name.endswith(".releve.docx")
    text = "\n".join(p.text for p in docx.Document(str(result.docx_path)).paragraphs)
    assert "Relevé d'observations" in text
    for o in result.observations:
        assert f"Observation n° {o.number} " in text
