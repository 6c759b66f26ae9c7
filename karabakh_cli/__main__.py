"""python -m karabakh_cli"""

from karabakh_cli.entry import main

main()
