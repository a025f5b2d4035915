"""`sitrep gazetteer build` on small GeoNames-format files the test writes."""

import zipfile

import pytest
from typer.testing import CliRunner

from sitrep.cli import app
from sitrep.errors import SitrepError
from sitrep.gazetteer.geonames import read_dump

# geonameid name asciiname alternatenames lat lon class code cc cc2 admin1 admin2 admin3 admin4 population elev dem tz date
ROWS = [
    ["9000001", "Zarqa Wells", "Zarqa Wells", "Ain Zarqa,Zarqa", "33.5", "42.1", "P", "PPL", "IQ", "", "01", "", "", "", "1200", "", "150", "Asia/Baghdad", "2024-01-01"],
    ["9000002", "Camp Hanna", "Camp Hanna", "", "33.6", "42.3", "S", "MILB", "IQ", "", "01", "", "", "", "0", "", "160", "Asia/Baghdad", "2024-01-01"],
    ["9000003", "Anbar Test Province", "Anbar Test Province", "", "33.4", "42.0", "A", "ADM1", "IQ", "", "01", "", "", "", "0", "", "150", "Asia/Baghdad", "2024-01-01"],
]


def dump(tmp_path, rows=ROWS):
    txt = "\n".join("\t".join(r) for r in rows) + "\n"
    path = tmp_path / "IQ.zip"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("IQ.txt", txt)
        z.writestr("readme.txt", "GeoNames test file written by sitrep's tests")
    return path


def test_build_makes_sitrep_use_full_geonames(tmp_path, monkeypatch):
    from sitrep.gazetteer import build as build_module
    from sitrep.gazetteer.core import Gazetteer

    monkeypatch.setattr(build_module, "cache_root", lambda: tmp_path / "cache")
    alternates = tmp_path / "alternateNamesV2.txt"
    alternates.write_text("1\t9000001\tfr\tPuits de Zarqa\t1\t\t\t\t\t\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["gazetteer", "build", str(dump(tmp_path)), str(alternates), "--out", str(tmp_path / "idx")])
    assert result.exit_code == 0, result.output
    from sitrep.gazetteer.geonames import active_directory

    assert active_directory() == (tmp_path / "idx").resolve()
    gaz = Gazetteer.load(tmp_path / "idx")
    place = gaz.resolve("Puits de Zarqa")
    assert place.geonameid == 9000001 and place.country == "IRQ" and place.admin1 == "Anbar Test Province"
    assert gaz.resolve("Camp Hanna").feature == "site"
    assert gaz.resolve("Iraq").feature == "country"  # the embedded default's countries are kept
    assert gaz.resolve("Ain al-Asad Air Base") is not None  # and the project's supplement
    result = CliRunner().invoke(app, ["gazetteer", "reset"])
    assert result.exit_code == 0 and active_directory() is None


def test_bad_dump_is_named(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text("this is not geonames\n", encoding="utf-8")
    with pytest.raises(SitrepError) as exc:
        read_dump(bad)
    assert "bad.txt" in str(exc.value)
    result = CliRunner().invoke(app, ["gazetteer", "build", str(bad)])
    assert result.exit_code == 2 and "bad.txt" in result.stderr
