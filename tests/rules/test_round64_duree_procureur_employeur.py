"""Round 64: a convention that « se poursuit / continue de produire ses effets tant qu'elle n'a pas été
dénoncée » has no term (autre); a procureur only present at the signature (« en présence de », invited,
witness, « a pris connaissance ») is no signatory, while a « Vu, le Procureur » signature line still is;
an intercommunality named by its brand « …Agglopôle » or acting on a « délibération du conseil
communautaire », closed by « l'employeur », is a ville / interco employer. Wordings written for this
test, through the real engine."""

from __future__ import annotations

import pytest
from rule_wording import code


@pytest.mark.parametrize("text, expected", [
    ("Article 12 – Durée\nLe présent accord prend effet le jour de sa signature. Il se poursuit tant qu'aucun "
     "des signataires ne l'a dénoncé.", "autre"),
    ("Article 10 – Durée et résiliation\nLa convention entre en vigueur au 1er mars 2020 et continue de "
     "s'appliquer aussi longtemps qu'aucune des parties n'y a mis fin.", "autre"),
    ("Article 11\nElle produit ses effets tant que l'un des partenaires ne l'a pas résiliée par courrier "
     "recommandé.", "autre"),
    ("Article 9 – Durée\nLa convention est valable, tant qu'elle n'est pas dénoncée, à compter du 1er janvier "
     "2019.", "autre"),
    # a fixed three years wins over the no-term clause
    ("Article 11 – Durée\nLa convention est conclue pour trois ans. Elle se poursuit ensuite tant qu'elle "
     "n'a pas été dénoncée.", "triennale"),
    # traps: the worker or a grant lasting as long as the convention; dénonciation alone
    ("Article 6\nL'intervenant social reste en poste tant que la convention n'a pas été dénoncée.",
     "non_precisee"),
    ("Article 9\nLe versement de la subvention se poursuit tant que la convention n'est pas dénoncée.",
     "non_precisee"),
    ("Article 12\nChaque partie peut dénoncer la convention avec un préavis de trois mois.", "non_precisee"),
])
def test_duree_tant_que_non_denoncee(text, expected):
    assert code("duree", text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Fait à Tarbes, en quatre exemplaires. Convention signée en présence de Madame la Procureure de la "
     "République près le tribunal judiciaire de Tarbes.", "non"),
    ("Le Procureur de la République, invité à la signature, était présent aux côtés des parties.", "non"),
    ("Monsieur le Procureur de la République près le tribunal judiciaire a assisté à la signature.", "non"),
    ("En qualité de témoin : le Procureur de la République près le tribunal judiciaire de Mende.", "non"),
    ("Madame la Procureure de la République a pris connaissance de la présente convention.", "non"),
    # real signatories still sign
    ("Pour le Parquet, le Procureur de la République près le tribunal judiciaire de Tarbes", "oui"),
    ("Vu, le Procureur de la République près le tribunal judiciaire de Mende", "oui"),
])
def test_procureur_present_mais_pas_signataire(text, expected):
    assert code("procureur_signataire", text, zone="signature") == expected


@pytest.mark.parametrize("text, expected", [
    ("Le Président de Lunel Agglopôle, habilité par délibération du conseil communautaire du 2 février 2022, "
     "ci-après « l'Agglopôle » ou « l'employeur » ;", "ville_interco"),
    ("Le Vice-président, agissant en vertu d'une délibération du bureau communautaire du 14 avril 2021, "
     "dénommé ci-après « l'employeur » ;", "ville_interco"),
    ("L'intervenant social est recruté par l'Agglopôle, qui assure sa gestion administrative.",
     "ville_interco"),
    ("L'Agglo emploie l'intervenante et organise son temps de travail.", "ville_interco"),
    # traps: the agglomération only funds, or is where people are sent; denied
    ("L'Agglopôle finance le poste à hauteur de 30 %.", "autre"),
    ("L'intervenant oriente les familles vers les services sociaux de l'Agglopôle.", "autre"),
    ("L'Agglopôle n'est pas l'employeur de l'intervenant social.", "autre"),
])
def test_employeur_marque_agglo(text, expected):
    assert code("type_employeur", text, zone="parties" if "ci-après" in text else "article") == expected
