"""« l'ancien titulaire » is a past cue only for the former holder of the post; the Code pénal's « ancien
titulaire de l'une de ces qualités » (a former partner) reports nothing. Wordings written for this test."""

from __future__ import annotations

from rule_wording import code


def test_former_partner_in_a_definition_is_no_past_text():
    text = ("Au sens de la présente convention, la « personne accompagnée » désigne toute personne victime de "
            "violences commises par son conjoint, son concubin, son partenaire lié par un pacte civil de "
            "solidarité ou par l'ancien titulaire de l'une de ces qualités.")
    assert code("situations", text) == "violences_conjugales"


def test_former_holder_of_the_post_is_past():
    text = ("L'ancien titulaire du poste était placé sous l'autorité hiérarchique du commandant de compagnie. "
            "L'intervenant est désormais placé sous l'autorité hiérarchique de l'association.")
    assert code("autorites", text) == "conforme"
