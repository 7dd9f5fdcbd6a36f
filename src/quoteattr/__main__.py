"""``python -m quoteattr``: the same command line as the ``quoteattr`` script."""

import sys

from quoteattr.cli import main

if __name__ == "__main__":  # spawned --jobs workers import this module again
    sys.exit(main())
