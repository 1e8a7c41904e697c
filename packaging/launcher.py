"""The frozen workstation's entry point: the same command as the installed ``callhandler``."""

import sys

from callhandler.cli import main

if __name__ == "__main__":
    sys.exit(main())
