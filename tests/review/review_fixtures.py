"""A review store built from hand-made analysis lines (the CODEBOOK JSON contract) and their texts."""

from __future__ import annotations

from pathlib import Path

import pytest

from iscg_nlp.store import ReviewStore

TEXT_A = """CONVENTION DE PARTENARIAT
relative au poste d'intervenant social en commissariat

Article 1 - Objet
La présente convention organise la présence d'un intervenant social au commissariat de Laval.

Article 2 - Public
L'intervenant social reçoit les victimes de violences. <script>alert("pirate")</script> Il n'intervient qu'auprès des victimes.

Article 3 - Déontologie
L'intervenant social est soumis au secret professionnel et respecte la libre adhésion des personnes.

Article 4 - Durée
La convention est conclue pour une durée de trois ans.

Fait à Laval, le 12 mars 2021.
"""

TEXT_B = """CONVENTION
Article 1 - Lieu
L'intervenant exerce à la gendarmerie de Mende et assure des permanences au CCAS.

Article 2 - Comité
Un comité de pilotage se réunit chaque année.
"""


def _ev(text: str, quote: str, rule: str, article: str) -> dict:
    start = text.index(quote)
    return {"text": quote, "page": 1, "article": article, "start": start, "end": start + len(quote), "rule": rule}


def line_a(public: str = "victimes_seulement", sha: str = "a" * 64, file: str = "laval-2021.pdf") -> dict:
    t = TEXT_A
    return {
        "file": file, "sha256": sha,
        "indicators": {
            "lieu_exercice": {"value": "oui", "confidence": 0.9,
                              "evidence": [_ev(t, "présence d'un intervenant social au commissariat", "lieu.presence", "Article 1")]},
            "public": {"value": public, "confidence": 0.8,
                       "evidence": [_ev(t, "reçoit les victimes de violences", "public.victimes", "Article 2"),
                                    _ev(t, "Il n'intervient qu'auprès des victimes", "public.exclusif", "Article 2")]},
            "deontologie": {"value": "securisee", "confidence": 0.85,
                            "evidence": [_ev(t, "soumis au secret professionnel", "deontologie.secret", "Article 3")]},
            "comite_pilotage": {"value": "non_prevu", "confidence": 0.6, "evidence": [],
                                "explanation": "Aucun comité de pilotage ni de suivi n'est mentionné."},
            "duree": {"value": "triennale", "confidence": 0.9,
                      "evidence": [_ev(t, "une durée de trois ans", "duree.trois_ans", "Article 4")]},
            "annee_signature": {"value": 2021, "confidence": 0.9,
                                "evidence": [_ev(t, "le 12 mars 2021", "signature.date", "signature")]},
            "cout_poste": {"value": {"montant": None, "etp": None}, "confidence": 0.5, "evidence": [],
                           "explanation": "Aucun coût du poste n'est indiqué."},
        },
        "type_employeur": "association", "type_poste": "police",
        "avis": {"value": "conforme_avec_reserve", "criteres_non_respectes": ["public"]},
    }


def line_b(sha: str = "b" * 64, file: str = "mende-2019.docx") -> dict:
    t = TEXT_B
    return {
        "file": file, "sha256": sha,
        "indicators": {
            "lieu_exercice": {"value": "partiellement", "confidence": 0.7,
                              "evidence": [_ev(t, "assure des permanences au CCAS", "lieu.permanences", "Article 1")]},
            "comite_pilotage": {"value": "prevu", "confidence": 0.9,
                                "evidence": [_ev(t, "Un comité de pilotage se réunit", "comite.prevu", "Article 2")]},
        },
        "type_employeur": "conseil_departemental", "type_poste": "gendarmerie",
        "avis": {"value": "reserve", "criteres_non_respectes": ["public", "qualification"]},
    }


def build_store(path: Path, *, paths: dict[str, str] | None = None) -> dict[str, int]:
    """Two conventions, one analysis run. Returns {"a": doc id, "b": doc id}."""
    paths = paths or {}
    with ReviewStore(path) as store:
        run = store.start_run("test", "regles-1", "modele-1")
        a = store.record_analysis(run, line_a(), path=paths.get("a"), text=TEXT_A)
        b = store.record_analysis(run, line_b(), path=paths.get("b"), text=TEXT_B)
    return {"a": a, "b": b}


# Fixtures shared by tests/review and tests/web (imported by both conftest files).
@pytest.fixture
def built(tmp_path):
    path = tmp_path / "relecture.sqlite"
    return path, build_store(path)


@pytest.fixture
def store_path(built):
    return built[0]


@pytest.fixture
def ids(built):
    return built[1]
