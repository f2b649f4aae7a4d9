"""Reading and writing source files without losing a byte.

A file is read as bytes and decoded the way Python decodes source
(:func:`tokenize.detect_encoding`: coding cookie, UTF-8 BOM). The text keeps its
line endings untranslated, so everything outside an edit is written back
byte for byte, with the same encoding and BOM. Writing is atomic: a temporary
file in the same directory, the original's mode bits, then :func:`os.replace`.

Every failure is a :class:`SourceError` whose message is one line meant to be
printed after ``path: ``.
"""

from __future__ import annotations

import codecs
import io
import os
import re
import stat
import tempfile
import tokenize
from dataclasses import dataclass

_NEWLINE = re.compile(r"\r\n|\n|\r")


class SourceError(Exception):
    """A file that cannot be read, decoded, encoded or written; one-line message."""


@dataclass(frozen=True)
class DecodedSource:
    """A decoded file and what is needed to write it back unchanged.

    ``encoding`` is the codec to encode with (``utf-8`` for a file with a BOM;
    ``bom`` says to put the BOM back). ``newline`` is the file's first line
    ending (``\\n`` when it has none); the text itself keeps every line ending
    as it was. ``signature`` is ``(mtime_ns, size)`` at read time (``None``
    for stdin), used to refuse writing over a file changed in the meantime.
    """

    text: str
    encoding: str
    bom: bool
    newline: str
    signature: tuple[int, int] | None = None


def decode_source(data: bytes, signature: tuple[int, int] | None = None) -> DecodedSource:
    """Decode source bytes as Python does; :class:`SourceError` when it cannot be."""
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise SourceError(f"cannot decode: the file contains NUL bytes (line {line})")
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
    except (SyntaxError, LookupError) as exc:
        # Undecodable first lines read as "invalid or missing encoding declaration":
        # name the byte instead when that is the cause.
        _decode(data, "utf-8")
        raise SourceError(f"cannot decode: {_one_line(exc)}") from None
    bom = False
    if encoding == "utf-8-sig":
        encoding, bom = "utf-8", True
        if data.startswith(codecs.BOM_UTF8):
            data = data[len(codecs.BOM_UTF8) :]
    text = _decode(data, encoding)
    if "\x00" in text:
        raise SourceError("cannot decode: the file contains NUL characters")
    match = _NEWLINE.search(text)
    return DecodedSource(text, encoding, bom, match.group() if match else "\n", signature)


def read_source(path: str) -> DecodedSource:
    """Read and decode ``path``; :class:`SourceError` when it cannot be."""
    try:
        with open(path, "rb") as handle:
            info = os.fstat(handle.fileno())
            data = handle.read()
    except OSError as exc:
        raise SourceError(f"cannot read: {_os_reason(exc)}") from None
    return decode_source(data, (info.st_mtime_ns, info.st_size))


def encode_source(text: str, decoded: DecodedSource) -> bytes:
    """``text`` as the bytes of a file like ``decoded`` (same encoding and BOM)."""
    try:
        data = text.encode(decoded.encoding)
    except UnicodeEncodeError as exc:
        raise SourceError(
            f"cannot encode the fixed text as {decoded.encoding}: "
            f"{exc.object[exc.start : exc.end]!r} is not representable"
        ) from None
    return codecs.BOM_UTF8 + data if decoded.bom else data


def write_source(path: str, text: str, decoded: DecodedSource) -> None:
    """Replace ``path`` with ``text`` atomically, keeping encoding, BOM and mode.

    Refuses (:class:`SourceError`, file untouched, no temporary file left) when
    the file vanished, is no longer writable, or changed since it was read.
    """
    data = encode_source(text, decoded)
    target = os.path.realpath(path)  # write through a symlink, keep the link
    try:
        info = os.stat(target)
    except FileNotFoundError:
        raise SourceError("not written: the file vanished while it was being fixed") from None
    except OSError as exc:
        raise SourceError(f"not written: {_os_reason(exc)}") from None
    # No write bit counts too: root passes os.access, and the replace would swap the inode.
    if not os.access(target, os.W_OK) or not info.st_mode & 0o222:
        raise SourceError("not written: the file is not writable")
    if decoded.signature is not None and decoded.signature != (info.st_mtime_ns, info.st_size):
        raise SourceError("not written: the file changed on disk while it was being fixed")
    directory, name = os.path.split(target)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".asynclog-tmp", dir=directory)
    except OSError as exc:
        raise SourceError(
            f"not written: cannot create a temporary file: {_os_reason(exc)}"
        ) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, stat.S_IMODE(info.st_mode))
        os.replace(tmp, target)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise SourceError(f"not written: {_os_reason(exc)}") from None
        raise


def _decode(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise SourceError(
            f"cannot decode as {encoding}: byte {data[exc.start : exc.start + 1]!r} "
            f"at line {line}: {exc.reason}"
        ) from None
    except LookupError as exc:  # pragma: no cover - detect_encoding validated it
        raise SourceError(f"cannot decode: {_one_line(exc)}") from None


def _os_reason(exc: OSError) -> str:
    return exc.strerror or _one_line(exc)


def _one_line(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    return " ".join(text.split())
