"""`python -m syriadiplo`: the same command line as `syriadiplo`."""
from syriadiplo.cli import main

main()
