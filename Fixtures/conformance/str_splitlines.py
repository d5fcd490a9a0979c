text = "line1\nline2\r\nline3\rline4\n\nline6\n"
print(text.splitlines())
print(text.splitlines(True))
print("".splitlines(), "\n".splitlines(), "no newline".splitlines(), "a\n\n".splitlines(), "x\x0by\x0cz\x1cw\u2028v".splitlines())
for i, line in enumerate("alpha\nbeta\ngamma".splitlines(), 1):
    print(i, line)
