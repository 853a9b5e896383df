"""End-to-end comparison of conventions derived from the model (real segmenter when present)."""

from __future__ import annotations

import json

import pytest
from rich.console import Console

from compare_support import join_model, split_model, to_records
from iscg_nlp.compare import compare, model_from, render_html, render_terminal, to_json
from iscg_nlp.compare.model import SOURCE_SIDECAR, SOURCE_SIMILARITY

FILLS = {"[département]": "Loire", "[commune]": "Roanne", "[territoire d'intervention]": "l'agglomération roannaise",
         "[du commissariat ou de l'unité de gendarmerie de rattachement]": "du commissariat de Roanne"}

AUTEURS = ("Son intervention s'adresse aux victimes, aux auteurs présumés ou personnes mises en cause, "
           "ainsi qu'aux personnes hors du champ pénal qui se trouvent en situation de détresse sociale.")


def local(text: str) -> str:
    for k, v in FILLS.items():
        text = text.replace(k, v)
    return text


@pytest.fixture(scope="module")
def parts(model_text):
    return split_model(model_text)


def run(text, tmp_path, model):
    doc, structure = to_records(text, tmp_path)
    return doc, compare(doc, structure, model, threshold=0.5)


def test_model_against_itself(model, model_text, tmp_path):
    _, c = run(model_text, tmp_path, model)
    assert c.score == pytest.approx(1.0)
    assert all(m.kind == "apparie" and not m.changed for m in c.matches)
    assert [p.status for p in c.points] == ["conserve"] * 5


def test_local_adaptation_with_victims_only_public(model, parts, tmp_path):
    head, arts, sig = parts
    arts = list(arts)
    titles = [t for t, _ in arts]
    k = titles.index("Public concerné")
    assert AUTEURS in arts[k][1]
    arts[k] = (arts[k][0], arts[k][1].replace(AUTEURS, "Son intervention s'adresse aux victimes."))
    # article 2 also names the auteurs présumés: keep it only for victims as well
    c2 = titles.index("Cadre de référence")
    arts[c2] = (arts[c2][0], arts[c2][1].replace(" : l'intervenant social reçoit aussi les auteurs présumés et "
                                                 "toute personne", " : l'intervenant social reçoit aussi toute victime"))
    doc, c = run(local(join_model(head, arts, sig)), tmp_path, model)
    public = next(p for p in c.points if p.id == "public")
    assert public.status == "modifie" and public.sens_modifie
    assert "auteurs présumés" in public.sentinelles_perdues
    dropped = next(r for r in public.passages if "auteurs présumés ou personnes" in r.model_text)
    gone = " ".join(o.model_text for o in dropped.ops if o.kind in ("delete", "replace"))
    assert "auteurs présumés" in gone
    assert dropped.status == "supprime" and dropped.doc_text is None  # too short to stand for it
    kept = [r for r in public.passages if r.status != "supprime"]
    assert kept and all(doc.text[r.doc_start:r.doc_end] == r.doc_text for r in kept)
    others = {p.id: p.status for p in c.points if p.id != "public"}
    assert others == {"lieu_exercice": "conserve", "qualification": "conserve",
                      "autorites": "conserve", "deontologie": "conserve"}  # placeholders filled: no change
    assert c.decision == "proche" and c.score > 0.85


def test_moved_split_merged_missing_added(model, parts, tmp_path):
    head, arts, sig = parts
    arts = list(arts)
    t = [x for x, _ in arts]
    deon = arts[t.index("Déontologie et secret professionnel")]
    paras = [p for p in deon[1].split("\n\n") if p.strip()]
    split_a = ("Déontologie", "\n\n".join(paras[:3]))
    split_b = ("Secret partagé dans les limites de la loi", "\n\n".join(paras[3:]))
    dur, res = arts[t.index("Durée de la convention")], arts[t.index("Modification et résiliation")]
    merged = ("Durée, modification et résiliation", dur[1] + "\n\n" + res[1])
    added = ("Communication", "Les signataires s'engagent à faire connaître le poste auprès des habitants "
             "par une plaquette commune diffusée dans les mairies et les centres sociaux du territoire.")
    new = [arts[0]]  # Cadre de référence (index 1) dropped
    new += [arts[t.index("Public concerné")], arts[t.index("Missions")]]
    new += [arts[t.index("Qualification et recrutement")]]  # moved before lieu/autorités/déontologie
    new += [arts[t.index("Lieu d'exercice et moyens matériels")], arts[t.index("Autorités hiérarchique, technique et fonctionnelle")]]
    new += [split_a, split_b, arts[t.index("Financement")], arts[t.index("Comité de pilotage et évaluation")], merged, added]
    doc, c = run(local(join_model(head, new, sig)), tmp_path, model)
    by_title = {m.model[0].title if m.model else m.doc[0].title: m for m in c.matches}
    assert by_title["Cadre de référence"].kind == "supprime"
    assert by_title["Communication"].kind == "ajoute"
    split = by_title["Déontologie et secret professionnel"]
    assert split.kind == "scinde" and len(split.doc) == 2 and split.coverage > 0.95
    mg = [m for m in c.matches if m.kind == "fusionne"]
    assert len(mg) == 1 and sorted(u.title for u in mg[0].model) == ["Durée de la convention", "Modification et résiliation"]
    moved = [m.model_label for m in c.matches if m.moved]
    assert moved and all(by_title[x].moved is False for x in ("Objet de la convention", "Financement"))
    counts = c.counts()
    assert counts["supprimes"] == 1 and counts["ajoutes"] == 1 and counts["scindes"] == 1 and counts["fusionnes"] == 1
    # a passage of the public point lived in the dropped article: modified, but article 3 still names
    # the auteurs présumés, so the meaning holds
    status = {p.id: (p.status, p.sens_modifie) for p in c.points}
    assert status.pop("public") == ("modifie", False)
    assert set(status.values()) == {("conserve", False)}
    assert 0.5 < c.score < 1.0


