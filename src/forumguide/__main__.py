"""Allows ``python -m forumguide``."""

import sys

from forumguide.cli import main

sys.exit(main())
