#!/usr/bin/env python3
"""Writes a seeded CSV of N rows x 10 columns for the benchmarks (about 92 bytes per row).

usage: bench/generate.py ROWS OUT.csv [SEED]
Columns: id, date, partner, category, amount, quantity, share, country, note (quoted, with
commas and doubled quotes), flag. Same ROWS and SEED give the same bytes.
"""
import random
import sys
from datetime import date, timedelta

PARTNERS = ["AWS", "Databricks", "Groq", "Dell", "Microsoft Azure", "Google Cloud", "Nvidia",
            "IBM", "Intel", "AMD", "Snowflake", "Oracle", "Cloudflare", "Together AI"]
CATEGORIES = ["cloud", "platform", "chips", "hardware", "services"]
COUNTRIES = ["US", "FR", "DE", "GB", "JP", "IN", "BR", "CA", "NL", "SE"]
NOTES = ["renewal", "new, signed", 'said "yes"', "pilot", "expansion, phase 2", "trial"]


def main():
    rows = int(sys.argv[1])
    out = sys.argv[2]
    rnd = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 42)
    start = date(2020, 1, 1)
    with open(out, "w", encoding="utf-8", newline="") as f:
        f.write("id,date,partner,category,amount,quantity,share,country,note,flag\n")
        for i in range(1, rows + 1):
            d = start + timedelta(days=rnd.randrange(2000))
            note = rnd.choice(NOTES)
            if "," in note or '"' in note:
                note = '"' + note.replace('"', '""') + '"'
            f.write(f"{i},{d.isoformat()},{rnd.choice(PARTNERS)},{rnd.choice(CATEGORIES)},"
                    f"{rnd.uniform(10, 100000):.2f},{rnd.randrange(1, 500)},"
                    f"{rnd.uniform(0, 1):.4f},{rnd.choice(COUNTRIES)},{note},"
                    f"{'true' if rnd.random() < 0.5 else 'false'}\n")


if __name__ == "__main__":
    main()
