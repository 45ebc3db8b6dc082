"""The actor coder on small sentences written for these tests."""

from .helpers import by_text


def codes(mentions):
    return [(m.text, m.actor.code) for _, m in mentions]


def test_roles_combine_with_the_nearest_country(code_text):
    found = by_text(code_text("The Sudanese army clashed with Russian police while China's foreign ministry protested.", "2021-05-04"))
    assert found["Sudanese army"] == ("SDNMIL", "SDN", "MIL")
    assert found["Russian police"] == ("RUSCOP", "RUS", "COP")
    assert found["China's foreign ministry"] == ("CHNGOV", "CHN", "GOV")


def test_listed_people_are_coded_by_date(code_text):
    text = "Trump criticised the trade deal on Tuesday."
    assert by_text(code_text(text, "2018-07-03"))["Trump"] == ("USAGOV", "USA", "GOV")
    assert by_text(code_text(text, "2022-07-05"))["Trump"] == ("USAGOV", "USA", "GOV")  # between terms: the nearest role
    assert by_text(code_text(text, "2025-07-01"))["Trump"] == ("USAGOV", "USA", "GOV")


def test_a_date_outside_all_roles_keeps_the_country(code_text):
    text = "Joe Biden spoke to reporters in Delaware."
    assert by_text(code_text(text, "2019-05-01"))["Joe Biden"] == ("USAGOV", "USA", "GOV")  # between roles: the nearest
    assert by_text(code_text(text, "1968-05-01"))["Joe Biden"] == ("USA", "USA", None)  # before the first: no office yet
    assert by_text(code_text(text, "2026-05-01"))["Joe Biden"] == ("USA", "USA", None)  # after the last: a former holder


def test_undated_text_gives_a_person_their_latest_role(code_text):
    found = by_text(code_text("Barack Obama and Jacques Chirac were guests of honour."))
    assert found["Barack Obama"] == ("USAGOV", "USA", "GOV")
    assert found["Jacques Chirac"] == ("FRAGOV", "FRA", "GOV")


def test_a_known_person_keeps_their_own_country_in_a_story_about_another(code_text):
    found = by_text(code_text("Tanzanian officials said President Obama met Tanzanian ministers in Dodoma.", "2013-07-01"))
    assert found["President Obama"] == ("USAGOV", "USA", "GOV")
    found = by_text(code_text("Hungarian diplomats said Chancellor Merkel had called Budapest.", "2015-09-02"))
    assert found["Chancellor Merkel"] == ("DEUGOV", "DEU", "GOV")
    found = by_text(code_text("Thai officials said Trump Tower would host the talks."))
    assert "Trump Tower" not in found and "Trump" not in found  # a name next to a capitalised word that is no title


def test_former_office_holders_keep_their_country_without_a_sector(code_text):
    found = by_text(code_text("Former Chilean President Ana Valdivieso urged calm.", "2019-01-10"))
    assert found["Former Chilean President Ana Valdivieso"] == ("CHL", "CHL", None)


def test_unlisted_people_resolve_from_their_title_and_their_surname_is_reused(code_text):
    text = (
        "Kenyan Interior Minister Tobias Mwangale ordered a curfew on Monday.\n\n"
        "Mwangale said the curfew would last a week."
    )
    mentions = code_text(text, "2023-03-06")
    assert [(i, m.text, m.actor.code) for i, m in mentions] == [
        (0, "Kenyan Interior Minister Tobias Mwangale", "KENGOV"),
        (1, "Mwangale", "KENGOV"),
    ]
    assert mentions[1][1].actor.name == "Tobias Mwangale"


def test_family_name_first_is_reused_for_east_asian_names(code_text):
    text = "Chinese Vice Premier Liang Shoufeng arrived for trade talks. Liang met business leaders."
    mentions = code_text(text, "2019-09-02")
    assert ("Liang", "CHNGOV") in codes(mentions)


def test_mentions_are_found_in_sentences_that_were_not_parsed(code_text):
    text = "South Korean President Lee Jae-yong visited Tokyo. Lee returned home on Friday."
    mentions = code_text(text, "2024-04-12", parse=False)
    assert ("South Korean President Lee Jae-yong", "KORGOV") in codes(mentions)
    assert ("Lee", "KORGOV") in codes(mentions)


def test_places_used_as_locations_are_not_actors(code_text):
    found = by_text(code_text("Diplomats met in Moscow to discuss relations with Pyongyang.", "2020-02-02"))
    assert "Moscow" not in found
    assert found["Pyongyang"] == ("PRK", "PRK", None)


