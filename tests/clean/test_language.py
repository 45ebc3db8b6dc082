import pytest

from eventwire.clean.language import detect_language

SAMPLES = {
    "en": "The government said on Tuesday that it would send more aid to the region after the floods, and officials expect the first deliveries this week.",
    "fr": "Le gouvernement a annoncé mardi qu'il allait envoyer une aide supplémentaire à la région après les inondations, et les premiers envois sont attendus cette semaine.",
    "es": "El gobierno anunció el martes que enviará más ayuda a la región después de las inundaciones, y los primeros envíos se esperan para esta semana.",
    "de": "Die Regierung hat am Dienstag angekündigt, dass sie nach den Überschwemmungen mehr Hilfe in die Region schicken wird, und die ersten Lieferungen werden noch in dieser Woche erwartet.",
    "pt": "O governo anunciou na terça-feira que vai enviar mais ajuda para a região depois das inundações, e as primeiras entregas são esperadas para esta semana.",
    "ru": "Правительство объявило во вторник, что после наводнений направит в регион дополнительную помощь, и первые поставки ожидаются уже на этой неделе.",
    "zh": "政府周二宣布，洪水过后将向该地区提供更多援助，第一批物资预计将于本周运抵。",
    "ja": "政府は火曜日、洪水の後にこの地域へ追加の支援を送ると発表し、最初の物資は今週中に届く見込みだと述べた。",
    "ar": "أعلنت الحكومة يوم الثلاثاء أنها سترسل مزيدا من المساعدات إلى المنطقة بعد الفيضانات، ومن المتوقع وصول الشحنات الأولى هذا الأسبوع.",
}


@pytest.mark.parametrize("language", sorted(SAMPLES))
def test_languages_are_told_apart(language):
    assert detect_language(SAMPLES[language]) == language


def test_detection_is_deterministic():
    assert {detect_language(SAMPLES["fr"]) for _ in range(5)} == {"fr"}


def test_too_little_text_cannot_be_told():
    assert detect_language("Talks collapsed.") is None
    assert detect_language("12 34 56") is None


def test_english_with_foreign_names_is_english():
    text = "Jean de la Fontaine and Ana de los Santos met officials of the Banco de la Nación in Lima on Monday, the bank said in a statement."
    assert detect_language(text) == "en"


@pytest.mark.parametrize("text", [
    "Burma's generals put Win Myint under house arrest on Friday.",  # 'under' is Danish and Swedish too
    "Sudan's army held Abdalla Hamdok under guard in Khartoum.",
])  # fmt: skip
def test_a_short_english_sentence_of_names_is_not_foreign(text):
    assert detect_language(text) in ("en", None)


def test_two_function_words_cannot_tell_a_language():
    assert detect_language("Jorge Campos und Maria Vidal under Bernabeu Stadion Madrid Kontrakt Lissabon.") is None
