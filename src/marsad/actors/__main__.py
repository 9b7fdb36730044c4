"""``python -m marsad.actors [FOLDER]``: regenerate the compiled copy (``compiled.tsv``) of a
knowledge-base folder's YAML files (default: the bundled one) after editing them."""

import sys
from pathlib import Path

from marsad.actors.compiled import write_compiled
from marsad.actors.kb import default_folder

write_compiled(Path(sys.argv[1]) if len(sys.argv) > 1 else default_folder())
