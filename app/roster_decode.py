"""A roster's bytes to text: the encoding decided, binary files refused (no store).

The encoding is decided, never guessed (charset detectors misread short Japanese files): a byte
order mark says UTF-16 or UTF-8; UTF-16 without one shows the NUL bytes of its ASCII text; valid
UTF-8 is UTF-8; anything else is cp932 (Japanese Excel's CSV), never ``shift_jis``, which cannot
read ①, ㈱, 髙 or 﨑.
"""

from __future__ import annotations

import re

from app.errors import QT_TRANSLATE_NOOP, UserError

ENCODING_CHOICES = ("utf-8", "utf-8-sig", "utf-16", "cp932")
MAX_BYTES = 50 * 1024 * 1024
#: File signature → the refusal (``%1``: the file's name), one whole sentence each for the UI.
_SIGNATURES = {
    b"PK\x03\x04": QT_TRANSLATE_NOOP("Core", "The file %1 is not a CSV or text file: this looks like a ZIP archive."),  # noqa: E501
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1": QT_TRANSLATE_NOOP("Core", "The file %1 is not a CSV or text file: this looks like an older Excel workbook (.xls)."),  # noqa: E501
    b"\x89PNG\r\n\x1a\n": QT_TRANSLATE_NOOP("Core", "The file %1 is not a CSV or text file: this looks like a PNG image."),  # noqa: E501
    b"\xff\xd8\xff": QT_TRANSLATE_NOOP("Core", "The file %1 is not a CSV or text file: this looks like a JPEG image."),  # noqa: E501
    b"GIF8": QT_TRANSLATE_NOOP("Core", "The file %1 is not a CSV or text file: this looks like a GIF image."),  # noqa: E501
    b"%PDF-": QT_TRANSLATE_NOOP("Core", "The file %1 is not a CSV or text file: this looks like a PDF document."),  # noqa: E501
}  # fmt: skip
_XLSX = QT_TRANSLATE_NOOP("Core", "The file %1 is not a CSV or text file: this looks like an Excel workbook (.xlsx): save it as CSV (UTF-8) in Excel first.")  # noqa: E501 # fmt: skip
_CODEC_ALIASES = dict.fromkeys(("shift-jis", "sjis", "ms932", "windows-31j"), "cp932") | {
    "utf8": "utf-8", "utf-16le": "utf-16", "utf-16be": "utf-16",
}  # fmt: skip
TRIM = " \t\r\n\u3000"  # the blanks trimmed from a value's ends, the ideographic space too
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def decode_roster(
    data: bytes, *, encoding: str | None = None, source: str = ""
) -> tuple[str, str, str]:
    """The file's text, the codec used and why it was chosen; refuses binary files."""
    label = source_label(source)
    if not data.strip(b" \t\r\n"):
        raise UserError(
            QT_TRANSLATE_NOOP("Core", "The file %1 is empty."),
            QT_TRANSLATE_NOOP("Core", "Choose the exported roster file, not a blank one."),
            args=(label,),
        )
    if len(data) > MAX_BYTES:
        raise UserError(
            QT_TRANSLATE_NOOP("Core", "The file %1 is too large for a roster (%2 MB)."),
            QT_TRANSLATE_NOOP("Core", "Check that you chose the roster file."),
            args=(label, len(data) // 2**20),
        )
    for magic, refusal in _SIGNATURES.items():
        if data.startswith(magic):
            excel = magic == b"PK\x03\x04" and b"xl/" in data
            raise UserError(
                _XLSX if excel else refusal,
                QT_TRANSLATE_NOOP("Core", "In Excel: File › Save As › “CSV UTF-8 (comma delimited)”, then import that file."),  # noqa: E501
                args=(label,),
            )  # fmt: skip
    codec, reason = _choose_codec(data, encoding, label)
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].decode(codec, "replace").count("\n") + 1
        if encoding or codec != "cp932":
            raise UserError(
                QT_TRANSLATE_NOOP("Core", "The file %1 cannot be read as %2 (%3): line %4 is not valid %2."),  # noqa: E501
                QT_TRANSLATE_NOOP("Core", "Choose another encoding, or save the file from Excel again as CSV UTF-8."),  # noqa: E501
                args=(label, codec, reason, line),
            ) from exc  # fmt: skip
        raise UserError(
            QT_TRANSLATE_NOOP("Core", "Ippo cannot read the file %1: line %2 is neither UTF-8 nor Japanese Windows text (cp932)."),  # noqa: E501
            QT_TRANSLATE_NOOP("Core", "In Excel, save it as “CSV UTF-8 (comma delimited)” and import that file."),  # noqa: E501
            args=(label, line),
        ) from exc  # fmt: skip
    text = text.removeprefix("\ufeff").rstrip("\x1a")  # a BOM under a forced codec; DOS EOF
    head = text[:65536]
    if "\x00" in text or len(_CONTROL.findall(head)) > len(head) // 100:
        raise UserError(
            QT_TRANSLATE_NOOP("Core", "The file %1 does not look like a text file (it contains binary data)."),  # noqa: E501
            QT_TRANSLATE_NOOP("Core", "Export the roster from Excel or the HR system as CSV and import that file."),  # noqa: E501
            args=(label,),
        )  # fmt: skip
    if not text.strip(TRIM + ",;"):
        raise no_rows(source)
    return text, codec, reason


def _choose_codec(data: bytes, forced: str | None, label: str) -> tuple[str, str]:
    """The codec, and the reason shown in the preview."""
    if forced is not None:
        choice = forced.strip().lower().replace("_", "-")
        choice = _CODEC_ALIASES.get(choice, choice)
        if choice not in ENCODING_CHOICES:
            raise UserError(
                QT_TRANSLATE_NOOP("Core", "Unknown encoding “%1” for the file %2."),
                QT_TRANSLATE_NOOP("Core", "Choose one of %1."),
                args=(forced, label),
                advice_args=(", ".join(ENCODING_CHOICES),),
            )
        if choice == "utf-16" and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
            choice = _utf16_pattern(data) or "utf-16-le"
        return choice, "chosen by you"
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig", "starts with the UTF-8 byte order mark"
    if data.startswith(b"\xff\xfe"):
        return (
            "utf-16",
            "starts with the UTF-16 little-endian byte order mark, as Excel's Unicode text does",
        )
    if data.startswith(b"\xfe\xff"):
        return "utf-16", "starts with the UTF-16 big-endian byte order mark"
    pattern = _utf16_pattern(data)
    if pattern:
        return pattern, "no byte order mark, but the NUL bytes of UTF-16 text"
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return "cp932", "not valid UTF-8, so read as Japanese Windows text, as Excel saves CSV"
    return "utf-8", "valid UTF-8, no byte order mark"


def _utf16_pattern(data: bytes) -> str | None:
    """UTF-16 without a BOM: the zero high bytes of its ASCII characters (digits, tabs, ...)."""
    sample = data[:4096]
    if len(data) % 2 or len(sample) < 4:
        return None
    pairs, even, odd = len(sample) // 2, sample[0::2].count(0), sample[1::2].count(0)
    if odd >= pairs / 10 and odd > 4 * even:
        return "utf-16-le"
    if even >= pairs / 10 and even > 4 * odd:
        return "utf-16-be"
    return None


def source_label(source: str) -> str:
    """The file's name for messages ("The file %1 …"); a roster parsed from bytes has none."""
    return source or "(roster)"


def no_rows(source: str) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP("Core", "The file %1 has no rows."),
        QT_TRANSLATE_NOOP("Core", "Choose the exported roster file."),
        args=(source_label(source),),
    )
