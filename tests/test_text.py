from karabakh_cli.text import fold


def test_fold_ignores_case_accents_and_punctuation() -> None:
    assert fold("Elif Çomoğlu Ülgen") == "elif comoglu ulgen"
    assert fold("Saint Vincent, the Grenadines") == "saint vincent the grenadines"
    assert fold("  Azərbaycan ") == "azerbaycan"
    assert fold("Shusha/i") == "shusha i"


def test_fold_keeps_other_scripts() -> None:
    assert fold("Հայաստան") == "հայաստան"
    assert fold("Россия") == "россия"