def test_a_country_inside_an_organisation_name_is_one_actor(code_text):
    mentions = code_text("Delegates of the ruling Workers' Party of Korea gathered.", "2021-01-05")
    assert codes(mentions) == [("Delegates of the ruling Workers' Party of Korea", "PRKPTY")]


def test_georgia_is_told_apart_by_context(code_text):
    country = by_text(code_text("Georgia's parliament passed the law as protesters filled the streets of Tbilisi.", "2024-05-14"))
    state = by_text(code_text("Georgia certified its results after county officials in Atlanta finished the recount.", "2020-11-20"))
    assert country["Georgia's parliament"][1] == "GEO"
    assert state["Georgia"][1] == "USA"


def test_congo_is_told_apart_by_context(code_text):
    kinshasa = by_text(code_text("Congo's army fought rebels near Goma.", "2022-06-01"))
    brazzaville = by_text(code_text("Congo held an election and Brazzaville announced the results.", "2021-03-25"))
    assert kinshasa["Congo's army"] == ("CODMIL", "COD", "MIL")
    assert brazzaville["Congo"][1] == "COG"


def test_international_organisations_have_no_country(code_text):
    found = by_text(code_text("The World Health Organization and Amnesty International criticised al-Qaeda.", "2016-02-02"))
    assert found["World Health Organization"] == ("IGOWHO", None, None)
    assert found["Amnesty International"][0].startswith("NGO")
    assert found["al-Qaeda"][0].startswith("IMG")


def test_relays_of_reported_speech_are_coded(code_text):
    found = by_text(code_text("North Korean state media said KCNA and Xinhua carried the statement.", "2019-06-20"))
    assert found["North Korean state media"] == ("PRKMED", "PRK", "MED")
    assert found["KCNA"] == ("PRKMED", "PRK", "MED")
    assert found["Xinhua"] == ("CHNMED", "CHN", "MED")


def test_pronouns_resolve_only_where_the_syntax_is_safe(code_text):
    mentions = code_text("Ghanaian President Kofi Asante said he would veto the bill.", "2022-09-09")
    he = [m for _, m in mentions if m.text == "he"]
    assert len(he) == 1 and he[0].coreferent and he[0].actor.code == "GHAGOV"


def test_the_president_refers_back_to_a_recent_president(code_text):
    text = "Peruvian President Rosa Quispe met farmers in Cusco. The president promised new roads."
    mentions = code_text(text, "2023-08-08")
    later = [m for i, m in mentions if i == 1]
    assert [(m.text, m.actor.code, m.actor.name, m.coreferent) for m in later] == [("president", "PERGOV", "Rosa Quispe", True)]


def test_coordinated_countries_share_the_role(code_text):
    found = by_text(code_text("U.S. and South Korean troops began joint drills.", "2017-08-21"))
    assert found["U.S."] == ("USAMIL", "USA", "MIL")
    assert found["South Korean troops"] == ("KORMIL", "KOR", "MIL")


def test_demonyms_that_only_modify_are_not_actors(code_text):
    assert code_text("The Chinese economy grew slowly.", "2019-01-01") == []


def test_may_mention_actor_is_a_cheap_filter(pipeline):
    coder = pipeline.actors
    assert coder.may_mention_actor("The U.S. embassy issued a warning.")
    assert coder.may_mention_actor("Police said three people died.")
    assert not coder.may_mention_actor("It rained heavily all week and the roads flooded.")


def test_a_specific_title_in_the_text_wins_over_the_list(code_text):
    # Riek Machar is listed as a rebel in 2015; the text calls him vice president.
    found = by_text(code_text("Vice President Riek Machar returned to Juba.", "2015-03-01"))
    assert found["Vice President Riek Machar"] == ("SSDGOV", "SSD", "GOV")


def test_places_where_people_go_are_not_actors(code_text):
    found = by_text(code_text("The envoy flew to Tehran, and troops entered Kabul as the president left Islamabad.", "2001-11-14"))
    assert not {"Tehran", "Kabul", "Islamabad"} & set(found)


def test_a_country_that_only_modifies_a_noun_is_not_an_actor(code_text):
    found = by_text(code_text("Canada lifted the U.S. beef ban on Monday.", "2019-05-20"))
    assert "U.S." not in found and found["Canada"] == ("CAN", "CAN", None)


