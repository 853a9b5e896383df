"""Optional OCR of image-only PDF pages with the tesseract command (French model)."""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import tempfile

from ..errors import MESSAGES, InputError

INSTALL_HINT = "apt-get install tesseract-ocr tesseract-ocr-fra"


@functools.lru_cache(maxsize=1)
def available() -> bool:
    """True when ``tesseract`` is on PATH with the French language installed."""
    exe = shutil.which("tesseract")
    if not exe:
        return False
    try:
        out = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=20)
    except (OSError, subprocess.SubprocessError):
        return False
    return "fra" in (out.stdout + out.stderr).split()


def scanned_error() -> InputError:
    """``pdf_scanne``, saying how to get OCR when it is missing."""
    err = InputError("pdf_scanne")
    if not available():
        err.message = MESSAGES["pdf_scanne"] + " " + MESSAGES["ocr_absent"].format(command=INSTALL_HINT)
        err.args = (err.message,)
    return err


def too_many_scanned_pages(count: int, limit: int) -> InputError:
    """``pdf_scanne`` when OCR is installed but the scan is longer than OCR is allowed to take."""
    err = InputError("pdf_scanne")
    err.message = (f"PDF scanné de {count} pages sans couche texte : la reconnaissance de caractères (OCR) est "
                   f"limitée à {limit} pages par document. Demandez une version texte (PDF issu du traitement "
                   "de texte) ou découpez le document.")
    err.args = (err.message,)
    return err


def ocr_page(page, dpi: int = 300) -> tuple[str, float]:
    """(text, mean word confidence 0..1) of one pypdfium2 page rendered at ``dpi``."""
    image = page.render(scale=dpi / 72).to_pil()
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    with tempfile.TemporaryDirectory() as tmp:
        png = os.path.join(tmp, "page.png")
        image.save(png)
        try:
            res = subprocess.run(["tesseract", png, "stdout", "-l", "fra", "--psm", "3", "tsv"],
                                 capture_output=True, text=True, env=env, timeout=120)
        except (OSError, subprocess.SubprocessError) as err:
            raise InputError("fichier_corrompu", format="PDF", detail="échec de l'OCR") from err
    return _from_tsv(res.stdout)


def _from_tsv(tsv: str) -> tuple[str, float]:
    """Rebuild lines from tesseract's TSV (block/paragraph/line numbers) and average confidences."""
    lines: dict[tuple[str, str, str], list[str]] = {}
    confs: list[float] = []
    for row in tsv.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < 12 or not cols[11].strip():
            continue
        key = (cols[2], cols[3], cols[4])
        lines.setdefault(key, []).append(cols[11])
        try:
            c = float(cols[10])
        except ValueError:
            continue
        if c >= 0:
            confs.append(c / 100)
    text = "\n".join(" ".join(words) for words in lines.values())
    return text, (sum(confs) / len(confs) if confs else 0.0)
