"""Mutation fuzzing in-process: valid PDF, DOCX, ODT and TXT files with random bytes flipped, parts
cut or XML broken, each through the real reader + segmenter + screen. The only allowed failure is an
``InputError`` with a French message (never another exception, never a hang)."""

from __future__ import annotations

import io
import random
import time
import zipfile
from pathlib import Path

import pytest

import hostile_files as hf
from iscg_nlp.errors import InputError
from iscg_nlp.pipeline import read

SEEDS = 20


@pytest.fixture(scope="module")
def sources(tmp_path_factory) -> dict[str, bytes]:
    d = tmp_path_factory.mktemp("fuzz-src")
    (d / "c.txt").write_text(hf.convention_text(), encoding="utf-8")
    return {"pdf": hf.make_pdf(d / "c.pdf").read_bytes(), "docx": hf.make_docx(d / "c.docx").read_bytes(),
            "odt": hf.make_odt(d / "c.odt").read_bytes(), "txt": (d / "c.txt").read_bytes(),
            "pdf-brut": hf.write_text_pdf(d / "r.pdf", [hf.LINES]).read_bytes()}


def _flip(data: bytes, rng: random.Random) -> bytes:
    b = bytearray(data)
    for _ in range(rng.randint(1, 40)):
        b[rng.randrange(len(b))] = rng.randrange(256)
    return bytes(b)


def _splice(data: bytes, rng: random.Random) -> bytes:
    i, j = sorted(rng.randrange(len(data)) for _ in range(2))
    return data[:i] + data[j:] + data[i:j] * rng.randint(0, 3)


def _xml_mutation(data: bytes, rng: random.Random) -> bytes:
    """Keep the ZIP valid, break the main XML part (cut, junk tags, unclosed elements, odd bytes)."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    main = "word/document.xml" if "word/document.xml" in parts else "content.xml"
    xml = parts[main]
    choice = rng.randrange(5)
    if choice == 0:
        xml = xml[:rng.randrange(len(xml))]
    elif choice == 1:
        at = rng.randrange(len(xml))
        xml = xml[:at] + rng.choice([b"<x>", b"</w:p>", b"<w:t>", b"&amp", b"\xff\xfe", b"<![CDATA["]) + xml[at:]
    elif choice == 2:
        xml = xml.replace(b"</w:t>", b"", rng.randint(1, 5)).replace(b"</text:p>", b"", rng.randint(1, 5))
    elif choice == 3:
        xml = _flip(xml, rng)
    else:
        xml = xml.replace(b"<w:t", b"<w:t xml:space='preserve' w:x='" + b"a" * 5000 + b"'", 3)
    parts[main] = xml
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for n, d in parts.items():
            zf.writestr(n, d)
    return out.getvalue()


MUTATIONS = {"flip": _flip, "splice": _splice, "xml": _xml_mutation}


@pytest.mark.parametrize("fmt", ["pdf", "pdf-brut", "docx", "odt", "txt"])
@pytest.mark.parametrize("mutation", sorted(MUTATIONS))
def test_mutated_files_fail_only_with_input_error(sources, tmp_path, fmt, mutation):
    if mutation == "xml" and fmt not in ("docx", "odt"):
        pytest.skip("mutation XML : formats ZIP seulement")
    ext = fmt.split("-")[0]
    outcomes = {}
    for seed in range(SEEDS):
        rng = random.Random(f"{fmt}-{mutation}-{seed}")
        path = tmp_path / f"m{seed}.{ext}"
        path.write_bytes(MUTATIONS[mutation](sources[fmt], rng))
        started = time.monotonic()
        try:
            read(path)
            outcome = "lu"
        except InputError as err:
            outcome = err.code
            assert "Error" not in err.message and "Traceback" not in err.message, err.message
        assert time.monotonic() - started < 10, (fmt, mutation, seed)
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
    assert "erreur_interne" not in outcomes
    assert sum(outcomes.values()) == SEEDS


@pytest.mark.parametrize("ext", [".pdf", ".docx", ".odt", ".txt", ".doc", ".rtf", ""])
def test_random_bytes_under_every_extension(tmp_path, ext):
    rng = random.Random(ext)
    for i in range(SEEDS):
        path = tmp_path / f"r{i}{ext}"
        path.write_bytes(rng.randbytes(rng.choice([1, 2, 7, 100, 4096, 70_000])))
        with pytest.raises(InputError) as err:
            read(path)
        assert err.value.code != "erreur_interne"
