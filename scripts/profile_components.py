"""Time each pipeline component, doc by doc, on the first 300 texts of a JSONL corpus.

    python scripts/profile_components.py ../shared/eval/toponyms-dev.jsonl en
"""
import json, time, sys
from collections import defaultdict
from sitrep.pipeline import load_pipeline
from sitrep.records import PartialDate
lang = sys.argv[2] if len(sys.argv) > 2 else "en"
texts = [json.loads(l)["text"] for l in open(sys.argv[1])][:300]
nlp = load_pipeline(lang)
nlp("Warm up in Gao.")
times = defaultdict(float)
docs = []
for text in texts:
    doc = nlp.make_doc(text)
    doc._.sitrep_published = PartialDate.parse("2024-03-10")
    doc._.sitrep_lang = lang
    docs.append(doc)
for doc in docs:
    for name, proc in nlp.pipeline:
        t = time.perf_counter(); doc = proc(doc); times[name] += time.perf_counter() - t
total = sum(times.values())
parse = sum(v for k, v in times.items() if not k.startswith("sitrep_"))
for k, v in sorted(times.items(), key=lambda x: -x[1]):
    print(f"{k:28s} {v:7.2f}s {v/parse:6.1%} of parse")
print("parse", round(parse, 1), "sitrep", round(total - parse, 1))
