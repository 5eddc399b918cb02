#!/usr/bin/env python3
"""Writes a rules-file extension whose name-boundary words come from jieba's general dictionary, to measure word
segmentation against the hand-made boundary lists:

    pip install jieba
    python3 Tools/segmentation/jieba_boundaries.py --pos v,p,c,d,r,t --min-freq 2000 > /tmp/jieba.json
    docx-extract evaluate ../shared/dev-corpus --rules /tmp/jieba.json

jieba (MIT licence) ships dict.txt: one word per line with its frequency and part of speech. Words of the chosen
parts of speech (verbs, prepositions, conjunctions, adverbs, pronouns, time words) of 2–3 characters and at least
the given frequency become `name_boundary_words`: a name then starts after the last of them.
"""
import argparse
import json
import pathlib
import sys

import jieba


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pos", default="v,p,c,d,r,t", help="parts of speech, comma-separated (jieba's tags)")
    parser.add_argument("--min-freq", type=int, default=2000, help="the least frequency of a word")
    args = parser.parse_args()
    tags = set(args.pos.split(","))
    dictionary = pathlib.Path(jieba.__file__).parent / "dict.txt"
    words = set()
    for line in dictionary.read_text(encoding="utf-8").splitlines():
        word, frequency, tag = line.split()
        if tag in tags and int(frequency) >= args.min_freq and 2 <= len(word) <= 3:
            words.add(word)
    json.dump({"version": 1, "name_boundary_words": sorted(words)}, sys.stdout, ensure_ascii=False, indent=1)
    print(f"{len(words)} words", file=sys.stderr)


if __name__ == "__main__":
    main()
