# Word-frequency counting with dicts over deterministic generated text.
SYLLABLES = ["ka", "lo", "mi", "ne", "su", "ta", "ri", "po", "xe", "da", "fu", "gi"]
WORDS = 1400000

def generate(n):
    seed = 42
    words = []
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        k = 1 + (seed >> 16) % 3
        w = ""
        s = seed
        for _ in range(k):
            w += SYLLABLES[s % 12]
            s //= 12
        words.append(w)
    return words

words = generate(WORDS)
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
bigrams = {}
prev = words[0]
for w in words[1:]:
    key = (prev, w)
    bigrams[key] = bigrams.get(key, 0) + 1
    prev = w
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(len(counts), top)
print(len(bigrams), max(bigrams.values()), sum(v * v for v in counts.values()) % 1000003)
by_len = {}
for w, c in counts.items():
    by_len[len(w)] = by_len.get(len(w), 0) + c
print(sorted(by_len.items()))
