"""The frozen app's entry point: the same command line as the ``forumguide`` script."""

import sys

from forumguide.cli import main

if __name__ == "__main__":
    sys.exit(main())
