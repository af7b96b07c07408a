"""What an indexing run did: counts, failures, warnings, and the reading report."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class Failure:
    """A file that could not be read, with a reason a person understands."""

    source: str
    reason: str
    error: str
    unchanged: bool = False


@dataclass
class RunReport:
    """What a run did, for the summary line, --report and `minutebook status`.

    doubtful is the reading report: each document read (or link refused) this run that a
    person should check, with its reasons; refused_links names each link not followed.
    """

    started: str
    full: bool
    seen: int = 0
    unchanged: int = 0
    indexed: int = 0
    removed: int = 0
    moved: int = 0
    items: int = 0
    elapsed: float = 0.0
    skipped: list[str] = field(default_factory=list)
    failed: list[Failure] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    doubtful: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)
    refused_links: list[tuple[str, str]] = field(default_factory=list)

    def as_dict(self) -> dict:
        """Return the report as plain data (for JSON)."""
        data = asdict(self)
        data["warnings"] = [{"source": s, "warning": w} for s, w in self.warnings]
        data["doubtful"] = doubtful_json(dict(self.doubtful))
        data["refused_links"] = [{"source": s, "target": t} for s, t in self.refused_links]
        return data

    def refuse_link(self, source: str, target: str) -> None:
        """Record a link not followed, in the reading report too."""
        self.refused_links.append((source, target))
        self.doubtful.append((source, (link_reason(target),)))


def link_reason(target: str) -> str:
    """Say why a link was not followed."""
    return f"link not followed: it leads outside the folders being indexed (to {target})"


def doubtful_json(doubts: dict[str, tuple[str, ...] | list[str]]) -> list[dict]:
    """Return the reading report as JSON: [{"source", "reasons"}], sorted by source."""
    return [{"source": s, "reasons": list(r)} for s, r in sorted(doubts.items()) if r]
