#!/usr/bin/env python3
"""Writes the same data as a generated CSV (bench/generate.py) as an Excel workbook, typed as
Excel would hold it: numbers, dates (yyyy-mm-dd), booleans, text. One sheet, "generated".

usage: bench/generate_xlsx.py IN.csv OUT.xlsx
Needs python3-xlsxwriter; written in its constant-memory mode (texts inline, not shared).
"""
import csv
import sys
from datetime import date

import xlsxwriter


def main():
    src, out = sys.argv[1], sys.argv[2]
    wb = xlsxwriter.Workbook(out, {"constant_memory": True})
    ws = wb.add_worksheet("generated")
    day = wb.add_format({"num_format": "yyyy-mm-dd"})
    money = wb.add_format({"num_format": "#,##0.00"})
    share = wb.add_format({"num_format": "0.0000"})
    with open(src, encoding="utf-8", newline="") as f:
        rows = csv.reader(f)
        ws.write_row(0, 0, next(rows))
        for r, row in enumerate(rows, start=1):
            ws.write_number(r, 0, int(row[0]))
            ws.write_datetime(r, 1, date.fromisoformat(row[1]), day)
            ws.write_string(r, 2, row[2])
            ws.write_string(r, 3, row[3])
            ws.write_number(r, 4, float(row[4]), money)
            ws.write_number(r, 5, int(row[5]))
            ws.write_number(r, 6, float(row[6]), share)
            ws.write_string(r, 7, row[7])
            ws.write_string(r, 8, row[8])
            ws.write_boolean(r, 9, row[9] == "true")
    wb.close()


if __name__ == "__main__":
    main()
