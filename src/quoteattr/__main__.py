"""``python -m quoteattr``: the same command line as the ``quoteattr`` script."""

import sys

from quoteattr.cli import main

sys.exit(main())
