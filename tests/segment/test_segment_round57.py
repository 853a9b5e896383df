"""Round 57: a renewal signed « Fait à …, le … » and followed by an annexed consolidated text whose
articles number again from 1: those articles belong to the annex, and the signature block is the
renewal's; an avenant bound after an annex keeps its own articles."""

from __future__ import annotations

from iscg_nlp.segment import segment

TOP = ("CONVENTION DE RENOUVELLEMENT DU POSTE D'INTERVENANT SOCIAL\n"
       "Entre la Ville de Sorel, représentée par son maire, et l'État, représenté par le préfet,\n"
       "IL EST CONVENU CE QUI SUIT :\n")


def test_consolidated_text_annexed_after_the_signatures(doc_of):
    text = (TOP + "Article 1er – Renouvellement\nLa convention du 4 mai 2020 est renouvelée pour trois ans.\n"
            + "Article 2 – Modification de l'article 6\nL'article 6 est remplacé par les mots qui suivent.\n"
            + "Fait à Sorel, le 2 juillet 2024.\nLe Préfet\nLe Maire de Sorel\n"
            + "ANNEXE – Convention consolidée\nVersion de travail, sans valeur juridique propre.\n"
            + "Article 1 – Objet. La convention crée un poste d'intervenant social au commissariat.\n"
            + "Article 2 – Public. Toute personne en difficulté sociale est reçue.\n"
            + "Article 3 – Lieu. Un bureau est mis à disposition au commissariat.\n")
    s = segment(doc_of(text))
    assert [a.number for a in s.articles] == ["1", "2"]
    assert [a.number for a in s.annexes] == ["1"]
    assert "Toute personne" in text[s.annexes[0].start:s.annexes[0].end]
    assert s.signature is not None and "Fait à Sorel" in text[s.signature[0]:s.signature[1]]


def test_annex_numbering_continuing_is_left_alone(doc_of):
    """No signature before the annex heading: the articles after it stay the convention's own."""
    text = (TOP + "Article 1 – Objet\nLe poste est créé.\nArticle 2 – Public\nToute personne est reçue.\n"
            + "ANNEXE 1 – Fiche de poste\nL'intervenant accueille et oriente.\n"
            + "Article 3 – Durée\nTrois ans.\nFait à Sorel, le 2 juillet 2024.\nLe Préfet\n")
    s = segment(doc_of(text))
    assert [a.number for a in s.articles] == ["1", "2", "3"]
