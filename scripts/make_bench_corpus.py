"""Write a benchmark corpus of N distinct articles from a JSONL file of texts (e.g. ../shared/eval/toponyms-dev.jsonl).

The texts are reused in turn; each copy after the first gets a different closing line, so every article
has its own content hash and is stored (nothing is skipped as already seen).

    python scripts/make_bench_corpus.py ../shared/eval/toponyms-dev.jsonl 10000 > /tmp/bench-10k.jsonl
"""

import itertools
import json
import sys


def main(source: str, n: int) -> None:
    texts = [json.loads(line)["text"] for line in open(source, encoding="utf-8") if line.strip()]
    for i, text in enumerate(itertools.islice(itertools.cycle(texts), n)):
        copy = i // len(texts)
        body = text if copy == 0 else f"{text}\n\nCorpus copy {copy}."
        sys.stdout.write(json.dumps({"id": f"bench-{i}", "text": body}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
