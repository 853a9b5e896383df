"""Every hostile input through the real `iscg analyze --format jsonl` (worker processes): one line per
file, the expected French refusal, no traceback, no leaked local file, bounded memory."""

from __future__ import annotations

import json
import re
from pathlib import Path

import hostile_files as hf
from hostile_run import run_cli
from iscg_nlp.errors import MESSAGES

# An exception name or traceback fragment must never reach a user.
_TECHNICAL = re.compile(r"Traceback|File \"|\b[A-Z]\w*(Error|Exception)\b|\bErrno\b|0x[0-9a-f]{6,}")


def _by_name(run) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for line in run.lines:
        rel = str(Path(line["file"]).relative_to(run.folder))
        out.setdefault(rel, []).append(line)
    return out


def test_batch_finishes_with_one_line_per_file(batch_run):
    assert batch_run.returncode in (0, 1), batch_run.stderr[-2000:]
    assert "Bilan" in batch_run.stderr
    got = _by_name(batch_run)
    assert set(got) == set(batch_run.expected), set(got) ^ set(batch_run.expected)
    assert all(len(lines) == 1 for lines in got.values())


def test_each_file_gets_its_expected_outcome(batch_run):
    wrong = {}
    for rel, (line,) in _by_name(batch_run).items():
        outcome = line.get("error_code", hf.OK)
        if outcome not in batch_run.expected[rel].codes:
            wrong[rel] = (outcome, line.get("error"), batch_run.expected[rel].codes)
    assert not wrong, wrong


def test_no_file_crashes_the_tool(batch_run):
    crashed = [l["file"] for l in batch_run.lines if l.get("error_code") in ("erreur_interne", None) and "error" in l]
    assert not crashed


def test_refusals_are_french_and_free_of_technical_names(batch_run):
    for line in batch_run.lines:
        if "error" not in line:
            continue
        assert line["error_code"] in MESSAGES
        message = line["error"]
        assert not _TECHNICAL.search(message), message
        assert message[:1].isupper() and len(message) > 20, message
    assert not _TECHNICAL.search(batch_run.stderr), batch_run.stderr[-2000:]


def test_no_local_file_content_leaks(batch_run):
    for marker in hf.PASSWD_MARKERS:
        assert marker not in batch_run.stdout and marker not in batch_run.stderr


def test_valid_files_are_coded_and_warned(batch_run):
    got = _by_name(batch_run)
    (misnamed,) = got["docx-nomme.pdf"]
    assert any("ne correspond pas au contenu" in w for w in misnamed.get("warnings", []))
    for rel in ("ref.pdf", "ref.docx", "ref.odt", "ref.txt", "utf16-bom.txt", "utf16be-sans-bom.txt"):
        (line,) = got[rel]
        assert line["indicators"]["duree"]["value"] == "triennale", (rel, line["indicators"]["duree"])


def test_peak_memory_and_duration(batch_run):
    assert batch_run.peak_rss_mb < 2048, batch_run.peak_rss_mb
    print(f"\n{len(batch_run.lines)} entrées hostiles, {batch_run.seconds:.1f} s, "
          f"pic mémoire {batch_run.peak_rss_mb:.0f} Mo")


def test_odd_names_given_directly_on_the_command_line(corpus):
    """Names a shell or argparse could misread: a leading dash (after «--»), quotes, spaces, accents;
    plus a missing file and a folder named like a PDF, each with its own line."""
    folder, _ = corpus
    names = ["-rf --help.txt", "l'\"apostrophe\" « guillemets ».txt", "conventión été àéîõü.txt",
             "$(touch pwned);.txt", "absent.pdf", "boucle-a"]
    proc = run_cli("analyze", "--format", "jsonl", "--no-cache", "--", *names, cwd=folder)
    lines = [json.loads(l) for l in proc.stdout.splitlines()]
    assert [l["file"] for l in lines] == names
    codes = [l.get("error_code", hf.OK) for l in lines]
    assert codes == [hf.OK] * 4 + ["fichier_introuvable"] * 2
    assert not (folder / "pwned").exists()


def test_folder_named_like_a_file(corpus):
    from iscg_nlp.errors import InputError
    from iscg_nlp.extract import read_document

    folder, _ = corpus
    try:
        read_document(folder / "dossier.pdf")
    except InputError as err:
        assert err.code == "est_un_dossier" and "est un dossier" in err.message
    else:
        raise AssertionError("a folder was read as a file")
