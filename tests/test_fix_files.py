"""Reading and writing source files: encodings, BOM, newlines, atomic replace."""

from __future__ import annotations

import codecs
import os
import stat
from pathlib import Path

import pytest

from flake8_asynclog.sources import (
    SourceError,
    decode_source,
    encode_source,
    read_source,
    write_source,
)


@pytest.mark.parametrize(
    ("data", "encoding", "bom", "newline"),
    [
        (b"x = 1\n", "utf-8", False, "\n"),
        (codecs.BOM_UTF8 + b"x = '\xc3\xa9'\r\ny = 2\r\n", "utf-8", True, "\r\n"),
        (b"# -*- coding: latin-1 -*-\nx = '\xe9'\n", "iso-8859-1", False, "\n"),
        (b"x = 1\ry = 2\r", "utf-8", False, "\r"),
        (b"", "utf-8", False, "\n"),
    ],
)
def test_decode_then_encode_is_byte_identical(
    data: bytes, encoding: str, bom: bool, newline: str
) -> None:
    decoded = decode_source(data)
    assert (decoded.encoding, decoded.bom, decoded.newline) == (encoding, bom, newline)
    assert not decoded.text.startswith("\ufeff")
    assert encode_source(decoded.text, decoded) == data


def test_latin1_text_is_decoded_with_its_cookie() -> None:
    decoded = decode_source(b"# coding: latin-1\nx = '\xe9'\n")
    assert "x = 'é'" in decoded.text


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"x = 1\ny = '\xff'\n", "cannot decode as utf-8: byte b'\\xff' at line 2"),
        (b"x = 1\x00\n", "NUL bytes (line 1)"),
        (b"# coding: no-such-codec\nx = 1\n", "cannot decode"),
        (codecs.BOM_UTF8 + b"# coding: latin-1\nx = 1\n", "cannot decode"),
    ],
)
def test_undecodable_input_is_one_clear_line(data: bytes, message: str) -> None:
    with pytest.raises(SourceError) as info:
        decode_source(data)
    assert message in str(info.value)
    assert "\n" not in str(info.value)


def test_text_the_encoding_cannot_hold_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "a.py"
    path.write_bytes(b"# coding: latin-1\nx = 1\n")
    decoded = read_source(str(path))
    with pytest.raises(SourceError, match="cannot encode"):
        write_source(str(path), decoded.text + "y = '\u20ac'\n", decoded)
    assert path.read_bytes() == b"# coding: latin-1\nx = 1\n"


def test_missing_file_is_a_read_error(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="cannot read: No such file"):
        read_source(str(tmp_path / "nope.py"))


def test_write_keeps_mode_bom_and_newlines(tmp_path: Path) -> None:
    path = tmp_path / "a.py"
    path.write_bytes(codecs.BOM_UTF8 + b"x = 1\r\ny = '\xc3\xa9'\r\n")
    os.chmod(path, 0o754)
    decoded = read_source(str(path))
    write_source(str(path), decoded.text.replace("x = 1", "x = 2"), decoded)
    assert path.read_bytes() == codecs.BOM_UTF8 + b"x = 2\r\ny = '\xc3\xa9'\r\n"
    assert stat.S_IMODE(path.stat().st_mode) == 0o754
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.py"]


def test_write_through_a_symlink_keeps_the_link(tmp_path: Path) -> None:
    real = tmp_path / "real.py"
    real.write_bytes(b"x = 1\n")
    link = tmp_path / "link.py"
    link.symlink_to(real)
    decoded = read_source(str(link))
    write_source(str(link), "x = 2\n", decoded)
    assert link.is_symlink()
    assert real.read_bytes() == b"x = 2\n"


def test_failed_replace_leaves_the_file_and_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "a.py"
    path.write_bytes(b"x = 1\n")
    decoded = read_source(str(path))

    def refuse(src: str, dst: str) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(SourceError, match="not written: Permission denied"):
        write_source(str(path), "x = 2\n", decoded)
    assert path.read_bytes() == b"x = 1\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.py"]


def test_vanished_changed_or_unwritable_file_is_not_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "a.py"
    path.write_bytes(b"x = 1\n")
    decoded = read_source(str(path))
    path.unlink()
    with pytest.raises(SourceError, match="vanished"):
        write_source(str(path), "x = 2\n", decoded)
    assert not path.exists()

    path.write_bytes(b"x = 100\n")  # another size: changed since it was read
    with pytest.raises(SourceError, match="changed on disk"):
        write_source(str(path), "x = 2\n", decoded)
    assert path.read_bytes() == b"x = 100\n"

    fresh = read_source(str(path))
    monkeypatch.setattr(os, "access", lambda p, mode: False)  # root ignores chmod
    with pytest.raises(SourceError, match="not writable"):
        write_source(str(path), "x = 2\n", fresh)
    assert path.read_bytes() == b"x = 100\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.py"]
