tests = ["abc", "ABC", "Abc", "123", "12.5", "", " ", "\t\n", "abc123", "abc 123", "٣٤", "½", "²", "éß", "A1", "_", "Hello World", "hello world"]
for s in tests:
    print(repr(s), s.isdigit(), s.isalpha(), s.isspace(), s.isalnum(), s.isupper(), s.islower(), s.isdecimal(), s.isnumeric(), s.istitle())
print("abc".isidentifier(), "1abc".isidentifier(), "_x1".isidentifier(), "a b".isidentifier())
