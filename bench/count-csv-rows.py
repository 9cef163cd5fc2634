#!/usr/bin/env python3
"""Counts the data rows of a CSV file (records after the header), streaming.

A quoted value may hold line breaks, so counting lines would be wrong: the csv module reads
whole records in constant memory. Usage: count-csv-rows.py FILE [DELIMITER]  (default ';').
"""
import csv
import sys


def main():
    path = sys.argv[1]
    delimiter = sys.argv[2] if len(sys.argv) > 2 else ";"
    csv.field_size_limit(sys.maxsize)
    with open(path, encoding="utf-8-sig", newline="") as file:
        records = sum(1 for _ in csv.reader(file, delimiter=delimiter))
    print(max(records - 1, 0))


if __name__ == "__main__":
    main()