def test_accents_and_capitals_in_articles(model, parts, tmp_path):
    from iscg_nlp.textutil import strip_accents

    head, arts, sig = parts
    arts = [(strip_accents(t).upper(), strip_accents(b)) for t, b in arts]
    _, c = run(local(join_model(head, arts, sig)), tmp_path, model)
    assert all(m.kind == "apparie" and m.coverage == pytest.approx(1.0) for m in c.matches)
    assert [p.status for p in c.points] == ["conserve"] * 5


def test_unrelated_text_is_far(model, tmp_path):
    text = ("CONVENTION DE MISE À DISPOSITION D'UNE SALLE\n\nArticle 1 – Objet\n\nLa commune met la salle des fêtes "
            "à disposition du club de football pour ses réunions mensuelles.\n\nArticle 2 – Horaires\n\n"
            "La salle est ouverte le samedi de neuf heures à midi ; les clés sont remises au gardien.\n\n"
            "Fait à Roanne, le 3 mai 2021.\n")
    _, c = run(text, tmp_path, model)
    assert c.decision == "eloignee" and c.score < 0.2
    assert {p.status for p in c.points} == {"supprime"}
    ind = c.to_indicator()
    assert ind.value == "eloignee" and ind.extra["seuil"] == 0.5 and "éloignée" in ind.explanation


def test_indicator_evidence_points_into_the_document(model, model_text, tmp_path):
    doc, c = run(local(model_text), tmp_path, model)
    ind = c.to_indicator()
    assert ind.key == "proximite_modele" and ind.value == "proche" and 0 <= ind.extra["score"] <= 1
    assert ind.evidence and all(doc.text[e.start:e.end] == e.text and e.article for e in ind.evidence)
    assert "score" in ind.to_json() and "seuil" in ind.to_json()


def test_html_escapes_document_text(model, parts, tmp_path):
    head, arts, sig = parts
    arts = list(arts) + [("Divers", "Clause <script>alert('x')</script> & « test » <b>gras</b>.")]
    arts[2] = (arts[2][0], arts[2][1].replace(AUTEURS, "Son intervention s'adresse aux <i>victimes</i>."))
    _, c = run(join_model(head, arts, sig), tmp_path, model)
    html = render_html(c)
    assert "<script" not in html.lower() and "&lt;script&gt;" in html
    assert "<b>gras" not in html and "&lt;b&gt;gras&lt;/b&gt;" in html
    assert "&lt;i&gt;victimes&lt;/i&gt;" in html
    assert html.startswith("<!DOCTYPE html>") and "http" not in html.split("<body>")[0]
    assert '<del class="del">' in html and '<ins class="ins">' in html and "@media print" in html
    assert "Sens modifié" in html


def test_json_and_terminal(model, parts, tmp_path):
    head, arts, sig = parts
    arts = list(arts)
    arts[2] = (arts[2][0], arts[2][1].replace(AUTEURS, "Son intervention s'adresse aux victimes."))
    doc, c = run(local(join_model(head, arts, sig)), tmp_path, model)
    data = json.loads(json.dumps(to_json(c), ensure_ascii=False))
    assert data["proximite_modele"] == "proche" and len(data["articles"]) == 12
    ops = [o for a in data["articles"] for o in a["ops"]]
    assert {"equal", "replace"} <= {o["kind"] for o in ops} or {"equal", "delete"} <= {o["kind"] for o in ops}
    for o in ops:
        if "doc_start" in o:
            assert doc.text[o["doc_start"]:o["doc_end"]] == o["doc_text"]
    console = Console(width=100, record=True, color_system=None)
    render_terminal(c, console)
    out = console.export_text()
    assert "Proximité avec la convention-type : proche" in out and "auteurs présumés" in out


def test_points_of_another_model(parts, tmp_path, model_text):
    head, arts, sig = parts
    other = join_model(head, [(t, b.replace("intervenant social", "travailleur social ISCG")) for t, b in arts], sig)
    doc, structure = to_records(other, tmp_path, "autre.txt")
    m = model_from(doc, structure)
    assert m.points_source == SOURCE_SIMILARITY and {p.id for p in m.points} == {
        "lieu_exercice", "public", "qualification", "autorites", "deontologie"}
    side = tmp_path / "autre.points.yaml"
    side.write_text('points:\n  - id: public\n    label: Public\n    passages:\n'
                    '      - "L\'accueil des victimes constitue une part importante de l\'activité du poste"\n'
                    '    sentinelles: ["auteurs présumés | mis en cause"]\n', encoding="utf-8")
    m2 = model_from(doc, structure, side)
    assert m2.points_source == SOURCE_SIDECAR and [p.id for p in m2.points] == ["public"]


def test_model_sentences_in_order(model, model_text, parts, tmp_path):
    """The model's sentences, found one after the other, count for the score; shuffled, they count less."""
    from iscg_nlp.compare.align import sentences_in_order

    _, same = run(local(model_text), tmp_path, model)
    n = same.parts.model_sentences
    assert n == sum(len(u.sentences) for u in model.units) and same.parts.sentences_in_order == n
    assert same.parts.sequence == pytest.approx(1.0)
    assert f"{n} phrase(s) du modèle sur {n} retrouvée(s) dans le même ordre" in same.explain()
    head, arts, sig = parts
    _, shuffled = run(local(join_model(head, list(reversed(arts)), sig)), tmp_path, model)
    assert 0 < shuffled.parts.sentences_in_order < n / 2
    sents = [s for u in model.units for s in u.sentences]
    assert sentences_in_order(sents, sents) == n and sentences_in_order(sents, []) == 0
