"""Time-zone arithmetic and agenda rules (pure domain code)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from forumguide.domain.agenda import gaps, overlapping, timed
from forumguide.domain.model import Forum, Session
from forumguide.domain.timezones import UnknownTimeZoneError, to_utc, utc_offset_label


def test_astana_2023_is_utc_plus_six() -> None:
    assert to_utc(datetime(2023, 6, 15, 10, 0), "Asia/Almaty") == datetime(
        2023, 6, 15, 4, 0, tzinfo=UTC
    )
    assert utc_offset_label(datetime(2023, 6, 15, 10, 0), "Asia/Almaty") == "UTC+06:00"


def test_astana_2025_is_utc_plus_five() -> None:
    assert to_utc(datetime(2025, 10, 15, 10, 0), "Asia/Almaty") == datetime(
        2025, 10, 15, 5, 0, tzinfo=UTC
    )
    assert utc_offset_label(datetime(2025, 10, 15, 10, 0), "Asia/Almaty") == "UTC+05:00"


def test_offset_is_taken_for_the_event_date_around_the_change() -> None:
    # Kazakhstan moved from UTC+6 to UTC+5 at midnight on 1 March 2024.
    assert to_utc(datetime(2024, 2, 29, 12, 0), "Asia/Almaty").hour == 6
    assert to_utc(datetime(2024, 3, 1, 12, 0), "Asia/Almaty").hour == 7


def test_unknown_zone_is_refused() -> None:
    with pytest.raises(UnknownTimeZoneError):
        to_utc(datetime(2025, 1, 1, 9, 0), "Asia/Nowhere")


ZONES = {"astana": "Asia/Almaty", "doha": "Asia/Qatar", "f": "Asia/Almaty"}


def _session(
    guid: str, start: datetime | None, minutes: int | None = 60, forum: str = "f"
) -> Session:
    return Session(
        guid=guid,
        forum_slug=forum,
        title=guid,
        day=start.date() if start else None,
        start=start,
        duration=timedelta(minutes=minutes) if minutes else None,
        timezone=ZONES[forum],
    )


def test_overlaps_are_found_across_forums_in_different_zones() -> None:
    sessions = [
        # 10:00-11:00 in Astana (UTC+5) is 05:00-06:00 UTC.
        _session("a", datetime(2025, 10, 15, 10, 0), 60, "astana"),
        # 08:30 in Doha (UTC+3) is 05:30 UTC: overlaps a.
        _session("b", datetime(2025, 10, 15, 8, 30), 30, "doha"),
        # 11:00 in Astana touches the end of a: no overlap.
        _session("c", datetime(2025, 10, 15, 11, 0), 30, "astana"),
        _session("tbc", None),
    ]
    items = timed(sessions)
    assert [item.guid for item in items] == ["a", "b", "c"]
    assert overlapping(items) == {"a", "b"}


def test_gaps_between_sessions_of_a_day() -> None:
    sessions = [
        _session("a", datetime(2025, 10, 15, 9, 0), 60),
        _session("b", datetime(2025, 10, 15, 10, 5), 55),
        _session("c", datetime(2025, 10, 15, 13, 0), 60),
    ]
    free = gaps(timed(sessions))
    # Five minutes between a and b is under the 15-minute minimum.
    assert free == {"c": timedelta(hours=2)}


def test_forum_days() -> None:
    forum = Forum(slug="f", name="F", start=date(2025, 10, 15), end=date(2025, 10, 16))
    assert forum.days() == (date(2025, 10, 15), date(2025, 10, 16))
    assert Forum(slug="g", name="G", dates_text="June 2023").days() == ()


def test_offset_label() -> None:
    from forumguide.domain.timezones import offset_label

    assert offset_label(timedelta(hours=5)) == "UTC+05:00"
    assert offset_label(timedelta(hours=-3, minutes=-30)) == "UTC-03:30"
    assert offset_label(None) == "UTC"
