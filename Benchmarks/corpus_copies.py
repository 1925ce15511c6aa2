"""Makes large JSON Lines corpora from a few real articles, for benchmarks and tests."""
import glob
import json
import os


def make_corpus(corpus, count, path):
    """Writes `count` articles to `path` as JSON Lines: the corpus-layout articles of the folder `corpus`,
    repeated under distinct URLs (`#copy-N`). Returns the bytes of article text written."""
    articles = []
    for name in sorted(glob.glob(os.path.join(corpus, "*.txt"))):
        lines = open(name, encoding="utf-8").read().split("\n")
        articles.append({"url": lines[0], "title": lines[1], "date": lines[2][:10], "text": "\n".join(lines[4:])})
    text_bytes = 0
    with open(path, "w", encoding="utf-8") as out:
        for index in range(count):
            article = dict(articles[index % len(articles)])
            article["url"] = f"{article['url']}#copy-{index}"
            text_bytes += len(article["text"].encode("utf-8"))
            out.write(json.dumps(article) + "\n")
    return text_bytes
