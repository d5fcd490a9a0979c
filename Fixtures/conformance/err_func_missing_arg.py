def greet(greeting, name):
    return greeting + ", " + name
print(greet("hello", "world"))
print(greet("hi"))
