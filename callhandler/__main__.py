"""``python -m callhandler`` is the ``callhandler`` command."""

import sys

from callhandler.cli import main

sys.exit(main())
