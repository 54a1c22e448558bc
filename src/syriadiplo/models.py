"""The record format (docs/RECORDS.md) as pydantic models.

These models are the contract between the extractor and everyone downstream:
field order here is the key order of every JSON line.
"""
from __future__ import annotations

from typing import Any, Literal, Optional, TypeVar

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

EventType = Literal["meeting", "phone_call"]
Status = Literal["occurred", "planned", "uncertain"]
PartyKind = Literal["person", "delegation", "organization", "state"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Participant(_Strict):
    """One party to an event."""

    name: Optional[str] = Field(None, description="The person's full name as written (longest form in the document), else null.")
    role: Optional[str] = Field(None, description="The title as written, without the nationality adjective.")
    country: Optional[str] = Field(None, description="ISO 3166-1 alpha-3 of the party's state.", pattern=r"^[A-Z]{3}$")
    organization: Optional[str] = Field(None, description="Short code of an international body (UN, EU, ...) or the name of a non-state body.")
    kind: PartyKind = Field(..., description="person, delegation, organization or state.")
    actor_id: Optional[str] = Field(
        None, description="Stable key of the actor across spellings and documents, in Latin script: p:<scope>:<key>, s:<ISO3>, o:<code>, d:<scope> (docs/CODES.md)."
    )


class Location(_Strict):
    """Where a meeting took or will take place."""

    name: str
    country: Optional[str] = Field(None, pattern=r"^[A-Z]{3}$")


class TimeInfo(_Strict):
    """What the text says of when."""

    text: str = Field(..., description="The expression as written.")
    value: Optional[str] = Field(None, description="ISO-8601 / TIMEX3 value, with X for unknown digits.")
    relative_days: Optional[int] = Field(None, description="Days from the document date: -1 for yesterday, 0 for today, 1 for tomorrow.")
    weekday: Optional[str] = Field(None, description="English weekday in lower case when one is named.")


class Evidence(_Strict):
    """A sentence the record comes from, as offsets into the original input text."""

    start: int = Field(..., ge=0)
    end: int = Field(..., ge=0)
    text: str


class Source(_Strict):
    """Where the record comes from."""

    path: str
    title: Optional[str] = None
    url: Optional[str] = Field(None, description="The article's URL when the input gives one (a JSONL `url`, an HTML page's canonical link).")
    date: Optional[str] = Field(None, pattern=r"^\d{4}-\d{2}-\d{2}$", description="The document date relative times were resolved against (YYYY-MM-DD); null when none is known.")
    date_from: Optional[Literal["option", "input", "dateline", "page"]] = Field(
        None, description="Where `date` came from: --doc-date (option), the input's own date field (input), a date stated at the top of the text (dateline), an HTML page's metadata (page)."
    )


class Plover(_Strict):
    """The PLOVER event code of a record (docs/CODES.md): always CONSULT, with how the consultation was held."""

    event: str = Field("CONSULT", description="PLOVER event category; meetings and calls are CONSULT.")
    mode: Optional[Literal["phone", "visit", "third-party", "multilateral"]] = Field(
        None, description="phone, visit (in a party's country or at a party's seat), third-party, multilateral (three or more sides); null when the text cannot tell."
    )


class Record(_Strict):
    """One meeting or phone call."""

    id: str = Field(..., pattern=r"^ev-[0-9a-f]{16}$")
    doc_id: str
    type: EventType
    status: Status
    participants: list[Participant]
    initiator: Optional[str] = None
    location: Optional[Location] = None
    time: Optional[TimeInfo] = None
    topic: Optional[str] = None
    topics: list[str] = Field(default_factory=list)
    evidence: list[Evidence]
    source: Source
    confidence: float = Field(..., ge=0.0, le=1.0)
    warnings: list[str] = Field(default_factory=list, description="What the extractor noticed but could not reconcile (a weekday that contradicts the date, ...).")
    cameo: Optional[str] = Field(None, pattern=r"^04[0-6]$", description="CAMEO code (040 consult, 041 telephone, 042 visit, 043 host a visit, 044 third location, 046 negotiation); see docs/CODES.md.")
    plover: Optional[Plover] = Field(None, description="PLOVER event and mode; see docs/CODES.md.")
    # why it was made (syriadiplo.events.explain): set only when extracted with explain=True; no field of the contract
    _why: Optional[list[str]] = PrivateAttr(default=None)


M = TypeVar("M", bound=BaseModel)


def build(model: type[M], **fields: Any) -> M:
    """`model(**fields)`, validated the same way, by the model's validator called directly.

    The extractor makes several of these per record; compiled, it calls the validator (Rust) without
    going through `BaseModel.__init__`, a Python frame each time. Same instance, same fields set (tested).
    """
    return model.__pydantic_validator__.validate_python(fields)
