"""Run the eval commands of BENCHMARKS.md and print their headline figures (for updating that file).

    python scripts/eval_summary.py [articles] [snippets] [sentences] [toponyms]
"""

import json
import subprocess
import sys

COMMANDS = {
    "articles-seed": ["sitrep", "eval", "articles", "../shared/eval/articles-seed.jsonl", "--json"],
    "articles-dev": ["sitrep", "eval", "articles", "../shared/eval/articles-dev.jsonl", "--json"],
    "snippets": ["sitrep", "eval", "snippets", "../shared/eval/snippets-case2021-dev.tsv", "--json"],
    "sentences": ["sitrep", "eval", "sentences", "../shared/eval/sentences-plover-dev.jsonl", "--json"],
    "toponyms-resolve": ["sitrep", "eval", "toponyms", "../shared/eval/toponyms-dev.jsonl", "--mode", "resolve", "--json"],
    "toponyms-detect": ["sitrep", "eval", "toponyms", "../shared/eval/toponyms-dev.jsonl", "--mode", "detect", "--json"],
}
SKIP = {"per_class", "confusion", "errors", "articles_detail", "by_class"}


def main(wanted: list[str]) -> None:
    for name, cmd in COMMANDS.items():
        if wanted and not any(name.startswith(w) for w in wanted):
            continue
        out = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if out.returncode != 0:
            print(f"## {name}: exit {out.returncode}\n{out.stderr[-500:]}")
            continue
        data = json.loads(out.stdout)
        print(f"## {name}\n$ {' '.join(cmd)}")
        print(json.dumps({k: v for k, v in data.items() if k not in SKIP}, indent=1))


if __name__ == "__main__":
    main(sys.argv[1:])
