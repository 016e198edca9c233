# The peer for start-up: Python with PyYAML's C loader reads the same dialog file, prints the
# first question and waits for a line with input().
import sys
import yaml

with open(sys.argv[1], "rb") as f:
    dialog = yaml.load(f, Loader=yaml.CLoader)
node = dialog["nodes"]["citizen"]
print(node["ask"], flush=True)
try:
    input("> ")
except EOFError:
    pass
