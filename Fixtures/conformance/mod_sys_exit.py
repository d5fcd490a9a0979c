import sys

print("before exit")
sys.stderr.write("to stderr\n")
sys.exit("fatal: stopping with a message")
print("not reached")
