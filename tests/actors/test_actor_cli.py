import json

from click.testing import CliRunner

from eventwire.cli import main

TEXT = "Chilean Foreign Minister Pablo Ortuzar met NATO officials. Ortuzar praised the alliance."


def test_actors_prints_json_records_with_sentence_offsets():
    result = CliRunner().invoke(main, ["actors", "-", "--json", "--date", "2021-04-01"], input=TEXT)
    assert result.exit_code == 0, result.output
    records = json.loads(result.stdout)
    assert {tuple(sorted(r)) for r in records} == {("code", "country", "end", "name", "rule", "sector", "sentence", "start", "text")}
    first = records[0]
    assert (first["text"], first["code"], first["sentence"], first["start"]) == ("Chilean Foreign Minister Pablo Ortuzar", "CHLGOV", 0, 0)
    assert any(r["text"] == "Ortuzar" and r["sentence"] == 1 and r["code"] == "CHLGOV" for r in records)
    assert any(r["code"] == "IGONAT" for r in records)


def test_actors_prints_one_line_per_mention_and_takes_a_user_file(tmp_path):
    mine = tmp_path / "mine.tsv"
    mine.write_text("kind\tname\tcountry\tsector\nngo\tChile Water Watch\tCHL\tENV\n")
    result = CliRunner().invoke(main, ["actors", "-", "--actors", str(mine)], input="Chile Water Watch sued the ministry.")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0].split("\t")[:5] == ["0:0-17", "Chile Water Watch", "CHLENV", "CHL", "ENV"]


def test_actors_reports_a_bad_user_file_in_one_line(tmp_path):
    mine = tmp_path / "bad.tsv"
    mine.write_text("name\tcountry\tfrom\nX\tCHL\tlast year\n")
    result = CliRunner().invoke(main, ["actors", "-", "--actors", str(mine)], input="Chile spoke.")
    assert result.exit_code == 1
    assert result.stderr.strip().startswith("[E205]") and "Traceback" not in result.stderr