def test_roles_said_of_someone_are_not_mentions_but_appositions_inform_them(code_text):
    found = by_text(code_text("Tomas Varga, the Slovak interior minister, became the party's candidate.", "2022-02-02"))
    assert found["Tomas Varga"] == ("SVKGOV", "SVK", "GOV")
    assert "Slovak interior minister" not in found


def test_possessive_pronouns_and_anaphors_refer_back(code_text):
    mentions = code_text("Hezbollah said its fighters would respond, and the group warned Israel.", "2019-09-01")
    found = {m.text: (m.actor.code, m.coreferent) for _, m in mentions}
    assert found["fighters"] == ("LBNREB", False)  # Hezbollah's fighters, a mention of their own
    assert found["group"] == ("LBNREB", True)


def test_coordinated_roles_share_a_country(code_text):
    found = by_text(code_text("Iraqi troops and tanks crossed the border at dawn.", "1990-08-02"))
    assert found == {"Iraqi troops and tanks": ("IRQMIL", "IRQ", "MIL")}


def test_a_role_object_takes_the_country_of_its_clauses_subject(code_text):
    found = by_text(code_text("Ecuador recalled its envoy and sent troops to the frontier.", "2008-03-03"))
    assert found["troops"] == ("ECUMIL", "ECU", "MIL")


def test_a_role_word_naming_an_organisation_follows_the_country_in_the_phrase(code_text):
    found = by_text(code_text("Peru's Congress and the Turkish Red Crescent met the Red Cross.", "2021-01-01"))
    assert found["Peru's Congress"] == ("PERLEG", "PER", "LEG")
    assert found["Turkish Red Crescent"] == ("TURHLH", "TUR", "HLH")
    assert found["Red Cross"] == ("IGOICR", None, None)


def test_stance_and_language_words_do_not_make_actors(code_text):
    found = by_text(code_text("Pro-Russian separatists clashed with troops in English-speaking areas of Donetsk.", "2014-06-01"))
    assert not any(country == "RUS" or country == "GBR" for _, country, _ in found.values())


def test_a_listed_surname_inside_a_longer_name_is_not_that_person(code_text):
    found = by_text(code_text("Deputy Minister Yunus-Bek Yevkurov toured Trump Tower.", "2023-06-01"))
    assert all(code not in ("BGDGOV", "USAGOV") for code, _, _ in found.values())


def test_a_role_takes_the_country_after_a_participle(code_text):
    found = by_text(code_text("Militants based in Pakistan attacked the post.", "2016-09-18"))
    assert found["Militants"] == ("PAKREB", "PAK", "REB")


def test_a_possessive_pronoun_prefers_the_subject(code_text):
    found = by_text(code_text("Mexico cut ties with Ecuador after police stormed its embassy in Quito.", "2024-04-06"))
    assert found["embassy"] == ("MEXGOV", "MEX", "GOV")


def test_a_country_possessing_a_role_word_used_as_an_adjective_stays_an_actor(code_text):
    found = by_text(code_text("Chile condemned Peru's military buildup and the United States' naval policies.", "2019-03-04"))
    assert found["Peru"][1] == "PER" and found["United States"][1] == "USA"


def test_a_role_located_in_coordinated_countries_is_that_role_in_each(code_text):
    found = by_text(code_text("Senators in Chile and Argentina rejected the mining treaty on Tuesday.", "2019-03-05"))
    assert found["Senators"] == ("CHLLEG", "CHL", "LEG")
    assert found["Argentina"] == ("ARGLEG", "ARG", "LEG")
    found = by_text(code_text("Police in Kenya and Uganda seized ivory worth millions.", "2019-03-05"))
    assert (found["Police"], found["Uganda"]) == (("KENCOP", "KEN", "COP"), ("UGACOP", "UGA", "COP"))
    # a place of the same country adds nobody
    assert "Mombasa" not in by_text(code_text("Police in Nairobi and Mombasa seized ivory.", "2019-03-05"))


def test_a_group_named_in_the_plural_is_found_in_the_singular_before_a_noun(code_text):
    found = by_text(code_text("Government troops overran a Tamil Tiger camp near Jaffna.", "2008-11-02"))
    assert found["Tamil Tiger"][0] == "LKAREB"


def test_rough_words_are_cut_as_they_are_asked():
    from eventwire.actors.coder import _rough_words

    assert list(_rough_words("Kenya's pro-government forces.")) == ["Kenya", "pro-government", "pro", "government", "forces"]
    words = _rough_words("Police said.")
    assert next(words) == "Police"  # the first word without cutting the rest
