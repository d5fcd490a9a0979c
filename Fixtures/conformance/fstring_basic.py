name = "Ada"
age = 36
items = [1, 2, 3]
d = {"k": "v"}
print(f"{name} is {age}", f"{age + 1}", f"{items[1]}", f"{d['k']}", f"{len(items)}", f"{{literal}}")
print(f"{name!r}", f"{name!s}", f"{'é'!a}", f"{3.0}", f"{None}", f"{True}", f"{[1, 'a']}")
print(f"{age:5}|{age:<5}|{age:^5}|{age:>5}|{name:*^9}|{name:.2}")
x = 3.14159
print(f"{x:.2f} {x:10.3f} {x:<10.1f}| {x:e} {x:.0f} {x:g} {x:%}")
print(f"{'a' 'b'}", f"{1}" f"{2}", f"pre{1+1}post", F"{name.upper()}", f"{age if age > 30 else 0}")
print(f"{'nested ' + f'{age}'}", f"{name=}", f"{age = }", f"{x=:.1f}")
print(f"{age:#x} {age:#o} {age:#b} {age:08b} {age:X}")
print(f"{1000000:,} {1000000:_} {-1234.5:,.2f}", f"{'x':>{age // 6}}|")
