"""Formats in and out: the curated sources, frab/Pentabarf/pretalx schedules, exports."""
