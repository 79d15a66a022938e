"""Execute explore.ipynb top to bottom against a running explorer.

    EXPLORER_URL=http://127.0.0.1:4000/graphql python3 notebooks/run.py            # re-render in place
    EXPLORER_URL=... python3 notebooks/run.py --output /tmp/explore.out.ipynb     # leave the source alone

Exits non-zero when a cell raises (nbclient's CellExecutionError names the cell).
No timing metadata is recorded, so re-running against the same graph changes nothing.
"""

import argparse
import pathlib
import sys
import time

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

HERE = pathlib.Path(__file__).resolve().parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebook", nargs="?", default=str(HERE / "explore.ipynb"))
    parser.add_argument("--output", help="where to write the executed notebook (default: in place)")
    parser.add_argument("--timeout", type=int, default=120, help="seconds per cell")
    args = parser.parse_args()

    nb = nbformat.read(args.notebook, as_version=4)
    client = NotebookClient(
        nb,
        timeout=args.timeout,
        kernel_name="python3",
        record_timing=False,
        resources={"metadata": {"path": str(HERE)}},
    )
    started = time.monotonic()
    try:
        client.execute()
    except CellExecutionError as err:
        print(err, file=sys.stderr)
        if args.output:  # keep the partial run for inspection; never overwrite the source
            nbformat.write(nb, args.output)
        return 1
    nbformat.write(nb, args.output or args.notebook)
    ran = sum(1 for c in nb.cells if c.cell_type == "code")
    print(f"executed {ran} code cells in {time.monotonic() - started:.1f} s -> {args.output or args.notebook}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
