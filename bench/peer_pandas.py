#!/usr/bin/env python3
"""The peer: pandas + XlsxWriter + matplotlib doing the report's work on the generated CSV.

usage: /usr/bin/python3 bench/peer_pandas.py IN.csv OUT_DIR
Reads the CSV with types, writes a formatted data sheet row by row in XlsxWriter's
constant_memory mode (pandas' own to_excel with constant_memory writes only the first column),
a summary sheet, and the same charts as PNG (sum per month, sum per category).
Needs the Debian packages python3-pandas, python3-xlsxwriter and python3-matplotlib.
"""
import os
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import xlsxwriter  # noqa: E402


def main():
    src, out = sys.argv[1], sys.argv[2]
    os.makedirs(os.path.join(out, "charts"), exist_ok=True)
    df = pd.read_csv(src, parse_dates=["date"])
    wb = xlsxwriter.Workbook(os.path.join(out, "report.xlsx"), {"constant_memory": True})
    header = wb.add_format({"bold": True, "bg_color": "#D9D9D9"})
    date = wb.add_format({"num_format": "yyyy-mm-dd"})
    money = wb.add_format({"num_format": "#,##0.00"})
    pct = wb.add_format({"num_format": "0.00%"})
    integer = wb.add_format({"num_format": "#,##0"})
    formats = {"date": date, "amount": money, "share": pct, "quantity": integer, "id": integer}
    ws = wb.add_worksheet("generated")
    ws.freeze_panes(1, 0)
    for c, name in enumerate(df.columns):
        ws.write_string(0, c, name, header)
        ws.set_column(c, c, 14)
    ws.autofilter(0, 0, len(df), len(df.columns) - 1)
    columns = list(df.columns)
    for r, row in enumerate(df.itertuples(index=False), start=1):
        for c, value in enumerate(row):
            name = columns[c]
            if name == "date":
                ws.write_datetime(r, c, value.to_pydatetime(), date)
            elif isinstance(value, str):
                ws.write_string(r, c, value)
            elif isinstance(value, bool):
                ws.write_boolean(r, c, value)
            else:
                ws.write_number(r, c, value, formats.get(name))
    summary = wb.add_worksheet("Summary")
    stats = df.describe()
    summary.write_row(0, 0, ["statistic"] + list(stats.columns), header)
    for r, (label, values) in enumerate(stats.iterrows(), start=1):
        summary.write_string(r, 0, label)
        for c, v in enumerate(values, start=1):
            summary.write_number(r, c, float(v))
    wb.close()

    monthly = df.set_index("date")["amount"].resample("M").sum()
    fig, ax = plt.subplots(figsize=(8, 5), dpi=200)
    monthly.plot(ax=ax)
    ax.set_title("Amount by date")
    fig.savefig(os.path.join(out, "charts", "amount-by-date.png"))
    plt.close(fig)
    by_partner = df.groupby("partner")["amount"].sum().sort_values(ascending=False).head(12)
    fig, ax = plt.subplots(figsize=(8, 5), dpi=200)
    by_partner.plot.barh(ax=ax)
    ax.set_title("Amount by partner")
    fig.savefig(os.path.join(out, "charts", "amount-by-partner.png"))
    plt.close(fig)


if __name__ == "__main__":
    main()
