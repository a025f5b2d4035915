"""One coded catalogue of sitrep's errors (in the manner of spaCy's ``Errors``).

Every message names the input it is about; codes are stable so users can search for them.
"""

from __future__ import annotations


class Errors:
    E001 = "{source}: the file is empty."
    E002 = "{source}: this looks like a binary file, not text ({detail})."
    E003 = "{source}: could not decode the text ({detail})."
    E004 = "{source}: no such file."
    E005 = "{source}, line {line}: not valid JSON ({detail})."
    E006 = "{source}, line {line}: the record has no 'text' field."
    E007 = "{source}: unsupported input type '{suffix}' (use .txt, .html, .json, .jsonl or .csv)."
    E008 = "{source}: language '{lang}' is not supported (supported: {supported})."
    E009 = "{source}: not a valid publication date '{value}' (use YYYY, YYYY-MM or YYYY-MM-DD)."
    E010 = "{source}: no article text could be found in the HTML."
    E011 = "{source}: the text is {size} characters, more than the limit of {limit}."
    E012 = "{source}: nothing could be extracted: every record failed."
    E013 = "{source}: a language resource file is invalid: {detail}"
    E014 = "{source}: unknown output format '{value}' (choose from {choices})."
    E015 = "{source}, line {line}: {detail}"
    E016 = "{source}: the spaCy model '{model}' is not installed (pip install {package})."
    E017 = "{source}: not a valid gold file: {detail}"
    E100 = "{source}: is a directory, not a file (give one .txt, .html, .json or .jsonl file)."
    E101 = "{source}: expected a JSON object or a list of objects, found {kind}."
    E102 = "{source}, record {index}: {detail}"
    E200 = "{source}: no such store (run 'sitrep ingest' first, or give --db)."
    E201 = "{source}: the store has schema version {found}, newer than this sitrep supports ({supported}); upgrade sitrep."
    E202 = "{source}: the store is busy (another process has it open) and stayed so past the timeout: {detail}"
    E203 = "{source}: not a usable sitrep store: {detail}"
    E204 = "{source}: could not fetch: {detail}"
    E205 = "{source}: the Ray engine needs Ray (pip install 'sitrep[ray]'): {detail}"
    E206 = "{source}: not a valid filter: {detail}"
    E300 = "{source}: could not reach the Wikidata API: {detail} (check the network or --endpoint, then run again)."
    E301 = "{source}: the Wikidata API answered HTTP {status} ({detail}); try again later."
    E302 = "{source}: the Wikidata API's answer is not what it should be: {detail}"
    E303 = "{source}: the file of Wikidata ids is invalid: {detail} (delete it, or run 'sitrep actors wikidata' again)."
    E103 = "{source}: the CSV file has no text column (one of text, content, body, notes); its columns are: {columns}."


class SitrepError(Exception):
    """An error a user can act on. ``code`` is the catalogue entry, e.g. 'E001'."""

    def __init__(self, code: str, **details: object) -> None:
        self.code = code
        self.details = details
        template = getattr(Errors, code)
        super().__init__(f"[{code}] " + template.format(**details))


class Warnings:
    W001 = "{source}, line {line}: skipped: {detail}"
    W002 = "{source}: the text was cut to {limit} characters."
    W003 = "{source}: decoded as {encoding} (not UTF-8)."
