"""Round 4, the parties: who signs (the procureur) and who employs (the employer named as a party).

Wordings written for this test, not taken from a sample: other ways a préfecture could say that the
procureur only receives a copy, is informed or consulted, or is expressly not a party — wherever that
sentence lands (parties list, preamble, body, signature block) — and other ways an employer is named
only through its party entry (« ci-après « l'employeur » »), a pronoun, « la structure employeuse ».
Each wording runs through the real matcher and decision table, as in ``test_heldout_wordings.py``.
"""

from __future__ import annotations

import warnings

import pytest


warnings.filterwarnings("ignore", message=r".*\[W036\].*")

from rule_wording import RULES, code  # noqa: E402,F401  (one rule set for every wording test)




# ---- the procureur as a recipient, in the signature block or the parties list (text placed there)
PROCUREUR_BLOC = [
    ("Copie de la présente convention est adressée à M. le Procureur de la République.", "signature", "non"),
    ("Ampliation transmise au procureur de la republique pres le tribunal judiciaire de Mende.", "signature", "non"),
    ("Le Parquet de Rodez est destinataire d'un exemplaire de la présente convention.", "signature", "non"),
    ("Pour information : Madame la Procureure de la République près le tribunal judiciaire d'Albi", "signature", "non"),
    ("Le procureur de la République, qui ne signe pas la présente convention, en reçoit copie.", "signature", "non"),
    ("Le ministère public est tenu informé de la signature de la convention.", "parties", "non"),
    ("Le procureur de la République, non signataire, est avisé de la création du poste.", "parties", "non"),
    # controls: a real signatory stays a signatory
    ("Le Procureur de la République près le tribunal judiciaire de Mende", "signature", "oui"),
    ("Pour le Parquet, la Procureure de la République, le 3 mars 2020", "signature", "oui"),
    ("Monsieur le Procureur de la Republique pres le TJ de Millau, ci-après « le Parquet », d'autre part,", "parties", "oui"),
]


@pytest.mark.parametrize("text, zone, expected", PROCUREUR_BLOC)
def test_procureur_recipient_in_parties_or_signature(text: str, zone: str, expected: str) -> None:
    assert code("procureur_signataire", text, zone) == expected


# ---- the procureur cited in the preamble or the body, with party-like words around
PROCUREUR_TEXTE = [
    ("Le procureur de la République et le juge des enfants ont été consultés ; ils ne sont pas parties à la convention.", "preambule", "non"),
    ("Les parties à la présente convention informent le procureur de la République de la création du poste.", "preambule", "non"),
    ("Les signataires ont associé le Parquet à la préparation du projet, qui en a été informé.", "preambule", "non"),
    ("Le procureur de la republique veille a la coherence entre l'action de l'intervenant et la politique penale.", "article", "non"),
    ("Le comité de pilotage réunit les signataires de la présente convention et le procureur de la République.", "article", "non"),
    ("Le procureur de la République n'est pas partie à la présente convention ; il en est informé.", "preambule", "non"),
    ("Un rapport annuel est communiqué au procureur de la République près le tribunal judiciaire de Tulle.", "article", "non"),
    # controls: the preamble designates the procureur as a party
    ("La présente convention est conclue entre le Préfet, le Président du Conseil départemental et le "
     "Procureur de la République, représenté par le vice-procureur.", "preambule", "oui"),
    ("Le Procureur de la République près le tribunal judiciaire de Tulle, ci-après dénommé « le Parquet », d'une part,", "preambule", "oui"),
    ("Le procureur de la République est signataire de la présente convention.", "preambule", "oui"),
]


@pytest.mark.parametrize("text, zone, expected", PROCUREUR_TEXTE)
def test_procureur_cited_in_text(text: str, zone: str, expected: str) -> None:
    assert code("procureur_signataire", text, zone) == expected


# ---- the employer named only in its party entry (alias, apposition, « en sa qualité d'employeur »)
EMPLOYEUR_PARTIE = [
    ("Le Centre communal d'action sociale de Figeac, établissement public administratif, représenté par son "
     "Vice-président, agissant par délégation du Maire, ci-après dénommé « l'employeur » ;", "ville_interco"),
    ("Le Président de la communauté de communes du Haut-Allier, agissant en vertu d'une délibération du "
     "conseil communautaire, ci-après « la Communauté » ou « la structure employeuse » ;", "ville_interco"),
    ("Le Maire de la commune de Privas, agissant en sa qualité d'employeur ;", "ville_interco"),
    ("La Presidente de l'Eurometropole de Lille, ci-apres designee « l'employeur » ;", "ville_interco"),
    ("L'association Trait d'Union, dont le siège est 5 rue Neuve à Guéret, représentée par sa Directrice, "
     "ci-après désignée « l'organisme employeur » ;", "association"),
    ("Le Département du Tarn, représenté par le Président du Conseil départemental, ci-après « l'employeur » ;",
     "conseil_departemental"),
    ("Le Centre hospitalier de Millau, représenté par son Directeur, ci-après « l'employeur » ;", "autre"),
    # the employer is the LAST party of a one-line list, not the first
    ("Entre la Ville de Dole, représentée par son Maire, et l'association Jura Accueil, représentée par sa "
     "présidente, ci-après « l'employeur ».", "association"),
    # another party's alias closes the entry
    ("La commune de Lodève, représentée par son Maire, ci-après « la Commune » ; le Département de l'Hérault, "
     "ci-après « l'employeur » ;", "conseil_departemental"),
]


@pytest.mark.parametrize("text, expected", EMPLOYEUR_PARTIE)
def test_employer_named_in_its_party_entry(text: str, expected: str) -> None:
    assert code("type_employeur", text, "parties") == expected


# ---- the employer through a pronoun, « la structure employeuse », « l'employeur de l'intervenant est »
EMPLOYEUR_REPRISE = [
    ("La communauté d'agglomération de Nevers engage un travailleur social. Elle en est l'employeur.", "ville_interco"),
    ("Le CCAS de Vierzon crée le poste. Il en assure le recrutement et la rémunération.", "ville_interco"),
    ("L'employeur de l'intervenant social est la Ville d'Auxerre.", "ville_interco"),
    ("La structure employeuse (la Métropole) fournit un ordinateur portable.", "ville_interco"),
    ("L'intervenant social est un agent de l'Eurométropole.", "ville_interco"),
    ("L'association Le Relais ouvre le poste. Elle est l'employeur de l'intervenante.", "association"),
    ("La Ville, structure employeuse, assure la gestion administrative de l'intervenant.", "ville_interco"),
    # silent: another organisation's gesture, a financer, a negation, or an unnamed employer
    ("La commune met un bureau à disposition. L'employeur assure la formation de l'intervenant.", "autre"),
    ("La commune verse une subvention au poste. Elle en est le principal financeur.", "autre"),
    ("La Ville n'est pas l'employeur de l'intervenant social.", "autre"),
]


@pytest.mark.parametrize("text, expected", EMPLOYEUR_REPRISE)
def test_employer_through_pronoun_or_structure_employeuse(text: str, expected: str) -> None:
    assert code("type_employeur", text) == expected
